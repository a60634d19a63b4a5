/**
 * Talks to CUPS through its own command-line clients (`lp`, `lpstat`, `ipptool`, `cancel`).
 * The PDF goes to `lp` on stdin, so no file of patient data is ever written outside the spool.
 * Every line CUPS prints is parsed with a zod schema before it is believed.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { z } from 'zod';
import { KioskError } from '../kiosk-error.ts';

/** IPP job states (RFC 8011 §5.3.7), by their keyword. */
export const cupsJobStates = ['pending', 'pending-held', 'processing', 'processing-stopped', 'canceled', 'aborted', 'completed'] as const;
export type CupsJobState = (typeof cupsJobStates)[number] | 'unknown';

export interface CupsPrinter {
  readonly name: string;
  readonly enabled: boolean;
  readonly accepting: boolean;
  /** CUPS's own state line, e.g. "Paused" or a backend error; empty when there is none. */
  readonly message: string;
  readonly isDefault: boolean;
}

export interface CupsSubmitOptions {
  /** Queue name, or null for the system default destination. */
  readonly printer: string | null;
  /** CUPS `media` keyword, e.g. "Letter", or a custom size such as "Custom.80x412mm" for a receipt. */
  readonly media?: string;
  /** A job title without patient data. */
  readonly title: string;
}

export interface CupsClient {
  submit(pdf: Uint8Array, options: CupsSubmitOptions): Promise<{ jobId: string; printer: string }>;
  jobState(jobId: string): Promise<CupsJobState>;
  cancel(jobId: string): Promise<void>;
  listPrinters(): Promise<CupsPrinter[]>;
  isSchedulerRunning(): Promise<boolean>;
  /** False when the CUPS command-line clients are not on this computer (e.g. Windows). */
  isInstalled(): Promise<boolean>;
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly missing: boolean;
}

const commandTimeoutMs = 10_000;

export function runCupsCommand(command: string, args: readonly string[], input?: Uint8Array | string): Promise<RunResult> {
  return new Promise((resolve) => {
    // LANG=C keeps CUPS's messages in the English the parsers expect.
    const child = spawn(command, args, { env: { ...process.env, LANG: 'C', LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;
    const finish = (result: RunResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ code: null, stdout, stderr: stderr || `${command} timed out`, missing: false });
    }, commandTimeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => finish({ code: null, stdout, stderr: error.message, missing: error.code === 'ENOENT' }));
    child.on('close', (code) => finish({ code, stdout, stderr, missing: false }));
    child.stdin.on('error', () => undefined); // EPIPE when the command exits early; its exit code tells the story
    child.stdin.end(input);
  });
}

/** `request id is KioskPDF-12 (1 file(s))` */
const lpRequestIdSchema = z
  .string()
  .regex(/request id is \S+-\d+ /)
  .transform((out) => {
    const id = /request id is (\S+)-(\d+) /.exec(out);
    return { printer: id?.[1] ?? '', number: id?.[2] ?? '' };
  });

/**
 * `printer KioskPDF is idle.  enabled since …`, `printer KioskPDF now printing KioskPDF-3.  enabled since …`
 * or `printer KioskPDF disabled since … -`, each followed by indented reason lines.
 */
const lpstatPrinterLineSchema = z
  .string()
  .regex(/^printer \S+ (?:is idle\.|now printing \S+\.|disabled since)/)
  .transform((line) => ({ name: line.split(' ')[1] ?? '', enabled: !/^printer \S+ disabled since/.test(line) }));
/** `KioskPDF accepting requests since …` or `KioskPDF not accepting requests since …` */
const lpstatAcceptingLineSchema = z
  .string()
  .regex(/^\S+ (?:accepting|not accepting) requests since/)
  .transform((line) => ({ name: line.split(' ')[0] ?? '', accepting: !/^\S+ not accepting/.test(line) }));
/** `system default destination: KioskPDF` */
const lpstatDefaultLineSchema = z
  .string()
  .regex(/^system default destination: \S+$/)
  .transform((line) => line.slice('system default destination: '.length));

/**
 * The output of `lpstat -p -a -d` (LANG=C) as printers. Lines it does not recognise are ignored,
 * so a newer CUPS that adds lines cannot make the kiosk misreport a queue.
 */
export function parseLpstatPrinters(stdout: string): CupsPrinter[] {
  const printers = new Map<string, { enabled: boolean; accepting: boolean; message: string[] }>();
  let current: string | null = null;
  let defaultName: string | null = null;
  for (const line of stdout.split('\n')) {
    const printerLine = lpstatPrinterLineSchema.safeParse(line);
    if (printerLine.success) {
      current = printerLine.data.name;
      printers.set(current, { enabled: printerLine.data.enabled, accepting: true, message: [] });
      continue;
    }
    const acceptingLine = lpstatAcceptingLineSchema.safeParse(line);
    if (acceptingLine.success) {
      const entry = printers.get(acceptingLine.data.name);
      if (entry) entry.accepting = acceptingLine.data.accepting;
      current = null;
      continue;
    }
    const defaultLine = lpstatDefaultLineSchema.safeParse(line);
    if (defaultLine.success) {
      defaultName = defaultLine.data;
      current = null;
      continue;
    }
    if (current && /^\s+\S/.test(line)) printers.get(current)?.message.push(line.trim());
  }
  return [...printers.entries()].map(([name, p]) => ({
    name,
    enabled: p.enabled,
    accepting: p.accepting,
    message: p.message.join(' '),
    isDefault: name === defaultName,
  }));
}

