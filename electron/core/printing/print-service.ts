/**
 * From a patient's answers to paper: assess, build the summary, lay it out and hand it to the
 * printer backend (CUPS, or the operating system's silent printing); then follow the job to done,
 * failed or stuck. The service follows every job itself, whether or not a screen still asks: a
 * patient who walks away must not leave a stuck job that prints later for nobody, or a sheet that
 * is never counted. A job reported failed because the print system stopped answering is
 * withdrawn once it answers again (before any new job goes in), so it does not print later for
 * nobody, or beside the patient's retry. The summary exists only in memory and in the print
 * system's spool.
 */
import type { RaisedFlag } from '../../../shared/assessment/assessment-types.ts';
import { assessWithRaisedFlags } from '../../../shared/assessment/sticky-flags.ts';
import type { PrinterInfo, PrinterStatus, PrintJobStatus } from '../../../shared/ipc/ipc-contract.ts';
import { parseAnswers } from '../../../shared/questionnaire/answer-schemas.ts';
import { backtalkQuestionnaire } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { Answers, Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { clinicTimeZone } from '../../../shared/settings/kiosk-settings.ts';
import { sampleCases } from '../../../shared/summary/sample-answers.ts';
import { buildSummary } from '../../../shared/summary/summary-model.ts';
import type { CounterStore } from '../counters/counter-store.ts';
import { KioskError } from '../kiosk-error.ts';
import type { Logger } from '../logging/logger.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { withdrawJob, type PrintBackend, type QueueCheck } from './print-backend.ts';
import { paperSpecs } from './paper.ts';
import { renderSummaryHtml } from './summary-html.ts';

export interface PrintService {
  /** `raisedFlags`: red flags raised earlier in the session, kept even if the answer changed. */
  printSummary(answers: unknown, language: Language, raisedFlags?: readonly RaisedFlag[]): Promise<{ jobId: string; printer: string }>;
  jobStatus(jobId: string): Promise<PrintJobStatus>;
  listPrinters(): Promise<PrinterInfo[]>;
  /** The chosen printer's state, its last error and whether CUPS keeps printed documents. */
  printerStatus(): Promise<PrinterStatus>;
  /** A sample summary with made-up answers, for staff; not counted as a patient print. */
  printTestPage(): Promise<{ jobId: string; printer: string }>;
  readonly backend: PrintBackend['kind'];
  /** Stops following jobs (shutdown). */
  close(): void;
}

export interface PrintServiceOptions {
  readonly backend: PrintBackend;
  readonly settings: SettingsStore;
  readonly counters: CounterStore;
  readonly logger: Logger;
  readonly now: () => Date;
  /** A job not finished after this long is reported stuck and cancelled, so a retry cannot print twice. */
  readonly stuckAfterMs?: number;
  /** How often the service looks at a job no screen asks about any more. */
  readonly followEveryMs?: number;
}

interface TrackedJob {
  readonly submittedAt: number;
  /** Test prints are not patient prints: they do not move the counters. */
  readonly kind: 'patient' | 'test';
  readonly printer: string;
  final: PrintJobStatus | null;
}

type FailureCode = NonNullable<PrintJobStatus['failure']>;

const jobTitles = { patient: 'Backtalk summary', test: 'Backtalk test page' } as const;
export const defaultStuckAfterMs = 60_000;

/** A queue that cannot take a job now, as the error the screens understand. */
export function queueError(check: QueueCheck): KioskError | null {
  switch (check.state) {
    case 'ready':
      return null;
    case 'paused':
      return new KioskError('printer-unavailable', `The printer "${check.printer}" is paused${check.message ? ` (${check.message})` : ''}.`);
    case 'rejecting':
      return new KioskError('printer-unavailable', `The printer "${check.printer}" is not accepting jobs.`);
    case 'missing':
      return new KioskError('printer-not-found', check.message);
    case 'cups-down':
      return new KioskError('print-system-down', check.message);
  }
}

export function createPrintService(options: PrintServiceOptions): PrintService {
  const { backend, settings, counters, logger, now } = options;
  const stuckAfterMs = options.stuckAfterMs ?? defaultStuckAfterMs;
  const followEveryMs = options.followEveryMs ?? 2_000;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let closed = false;
  // Job ids only (e.g. "KioskPDF-12"); nothing of the summary is kept once it is spooled.
  // Bounded: a kiosk runs for months, and only the last few jobs are ever asked about.
  const jobs = new Map<string, TrackedJob>();
  const maxTrackedJobs = 50;
  // Staff-facing reasons only (queue names and CUPS messages), never patient data.
  let lastFailure: string | null = null;
  // Jobs reported failed while the print system was down: still in its spool, to withdraw.
  const orphans = new Set<string>();

  function recordFailure(kind: TrackedJob['kind'], reason: string) {
    lastFailure = reason;
    if (kind === 'patient') counters.increment('printFailures');
  }

  /** Records the job's outcome once; every later look gets that first outcome. */
  function settle(jobId: string, job: TrackedJob, status: PrintJobStatus): PrintJobStatus {
    if (job.final) return job.final;
    job.final = status;
    if (status.state === 'done') {
      if (job.kind === 'patient') counters.increment('printed');
    } else {
      recordFailure(job.kind, status.reason ?? status.state);
    }
    logger.info({ jobId, kind: job.kind, state: status.state, reason: status.reason }, 'print job finished');
    return status;
  }

  function failed(jobId: string, failure: FailureCode, reason: string): PrintJobStatus {
    return { jobId, state: 'failed', failure, reason };
  }

  async function submit(kind: TrackedJob['kind'], buildHtml: () => Promise<{ html: string }>) {
    const current = settings.get();
    const paper = paperSpecs[current.paperSize];
    const started = performance.now();
    try {
      // Check the queue while the page is laid out: a paused or missing printer is told at once,
      // rather than after a job sits in a queue that will not print it.
      const [check, { html }] = await Promise.all([backend.checkQueue(current.printer), buildHtml()]);
      if (check.state !== 'ready') throw queueError(check) ?? new KioskError('printer-unavailable', 'The printer is not ready.');
      // A retry after the print system came back: the earlier job must not print beside this one.
      await Promise.all([...orphans].map((jobId) => withdrawOrphan(jobId)));
      const submitted = await backend.submit(html, paper, { printer: check.printer, title: jobTitles[kind] });
      const job: TrackedJob = { submittedAt: Date.now(), kind, printer: submitted.printer, final: null };
      jobs.set(submitted.jobId, job);
      followUntilFinal(submitted.jobId, job);
      // Maps iterate in insertion order, so the first key is the oldest job.
      while (jobs.size > maxTrackedJobs) jobs.delete(jobs.keys().next().value as string);
      logger.info(
        { jobId: submitted.jobId, kind, backend: backend.kind, paper: paper.size, ms: Math.round(performance.now() - started) },
        'print job submitted',
      );
      return submitted;
    } catch (error) {
      if (error instanceof KioskError) {
        recordFailure(kind, error.message);
        throw error;
      }
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'print pipeline failed');
      recordFailure(kind, 'The summary could not be prepared for printing.');
      throw new KioskError('print-failed', 'The summary could not be prepared for printing.');
    }
  }

  function layout(answers: Answers, language: Language, sample: boolean, raisedFlags: readonly RaisedFlag[] = []) {
    const current = settings.get();
    const summary = buildSummary({
      questionnaire: backtalkQuestionnaire,
      answers,
      assessment: assessWithRaisedFlags(answers, raisedFlags),
      language,
      clinic: { name: current.clinicName, phone: current.clinicPhone },
      createdAt: now().toISOString(),
      sample,
      timeZone: clinicTimeZone(current),
      staffLanguage: current.staffLanguage,
      emergencyNumber: current.emergencyNumber,
    });
    return renderSummaryHtml(summary, paperSpecs[current.paperSize]).then((html) => ({ html }));
  }

  async function followJob(jobId: string, job: TrackedJob): Promise<PrintJobStatus> {
    let state;
    try {
      state = await backend.jobState(jobId);
    } catch (error) {
      if (error instanceof KioskError && error.code === 'print-system-down') {
        if (!job.final) withdrawWhenBack(jobId);
        return settle(jobId, job, failed(jobId, 'print-system-down', error.message));
      }
      throw error;
    }
    if (state.state === 'done') return settle(jobId, job, { jobId, state: 'done' });
    if (state.state === 'failed') return settle(jobId, job, failed(jobId, 'print-failed', state.reason));
    // The kiosk's own withdrawals settle first and cancel after: a look at the job meanwhile (the
    // follower and the screen both ask) would otherwise see the cancel as "the job was cancelled".
    if (Date.now() - job.submittedAt > stuckAfterMs) {
      const stuck = settle(jobId, job, {
        jobId,
        state: 'stuck',
        reason: `The printer had not printed the job after ${Math.round(stuckAfterMs / 1000)} seconds; it was cancelled.`,
      });
      await backend.cancel(jobId).catch(() => undefined);
      return stuck;
    }
    if (state.state === 'queued') {
      // A queue paused (by staff, or by CUPS after a printer error) after the job went in: say so
      // now, and withdraw the job so a retry later cannot print the sheet twice.
      const check = await backend.checkQueue(job.printer);
      if (check.state === 'paused') {
        const paused = settle(jobId, job, failed(jobId, 'printer-unavailable', queueError(check)?.message ?? 'The printer is paused.'));
        await backend.cancel(jobId).catch(() => undefined);
        return paused;
      }
    }
    return { jobId, state: state.state };
  }

  /**
   * Withdraws a job the print system still holds once it answers again. Until then the job may
   * still print when it comes back (its spool survives a restart): that is logged, never counted.
   */
  function withdrawWhenBack(jobId: string) {
    orphans.add(jobId);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!orphans.has(jobId)) return;
      void withdrawOrphan(jobId).then((settled) => {
        if (!settled && !closed) withdrawWhenBack(jobId);
      });
    }, followEveryMs);
    timer.unref();
    timers.add(timer);
  }

  /** True once the job is out of the spool (withdrawn, printed or failed); false while the print system is still down. */
  async function withdrawOrphan(jobId: string): Promise<boolean> {
    try {
      const outcome = await withdrawJob(backend, jobId);
      if (outcome === 'withdrawn') logger.info({ jobId }, 'print job withdrawn: it was reported failed while the print system was down');
      if (outcome === 'printed') logger.warn({ jobId }, 'print job printed after it was reported failed (the print system came back)');
      orphans.delete(jobId);
      return true;
    } catch (error) {
      if (error instanceof KioskError && error.code === 'print-system-down') return false;
      // Anything else (the job gone from CUPS's history): nothing left to withdraw.
      logger.warn({ jobId, err: error instanceof Error ? error.message : String(error) }, 'print job left from a print system stop could not be looked at');
      orphans.delete(jobId);
      return true;
    }
  }

  /** Looks at the job now and then until it is final, whether or not a screen still asks about it. */
  function followUntilFinal(jobId: string, job: TrackedJob) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (job.final) return;
      void followJob(jobId, job)
        .catch(async (error: unknown) => {
          // The print system did not answer: past the stuck time, withdraw the job and say so.
          if (Date.now() - job.submittedAt <= stuckAfterMs) return;
          settle(jobId, job, failed(jobId, 'print-failed', error instanceof Error ? error.message : 'The print system did not answer.'));
          await backend.cancel(jobId).catch(() => undefined);
        })
        .then(() => {
          if (!job.final && !closed) followUntilFinal(jobId, job);
        });
    }, followEveryMs);
    timer.unref();
    timers.add(timer);
  }

  return {
    backend: backend.kind,

    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },

    async printSummary(rawAnswers, language, raisedFlags = []) {
      const parsed = parseAnswers(rawAnswers);
      if (!parsed.ok) throw new KioskError('bad-request', 'Some answers were not in the expected form.');
      const answers: Answers = parsed.answers;
      return submit('patient', () => layout(answers, language, false, raisedFlags));
    },

    printTestPage() {
      return submit('test', () => layout(sampleCases['no-worry'], settings.get().defaultLanguage, true));
    },

    async jobStatus(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw new KioskError('job-not-found', 'The kiosk does not know that print job.');
      return job.final ?? followJob(jobId, job);
    },

    listPrinters: () => backend.listPrinters(),

    async printerStatus() {
      const chosen = settings.get().printer;
      const [check, keepsJobFiles] = await Promise.all([backend.checkQueue(chosen), backend.keepsJobFiles().catch(() => false)]);
      const queueMessage = check.state === 'ready' ? check.message : (queueError(check)?.message ?? check.message);
      return {
        printer: check.printer,
        state: check.state,
        lastError: queueMessage || lastFailure,
        keepsJobFiles,
      };
    },
  };
}
