/**
 * Staff mode fails closed (issue #13, items 1 and 2), proven against the real main core with real
 * files: no PIN setup for whoever stands at the kiosk, and no unlimited guesses when the data
 * folder cannot be written.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainCore, type MainCore } from '../../../../electron/core/main-core.ts';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import { hashPin, type ScryptCost } from '../../../../electron/core/staff/pin-hash.ts';
import { seedStaffPinHash } from '../../../../electron/core/staff/staff-state-store.ts';

/** Cheap hashes for test fixtures; the verifier reads the cost from the hash itself. */
const testCost: ScryptCost = { log2N: 14, r: 8, p: 1 };
const setupCode = '40817263';

let root = '';
let dataDir = '';
let provisionFile = '';
let logText = '';
let clock = new Date('2026-01-05T09:00:00');
const cores: MainCore[] = [];

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'backtalk-fail-closed-'));
  dataDir = path.join(root, 'data');
  mkdirSync(dataDir);
  provisionFile = path.join(root, 'provision.json');
  logText = '';
  clock = new Date('2026-01-05T09:00:00');
});
afterEach(async () => {
  spawnSync('chattr', ['-i', dataDir]);
  for (const core of cores.splice(0)) await core.close();
  rmSync(root, { recursive: true, force: true });
});

function startCore(): MainCore {
  const logger = createStreamLogger(
    new Writable({
      write: (chunk: Buffer, _e, done) => {
        logText += chunk.toString();
        done();
      },
    }),
  );
  const core = createMainCore({
    dataDir,
    preview: false,
    pdf: { renderPdf: () => Promise.reject(new Error('no PDFs in this test')), close: () => Promise.resolve() } as never,
    logger,
    now: () => clock,
    provisionFile,
  });
  cores.push(core);
  return core;
}

function writeProvisioning(content: Record<string, unknown>): void {
  writeFileSync(provisionFile, JSON.stringify({ version: 1, ...content }));
}

const status = async (core: MainCore) => core.router.handle('staff:status', {});

