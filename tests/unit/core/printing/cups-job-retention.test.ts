/** Whether CUPS keeps printed documents: read from the real cupsctl and real cupsd.conf text. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jobRetentionFrom, parseCupsDirectives, readJobRetention } from '../../../../electron/core/printing/cups-job-retention.ts';

describe('CUPS job retention', () => {
  it('reads the live settings from cupsctl, where this machine keeps CUPS defaults (files kept one day)', async () => {
    const live = parseCupsDirectives(execFileSync('cupsctl', [], { encoding: 'utf8' }));
    // The real output is Name=Value lines; a few settings are always present.
    expect(live.get('webinterface')).toMatch(/^(Yes|No)$/);
    const retention = await readJobRetention();
    const expected = jobRetentionFrom(live, 'cupsctl');
    expect(retention).toEqual(expected);
    if (!live.has('preservejobfiles')) {
      expect(retention).toMatchObject({ keepsJobFiles: true, source: 'default', preserveJobFiles: { keeps: true, seconds: 86_400 } });
    }
  });

  it('reads the directives of the real cupsd.conf, ignoring what sits inside <Location> and <Policy> blocks', () => {
    const conf = readFileSync('/etc/cups/cupsd.conf', 'utf8');
    const directives = parseCupsDirectives(`${conf}\n<Policy kiosk>\n  PreserveJobFiles Yes\n</Policy>\nPreserveJobFiles No\nPreserveJobHistory 30m\n`);
    expect(directives.get('listen')).toBeDefined();
    expect(jobRetentionFrom(directives, 'cupsd.conf')).toEqual({
      keepsJobFiles: false,
      preserveJobFiles: { keeps: false, seconds: 0 },
      preserveJobHistory: { keeps: true, seconds: 1_800 },
      source: 'cupsd.conf',
    });
  });

  it.each([
    ['PreserveJobFiles=Yes', true],
    ['PreserveJobFiles=On', true],
    ['PreserveJobFiles=300', true],
    ['PreserveJobFiles=1d', true],
    ['PreserveJobFiles=0', false],
    ['PreserveJobFiles=No', false],
    ['PreserveJobFiles=off', false],
    // Not a value CUPS accepts: the CUPS default (keep for a day) is assumed, so staff are warned.
    ['PreserveJobFiles=sometimes', true],
  ])('%s → keeps job files: %s', (line, keeps) => {
    expect(jobRetentionFrom(parseCupsDirectives(line), 'cupsctl').keepsJobFiles).toBe(keeps);
  });
});
