/**
 * The staff file (`staff.json` in the data folder): the PIN hash staff set with IT's setup code
 * (unless provisioning supplies one), the setup code already used, and the wrong-PIN count and
 * lock end, so a restart never resets a lockout. Durable like the settings file: atomic writes and
 * a last good copy, both readable by the kiosk's user only (0600).
 *
 * A file that cannot be read or was written by a newer Backtalk (and no good copy) is `unknown`,
 * never "no PIN yet": the kiosk then stays locked for staff until IT steps in.
 */
import path from 'node:path';
import { z } from 'zod';
import type { SettingsProblem } from '../../../shared/staff/staff-schemas.ts';
import { createDurableJsonFile, issueFields, type ParseOutcome } from '../settings/durable-json-file.ts';
import { pinHashSchema } from './pin-hash.ts';

export const staffFileName = 'staff.json';

const staffStateSchema = z.object({
  version: z.literal(1),
  /** The encoded scrypt hash, never the PIN. */
  pinHash: z.string().nullable(),
  failedAttempts: z.number().int().min(0),
  /** Epoch milliseconds when the current lock ends, or null. */
  lockedUntilMs: z.number().int().min(0).nullable(),
  /** The provisioned setup-code hash already used to set a PIN here, so the code works once. */
  setupCodeUsed: z.string().max(200).nullable().optional(),
});
export type StaffState = z.infer<typeof staffStateSchema>;

export const emptyStaffState: StaffState = { version: 1, pinHash: null, failedAttempts: 0, lockedUntilMs: null };

function parseStaffState(raw: unknown): ParseOutcome<StaffState> {
  const version = z.object({ version: z.number() }).loose().safeParse(raw);
  if (version.success && version.data.version > 1) return { ok: false, kind: 'newer-version', fields: [] };
  const parsed = staffStateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: 'invalid', fields: issueFields(parsed.error.issues) };
  if (parsed.data.pinHash !== null && !pinHashSchema.safeParse(parsed.data.pinHash).success) return { ok: false, kind: 'invalid', fields: ['pinHash'] };
  return { ok: true, value: parsed.data, migrated: false };
}

/** `fresh`: no staff file yet (a new kiosk); `unknown`: a file is there but nothing usable could be read. */
export type StaffFileStatus = 'loaded' | 'fresh' | 'unknown';

export interface StaffStateStore {
  get(): StaffState;
  fileStatus(): StaffFileStatus;
  save(next: StaffState): Promise<void>;
  problem(): SettingsProblem | null;
}

export function createStaffStateStore(dataDir: string): StaffStateStore {
  const durable = createDurableJsonFile({
    file: path.join(dataDir, staffFileName),
    parse: parseStaffState,
    serialize: (state: StaffState) => state,
    mode: 0o600,
  });
  const loaded = durable.load();
  let state = loaded.value ?? emptyStaffState;
  let fileStatus: StaffFileStatus = loaded.value ? 'loaded' : loaded.problem ? 'unknown' : 'fresh';
  let problem: SettingsProblem | null = loaded.problem ? { source: 'staff-file', ...loaded.problem, fields: [...loaded.problem.fields] } : null;
  return {
    get: () => state,
    fileStatus: () => fileStatus,
    problem: () => problem,
    async save(next) {
      await durable.save(next);
      state = next;
      // What was unknown stays unknown for the PIN (the service keeps a PIN it never saw out), but the file is sound again.
      if (fileStatus === 'fresh') fileStatus = 'loaded';
      problem = null;
    },
  };
}

/** Writes a staff file with this PIN hash (first-start setup done), e.g. for a test kiosk or an imaging script. */
export async function seedStaffPinHash(dataDir: string, pinHash: string): Promise<void> {
  await createStaffStateStore(dataDir).save({ ...emptyStaffState, pinHash });
}

export type ClearLockoutOutcome = 'cleared' | 'not-locked' | 'no-staff-file' | 'unreadable';

/**
 * IT's override for a staff lockout (any patient can cause one by tapping wrong PINs): resets the
 * wrong-PIN count and lock end in the staff file, keeping the PIN. The running kiosk holds its
 * lockout in memory, so it takes effect at the kiosk's next start.
 */
export async function clearStaffLockout(dataDir: string): Promise<ClearLockoutOutcome> {
  const store = createStaffStateStore(dataDir);
  if (store.fileStatus() === 'unknown') return 'unreadable';
  if (store.fileStatus() === 'fresh') return 'no-staff-file';
  const current = store.get();
  if (current.failedAttempts === 0 && current.lockedUntilMs === null) return 'not-locked';
  await store.save({ ...current, failedAttempts: 0, lockedUntilMs: null });
  return 'cleared';
}
