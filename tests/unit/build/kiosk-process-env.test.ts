/**
 * The browser shell's Node process runs with a pinned young generation and glibc thresholds
 * (scripts/kiosk-process-env.mjs), which the soak showed keep its RSS flat. These tests start
 * real Node processes: the settings must reach V8 through NODE_OPTIONS and change what it does.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { kioskMallocEnv, kioskProcessEnv } from '../../../scripts/kiosk-process-env.mjs';

/** Churns through short-lived objects, as the print path does, and reports V8's new space size. */
const churn = `
const v8 = require('node:v8');
let live = [];
for (let i = 0; i < 2e6; i++) { live.push({ i, text: 'x' + i }); if (live.length > 50000) live = []; }
const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
process.stdout.write(String(space.space_size));`;

function newSpaceBytes(env: NodeJS.ProcessEnv): number {
  const result = spawnSync(process.execPath, ['-e', churn], { env, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return Number(result.stdout);
}

describe('the kiosk process environment', () => {
  it('adds its V8 option to NODE_OPTIONS without dropping options already there, and sets the malloc thresholds', () => {
    const env = kioskProcessEnv({ PATH: '/usr/bin', NODE_OPTIONS: '--enable-source-maps' });
    expect(env.NODE_OPTIONS).toBe('--enable-source-maps --max-semi-space-size=1');
    expect(env.PATH).toBe('/usr/bin');
    expect(env).toMatchObject(kioskMallocEnv);
    expect(kioskProcessEnv({}).NODE_OPTIONS).toBe('--max-semi-space-size=1');
  });

  it('keeps V8 young generation at 2 MB under churn, where Node grows it to 16 MB or more', () => {
    const { NODE_OPTIONS: _dropped, ...plain } = process.env;
    const megabyte = 1024 * 1024;
    expect(newSpaceBytes(plain)).toBeGreaterThanOrEqual(16 * megabyte);
    expect(newSpaceBytes(kioskProcessEnv(plain))).toBeLessThanOrEqual(2 * megabyte);
  });
});
