/**
 * Today's counts for the front desk: numbers only, kept per day for 90 days, written atomically and durably.
 * Nothing here can identify a patient or an answer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logging/logger.ts';
import { writeFileDurably } from '../settings/durable-json-file.ts';

export const counterNames = ['started', 'finished', 'printed', 'printFailures', 'redFlags', 'alertSlipsPrinted', 'alertSlipFailures', 'timedOut', 'rendererRecoveries'] as const;
export type CounterName = (typeof counterNames)[number];
export type DayCounts = Record<CounterName, number>;

const dayCountsSchema = z.object(Object.fromEntries(counterNames.map((name) => [name, z.number().int().min(0).catch(0)])) as Record<CounterName, z.ZodCatch<z.ZodNumber>>);
const countersFileSchema = z.object({
  version: z.literal(1),
  days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), dayCountsSchema),
});
type CountersFile = z.infer<typeof countersFileSchema>;

export const counterRetentionDays = 90;

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

export function createCounterStore(options: { dataDir: string; now: () => Date; logger: Logger }): CounterStore {
  const file = path.join(options.dataDir, 'counters.json');
  let data: CountersFile = { version: 1, days: {} };
  try {
    const parsed = countersFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) data = parsed.data;
    else options.logger.warn({ file: 'counters.json' }, 'counters file invalid; starting fresh');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.logger.warn({ file: 'counters.json' }, 'counters file unreadable; starting fresh');
  }

  let writing: Promise<void> = Promise.resolve();

  function prune(todayKey: string) {
    const cutoff = new Date(`${todayKey}T00:00:00`);
    cutoff.setDate(cutoff.getDate() - (counterRetentionDays - 1));
    const oldest = localDayKey(cutoff);
    for (const key of Object.keys(data.days)) if (key < oldest) delete data.days[key];
  }

  function persist() {
    const snapshot = JSON.stringify(data);
    // Chained so writes land in order; a failed write is logged and the next one retries the whole state.
    writing = writing
      .then(() => writeFileDurably(file, snapshot))
      .catch((error: unknown) => options.logger.error({ file: 'counters.json', err: String(error) }, 'counters write failed'));
  }

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
