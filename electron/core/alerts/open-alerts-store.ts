/**
 * The red-flag alerts staff have not acknowledged yet, kept on disk so that a restart of the
 * kiosk program (a crash, a power cut) cannot take the "Staff needed" band away. Ids, times and
 * slip states only, as the audit log already holds them: never a flag, never an answer. The same
 * durable JSON file as the counters (atomic, fsynced, with a last good copy). A file that cannot
 * be read counts as unknown, and unknown is not "none": the alert service then keeps the band up.
 */
import path from 'node:path';
import { z } from 'zod';
import { alertIdSchema, alertStates } from '../../../shared/ipc/ipc-contract.ts';
import { createDurableJsonFile, issueFields, type ParseOutcome } from '../settings/durable-json-file.ts';

export const openAlertsFileName = 'open-alerts.json';

const storedAlertSchema = z.object({ alertId: alertIdSchema, raisedAt: z.iso.datetime(), state: z.enum(alertStates) }).strict();
export type StoredAlert = z.infer<typeof storedAlertSchema>;

const openAlertsFileSchema = z.object({ version: z.literal(1), open: z.array(storedAlertSchema).max(100) }).strict();
type OpenAlertsFile = z.infer<typeof openAlertsFileSchema>;

function parseOpenAlertsFile(raw: unknown): ParseOutcome<OpenAlertsFile> {
  const parsed = openAlertsFileSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data, migrated: false } : { ok: false, kind: 'invalid', fields: issueFields(parsed.error.issues) };
}

export interface OpenAlertsStore {
  /** The open alerts on file; `unknown` when the file (and its last good copy) could not be read. */
  load(): { readonly open: readonly StoredAlert[]; readonly unknown: boolean };
  /** Replaces the list on disk (writes run one after another). */
  save(open: readonly StoredAlert[]): Promise<void>;
}

export function createOpenAlertsStore(dataDir: string): OpenAlertsStore {
  const durable = createDurableJsonFile({
    file: path.join(dataDir, openAlertsFileName),
    parse: parseOpenAlertsFile,
    serialize: (value: OpenAlertsFile) => value,
    mode: 0o600,
  });
  return {
    load() {
      const loaded = durable.load();
      return { open: loaded.value?.open ?? [], unknown: loaded.problem !== null && loaded.value === null };
    },
    save: (open) => durable.save({ version: 1, open: [...open] }),
  };
}