/** `job-state,job-state-reasons` header then `completed,processing-to-stop-point` */
const ipptoolJobStateSchema = z
  .string()
  .transform((out) => out.trim().split('\n').at(-1)?.split(',')[0]?.trim() ?? '')
  .pipe(z.enum(cupsJobStates));

export function splitJobId(jobId: string): { printer: string; number: string } {
  const match = /^(\S+)-(\d+)$/.exec(jobId);
  if (!match?.[1] || !match[2]) throw new KioskError('job-not-found', 'That print job id is not one the kiosk issued.');
  return { printer: match[1], number: match[2] };
}

// The IPP request ipptool sends to read one job's state (no patient data).
const getJobStateTest = `{
OPERATION Get-Job-Attributes
GROUP operation-attributes-tag
ATTR charset attributes-charset utf-8
ATTR naturalLanguage attributes-natural-language en
ATTR uri printer-uri $uri
ATTR integer job-id $job_id
ATTR name requesting-user-name $user
ATTR keyword requested-attributes job-state
STATUS successful-ok
DISPLAY job-state
}
`;

export interface CupsClientOptions {
  /** host[:port] of the scheduler for ipptool; defaults to CUPS_SERVER or localhost. */
  readonly server?: string;
}

/**
 * ipptool with `test` as its test file, and no file written. ipptool opens its test by path; as
 * `/dev/stdin` that works for a real pipe but not for the socket Node hands a child as stdin, so
 * sh's `|` makes the pipe. Exit 127 is sh's "command not found".
 */
export async function runIpptool(args: readonly string[], test: string): Promise<RunResult> {
  const script = 'test_text=$1; shift; command -v ipptool >/dev/null 2>&1 || exit 127; printf "%s" "$test_text" | ipptool "$@" /dev/stdin';
  const result = await runCupsCommand('/bin/sh', ['-c', script, 'sh', test, ...args]);
  return result.code === 127 ? { ...result, missing: true } : result;
}

export function createCupsClient(options: CupsClientOptions = {}): CupsClient {
  const server = options.server ?? process.env['CUPS_SERVER'] ?? 'localhost';

  async function isSchedulerRunning(): Promise<boolean> {
    const result = await runCupsCommand('lpstat', ['-r']);
    return !result.missing && /scheduler is running/.test(result.stdout);
  }

  async function explainSubmitFailure(result: RunResult): Promise<KioskError> {
    if (result.missing) return new KioskError('print-system-down', 'The print system (CUPS) is not installed on this computer.');
    if (!(await isSchedulerRunning())) return new KioskError('print-system-down', 'The print system (CUPS) is not running.');
    const text = result.stderr.trim();
    if (/does not exist|No default destination|no system default/i.test(text)) {
      return new KioskError('printer-not-found', 'The chosen printer is not set up on this computer.');
    }
    if (/not accepting jobs/i.test(text)) return new KioskError('printer-unavailable', 'The printer is not accepting jobs right now.');
    return new KioskError('print-failed', `The print system refused the job (${text.slice(0, 120) || 'no reason given'}).`);
  }

  return {
    isSchedulerRunning,

    async submit(pdf, submitOptions) {
      const args = submitOptions.printer ? ['-d', submitOptions.printer] : [];
      args.push('-t', submitOptions.title, '-o', 'job-sheets=none,none');
      if (submitOptions.media) args.push('-o', `media=${submitOptions.media}`);
      const result = await runCupsCommand('lp', args, pdf);
      if (result.code !== 0) throw await explainSubmitFailure(result);
      const parsed = lpRequestIdSchema.safeParse(result.stdout);
      if (!parsed.success) throw new KioskError('print-failed', 'The print system did not return a job id.');
      const { printer, number } = parsed.data;
      return { jobId: `${printer}-${number}`, printer };
    },

    async jobState(jobId) {
      const { printer, number } = splitJobId(jobId);
      const user = os.userInfo().username;
      const ipp = await runIpptool(['-c', '-T', '5', '-d', `job_id=${number}`, '-d', `user=${user}`, `ipp://${server}/printers/${printer}`], getJobStateTest);
      if (!ipp.missing) {
        if (ipp.code !== 0) {
          if (!(await isSchedulerRunning())) throw new KioskError('print-system-down', 'The print system (CUPS) is not running.');
          return 'unknown';
        }
        const parsed = ipptoolJobStateSchema.safeParse(ipp.stdout);
        return parsed.success ? parsed.data : 'unknown';
      }
      // Without ipptool, lpstat can still tell an unfinished job from a finished one.
      const open = await runCupsCommand('lpstat', ['-W', 'not-completed', '-o', printer]);
      if (open.code !== 0 && !(await isSchedulerRunning())) throw new KioskError('print-system-down', 'The print system (CUPS) is not running.');
      if (open.stdout.split('\n').some((line) => line.startsWith(`${jobId} `))) return 'pending';
      const done = await runCupsCommand('lpstat', ['-W', 'completed', '-o', printer]);
      return done.stdout.split('\n').some((line) => line.startsWith(`${jobId} `)) ? 'completed' : 'unknown';
    },

    async cancel(jobId) {
      splitJobId(jobId);
      await runCupsCommand('cancel', [jobId]);
    },

    async listPrinters() {
      const result = await runCupsCommand('lpstat', ['-p', '-a', '-d']);
      if (result.missing) throw new KioskError('print-system-down', 'The print system (CUPS) is not installed on this computer.');
      if (result.code !== 0 && !(await isSchedulerRunning())) throw new KioskError('print-system-down', 'The print system (CUPS) is not running.');
      return parseLpstatPrinters(result.stdout);
    },

    async isInstalled() {
      return !(await runCupsCommand('lpstat', ['-r'])).missing;
    },
  };
}
