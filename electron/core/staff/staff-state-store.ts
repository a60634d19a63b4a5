/**
 * The staff file (`staff.json` in the data folder): the PIN hash staff set at first start (unless
 * provisioning supplies one) and the wrong-PIN count and lock end, so a restart never resets a
 * lockout. Durable like the settings file: atomic writes and a last good copy.
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

export interface StaffStateStore {
  get(): StaffState;
  save(next: StaffState): Promise<void>;
  problem(): SettingsProblem | null;
}

export function createStaffStateStore(dataDir: string): StaffStateStore {
  const durable = createDurableJsonFile({ file: path.join(dataDir, staffFileName), parse: parseStaffState, serialize: (state: StaffState) => state });
  const loaded = durable.load();
  let state = loaded.value ?? emptyStaffState;
  let problem: SettingsProblem | null = loaded.problem ? { source: 'staff-file', ...loaded.problem, fields: [...loaded.problem.fields] } : null;
  return {
    get: () => state,
    problem: () => problem,
    async save(next) {
      await durable.save(next);
      state = next;
      problem = null;
    },
  };
}

/** Writes a staff file with this PIN hash (first-start setup done), e.g. for a test kiosk or an imaging script. */
export async function seedStaffPinHash(dataDir: string, pinHash: string): Promise<void> {
  await createStaffStateStore(dataDir).save({ ...emptyStaffState, pinHash });
}
