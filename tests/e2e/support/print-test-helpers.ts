/**
 * Helpers of the print tests: find the job a kiosk submitted (from its log: job ids only), read
 * the QR code back from a printed PDF the way a clinic scanner would (rasterized at 150 dpi,
 * decoded with zbarimg), and point the test queue at a printer that never answers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cupsPdfDeviceOf, testPrinter } from '../../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { decodeQrText } from '../../../electron/core/printing/qr-text.ts';

export function submittedJobIds(logLines: readonly string[]): string[] {
  return logLines
    .map((line) => JSON.parse(line) as { msg?: string; jobId?: string })
    .filter((entry) => entry.msg === 'print job submitted' && entry.jobId)
    .map((entry) => entry.jobId as string);
}

export function lastSubmittedJobId(logLines: readonly string[]): string {
  const id = submittedJobIds(logLines).at(-1);
  if (!id) throw new Error('no print job was submitted');
  return id;
}

/** The JSON every QR code on the PDF holds (its text decoded: btfhir1: compressed, or plain). */
export function decodeQrCodes(pdfFile: string, dpi = 150): string[] {
  return scanQrTexts(pdfFile, dpi).map(decodeQrText);
}

/** Every QR code's text zbarimg finds on the PDF's pages, rasterized in greyscale at `dpi`. */
export function scanQrTexts(pdfFile: string, dpi = 150): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-qr-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', pdfFile, path.join(dir, 'page')], { stdio: 'ignore' });
    const pages = readdirSync(dir).map((name) => path.join(dir, name));
    // One symbol per line would split on the JSON's own newlines; the payload has none, and --raw keeps it verbatim.
    // zbarimg exits 4 when any page has no symbol (a two-page receipt), so its output is read either way.
    const out =
      spawnSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', ...pages], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).stdout ??
      '';
    return out.split('\n').filter((line) => line.trim().length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfPageCount(pdfFile: string): number {
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Points the test queue at a TCP port where nothing listens: CUPS keeps the job "printing" and retries for ever. */
export function pointQueueAtDeadPrinter(): void {
  execFileSync('lpadmin', ['-p', testPrinter, '-v', 'socket://127.0.0.1:9']);
}

export function pointQueueAtCupsPdf(): void {
  execFileSync('lpadmin', ['-p', testPrinter, '-v', cupsPdfDeviceOf(testPrinter)]);
}

/** Jobs CUPS still holds for the test queue (ids), e.g. to check a stuck job was withdrawn. */
export function openJobIds(): string[] {
  const out = execFileSync('lpstat', ['-W', 'not-completed', '-o', testPrinter], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return out
    .split('\n')
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function schedulerAnswers(): boolean {
  return /scheduler is running/.test(spawnSync('lpstat', ['-r'], { encoding: 'utf8' }).stdout ?? '');
}

/**
 * Starts cupsd unless a cupsd process already exists (one may be starting up and not answer yet):
 * two schedulers at once split the queues between the socket and the port, and break printing.
 */
export function ensureSchedulerRunning(): void {
  const existing = spawnSync('pgrep', ['-x', 'cupsd'], { encoding: 'utf8' }).stdout.trim();
  if (!existing) spawnSync('cupsd', [], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !schedulerAnswers(); i++) spawnSync('sleep', ['0.1']);
}
