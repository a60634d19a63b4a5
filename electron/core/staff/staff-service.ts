/**
 * Staff mode's main-process side: the PIN (first-PIN setup with IT's setup code, unlock, change),
 * the wrong-PIN lockout, the staff session, the staff view of settings and counts, reset and exit.
 * Every action lands in the audit log as time + action. The IPC handlers call these methods only.
 *
 * Fails closed: with no known PIN the kiosk is locked for staff ("call IT"); a first PIN can be
 * set only with the one-time setup code whose hash IT put in the provisioning file. Wrong PINs
 * are counted and locked in memory first and saved second; while a count cannot be saved, staff
 * entry stays locked, so a full or read-only disk never means unlimited guesses.
 */
import type { KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import {
  staffCountNames,
  type SettingsPatch,
  type SettingsProblem,
  type StaffCounts,
  type StaffDayCounts,
  type StaffPinState,
  type StaffSession,
  type StaffSettingsView,
  type StaffStatus,
} from '../../../shared/staff/staff-schemas.ts';
import { localDayKey, type CounterStore, type DayCounts } from '../counters/counter-store.ts';
import { KioskError } from '../kiosk-error.ts';
import type { AuditLog } from '../logging/audit-log.ts';
import type { Logger } from '../logging/logger.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { defaultLockoutPolicy, lockSecondsAfter, secondsLeft, type LockoutPolicy } from './lockout-policy.ts';
import { hashPin, pinHashSchema, verifyPin, type PinHash, type ScryptCost } from './pin-hash.ts';
import type { StaffSessions } from './staff-sessions.ts';
import type { StaffStateStore } from './staff-state-store.ts';

export interface StaffService {
  status(): StaffStatus;
  /** Only where IT allowed it: `setupCode` must match the provisioned setup-code hash, once. */
  setFirstPin(setupCode: string, pin: string): Promise<StaffSession>;
  unlock(pin: string): Promise<StaffSession>;
  /** True while `token` is the open staff session. */
  isAuthorized: (token: string) => boolean;
  lock(): void;
  settingsView(): StaffSettingsView;
  updateSettings(patch: SettingsPatch): Promise<StaffSettingsView>;
  /** Saves the settings in force as they are: staff confirm the factory settings after both copies were lost. */
  confirmSettings(): Promise<StaffSettingsView>;
  counts(): StaffCounts;
  changePin(currentPin: string, newPin: string): Promise<void>;
  /** Runs the print service's test print and audits it (with its job id, or the failure code). */
  testPrint(print: () => Promise<{ jobId: string; printer: string }>): Promise<{ jobId: string; printer: string }>;
  resetKiosk(): void;
  exitKiosk(): void;
}

export interface StaffServiceOptions {
  readonly state: StaffStateStore;
  readonly sessions: StaffSessions;
  readonly settings: SettingsStore;
  readonly counters: CounterStore;
  readonly audit: AuditLog;
  readonly logger: Logger;
  readonly now: () => Date;
  /** The PIN hash from the provisioning file (managed), or null. */
  readonly provisionedPinHash: PinHash | null;
  /** The hash of IT's one-time setup code from the provisioning file, or null (no PIN setup on the kiosk). */
  readonly provisionedSetupCodeHash?: PinHash | null;
  readonly provisionFile: string | null;
  /** Problems with the provisioning file, shown on the staff screen. */
  readonly provisioningProblem: SettingsProblem | null;
  /** Seconds without a touch before the staff screen closes itself. */
  readonly idleSeconds: number;
  /** Quits the kiosk (Electron: app.quit; browser shell: closes the browser). */
  readonly requestExit: () => void;
  readonly lockout?: LockoutPolicy;
  readonly pinCost?: ScryptCost;
}

function staffDayCounts(counts: DayCounts): StaffDayCounts {
  return Object.fromEntries(staffCountNames.map((name) => [name, counts[name]])) as StaffDayCounts;
}

export function createStaffService(options: StaffServiceOptions): StaffService {
  const { state, sessions, settings, counters, audit, logger } = options;
  const policy = options.lockout ?? defaultLockoutPolicy;
  const setupCodeHash = options.provisionedSetupCodeHash ?? null;
  const nowMs = () => options.now().getTime();
  // One PIN check at a time, so parallel guesses cannot race past the lockout.
  let pinQueue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = pinQueue.then(work, work);
    pinQueue = next.catch(() => undefined);
    return next;
  }

  // The lockout lives here first; staff.json is its copy for restarts.
  let failedAttempts = state.get().failedAttempts;
  let lockedUntilMs = state.get().lockedUntilMs;
  /** True while the wrong-PIN count in memory is ahead of the one on disk. */
  let countUnsaved = false;

  function storedPinHash(): PinHash | null {
    if (options.provisionedPinHash) return options.provisionedPinHash;
    const encoded = state.get().pinHash;
    if (!encoded) return null;
    const parsed = pinHashSchema.safeParse(encoded);
    return parsed.success ? parsed.data : null;
  }

  function pinState(): StaffPinState {
    if (storedPinHash()) return 'set';
    // An unreadable or newer staff file may hold a PIN: unknown is not "none", so no setup.
    if (state.fileStatus() === 'unknown') return 'call-it';
    if (setupCodeHash && state.get().setupCodeUsed !== setupCodeHash.encoded) return 'setup-allowed';
    return 'call-it';
  }

  function lockedForSeconds(): number {
    // A lock end further away than the longest lock means the clock was set back: from now on it
    // lasts the longest lock, not until the clock catches up again (a year, in a review's test).
    const longest = nowMs() + policy.maxLockSeconds * 1000;
    if (lockedUntilMs !== null && lockedUntilMs > longest) lockedUntilMs = longest;
    return secondsLeft(lockedUntilMs, nowMs(), policy);
  }

  function lockedError(seconds: number): KioskError {
    return new KioskError('locked-out', `Too many wrong PINs. Try again in ${seconds} seconds.`);
  }

  /** Saves the lockout as it stands in memory; false (and logged) when the disk refuses. */
  async function saveLockout(): Promise<boolean> {
    try {
      await state.save({ ...state.get(), failedAttempts, lockedUntilMs });
      countUnsaved = false;
      return true;
    } catch (error) {
      countUnsaved = true;
      logger.error({ file: 'staff.json', err: String(error) }, 'wrong-PIN count could not be saved; staff entry stays locked until it can be');
      return false;
    }
  }

  /** Locks staff entry because the count could not reach the disk; returns the error to throw. */
  function lockForUnsavedCount(): KioskError {
    const seconds = Math.max(lockSecondsAfter(failedAttempts, policy), policy.firstLockSeconds);
    lockedUntilMs = nowMs() + seconds * 1000;
    audit.record('lockout', { failedAttempts, lockedForSeconds: seconds, failed: 'count-not-saved' });
    return lockedError(seconds);
  }

  /** Refuses every PIN while locked, or while the last wrong-PIN count is not yet on disk. */
  async function ensureNotLocked(): Promise<void> {
    const locked = lockedForSeconds();
    if (locked > 0) throw lockedError(locked);
    if (countUnsaved && !(await saveLockout())) throw lockForUnsavedCount();
  }

  /**
   * Checks a PIN (or setup code) the safe way round: the attempt is counted on disk before the
   * check, and a right answer clears the count after it. So neither pulling the plug nor a disk
   * that refuses the count gives a guess for free: with the count saved after the check, a kiosk
   * on a read-only disk got one checked guess per restart, for ever. Callers check
   * `ensureNotLocked()` first, in the order their errors should come.
   */
  async function checkCounted(candidate: string, against: PinHash, wrongPinError: (left: number) => KioskError): Promise<void> {
    failedAttempts += 1;
    if (!(await saveLockout())) {
      const locked = lockForUnsavedCount();
      logger.warn(
        { failedAttempts, lockedForSeconds: lockedForSeconds() },
        'staff entry locked: the attempt could not be counted on disk, so it was not checked',
      );
      throw locked;
    }
    if (await verifyPin(candidate, against)) {
      failedAttempts = 0;
      lockedUntilMs = null;
      // A reset that does not reach the disk leaves the higher count there: the safe side.
      await saveLockout();
      return;
    }
    audit.record('pin-failed', { failedAttempts });
    const lockSeconds = lockSecondsAfter(failedAttempts, policy);
    if (lockSeconds > 0) {
      lockedUntilMs = nowMs() + lockSeconds * 1000;
      await saveLockout();
      audit.record('lockout', { failedAttempts, lockedForSeconds: lockSeconds });
      logger.warn({ failedAttempts, lockedForSeconds: lockSeconds }, 'staff entry locked after wrong PINs');
      throw lockedError(lockSeconds);
    }
    throw wrongPinError(policy.freeAttempts - failedAttempts);
  }

  function openSession(): StaffSession {
    return { staffToken: sessions.open(), idleSeconds: options.idleSeconds };
  }

  function settingsView(): StaffSettingsView {
    const problems = [...settings.problems()];
    const staffProblem = state.problem();
    if (staffProblem) problems.push(staffProblem);
    if (options.provisioningProblem) problems.push(options.provisioningProblem);
    return {
      settings: settings.get(),
      managed: settings.managedKeys(),
      pinManaged: options.provisionedPinHash !== null,
      provisionFile: options.provisionFile,
      problems,
      settingsLost: settings.lost(),
    };
  }

  const callIt = () => new KioskError('conflict', 'Staff setup needed: please call IT.');

  /** Saves a change (or, with none, the settings as they are), audited with the keys changed. */
  async function saveSettings(patch: SettingsPatch): Promise<StaffSettingsView> {
    const keys = Object.keys(patch) as Array<keyof KioskSettings>;
    try {
      await settings.update(patch);
    } catch (error) {
      audit.record('settings-change', { keys, failed: error instanceof KioskError ? error.code : 'internal' });
      throw error;
    }
    audit.record('settings-change', { keys });
    return settingsView();
  }

  return {
    status: () => ({
      pinState: pinState(),
      pinManaged: options.provisionedPinHash !== null,
      lockedForSeconds: lockedForSeconds(),
      triesBeforePause: Math.max(0, policy.freeAttempts - failedAttempts),
    }),

    setFirstPin(setupCode, pin) {
      return oneAtATime(async () => {
        const current = pinState();
        if (current === 'set') throw new KioskError('conflict', 'A staff PIN is already set.');
        if (current !== 'setup-allowed' || !setupCodeHash) throw callIt();
        await ensureNotLocked();
        await checkCounted(
          setupCode,
          setupCodeHash,
          (left) => new KioskError('pin-wrong', `That setup code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before a pause.`),
        );
        const pinHash = await hashPin(pin, options.pinCost);
        try {
          await state.save({ ...state.get(), pinHash, setupCodeUsed: setupCodeHash.encoded, failedAttempts, lockedUntilMs });
        } catch (error) {
          logger.error({ file: 'staff.json', err: String(error) }, 'first staff PIN could not be saved');
          throw new KioskError('internal', 'The PIN could not be saved. Please call IT.');
        }
        audit.record('pin-set');
        audit.record('staff-entry');
        return openSession();
      });
    },

    unlock(pin) {
      return oneAtATime(async () => {
        await ensureNotLocked();
        const stored = storedPinHash();
        if (!stored) throw callIt();
        await checkCounted(
          pin,
          stored,
          (left) => new KioskError('pin-wrong', `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before a pause.`),
        );
        audit.record('staff-entry');
        return openSession();
      });
    },

    isAuthorized: (token) => sessions.verify(token),

    lock() {
      if (!sessions.isOpen()) return;
      sessions.close();
      audit.record('staff-mode-closed');
    },

    settingsView,

    updateSettings: (patch) => saveSettings(patch),
    confirmSettings: () => saveSettings({}),

    counts() {
      const todayKey = localDayKey(options.now());
      const earlier = Object.entries(counters.history())
        .filter(([date]) => date < todayKey)
        .sort(([a], [b]) => (a < b ? 1 : -1))
        .map(([date, counts]) => ({ date, counts: staffDayCounts(counts) }));
      return { today: { date: todayKey, counts: staffDayCounts(counters.today()) }, earlier };
    },

    changePin(currentPin, newPin) {
      return oneAtATime(async () => {
        if (options.provisionedPinHash) throw new KioskError('managed-setting', 'The staff PIN is managed by the provisioning file.');
        // A guess of the current PIN is a guess like any other: it counts toward the lockout.
        await ensureNotLocked();
        const stored = storedPinHash();
        if (!stored) throw callIt();
        await checkCounted(
          currentPin,
          stored,
          (left) => new KioskError('pin-wrong', `The current PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before a pause.`),
        );
        await state.save({ ...state.get(), pinHash: await hashPin(newPin, options.pinCost), failedAttempts, lockedUntilMs });
        audit.record('pin-changed');
      });
    },

    async testPrint(print) {
      try {
        const job = await print();
        audit.record('test-print', { jobId: job.jobId, printer: job.printer });
        return job;
      } catch (error) {
        audit.record('test-print', { failed: error instanceof KioskError ? error.code : 'internal' });
        throw error;
      }
    },

    resetKiosk() {
      audit.record('reset');
      sessions.close();
      audit.record('staff-mode-closed');
    },

    exitKiosk() {
      audit.record('exit');
      sessions.close();
      // Let the reply reach the screen and the audit entry reach the disk before the app goes.
      void audit.flush().finally(() => setTimeout(options.requestExit, 100));
    },
  };
}
