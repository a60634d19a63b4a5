/**
 * Staff mode's main-process side: the PIN (first-start setup, unlock, change), the wrong-PIN
 * lockout, the staff session, the staff view of settings and counts, reset and exit. Every
 * action lands in the audit log as time + action. The IPC handlers call these methods only.
 */
import type { KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import {
  staffCountNames,
  type SettingsPatch,
  type SettingsProblem,
  type StaffCounts,
  type StaffDayCounts,
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
  setFirstPin(pin: string): Promise<StaffSession>;
  unlock(pin: string): Promise<StaffSession>;
  /** True while `token` is the open staff session. */
  isAuthorized(token: string): boolean;
  lock(): void;
  settingsView(): StaffSettingsView;
  updateSettings(patch: SettingsPatch): Promise<StaffSettingsView>;
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
  const nowMs = () => options.now().getTime();
  // One PIN check at a time, so parallel guesses cannot race past the lockout.
  let pinQueue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = pinQueue.then(work, work);
    pinQueue = next.catch(() => undefined);
    return next;
  }

  function storedPinHash(): PinHash | null {
    if (options.provisionedPinHash) return options.provisionedPinHash;
    const encoded = state.get().pinHash;
    if (!encoded) return null;
    const parsed = pinHashSchema.safeParse(encoded);
    return parsed.success ? parsed.data : null;
  }

  function lockedForSeconds(): number {
    return secondsLeft(state.get().lockedUntilMs, nowMs(), policy);
  }

  function lockedError(seconds: number): KioskError {
    return new KioskError('locked-out', `Too many wrong PINs. Try again in ${seconds} seconds.`);
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
    };
  }

  return {
    status: () => ({
      pinSet: storedPinHash() !== null,
      pinManaged: options.provisionedPinHash !== null,
      lockedForSeconds: lockedForSeconds(),
      triesBeforePause: Math.max(0, policy.freeAttempts - state.get().failedAttempts),
    }),

    setFirstPin(pin) {
      return oneAtATime(async () => {
        if (storedPinHash()) throw new KioskError('conflict', 'A staff PIN is already set.');
        await state.save({ ...state.get(), pinHash: await hashPin(pin, options.pinCost), failedAttempts: 0, lockedUntilMs: null });
        audit.record('pin-set');
        audit.record('staff-entry');
        return openSession();
      });
    },

    unlock(pin) {
      return oneAtATime(async () => {
        const locked = lockedForSeconds();
        if (locked > 0) throw lockedError(locked);
        const stored = storedPinHash();
        if (!stored) throw new KioskError('conflict', 'No staff PIN is set yet.');
        if (await verifyPin(pin, stored)) {
          const current = state.get();
          if (current.failedAttempts > 0 || current.lockedUntilMs !== null) await state.save({ ...current, failedAttempts: 0, lockedUntilMs: null });
          audit.record('staff-entry');
          return openSession();
        }
        const failedAttempts = state.get().failedAttempts + 1;
        const lockSeconds = lockSecondsAfter(failedAttempts, policy);
        // On disk before the answer goes back, so pulling the plug cannot undo a wrong guess.
        await state.save({ ...state.get(), failedAttempts, lockedUntilMs: lockSeconds > 0 ? nowMs() + lockSeconds * 1000 : null });
        audit.record('pin-failed', { failedAttempts });
        if (lockSeconds > 0) {
          audit.record('lockout', { failedAttempts, lockedForSeconds: lockSeconds });
          logger.warn({ failedAttempts, lockedForSeconds: lockSeconds }, 'staff entry locked after wrong PINs');
          throw lockedError(lockSeconds);
        }
        const left = policy.freeAttempts - failedAttempts;
        throw new KioskError('pin-wrong', `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before a pause.`);
      });
    },

    isAuthorized: (token) => sessions.verify(token),

    lock() {
      if (!sessions.isOpen()) return;
      sessions.close();
      audit.record('staff-mode-closed');
    },

    settingsView,

    async updateSettings(patch) {
      const keys = Object.keys(patch) as Array<keyof KioskSettings>;
      try {
        await settings.update(patch);
      } catch (error) {
        audit.record('settings-change', { keys, failed: error instanceof KioskError ? error.code : 'internal' });
        throw error;
      }
      audit.record('settings-change', { keys });
      return settingsView();
    },

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
        const stored = storedPinHash();
        if (!stored || !(await verifyPin(currentPin, stored))) {
          audit.record('pin-failed', { failed: 'change-pin' });
          throw new KioskError('pin-wrong', 'The current PIN is not right.');
        }
        await state.save({ ...state.get(), pinHash: await hashPin(newPin, options.pinCost), failedAttempts: 0, lockedUntilMs: null });
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
