import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCounterStore } from '../../../../electron/core/counters/counter-store.ts';
import { createMainCore } from '../../../../electron/core/main-core.ts';
import { createAuditLog, type AuditLog } from '../../../../electron/core/logging/audit-log.ts';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import { createSettingsStore } from '../../../../electron/core/settings/settings-store.ts';
import { lockSecondsAfter, secondsLeft } from '../../../../electron/core/staff/lockout-policy.ts';
import { hashPin, pinHashSchema, verifyPin, type ScryptCost } from '../../../../electron/core/staff/pin-hash.ts';
import { createStaffService, type StaffService } from '../../../../electron/core/staff/staff-service.ts';
import { createStaffSessions } from '../../../../electron/core/staff/staff-sessions.ts';
import { createStaffStateStore, seedStaffPinHash } from '../../../../electron/core/staff/staff-state-store.ts';

/** Cheap hashes where the cost is not the point; the verifier reads the cost from each hash. */
const testCost: ScryptCost = { log2N: 14, r: 8, p: 1 };
const logger = createStreamLogger(new Writable({ write: (_chunk, _e, done) => done() }));
let dataDir = '';
let clock = new Date('2025-03-03T09:00:00');
const audits: AuditLog[] = [];
let exits = 0;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-staff-'));
  clock = new Date('2025-03-03T09:00:00');
  exits = 0;
});
afterEach(async () => {
  for (const audit of audits.splice(0)) await audit.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A staff service as the kiosk builds it; calling it again on the same folder is a restart. */
function startStaff(options: { provisionedPinHash?: string; setupCodeHash?: string } = {}): StaffService {
  const now = () => clock;
  const audit = createAuditLog({ logDir: path.join(dataDir, 'logs'), logger, now });
  audits.push(audit);
  return createStaffService({
    state: createStaffStateStore(dataDir),
    sessions: createStaffSessions({ now: () => clock.getTime(), expireAfterMs: 300_000 }),
    settings: createSettingsStore({ dataDir, logger }),
    counters: createCounterStore({ dataDir, now, logger }),
    audit,
    logger,
    now,
    provisionedPinHash: options.provisionedPinHash ? pinHashSchema.parse(options.provisionedPinHash) : null,
    provisionedSetupCodeHash: options.setupCodeHash ? pinHashSchema.parse(options.setupCodeHash) : null,
    provisionFile: null,
    provisioningProblem: null,
    idleSeconds: 60,
    requestExit: () => exits++,
    pinCost: testCost,
  });
}

async function auditActions(): Promise<string[]> {
  for (const audit of audits) await audit.flush();
  const logDir = path.join(dataDir, 'logs');
  return readdirSync(logDir)
    .filter((name) => name.startsWith('staff-audit.'))
    .sort()
    .flatMap((name) => readFileSync(path.join(logDir, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { action: string }).action);
}

const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));

describe('PIN hash', () => {
  it('is a salted scrypt hash that verifies only the right PIN', async () => {
    const a = await hashPin('2468');
    const b = await hashPin('2468');
    expect(a).not.toBe(b);
    expect(a).not.toContain('2468');
    const parsed = pinHashSchema.parse(a);
    expect(parsed.cost).toEqual({ log2N: 17, r: 8, p: 1 });
    expect(await verifyPin('2468', parsed)).toBe(true);
    expect(await verifyPin('2469', parsed)).toBe(false);
    expect(await verifyPin('24680', parsed)).toBe(false);
  });

  it('is slow on purpose (tens of milliseconds per guess at least)', async () => {
    const parsed = pinHashSchema.parse(await hashPin('1234'));
    const started = performance.now();
    await verifyPin('0000', parsed);
    expect(performance.now() - started).toBeGreaterThan(20);
  });

  it('still verifies a hash made at the older cost (2^15), reading the cost from the hash', async () => {
    // Made by the previous release: scrypt$15$8$1$..., PIN 2468.
    const old = await hashPin('2468', { log2N: 15, r: 8, p: 1 });
    expect(old.startsWith('scrypt$15$8$1$')).toBe(true);
    expect(await verifyPin('2468', pinHashSchema.parse(old))).toBe(true);
  });

  it('refuses hashes that would ask for absurd memory or are malformed', () => {
    // 2^20 with r = 16 would be 2 GiB per check.
    expect(pinHashSchema.safeParse('scrypt$20$16$1$AAAAAAAAAAAAAAAAAAAAAA==$' + 'A'.repeat(43) + '=').success).toBe(false);
    expect(pinHashSchema.safeParse('scrypt$30$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + 'A'.repeat(43) + '=').success).toBe(false);
    expect(pinHashSchema.safeParse('2468').success).toBe(false);
  });
});

describe('lockout policy', () => {
  it('allows five tries, then locks for 30 s, doubling, up to an hour', () => {
    expect([1, 2, 3, 4].map((n) => lockSecondsAfter(n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => lockSecondsAfter(n))).toEqual([30, 60, 120, 240]);
    expect(lockSecondsAfter(40)).toBe(3600);
  });

  it('caps a lock end pushed far away by a clock set back', () => {
    expect(secondsLeft(Date.now() + 10 * 86_400_000, Date.now())).toBe(3600);
    expect(secondsLeft(null, Date.now())).toBe(0);
  });
});

describe('staff service', () => {
  it("sets a first PIN only with IT's setup code, then never again", async () => {
    const setupCodeHash = await hashPin('40817263', testCost);
    expect(startStaff().status()).toMatchObject({ pinState: 'call-it', pinManaged: false });
    const staff = startStaff({ setupCodeHash });
    expect(staff.status()).toMatchObject({ pinState: 'setup-allowed', pinManaged: false });
    const session = await staff.setFirstPin('40817263', '1357');
    expect(staff.isAuthorized(session.staffToken)).toBe(true);
    await expect(staff.setFirstPin('40817263', '0000')).rejects.toMatchObject({ code: 'conflict' });
    expect(startStaff({ setupCodeHash }).status().pinState).toBe('set');
    expect(readFileSync(path.join(dataDir, 'staff.json'), 'utf8')).not.toContain('1357');
  });

  it('locks out after wrong PINs with growing delays, kept across a restart', async () => {
    await seedStaffPinHash(dataDir, await hashPin('2468', testCost));
    let staff = startStaff();
    for (let attempt = 1; attempt <= 4; attempt++) await expect(staff.unlock('1111')).rejects.toMatchObject({ code: 'pin-wrong' });
    expect(staff.status().triesBeforePause).toBe(1);
    await expect(staff.unlock('1111')).rejects.toMatchObject({ code: 'locked-out' });
    expect(staff.status().lockedForSeconds).toBe(30);
    // Locked: even the right PIN is refused, and a restart changes nothing.
    await expect(staff.unlock('2468')).rejects.toMatchObject({ code: 'locked-out' });
    staff = startStaff();
    advance(10);
    expect(staff.status().lockedForSeconds).toBe(20);
    await expect(staff.unlock('2468')).rejects.toMatchObject({ code: 'locked-out' });
    advance(21);
    // The next wrong PIN locks at once, for twice as long.
    await expect(staff.unlock('1111')).rejects.toMatchObject({ code: 'locked-out' });
    expect(staff.status().lockedForSeconds).toBe(60);
    advance(61);
    const session = await staff.unlock('2468');
    expect(staff.isAuthorized(session.staffToken)).toBe(true);
    expect(staff.status()).toMatchObject({ lockedForSeconds: 0, triesBeforePause: 5 });
    expect(await auditActions()).toEqual([...Array(5).fill('pin-failed'), 'lockout', 'pin-failed', 'lockout', 'staff-entry']);
  });

  it('checks PINs one at a time, so parallel guesses cannot slip past the lockout', async () => {
    await seedStaffPinHash(dataDir, await hashPin('2468', testCost));
    const staff = startStaff();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => staff.unlock('9999')));
    const codes = results.map((result) => (result.status === 'rejected' ? (result.reason as { code: string }).code : 'ok'));
    expect(codes).toEqual(['pin-wrong', 'pin-wrong', 'pin-wrong', 'pin-wrong', 'locked-out', 'locked-out', 'locked-out', 'locked-out']);
  });

  it('changes the PIN only with the current one, and not when provisioning manages it', async () => {
    await seedStaffPinHash(dataDir, await hashPin('2468', testCost));
    const staff = startStaff();
    await expect(staff.changePin('1111', '5555')).rejects.toMatchObject({ code: 'pin-wrong' });
    await staff.changePin('2468', '5555');
    await expect(startStaff().unlock('5555')).resolves.toMatchObject({ idleSeconds: 60 });
    const managed = startStaff({ provisionedPinHash: await hashPin('7777', testCost) });
    expect(managed.status()).toMatchObject({ pinState: 'set', pinManaged: true });
    await expect(managed.changePin('7777', '1234')).rejects.toMatchObject({ code: 'managed-setting' });
  });

  it('a clock set back a year does not lock staff out for a year: the lock lasts at most an hour from then', async () => {
    // Found in review: the shown seconds were capped at an hour, but the stored lock end was not.
    await seedStaffPinHash(dataDir, await hashPin('2468', testCost));
    const staff = startStaff();
    for (let guess = 0; guess < 5; guess++) await staff.unlock('1111').catch(() => undefined);
    expect(staff.status().lockedForSeconds).toBe(30);
    clock = new Date(clock.getTime() - 365 * 86_400_000);
    const restarted = startStaff();
    expect(restarted.status().lockedForSeconds).toBe(3600);
    clock = new Date(clock.getTime() + 3_601_000);
    await expect(restarted.unlock('2468')).resolves.toMatchObject({ idleSeconds: 60 });
  });

  it('counts wrong current PINs on "change PIN" toward the lockout, and refuses while locked', async () => {
    // Found in review: a wrong current PIN was only audited, so an open staff session allowed
    // unlimited guesses of the PIN, even during a lockout.
    await seedStaffPinHash(dataDir, await hashPin('2468', testCost));
    const staff = startStaff();
    await staff.unlock('2468');
    const codes: string[] = [];
    for (let guess = 0; guess < 7; guess++) {
      codes.push(
        await staff.changePin('1111', '5555').then(
          () => 'ok',
          (error: unknown) => (error as { code: string }).code,
        ),
      );
    }
    expect(codes).toEqual(['pin-wrong', 'pin-wrong', 'pin-wrong', 'pin-wrong', 'locked-out', 'locked-out', 'locked-out']);
    expect(staff.status()).toMatchObject({ triesBeforePause: 0 });
    // The right current PIN is refused too while locked.
    await expect(staff.changePin('2468', '5555')).rejects.toMatchObject({ code: 'locked-out' });
  });

  it('ends the session on lock, reset and exit; exit asks the shell to quit', async () => {
    const staff = startStaff({ setupCodeHash: await hashPin('40817263', testCost) });
    const first = await staff.setFirstPin('40817263', '2468');
    staff.lock();
    expect(staff.isAuthorized(first.staffToken)).toBe(false);
    const second = await staff.unlock('2468');
    staff.resetKiosk();
    expect(staff.isAuthorized(second.staffToken)).toBe(false);
    await staff.unlock('2468');
    staff.exitKiosk();
    await expect.poll(() => exits).toBe(1);
    expect(await auditActions()).toEqual(['pin-set', 'staff-entry', 'staff-mode-closed', 'staff-entry', 'reset', 'staff-mode-closed', 'staff-entry', 'exit']);
  });

  it('audits settings changes by key only', async () => {
    const staff = startStaff();
    await staff.updateSettings({ clinicName: 'Harbor Physio' });
    await audits[0]?.flush();
    const text = readdirSync(path.join(dataDir, 'logs'))
      .map((name) => readFileSync(path.join(dataDir, 'logs', name), 'utf8'))
      .join('');
    expect(text).toContain('"keys":["clinicName"]');
    expect(text).not.toContain('Harbor');
  });
});

describe('staff sessions', () => {
  it('expire after a quiet spell and accept only the issued token', () => {
    let now = 0;
    const sessions = createStaffSessions({ now: () => now, expireAfterMs: 1000 });
    const token = sessions.open();
    expect(sessions.verify('x'.repeat(43))).toBe(false);
    now = 900;
    expect(sessions.verify(token)).toBe(true);
    now = 1800;
    expect(sessions.verify(token)).toBe(true);
    now = 2900;
    expect(sessions.verify(token)).toBe(false);
    expect(sessions.isOpen()).toBe(false);
  });
});

describe('staff-only channels through the real router', () => {
  it('refuse without the session token and work with it; patient channels stay open', async () => {
    await seedStaffPinHash(dataDir, await hashPin('2468', testCost));
    const core = createMainCore({
      dataDir,
      preview: false,
      pdf: { renderPdf: () => Promise.reject(new Error('no PDFs in this test')), close: () => Promise.resolve() } as never,
      logger,
      provisionFile: path.join(dataDir, 'no-provision.json'),
    });
    try {
      expect(await core.router.handle('kiosk:get-config', {})).toMatchObject({ ok: true });
      const bogus = { staffToken: 'B'.repeat(43) };
      for (const channel of ['staff:get-settings', 'staff:get-counts', 'printer:status', 'printer:list', 'printer:test-print', 'staff:exit-kiosk']) {
        expect(await core.router.handle(channel, bogus)).toMatchObject({ ok: false, error: { code: 'not-authorized' } });
      }
      expect(await core.router.handle('staff:get-settings', {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      const unlocked = await core.router.handle('staff:unlock', { pin: '2468' });
      if (!unlocked.ok) throw new Error('unlock failed');
      const { staffToken } = unlocked.value as { staffToken: string };
      expect(await core.router.handle('staff:get-settings', { staffToken })).toMatchObject({ ok: true, value: { managed: [], pinManaged: false } });
      expect(await core.router.handle('staff:update-settings', { staffToken, patch: { clinicName: 'Harbor Physio' } })).toMatchObject({ ok: true });
      expect(core.settings.get().clinicName).toBe('Harbor Physio');
    } finally {
      await core.close();
    }
  });
});

describe('staff counts', () => {
  it("show today's numbers and earlier days, newest first, numbers only", async () => {
    const now = () => clock;
    const counters = createCounterStore({ dataDir, now, logger });
    counters.increment('started');
    clock = new Date('2025-03-04T10:00:00');
    counters.increment('started');
    counters.increment('redFlags');
    counters.increment('rendererRecoveries');
    clock = new Date('2025-03-06T08:00:00');
    counters.increment('printed');
    await counters.flush();
    const staff = startStaff();
    expect(staff.counts()).toEqual({
      today: {
        date: '2025-03-06',
        counts: { started: 0, finished: 0, printed: 1, printFailures: 0, redFlags: 0, alertSlipsPrinted: 0, alertSlipFailures: 0, timedOut: 0 },
      },
      earlier: [
        {
          date: '2025-03-04',
          counts: { started: 1, finished: 0, printed: 0, printFailures: 0, redFlags: 1, alertSlipsPrinted: 0, alertSlipFailures: 0, timedOut: 0 },
        },
        {
          date: '2025-03-03',
          counts: { started: 1, finished: 0, printed: 0, printFailures: 0, redFlags: 0, alertSlipsPrinted: 0, alertSlipFailures: 0, timedOut: 0 },
        },
      ],
    });
  });
});
