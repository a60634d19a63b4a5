/**
 * Each test file's own cups-pdf queue (never another file's, another helper's or the clinic's),
 * and small helpers. One queue per file because vitest runs files side by side: one file
 * disabling or deleting a shared queue failed the other's jobs and its `lpadmin`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cupsPdfOutputDir = path.join(os.userInfo().homedir, 'PDF');

export function addUnitQueue(unitQueue: string): void {
  execFileSync('lpadmin', ['-p', unitQueue, '-E', '-v', 'cups-pdf:/', '-m', 'lsb/usr/cups-pdf/CUPS-PDF_opt.ppd'], { stdio: 'ignore' });
  execFileSync('lpadmin', ['-p', unitQueue, '-o', 'pdftops-renderer-default=pdftocairo']);
}

export function removeUnitQueue(unitQueue: string): void {
  spawnSync('cancel', ['-a', unitQueue], { stdio: 'ignore' });
  spawnSync('lpadmin', ['-x', unitQueue], { stdio: 'ignore' });
}

/** A small PDF with no patient data: the blank page CUPS itself ships. */
export function tinyPdf(): Uint8Array {
  return readFileSync('/usr/share/cups/data/default.pdf');
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('condition not met in time');
}

/** The PDF cups-pdf wrote for a job id, once it has settled; removed by the caller. */
export async function printedPdf(jobId: string): Promise<string> {
  const number = jobId.split('-').at(-1);
  let found = '';
  await waitFor(async () => {
    if (!existsSync(cupsPdfOutputDir)) return false;
    const name = readdirSync(cupsPdfOutputDir).find((n) => n.endsWith(`job_${number}.pdf`));
    if (!name) return false;
    found = path.join(cupsPdfOutputDir, name);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return true;
  });
  return found;
}

export function removeFile(file: string): void {
  rmSync(file, { force: true });
}
