/**
 * The pinned Electron must be one of the three latest majors: Electron supports only those, and
 * an older line gets no more Chromium security fixes. Offline and deterministic: Electron ships a
 * new major every 8 weeks (electronjs.org/docs/latest/tutorial/electron-timelines), so the latest
 * major on a given day follows from one known release. When the npm registry answers, its
 * `latest` tag is used as well (whichever says newer wins, so a slipped release never passes an
 * old pin). The check fails on the day a fourth major ships after the pinned one: time to upgrade.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** A known stable release: Electron 45.0.0, scheduled for Tuesday 2026-10-20 (on npm a few hours later, UTC). */
const anchor = { major: 45, date: Date.UTC(2026, 9, 20) };
const cadenceDays = 56;
const dayMs = 24 * 60 * 60 * 1000;
const supportedMajors = 3;

/** The newest stable Electron major on `date`, from the 8-week cadence. */
function latestMajorOn(date: Date): number {
  return anchor.major + Math.floor((date.getTime() - anchor.date) / (cadenceDays * dayMs));
}

/** The oldest major still supported when `latest` is the newest. */
function oldestSupportedMajor(latest: number): number {
  return latest - (supportedMajors - 1);
}

function pinnedMajor(): number {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> };
  const range = manifest.devDependencies['electron'] ?? '';
  const major = /^\^?~?(\d+)\./.exec(range)?.[1];
  if (!major) throw new Error(`package.json pins electron as "${range}", not as a version`);
  return Number(major);
}

/** `latest` on the npm registry, or null when it cannot be reached (offline CI stays deterministic). */
function registryLatestMajor(): number | null {
  try {
    const out = execFileSync('npm', ['view', 'electron', 'dist-tags.latest', '--json'], {
      encoding: 'utf8',
      timeout: 15_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const version = JSON.parse(out) as unknown;
    return typeof version === 'string' && /^\d+\./.test(version) ? Number(version.split('.')[0]) : null;
  } catch {
    return null;
  }
}

describe('the 8-week cadence', () => {
  // When each x.0.0 reached npm (`npm view electron time`), and the day before.
  it.each([
    ['2026-03-11T03:10:06Z', 41],
    ['2026-05-06T05:48:56Z', 42],
    ['2026-07-01T02:01:30Z', 43],
    ['2026-08-25T04:51:59Z', 44],
    ['2026-10-21T06:03:52Z', 45],
  ])('at %s the latest major is %i, and two days before, the one before', (moment, major) => {
    expect(latestMajorOn(new Date(moment))).toBe(major);
    expect(latestMajorOn(new Date(new Date(moment).getTime() - 2 * dayMs))).toBe(major - 1);
  });

  it('still counts 45 as the latest in late November 2026, and 46 from mid-December', () => {
    expect(latestMajorOn(new Date('2026-11-30T12:00:00Z'))).toBe(45);
    expect(latestMajorOn(new Date('2026-12-16T12:00:00Z'))).toBe(46);
  });

  it('supports the latest three majors', () => {
    expect(oldestSupportedMajor(45)).toBe(43);
  });
});

describe('the pinned Electron', () => {
  it('is within the latest three majors today', () => {
    const computed = latestMajorOn(new Date());
    const registry = registryLatestMajor();
    const latest = Math.max(computed, registry ?? 0);
    const pinned = pinnedMajor();
    expect(
      pinned,
      `electron ${pinned} is past end of life: supported are ${oldestSupportedMajor(latest)}–${latest} (registry: ${registry ?? 'unreachable'})`,
    ).toBeGreaterThanOrEqual(oldestSupportedMajor(latest));
    expect(pinned, 'not newer than the latest release').toBeLessThanOrEqual(latest);
  }, 30_000);

  it('is the version installed, and its postinstall download stays denied', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { allowScripts: Record<string, boolean> };
    const installed = JSON.parse(readFileSync(new URL('../../../node_modules/electron/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBe(pinnedMajor());
    expect(manifest.allowScripts['electron']).toBe(false);
  });
});
