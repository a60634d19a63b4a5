/**
 * Red-flag escalation in the main process: when the touchscreen reports the first red flag of a
 * session, print the urgent slip on the alert printer at once and follow the job to paper. It
 * runs from the flag event alone, so the slip prints even if the patient walks away and the
 * screen wipes itself. Each alert is counted and audited (ids, printer, outcome; never the flags
 * or answers). A failed slip stays on the staff screen until staff acknowledge it, and is printed
 * again by itself every little while until it prints or staff acknowledge it: a red flag must not
 * wait for someone to look at a screen. Open alerts are kept on disk (ids, times, slip states:
 * open-alerts-store.ts), so the "Staff needed" band, and the retries, outlive a restart of the
 * program too.
 */
import type { RaisedFlag, RedFlag } from '../../../shared/assessment/assessment-types.ts';
import { flagsOf } from '../../../shared/assessment/sticky-flags.ts';
import type { AlertStatus, PendingAlerts, StaffAlert } from '../../../shared/ipc/ipc-contract.ts';
import { backtalkQuestionnaire } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import { clinicTimeZone } from '../../../shared/settings/kiosk-settings.ts';
import { buildUrgentSlip } from '../../../shared/summary/urgent-slip.ts';
import type { CounterStore } from '../counters/counter-store.ts';
import { KioskError } from '../kiosk-error.ts';
import type { AuditLog } from '../logging/audit-log.ts';
import type { Logger } from '../logging/logger.ts';
import { paperSpecs } from '../printing/paper.ts';
import { withdrawJob, type PrintBackend } from '../printing/print-backend.ts';
import { queueError } from '../printing/print-service.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import type { OpenAlertsStore, StoredAlert } from './open-alerts-store.ts';
import { renderUrgentSlipHtml } from './slip-html.ts';

export interface AlertService {
  /** Prints the urgent slip for these flags; resolves once the job is on the queue (or has failed). */
  raise(flags: readonly RaisedFlag[]): Promise<AlertStatus>;
  status(alertId: string): AlertStatus;
  /** Alerts staff have not acknowledged yet, newest first. */
  list(): StaffAlert[];
  /** How many alerts wait for staff, and whether any of their slips failed: for the patient screens' band. */
  pending(): PendingAlerts;
  /**
   * Marks these open alerts acknowledged (the ones staff were shown, so an alert raised since is
   * not cleared unseen); returns how many.
   */
  acknowledge(alertIds: readonly string[]): number;
  /** Stops following jobs (shutdown). */
  close(): void;
  /** Resolves once the open alerts so far are on disk. */
  flush(): Promise<void>;
}

export interface AlertServiceOptions {
  readonly backend: PrintBackend;
  readonly settings: SettingsStore;
  readonly counters: CounterStore;
  readonly audit: AuditLog;
  readonly logger: Logger;
  readonly now: () => Date;
  /** A slip not printed after this long is cancelled and reported failed. */
  readonly stuckAfterMs?: number;
  readonly pollMs?: number;
  /** A failed slip is printed again this long after it failed (default 30 s). */
  readonly retryAfterMs?: number;
  /** Where open alerts are kept across restarts (default: in memory only). */
  readonly store?: OpenAlertsStore;
}

interface TrackedAlert {
  readonly alertId: string;
  readonly raisedAt: string;
  printer: string | null;
  /** As staff and the patient see it: a slip that failed stays "failed" while it is tried again. */
  state: AlertStatus['state'];
  reason?: string;
  acknowledged: boolean;
  /** The flags, in memory only: null after a restart, and the slip says they are not known. */
  readonly flags: readonly RedFlag[] | null;
  /** Whether a failed slip is printed again by itself (not for an unreadable list, which may stand for no alert). */
  readonly retries: boolean;
  /** Tries at the slip so far, and whether one is on its way now. */
  attempts: number;
  inFlight: boolean;
  /** The last try's job: a retry first asks whether it printed after all (CUPS back after a stop). */
  lastJobId?: string;
}

/** Acknowledged alerts kept for `status()` calls; open ones are never dropped. */
const maxAcknowledged = 20;

