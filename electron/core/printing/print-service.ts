/**
 * From a patient's answers to paper: assess, build the summary, lay it out, render the PDF and
 * hand it to CUPS; then follow the job to done, failed or stuck. The summary exists only in
 * memory and in the print system's spool.
 */
import { assessAnswers } from '../../../shared/assessment/assess-answers.ts';
import type { PrintJobStatus } from '../../../shared/ipc/ipc-contract.ts';
import { parseAnswers } from '../../../shared/questionnaire/answer-schemas.ts';
import { backtalkQuestionnaire } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { Answers, Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { buildSummary } from '../../../shared/summary/summary-model.ts';
import type { CounterStore } from '../counters/counter-store.ts';
import { KioskError } from '../kiosk-error.ts';
import type { Logger } from '../logging/logger.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import type { CupsClient, CupsJobState } from './cups-client.ts';
import { paperSpecs } from './paper.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import { renderSummaryHtml } from './summary-html.ts';

export interface PrintService {
  printSummary(answers: unknown, language: Language): Promise<{ jobId: string; printer: string }>;
  jobStatus(jobId: string): Promise<PrintJobStatus>;
}

export interface PrintServiceOptions {
  readonly cups: CupsClient;
  readonly pdf: PdfRenderer;
  readonly settings: SettingsStore;
  readonly counters: CounterStore;
  readonly logger: Logger;
  readonly now: () => Date;
  /** A job not finished after this long is reported stuck and cancelled, so a retry cannot print twice. */
  readonly stuckAfterMs?: number;
}

interface TrackedJob {
  readonly submittedAt: number;
  final: PrintJobStatus | null;
}

const jobTitle = 'Backtalk summary';

export function createPrintService(options: PrintServiceOptions): PrintService {
  const { cups, pdf, settings, counters, logger, now } = options;
  const stuckAfterMs = options.stuckAfterMs ?? 60_000;
  // Job ids only (e.g. "KioskPDF-12"); nothing of the summary is kept once it is spooled.
  const jobs = new Map<string, TrackedJob>();

  function settle(jobId: string, job: TrackedJob, status: PrintJobStatus): PrintJobStatus {
    if (!job.final) {
      job.final = status;
      counters.increment(status.state === 'done' ? 'printed' : 'printFailures');
      logger.info({ jobId, state: status.state, reason: status.reason }, 'print job finished');
    }
    return status;
  }

  function mapState(jobId: string, state: CupsJobState, ageMs: number): PrintJobStatus {
    switch (state) {
      case 'completed':
        return { jobId, state: 'done' };
      case 'canceled':
        return { jobId, state: 'failed', reason: 'The print job was cancelled.' };
      case 'aborted':
        return { jobId, state: 'failed', reason: 'The printer could not finish the job.' };
      default:
        if (ageMs > stuckAfterMs) return { jobId, state: 'stuck', reason: 'The printer has not printed the job in time.' };
        return { jobId, state: state === 'processing' ? 'printing' : 'queued' };
    }
  }

  return {
    async printSummary(rawAnswers, language) {
      const parsed = parseAnswers(rawAnswers);
      if (!parsed.ok) throw new KioskError('bad-request', 'Some answers were not in the expected form.');
      const answers: Answers = parsed.answers;
      const current = settings.get();
      const paper = paperSpecs[current.paperSize];
      const started = performance.now();
      try {
        const summary = buildSummary({
          questionnaire: backtalkQuestionnaire,
          answers,
          assessment: assessAnswers(answers),
          language,
          clinic: { name: current.clinicName, phone: current.clinicPhone },
          createdAt: now().toISOString(),
        });
        const html = await renderSummaryHtml(summary, paper);
        const bytes = await pdf.renderPdf(html, paper);
        const submitted = await cups.submit(bytes, { printer: current.printer, media: paper.cupsMedia, title: jobTitle });
        jobs.set(submitted.jobId, { submittedAt: Date.now(), final: null });
        logger.info({ jobId: submitted.jobId, paper: paper.size, pdfBytes: bytes.byteLength, ms: Math.round(performance.now() - started) }, 'print job submitted');
        return submitted;
      } catch (error) {
        counters.increment('printFailures');
        if (error instanceof KioskError) throw error;
        logger.error({ err: error instanceof Error ? error.message : String(error) }, 'print pipeline failed');
        throw new KioskError('print-failed', 'The summary could not be prepared for printing.');
      }
    },

    async jobStatus(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw new KioskError('job-not-found', 'The kiosk does not know that print job.');
      if (job.final) return job.final;
      let state: CupsJobState;
      try {
        state = await cups.jobState(jobId);
      } catch (error) {
        if (error instanceof KioskError && error.code === 'print-system-down') {
          return settle(jobId, job, { jobId, state: 'failed', reason: error.message });
        }
        throw error;
      }
      const status = mapState(jobId, state, Date.now() - job.submittedAt);
      if (status.state === 'stuck') await cups.cancel(jobId);
      return status.state === 'done' || status.state === 'failed' || status.state === 'stuck' ? settle(jobId, job, status) : status;
    },
  };
}