describe('no patient takeover of staff mode', () => {
  it('a fresh kiosk without provisioning is locked ("call IT") and sets no PIN for whoever asks', async () => {
    const core = startCore();
    expect(await status(core)).toMatchObject({ ok: true, value: { pinState: 'call-it' } });
    // Today's request shape and the new one: neither opens staff mode.
    expect(await core.router.handle('staff:set-first-pin', { pin: '0000' })).toMatchObject({ ok: false });
    expect(await core.router.handle('staff:set-first-pin', { setupCode: '00000000', pin: '0000' })).toMatchObject({ ok: false });
    expect(await core.router.handle('staff:unlock', { pin: '0000' })).toMatchObject({ ok: false });
    expect(await status(core)).toMatchObject({ ok: true, value: { pinState: 'call-it' } });
  });

  it.each([
    [
      'unreadable (both copies)',
      () => {
        mkdirSync(path.join(dataDir, 'staff.json'));
        mkdirSync(path.join(dataDir, 'staff.last-good.json'));
      },
    ],
    [
      'from a newer Backtalk (both copies)',
      () => {
        const newer = JSON.stringify({ version: 2, pin: { hash: 'elsewhere' } });
        writeFileSync(path.join(dataDir, 'staff.json'), newer);
        writeFileSync(path.join(dataDir, 'staff.last-good.json'), newer);
      },
    ],
    // Found in review: with the staff file gone, a damaged last good copy was passed over, and the
    // kiosk took itself for new: the spent setup code worked again and the lockout was forgotten.
    [
      'missing, beside a last good copy cut short',
      () => {
        writeFileSync(path.join(dataDir, 'staff.last-good.json'), '{"version":1,"pinH');
      },
    ],
    [
      'missing, beside a last good copy from a newer Backtalk',
      () => {
        writeFileSync(path.join(dataDir, 'staff.last-good.json'), JSON.stringify({ version: 2, pin: { hash: 'elsewhere' } }));
      },
    ],
  ])('a staff file that is %s means the PIN is unknown, not unset: no setup, even with a setup code', async (_label, spoil) => {
    spoil();
    writeProvisioning({ staffSetupCodeHash: await hashPin(setupCode, testCost) });
    const core = startCore();
    expect(await status(core)).toMatchObject({ ok: true, value: { pinState: 'call-it' } });
    expect(await core.router.handle('staff:set-first-pin', { pin: '0000' })).toMatchObject({ ok: false });
    expect(await core.router.handle('staff:set-first-pin', { setupCode, pin: '0000' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a provisioning file with one bad field keeps the PIN hash and every other good field, and names the bad one', async () => {
    const staffPinHash = await hashPin('97531', testCost);
    const longPhone = '555-0134 extension 12, ask for the front desk please';
    writeProvisioning({ settings: { clinicName: 'Lakeside PT', clinicPhone: longPhone, paperSize: 'a4' }, staffPinHash });
    const core = startCore();
    expect(await status(core)).toMatchObject({ ok: true, value: { pinState: 'set', pinManaged: true } });
    expect(await core.router.handle('staff:set-first-pin', { pin: '0000' })).toMatchObject({ ok: false });
    expect(core.settings.get()).toMatchObject({ clinicName: 'Lakeside PT', paperSize: 'a4' });
    expect(core.settings.get().clinicPhone).not.toBe(longPhone);

    const unlocked = await core.router.handle('staff:unlock', { pin: '97531' });
    if (!unlocked.ok) throw new Error(`unlock failed: ${unlocked.error.code}`);
    const { staffToken } = unlocked.value as { staffToken: string };
    const view = await core.router.handle('staff:get-settings', { staffToken });
    expect(view).toMatchObject({
      ok: true,
      value: {
        managed: expect.arrayContaining(['clinicName', 'paperSize']),
        problems: [
          {
            source: 'provisioning-file',
            kind: 'invalid',
            fields: ['clinicPhone'],
            recovery: 'fields-ignored',
            details: [{ field: 'clinicPhone', reason: expect.stringMatching(/40/) }],
          },
        ],
      },
    });
    // The log names the field and the rule, never a value or the hash.
    expect(logText).toContain('clinicPhone');
    expect(logText).not.toContain('extension 12');
    expect(logText).not.toContain(staffPinHash.split('$')[5]);
  });

  it('a bad PIN hash beside good settings: the settings apply and the kiosk stays locked ("call IT")', async () => {
    writeProvisioning({ settings: { clinicName: 'Lakeside PT' }, staffPinHash: 'scrypt$15$8$1$not-base64!$x' });
    const core = startCore();
    expect(core.settings.get().clinicName).toBe('Lakeside PT');
    expect(await status(core)).toMatchObject({ ok: true, value: { pinState: 'call-it' } });
    expect(logText).toContain('staffPinHash');
  });

  it("IT's one-time setup code lets staff set the first PIN once; a wrong code counts toward the lockout", async () => {
    writeProvisioning({ staffSetupCodeHash: await hashPin(setupCode, testCost) });
    let core = startCore();
    expect(await status(core)).toMatchObject({ ok: true, value: { pinState: 'setup-allowed' } });
    expect(await core.router.handle('staff:set-first-pin', { setupCode: '11111111', pin: '1357' })).toMatchObject({ ok: false, error: { code: 'pin-wrong' } });
    expect(await status(core)).toMatchObject({ ok: true, value: { triesBeforePause: 4 } });
    const session = await core.router.handle('staff:set-first-pin', { setupCode, pin: '1357' });
    expect(session).toMatchObject({ ok: true, value: { staffToken: expect.any(String) } });
    expect(await status(core)).toMatchObject({ ok: true, value: { pinState: 'set', triesBeforePause: 5 } });
    expect(await core.router.handle('staff:set-first-pin', { setupCode, pin: '0000' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // The code is spent: even if the PIN were lost from the staff file, the same code does not work again.
    await core.close();
    cores.splice(cores.indexOf(core), 1);
    const staffFile = path.join(dataDir, 'staff.json');
    const spent = { ...JSON.parse(readFileSync(staffFile, 'utf8')), pinHash: null };
    writeFileSync(staffFile, JSON.stringify(spent));
    core = startCore();
    expect(await status(core)).toMatchObject({ ok: true, value: { pinState: 'call-it' } });
    expect(await core.router.handle('staff:set-first-pin', { setupCode, pin: '0000' })).toMatchObject({ ok: false });
  });

  it("refuses a provisioning file that is not root's (its PIN hash could be anyone's), with a clear log line", async () => {
    writeProvisioning({ settings: { clinicName: 'Lakeside PT' }, staffPinHash: await hashPin('97531', testCost) });
    chownSync(provisionFile, 65534, 65534);
    const core = startCore();
    expect(await status(core)).toMatchObject({ ok: true, value: { pinState: 'call-it', pinManaged: false } });
    expect(core.settings.get().clinicName).not.toBe('Lakeside PT');
    expect(logText).toContain('provisioning file refused: it must be owned by root and not writable by group or others');
    expect(logText).toContain('not owned by root');
  });

  it('keeps the staff file and its last good copy readable by the kiosk user only (0600)', async () => {
    writeProvisioning({ staffSetupCodeHash: await hashPin(setupCode, testCost) });
    const core = startCore();
    expect(await core.router.handle('staff:set-first-pin', { setupCode, pin: '1357' })).toMatchObject({ ok: true });
    for (const name of ['staff.json', 'staff.last-good.json']) expect(statSync(path.join(dataDir, name)).mode & 0o777).toBe(0o600);
  });
});

/** Makes the data folder refuse new files (root ignores modes, not the immutable flag). */
function makeDataDirUnwritable(): void {
  const result = spawnSync('chattr', ['+i', dataDir]);
  if (result.status !== 0) throw new Error(`chattr +i failed: ${result.stderr.toString()}`);
  expect(() => writeFileSync(path.join(dataDir, 'probe'), 'x')).toThrow();
}

describe('a lockout that cannot be saved still locks', () => {
  it('22 wrong PINs on a read-only data folder: at most five are checked, and the right PIN stays refused', async () => {
    await seedStaffPinHash(dataDir, await hashPin('2468', testCost));
    const core = startCore();
    makeDataDirUnwritable();
    const codes: string[] = [];
    for (let guess = 0; guess < 22; guess++) {
      const result = await core.router.handle('staff:unlock', { pin: '1111' });
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes.filter((code) => code === 'pin-wrong').length).toBeLessThanOrEqual(4);
    expect(codes.slice(5)).toEqual(Array(17).fill('locked-out'));
    expect(await core.router.handle('staff:unlock', { pin: '2468' })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    expect(await status(core)).toMatchObject({ ok: true, value: { lockedForSeconds: expect.any(Number) } });
    const locked = await status(core);
    expect(locked.ok && (locked.value as { lockedForSeconds: number }).lockedForSeconds).toBeGreaterThan(0);

    // Long after the lock would have ended, still refused while the count cannot be saved.
    clock = new Date(clock.getTime() + 2 * 3600_000);
    expect(await core.router.handle('staff:unlock', { pin: '2468' })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    expect(logText).toContain('could not be saved');

    // Once the folder takes writes again and the lock has run out, the count is saved and the right PIN works.
    spawnSync('chattr', ['-i', dataDir]);
    clock = new Date(clock.getTime() + 2 * 3600_000);
    expect(await core.router.handle('staff:unlock', { pin: '2468' })).toMatchObject({ ok: true });
  });

  it('a read-only data folder and a restart after every guess: no guess is checked', async () => {
    // Found in review: the count was saved after the check, so each boot on a read-only disk
    // checked one guess and forgot it: 20 boots, 20 checked guesses, and the lock never grew.
    await seedStaffPinHash(dataDir, await hashPin('2468', testCost));
    makeDataDirUnwritable();
    for (let boot = 0; boot < 6; boot++) {
      const core = startCore();
      expect(await core.router.handle('staff:unlock', { pin: boot === 5 ? '2468' : '1111' })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
      await core.close();
      cores.splice(cores.indexOf(core), 1);
      clock = new Date(clock.getTime() + 60_000);
    }
    expect(logText).toContain('could not be counted on disk, so it was not checked');
    // Writable again: the attempt is counted, checked, and the right PIN opens.
    spawnSync('chattr', ['-i', dataDir]);
    expect(await startCore().router.handle('staff:unlock', { pin: '2468' })).toMatchObject({ ok: true });
  });

  it('counts a wrong PIN in memory even when the disk refuses: the first unsaved guess locks', async () => {
    await seedStaffPinHash(dataDir, await hashPin('2468', testCost));
    const core = startCore();
    makeDataDirUnwritable();
    expect(await core.router.handle('staff:unlock', { pin: '1111' })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    expect(await core.router.handle('staff:unlock', { pin: '2468' })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
  });
});
