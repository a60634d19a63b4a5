/**
 * A printer backend: where a laid-out summary goes to become paper. The print service drives
 * either one through this interface, so the patient sees the same states whichever is used:
 *   - CUPS (Linux, macOS): the HTML becomes a PDF, `lp` takes it on stdin, ipptool follows the job.
 *   - the operating system's printing through Electron's silent `webContents.print` (Windows, or
 *     wherever CUPS is absent); the thin Electron adapter lives in electron/main.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PrinterInfo } from '../../../shared/ipc/ipc-contract.ts';
import { KioskError } from '../kiosk-error.ts';
import type { CupsClient, CupsPrinter } from './cups-client.ts';
import { readJobRetention } from './cups-job-retention.ts';
import type { PaperSpec } from './paper.ts';
import { cupsMediaFor, type PdfRenderer } from './pdf-renderer.ts';

/** The queue a job would go to, and whether it can take one now. */
export type QueueCheck =
  | { readonly state: 'ready'; readonly printer: string; readonly message: string }
  | { readonly state: 'paused' | 'rejecting'; readonly printer: string; readonly message: string }
  | { readonly state: 'missing'; readonly printer: string | null; readonly message: string }
  | { readonly state: 'cups-down'; readonly printer: string | null; readonly message: string };

export type BackendJobState = { readonly state: 'queued' | 'printing' | 'done' } | { readonly state: 'failed'; readonly reason: string };

export interface PrintBackend {
  readonly kind: 'cups' | 'system';
  listPrinters(): Promise<PrinterInfo[]>;
  /** The queue `printer` names (null: the system default) and its state. */
  checkQueue(printer: string | null): Promise<QueueCheck>;
  submit(html: string, paper: PaperSpec, options: { readonly printer: string; readonly title: string }): Promise<{ jobId: string; printer: string }>;
  jobState(jobId: string): Promise<BackendJobState>;
  cancel(jobId: string): Promise<void>;
  /** True when the print system keeps printed documents after printing. */
  keepsJobFiles(): Promise<boolean>;
}

/**
 * Takes back a job reported failed that the print system may still hold (it stopped answering,
 * then came back): a job still waiting or printing is cancelled. Says what became of it, so the
 * caller does not print the same page again when it printed after all. Throws when the print
 * system does not answer.
 */
export async function withdrawJob(backend: Pick<PrintBackend, 'jobState' | 'cancel'>, jobId: string): Promise<'printed' | 'withdrawn' | 'gone'> {
  const job = await backend.jobState(jobId);
  if (job.state === 'done') return 'printed';
  if (job.state === 'failed') return 'gone';
  await backend.cancel(jobId);
  return 'withdrawn';
}

function printerInfo(printer: CupsPrinter): PrinterInfo {
  return {
    name: printer.name,
    state: !printer.enabled ? 'paused' : !printer.accepting ? 'rejecting' : 'ready',
    isDefault: printer.isDefault,
    message: printer.message,
  };
}

/** Finds `printer` (or the default) among the listed queues. */
export function checkQueueIn(printers: readonly PrinterInfo[], printer: string | null): QueueCheck {
  const found = printer === null ? printers.find((p) => p.isDefault) : printers.find((p) => p.name === printer);
  if (!found) {
    return {
      state: 'missing',
      printer,
      message: printer === null ? 'No printer is chosen and the computer has no default printer.' : `The printer "${printer}" is not set up on this computer.`,
    };
  }
  return { state: found.state, printer: found.name, message: found.message };
}

export function createCupsPrintBackend(options: { readonly cups: CupsClient; readonly pdf: PdfRenderer }): PrintBackend {
  const { cups, pdf } = options;
  const listPrinters = async () => (await cups.listPrinters()).map(printerInfo);
  return {
    kind: 'cups',
    listPrinters,
    async checkQueue(printer) {
      try {
        return checkQueueIn(await listPrinters(), printer);
      } catch (error) {
        if (error instanceof KioskError && error.code === 'print-system-down') return { state: 'cups-down', printer, message: error.message };
        throw error;
      }
    },
    async submit(html, paper, submitOptions) {
      const rendered = await pdf.renderPdf(html, paper);
      return cups.submit(rendered.bytes, { printer: submitOptions.printer, media: cupsMediaFor(paper, rendered), title: submitOptions.title });
    },
    async jobState(jobId) {
      const state = await cups.jobState(jobId);
      switch (state) {
        case 'completed':
          return { state: 'done' };
        case 'canceled':
          return { state: 'failed', reason: 'The print job was cancelled.' };
        case 'aborted':
          return { state: 'failed', reason: 'The printer could not finish the job.' };
        case 'processing':
        case 'processing-stopped':
          return { state: 'printing' };
        default:
          return { state: 'queued' };
      }
    },
    cancel: (jobId) => cups.cancel(jobId),
    keepsJobFiles: async () => (await readJobRetention()).keepsJobFiles,
  };
}