export function createAlertService(options: AlertServiceOptions): AlertService {
  const { backend, settings, counters, audit, logger, now } = options;
  const stuckAfterMs = options.stuckAfterMs ?? 60_000;
  const pollMs = options.pollMs ?? 500;
  const retryAfterMs = options.retryAfterMs ?? 30_000;
  const alerts = new Map<string, TrackedAlert>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let sequence = 0;
  /** Alerts staff have not acknowledged yet, oldest first. */
  const openAlerts = () => [...alerts.values()].filter((alert) => !alert.acknowledged);

  // The alerts left open when the program last stopped. A slip still printing then is not known
  // to have printed, so it counts as failed; a file that cannot be read is an open alert too.
  const stored = options.store?.load() ?? { open: [], unknown: false };
  for (const open of stored.open) {
    sequence = Math.max(sequence, Number(open.alertId.slice('alert-'.length)));
    const known = open.state !== 'printing';
    alerts.set(open.alertId, {
      alertId: open.alertId,
      raisedAt: open.raisedAt,
      printer: null,
      state: known ? open.state : 'failed',
      ...(known ? {} : { reason: 'The kiosk restarted before the urgent slip was known to have printed.' }),
      acknowledged: false,
      flags: null,
      retries: true,
      attempts: 1,
      inFlight: false,
    });
  }
  if (stored.unknown) {
    const alertId = `alert-${++sequence}`;
    alerts.set(alertId, {
      alertId,
      raisedAt: now().toISOString(),
      printer: null,
      state: 'failed',
      reason: 'The kiosk could not read its list of open red-flag alerts. Check whether a patient needed staff.',
      acknowledged: false,
      flags: null,
      retries: false,
      attempts: 0,
      inFlight: false,
    });
    logger.error({ file: 'open-alerts.json' }, 'open red-flag alerts could not be read; the Staff needed band stays up until staff acknowledge');
  }

  /** Writes the open alerts to disk (in order); a failed write is logged, and memory still holds them. */
  let saving: Promise<void> = Promise.resolve();
  function persist(): void {
    const store = options.store;
    if (!store) return;
    const open: StoredAlert[] = openAlerts().map((alert) => ({ alertId: alert.alertId, raisedAt: alert.raisedAt, state: alert.state }));
    saving = saving
      .then(() => store.save(open))
      .catch((error: unknown) => logger.error({ file: 'open-alerts.json', err: String(error) }, 'open red-flag alerts could not be saved'));
  }
  if (stored.open.some((open) => open.state === 'printing') || stored.unknown) persist();

  const statusOf = (alert: TrackedAlert): AlertStatus => ({ alertId: alert.alertId, state: alert.state, ...(alert.reason ? { reason: alert.reason } : {}) });

  function settle(alert: TrackedAlert, outcome: { state: 'printed' } | { state: 'failed'; reason: string; code: string }, jobId?: string) {
    if (!alert.inFlight) return;
    alert.inFlight = false;
    const where = {
      alertId: alert.alertId,
      attempt: alert.attempts,
      ...(jobId ? { jobId } : {}),
      ...(alert.printer ? { printer: alert.printer } : {}),
    };
    if (outcome.state === 'printed') {
      alert.state = 'printed';
      delete alert.reason;
      counters.increment('alertSlipsPrinted');
      audit.record('alert-slip-printed', where);
      logger.info(where, 'urgent slip printed');
    } else {
      // One alert counts as one failure on the staff counts, however often it is tried again.
      if (alert.state === 'printing') counters.increment('alertSlipFailures');
      alert.state = 'failed';
      alert.reason = outcome.reason;
      audit.record('alert-slip-failed', { ...where, failed: outcome.code });
      logger.warn({ ...where, reason: outcome.reason }, 'urgent slip failed');
      retryLater(alert);
    }
    persist();
  }

  /** Prints a failed slip again after a while, unless staff acknowledged it or it printed meanwhile. */
  function retryLater(alert: TrackedAlert) {
    if (!alert.retries || alert.acknowledged) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (alert.acknowledged || alert.inFlight || alert.state !== 'failed') return;
      void retry(alert);
    }, retryAfterMs);
    timer.unref();
    timers.add(timer);
  }

  async function retry(alert: TrackedAlert) {
    // The last job may have printed after all (CUPS stopped mid-job and came back): do not print
    // a second slip then. A job still waiting is withdrawn before the new one goes in.
    const last = alert.lastJobId;
    if (last) {
      const outcome = await withdrawJob(backend, last).catch(() => null);
      if (alert.acknowledged || alert.inFlight || alert.state !== 'failed') return;
      if (outcome === 'printed') {
        alert.inFlight = true;
        return settle(alert, { state: 'printed' }, last);
      }
    }
    logger.info({ alertId: alert.alertId, attempt: alert.attempts + 1 }, 'urgent slip printed again');
    await print(alert);
  }

  function follow(alert: TrackedAlert, jobId: string, submittedAt: number) {
    alert.lastJobId = jobId;
    const timer = setTimeout(() => {
      timers.delete(timer);
      void (async () => {
        try {
          const job = await backend.jobState(jobId);
          if (job.state === 'done') return settle(alert, { state: 'printed' }, jobId);
          if (job.state === 'failed') return settle(alert, { state: 'failed', reason: job.reason, code: 'print-failed' }, jobId);
          if (Date.now() - submittedAt > stuckAfterMs) {
            await backend.cancel(jobId).catch(() => undefined);
            return settle(alert, { state: 'failed', reason: 'The alert printer had not printed the slip in time; it was cancelled.', code: 'stuck' }, jobId);
          }
          if (job.state === 'queued' && alert.printer) {
            // Paused after the job went in (by staff, or by CUPS after a printer error): say so now.
            const check = await backend.checkQueue(alert.printer);
            if (check.state === 'paused') {
              await backend.cancel(jobId).catch(() => undefined);
              return settle(
                alert,
                { state: 'failed', reason: queueError(check)?.message ?? 'The alert printer is paused.', code: 'printer-unavailable' },
                jobId,
              );
            }
          }
          follow(alert, jobId, submittedAt);
        } catch (error) {
          const code = error instanceof KioskError ? error.code : 'print-failed';
          settle(alert, { state: 'failed', reason: error instanceof Error ? error.message : 'The alert printer could not be reached.', code }, jobId);
        }
      })();
    }, pollMs);
    timer.unref();
    timers.add(timer);
  }

  async function print(alert: TrackedAlert) {
    alert.inFlight = true;
    alert.attempts += 1;
    const current = settings.get();
    const paper = paperSpecs[current.paperSize];
    const started = performance.now();
    try {
      const target = current.alertPrinter ?? current.printer;
      const slip = buildUrgentSlip({
        questionnaire: backtalkQuestionnaire,
        flags: alert.flags,
        kioskName: current.kioskName,
        createdAt: alert.raisedAt,
        timeZone: clinicTimeZone(current),
        language: current.staffLanguage,
      });
      const html = renderUrgentSlipHtml(slip, paper);
      const title = 'Backtalk urgent alert';
      // A named alert printer is checked while the slip is laid out and sent: staff must not wait
      // for the check. A paused queue takes the job, so then it is withdrawn and reported.
      const sent =
        target === null
          ? null
          : backend.submit(html, paper, { printer: target, title }).then(
              (job) => ({ job }),
              (error: unknown) => ({ error }),
            );
      const check = await backend.checkQueue(target);
      const checkedMs = Math.round(performance.now() - started);
      alert.printer = check.printer;
      const outcome = sent ? await sent : null;
      if (check.state !== 'ready') {
        if (outcome && 'job' in outcome) await backend.cancel(outcome.job.jobId).catch(() => undefined);
        throw queueError(check) ?? new KioskError('printer-unavailable', 'The alert printer is not ready.');
      }
      if (outcome && 'error' in outcome) throw outcome.error;
      const submitted = outcome?.job ?? (await backend.submit(html, paper, { printer: check.printer, title }));
      alert.printer = submitted.printer;
      logger.info(
        { alertId: alert.alertId, jobId: submitted.jobId, printer: submitted.printer, checkedMs, ms: Math.round(performance.now() - started) },
        'urgent slip submitted',
      );
      follow(alert, submitted.jobId, Date.now());
    } catch (error) {
      const code = error instanceof KioskError ? error.code : 'print-failed';
      settle(alert, { state: 'failed', reason: error instanceof Error ? error.message : 'The urgent slip could not be printed.', code });
    }
  }

  // Slips that had failed (or were still printing) when the program stopped are tried again too.
  for (const alert of alerts.values()) if (alert.state === 'failed') retryLater(alert);

  return {
    async raise(raised) {
      const flags = flagsOf(raised);
      if (flags.length === 0) throw new KioskError('bad-request', 'No red flag in the alert.');
      const alert: TrackedAlert = {
        alertId: `alert-${++sequence}`,
        raisedAt: now().toISOString(),
        printer: null,
        state: 'printing',
        acknowledged: false,
        flags,
        retries: true,
        attempts: 0,
        inFlight: false,
      };
      alerts.set(alert.alertId, alert);
      // Oldest first in a Map: keep the last few acknowledged alerts; an open one is never dropped.
      const acknowledged = [...alerts.values()].filter((candidate) => candidate.acknowledged);
      for (const old of acknowledged.slice(0, Math.max(0, acknowledged.length - maxAcknowledged))) alerts.delete(old.alertId);
      audit.record('alert-raised', { alertId: alert.alertId });
      persist();
      await print(alert);
      return statusOf(alert);
    },
    status(alertId) {
      const alert = alerts.get(alertId);
      if (!alert) throw new KioskError('job-not-found', 'The kiosk does not know that alert.');
      return statusOf(alert);
    },
    list() {
      return openAlerts()
        .reverse()
        .map((alert) => ({ ...statusOf(alert), raisedAt: alert.raisedAt, printer: alert.printer, acknowledged: alert.acknowledged }));
    },
    pending() {
      const open = openAlerts();
      return { open: open.length, failed: open.some((alert) => alert.state === 'failed') };
    },
    acknowledge(alertIds) {
      const seen = new Set(alertIds);
      const open = openAlerts().filter((alert) => seen.has(alert.alertId));
      for (const alert of open) alert.acknowledged = true;
      audit.record('alert-acknowledged', { count: open.length });
      persist();
      return open.length;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
    flush: () => saving,
  };
}
