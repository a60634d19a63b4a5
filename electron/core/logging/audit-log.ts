/**
 * The staff audit log: who did what at the kiosk, as time + action, in its own rotating files
 * (pino over pino-roll: a new file each day or at 1 MB, the last 30 kept). Entries have a fixed
 * shape (setting names, counts, job ids), so a patient's answer cannot end up here.
 */
import path from 'node:path';
import { pino, type Logger as PinoLogger } from 'pino';
import pinoRoll from 'pino-roll';
import type { KioskSettingKey } from '../../../shared/settings/kiosk-settings.ts';
import type { Logger } from './logger.ts';

export const auditActions = [
  'staff-entry',
  'pin-failed',
  'lockout',
  'pin-set',
  'pin-changed',
  'settings-change',
  'reset',
  'test-print',
  'staff-mode-closed',
  'exit',
  // Red-flag escalation: when, which job and printer; never the flags or answers.
  'alert-raised',
  'alert-slip-printed',
  'alert-slip-failed',
  'alert-acknowledged',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The only details an entry may carry. */
export interface AuditDetails {
  readonly keys?: readonly KioskSettingKey[];
  readonly failedAttempts?: number;
  readonly lockedForSeconds?: number;
  readonly jobId?: string;
  readonly printer?: string;
  /** Why an action did not happen, as a typed error code. */
  readonly failed?: string;
  readonly alertId?: string;
  /** How many alerts one acknowledgement covered. */
  readonly count?: number;
  /** Which try at an urgent slip this was (1 is the first; later ones are retries). */
  readonly attempt?: number;
}

export interface AuditLog {
  record(action: AuditAction, details?: AuditDetails): void;
  /** Resolves once every entry so far is written to the file. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export const auditFileBase = 'staff-audit';

/** The audit files in `logDir` are `staff-audit.<n>.log`. */
export function createAuditLog(options: { logDir: string; logger: Logger; now?: () => Date }): AuditLog {
  const pending: Array<{ action: AuditAction; details: AuditDetails; time: string }> = [];
  const now = options.now ?? (() => new Date());
  let audit: PinoLogger | null = null;
  let stream: Awaited<ReturnType<typeof pinoRoll>> | null = null;

  const ready = pinoRoll({
    file: path.join(options.logDir, auditFileBase),
    extension: '.log',
    frequency: 'daily',
    size: '1m',
    limit: { count: 30 },
    mkdir: true,
    // Each line is written at once; a minimum length above 0 makes flush() wait until it is on disk.
    minLength: 1,
  }).then(
    async (destination) => {
      // A full or failing disk must never take the kiosk down with it: log and carry on.
      destination.on('error', (error: unknown) => options.logger.error({ err: String(error) }, 'staff audit log write failed'));
      // sonic-boom opens the file asynchronously; its typings do not expose `fd` (-1 until open).
      const fd = (destination as unknown as { fd?: unknown }).fd;
      if (typeof fd !== 'number' || fd < 0) {
        const opened = await new Promise<boolean>((resolve) => destination.once('ready', () => resolve(true)).once('error', () => resolve(false)));
        // Never opened (e.g. an unwritable data folder): entries stay in memory; flush and close must not wait on a dead stream.
        if (!opened) return;
      }
      stream = destination;
      audit = pino({ base: { log: 'staff-audit' }, timestamp: false }, destination);
      for (const entry of pending.splice(0)) write(entry);
    },
    (error: unknown) => options.logger.error({ err: String(error) }, 'staff audit log could not be opened'),
  );

  function write(entry: { action: AuditAction; details: AuditDetails; time: string }) {
    try {
      audit?.info({ time: entry.time, action: entry.action, ...entry.details }, 'staff action');
    } catch (error) {
      // A file that never opened (unwritable data folder) must not break the action being audited, e.g. a lockout.
      options.logger.error({ err: String(error), action: entry.action }, 'staff audit log write failed');
    }
  }

  return {
    record(action, details = {}) {
      const entry = { action, details, time: now().toISOString() };
      if (audit) write(entry);
      else pending.push(entry);
    },
    async flush() {
      await ready;
      const destination = stream;
      if (!destination) return;
      await new Promise<void>((resolve) => destination.flush(() => resolve()));
    },
    async close() {
      await this.flush();
      stream?.end();
    },
  };
}