/**
 * The Electron side of silent printing, as the core sees it. `print` resolves when the operating
 * system's spooler has taken the job (or refused it); that is as far as Electron can follow a job.
 */
export interface SilentPrinter {
  listPrinters(): Promise<readonly { readonly name: string; readonly isDefault: boolean; readonly ready: boolean; readonly message: string }[]>;
  /** deviceName null: the operating system's default printer. */
  print(html: string, paper: PaperSpec, deviceName: string | null): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: string }>;
}

/** How the silent-print backend names the operating system's default printer (Electron cannot tell which it is). */
export const systemDefaultPrinterName = 'system default printer';

/** Jobs of the silent-print backend: numbered per run, held only while the kiosk runs. */
export function createSystemPrintBackend(printer: SilentPrinter): PrintBackend {
  const jobs = new Map<string, BackendJobState>();
  let next = 1;
  const listPrinters = async (): Promise<PrinterInfo[]> =>
    (await printer.listPrinters()).map((p) => ({ name: p.name, state: p.ready ? 'ready' : 'paused', isDefault: p.isDefault, message: p.message }));
  return {
    kind: 'system',
    listPrinters,
    async checkQueue(name) {
      const printers = await listPrinters();
      if (name === null && printers.length > 0 && !printers.some((p) => p.isDefault)) {
        return { state: 'ready', printer: systemDefaultPrinterName, message: '' };
      }
      return checkQueueIn(printers, name);
    },
    async submit(html, paper, options) {
      const jobId = `system-${next++}`;
      jobs.set(jobId, { state: 'printing' });
      void printer.print(html, paper, options.printer === systemDefaultPrinterName ? null : options.printer).then(
        (result) =>
          jobs.set(jobId, result.ok ? { state: 'done' } : { state: 'failed', reason: `The printer refused the job (${result.reason.slice(0, 120)}).` }),
        () => jobs.set(jobId, { state: 'failed', reason: 'The printer could not take the job.' }),
      );
      return { jobId, printer: options.printer };
    },
    async jobState(jobId) {
      const state = jobs.get(jobId);
      if (!state) throw new KioskError('job-not-found', 'The kiosk does not know that print job.');
      return state;
    },
    // Once handed to the spooler, Electron cannot withdraw a job; the spooler's own queue can.
    cancel: async () => undefined,
    // Windows keeps no copy of a printed job unless "Keep printed documents" is ticked per printer,
    // which Electron cannot read; report false rather than guess.
    keepsJobFiles: async () => false,
  };
}

export type PrintBackendKind = PrintBackend['kind'];

/**
 * Which backend to use: CUPS wherever its clients are installed, else the shell's silent printing.
 * `requested` (from BACKTALK_PRINT_BACKEND) forces one, e.g. to test silent printing on Linux.
 */
export function choosePrintBackendKind(facts: {
  readonly requested: 'auto' | PrintBackendKind;
  readonly cupsInstalled: boolean;
  readonly silentPrintAvailable: boolean;
}): PrintBackendKind {
  if (facts.requested === 'system' && facts.silentPrintAvailable) return 'system';
  if (facts.requested === 'cups') return 'cups';
  if (facts.cupsInstalled || !facts.silentPrintAvailable) return 'cups';
  return 'system';
}

/** True when `command` is an executable on PATH (checked once at start-up, so synchronous). */
export function isCommandOnPath(command: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  const separator = platform === 'win32' ? ';' : ':';
  const suffixes = platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  return (env['PATH'] ?? '')
    .split(separator)
    .filter(Boolean)
    .some((dir) => suffixes.some((suffix) => existsSync(path.join(dir, `${command}${suffix}`))));
}
