/**
 * Today's counts for the front desk: numbers only, kept per day for 90 days, in the same durable
 * JSON file as the settings (atomic, fsynced, with a last good copy).
 * Nothing here can identify a patient or an answer.
 */
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logging/logger.ts';
import { createDurableJsonFile, issueFields, type ParseOutcome } from '../settings/durable-json-file.ts';

export const counterNames = [
  'started',
  'finished',
  'printed',
  'printFailures',
  'redFlags',
  'alertSlipsPrinted',
  'alertSlipFailures',
  'timedOut',
  'rendererRecoveries',
] as const;
export type CounterName = (typeof counterNames)[number];
export type DayCounts = Record<CounterName, number>;

const dayCountsSchema = z.object(
  Object.fromEntries(counterNames.map((name) => [name, z.number().int().min(0).catch(0)])) as Record<CounterName, z.ZodCatch<z.ZodNumber>>,
);
const countersFileSchema = z.object({
  version: z.literal(1),
  days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), dayCountsSchema),
});
type CountersFile = z.infer<typeof countersFileSchema>;

export const counterRetentionDays = 90;
export const countersFileName = 'counters.json';

export interface CounterStore {
  increment(name: CounterName): void;
  today(): DayCounts;
  history(): Readonly<Record<string, DayCounts>>;
  /** Resolves once every increment so far is on disk. */
  flush(): Promise<void>;
}

export function emptyDayCounts(): DayCounts {
  return Object.fromEntries(counterNames.map((name) => [name, 0])) as DayCounts;
}

/** The clinic's local calendar day. */
export function localDayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parseCountersFile(raw: unknown): ParseOutcome<CountersFile> {
  const parsed = countersFileSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data, migrated: false } : { ok: false, kind: 'invalid', fields: issueFields(parsed.error.issues) };
}

export function createCounterStore(options: { dataDir: string; now: () => Date; logger: Logger }): CounterStore {
  // The same durable file as the settings: atomic, fsynced, with a last good copy to fall back on.
  const durable = createDurableJsonFile({
    file: path.join(options.dataDir, countersFileName),
    parse: parseCountersFile,
    serialize: (value: CountersFile) => value,
  });
  const loaded = durable.load();
  const data: CountersFile = loaded.value ?? { version: 1, days: {} };
  if (loaded.problem) {
    options.logger.warn(
      { file: countersFileName, kind: loaded.problem.kind, fields: loaded.problem.fields, recovery: loaded.problem.recovery },
      'counters file unusable; using its last good copy or starting fresh',
    );
  }

  let writing: Promise<void> = Promise.resolve();
  let dirty = false;

  function prune(todayKey: string) {
    const cutoff = new Date(`${todayKey}T00:00:00`);
    cutoff.setDate(cutoff.getDate() - (counterRetentionDays - 1));
    const oldest = localDayKey(cutoff);
    for (const key of Object.keys(data.days)) if (key < oldest) delete data.days[key];
  }

  function persist() {
    dirty = true;
    // Chained so writes land in order; increments that arrive while a write waits share it. A
    // failed write is logged and the next one retries the whole state.
    writing = writing.then(async () => {
      if (!dirty) return;
      dirty = false;
      await durable
        .save(structuredClone(data))
        .catch((error: unknown) => options.logger.error({ file: countersFileName, err: String(error) }, 'counters write failed'));
    });
  }

  if (loaded.needsSave) persist();

  return {
    increment(name) {
      const key = localDayKey(options.now());
      const day = (data.days[key] ??= emptyDayCounts());
      day[name] += 1;
      prune(key);
      persist();
    },
    today() {
      return { ...emptyDayCounts(), ...data.days[localDayKey(options.now())] };
    },
    history() {
      return structuredClone(data.days);
    },
    flush() {
      return writing;
    },
  };
}
