/**
 * The real CUPS queue the tests and the soak print to (a cups-pdf printer), where its PDFs land, and the fault
 * switches the print tests flip (pause, reject, remove, stop the scheduler). Nothing is mocked.
 *
 * Playwright runs test files in parallel workers, so each worker has its own queue
 * (`<BACKTALK_TEST_PRINTER>-w<slot>`) and its own cups-pdf output folder: pausing, rejecting or
 * removing a queue, cancelling its jobs and reading its PDFs back never touch another worker's.
 * Outside Playwright's workers (the bench's soak, the vitest alert test) a queue stays as it was:
 * `cups-pdf:/`, writing to cups-pdf's shared folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const baseQueue = process.env['BACKTALK_TEST_PRINTER'] ?? 'KioskPDF';
// Set by Playwright in each worker: 0..workers-1, and a restarted worker takes its slot again.
const workerSlot = process.env['TEST_PARALLEL_INDEX'];
const perWorker = workerSlot !== undefined;
export const testPrinter = perWorker ? `${baseQueue}-w${workerSlot}` : baseQueue;
/** A second queue of this worker's own (e.g. the front-desk alert printer). */
export const testQueueNamed = (suffix: string) => `${testPrinter}-${suffix}`;
// cups-pdf writes to the job owner's home from the password database, not $HOME.
const cupsPdfRoot = process.env['BACKTALK_CUPS_PDF_DIR'] ?? path.join(os.userInfo().homedir, 'PDF');
/** Where cups-pdf writes a queue's PDFs: in a Playwright worker, a folder of the queue's own. */
export const cupsPdfOutputDirOf = (queue: string) => (perWorker ? path.join(cupsPdfRoot, queue) : cupsPdfRoot);
export const cupsPdfOutputDir = cupsPdfOutputDirOf(testPrinter);
const cupsPdfPpd = 'lsb/usr/cups-pdf/CUPS-PDF_opt.ppd';
const cupsPdfConfig = '/etc/cups/cups-pdf.conf';

/**
 * The device URI of a test queue. In a Playwright worker, `cups-pdf:/<queue>`, which makes
 * cups-pdf read `/etc/cups/cups-pdf-<queue>.conf` (the machine's config with only the output
 * folder changed, written by `ensureTestQueue`).
 */
export const cupsPdfDeviceOf = (queue: string) => (perWorker ? `cups-pdf:/${queue}` : 'cups-pdf:/');

function writeCupsPdfConfig(queue: string): void {
  if (!perWorker) return;
  const base = existsSync(cupsPdfConfig) ? readFileSync(cupsPdfConfig, 'utf8') : '';
  const kept = base.split('\n').filter((line) => !/^\s*Out\s/.test(line));
  const outputDir = cupsPdfOutputDirOf(queue);
  mkdirSync(outputDir, { recursive: true, mode: 0o700 });
  writeFileSync(`/etc/cups/cups-pdf-${queue}.conf`, [...kept, `Out ${outputDir}`, ''].join('\n'));
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function schedulerRunning(): boolean {
  // spawnSync's stdout is null when the program is missing, whatever its type says.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  return /scheduler is running/.test(spawnSync('lpstat', ['-r'], { encoding: 'utf8' }).stdout ?? '');
}

/** A cupsd process exists (it may still be starting, and then lpstat -r says "not running"). */
function schedulerProcessExists(): boolean {
  return spawnSync('pgrep', ['-x', 'cupsd'], { stdio: 'ignore' }).status === 0;
}

export function startScheduler(): void {
  if (schedulerRunning()) return;
  // Never start a second cupsd: two would split the socket and the port between them.
  if (!schedulerProcessExists()) spawnSync('cupsd', [], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !schedulerRunning(); i++) spawnSync('sleep', ['0.1']);
}

export function stopScheduler(): void {
  spawnSync('pkill', ['-x', 'cupsd'], { stdio: 'ignore' });
  // Wait for the process itself to be gone, not just for it to stop answering: a dying cupsd
  // still counts as "running" to the start-up guard, which would then not start a new one.
  for (let i = 0; i < 100 && schedulerProcessExists(); i++) spawnSync('sleep', ['0.1']);
  if (schedulerProcessExists()) spawnSync('pkill', ['-9', '-x', 'cupsd'], { stdio: 'ignore' });
}

/**
 * Creates or repairs a cups-pdf queue (the test queue, or another test's own): present, with the
 * cups-pdf driver (a queue left "raw" by an interrupted run has none, and then passes PDFs
 * through unconverted), printing where `cupsPdfOutputDirOf` looks, enabled and accepting.
 */
export function ensureTestQueue(queue: string = testPrinter): void {
  startScheduler();
  const listed = spawnSync('lpstat', ['-p', queue], { encoding: 'utf8' });
  // A queue with a driver lists its options; a raw one lists none. (stdout is null if lpoptions is missing.)
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  const hasDriver = listed.status === 0 && (spawnSync('lpoptions', ['-p', queue, '-l'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';
  writeCupsPdfConfig(queue);
  const device = cupsPdfDeviceOf(queue);
  if (!hasDriver) run('lpadmin', ['-p', queue, '-E', '-v', device, '-m', cupsPdfPpd]);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- stdout is null if lpstat is missing
  else if ((spawnSync('lpstat', ['-v', queue], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } }).stdout ?? '').trim().split(' ').at(-1) !== device) {
    run('lpadmin', ['-p', queue, '-v', device]);
  }
  // cups-pdf re-distils through PostScript; the default (Ghostscript) conversion drops the fonts'
  // Unicode maps and pdftotext then reads glyph soup. Poppler's cairo renderer keeps them.
  run('lpadmin', ['-p', queue, '-o', 'pdftops-renderer-default=pdftocairo']);
  run('cupsenable', [queue]);
  run('cupsaccept', [queue]);
}

export const pauseQueue = () => run('cupsdisable', [testPrinter]);
export const resumeQueue = () => run('cupsenable', [testPrinter]);
export const rejectJobs = () => run('cupsreject', [testPrinter]);
export const acceptJobs = () => run('cupsaccept', [testPrinter]);
export const removeQueue = () => run('lpadmin', ['-x', testPrinter]);
export function cancelAllJobs(): void {
  spawnSync('cancel', ['-a', testPrinter], { stdio: 'ignore' });
}

/** The PDF cups-pdf wrote for a job id such as "KioskPDF-w0-12" (in its queue's folder), waiting for it to appear. */
export async function waitForPrintedPdf(jobId: string, timeoutMs = 20_000): Promise<string> {
  const number = jobId.split('-').at(-1);
  const outputDir = cupsPdfOutputDirOf(jobId.slice(0, jobId.lastIndexOf('-')));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(outputDir)) {
      const match = readdirSync(outputDir).find((name) => name.endsWith(`job_${number}.pdf`));
      if (match) {
        const file = path.join(outputDir, match);
        // cups-pdf writes in place; wait until the size settles.
        const size = statSync(file).size;
        await new Promise((resolve) => setTimeout(resolve, 200));
        if (size > 0 && statSync(file).size === size) return file;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No PDF for job ${jobId} appeared in ${outputDir}`);
}

export function pdfToText(file: string): string {
  return run('pdftotext', ['-layout', file, '-']);
}

/** Test printouts hold test answers only, but are removed anyway once read. */
export function removePrintedPdf(file: string): void {
  rmSync(file, { force: true });
}
