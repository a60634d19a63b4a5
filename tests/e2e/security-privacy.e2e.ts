/**
 * Privacy: after 50 complete patient sessions through the browser shell, each printed through
 * real CUPS, nothing of what the patients answered may be left anywhere but on the paper:
 * not in the app's data folder or logs, not in temp folders (including Chromium's own profile),
 * not in the project's folder (the working directory), not in the CUPS spool.
 *
 * Answers are codes, so the sentinels are what only these sessions produce: the rarest
 * combination of answers, as the printed sheet words it, as FHIR, and as the raw answers a bug
 * would most likely write (JSON). Each sentinel is first checked to be absent everywhere, and to
 * really be on the printed sheet, so "0 found" means something.
 *
 * Names are not enough: a file unlinked while still open keeps its bytes on disk and shows in
 * no folder. So the files our process tree (the core and Chromium) holds open are read too,
 * deleted or not, through /proc/<pid>/fd, and while the kiosk prints every deleted file in a temp
 * folder is caught and held the moment one appears.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentinelsIn } from './support/find-sentinels.ts';
import { holdDeletedTempFiles, isInFolders, openFiles, processTree, readOpenFile, startsWithPdf, type HeldTempFile } from './support/open-files.ts';
import { answersToQuestionnaireResponse } from '../../shared/fhir/response-to-fhir.ts';
import { cancelAllJobs, cupsPdfOutputDir, pdfToText, removePrintedPdf, testPrinter } from '../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import type { Page } from '@playwright/test';
import { expect, rendererDir, test, type KioskDriver } from './support/kiosk-fixture.ts';
import { countsSoFar } from './support/counts-so-far.ts';

const sessions = 50;
const cupsSpool = '/var/spool/cups';

/** The rarest combination the questionnaire allows: few patients would ever give exactly this. */
const rareAnswers = {
  where: ['neck', 'middle-back'],
  triggers: ['bending', 'after-still'],
  frequency: 'many-a-day',
  hurts: 'yes',
  'pain-score': 9,
  habits: ['driving', 'repetitive'],
  age: '75-plus',
} as const;

interface Hit {
  readonly place: string;
  readonly sentinel: string;
}

/** Every regular file under `root` changed since `since` (bounded, unreadable ones skipped). */
function changedFiles(root: string, since: number, skip: (file: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 12) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (skip(file)) continue;
      if (entry.isDirectory()) walk(file, depth + 1);
      else if (entry.isFile()) {
        try {
          const stat = statSync(file);
          if (stat.mtimeMs >= since && stat.size < 64 * 1024 * 1024) found.push(file);
        } catch {
          // Gone already.
        }
      }
    }
  };
  walk(root, 0);
  return found;
}

/** The temp folders Chromium and the core could write to. */
const tempFolders = [...new Set([os.tmpdir(), '/tmp', '/var/tmp'])].filter((folder) => existsSync(folder));

/**
 * Every file our process tree holds open, deleted ones included, read through /proc: no sentinel
 * may be in any of them, and none in a temp folder may be a PDF.
 */
function scanOpenFiles(sentinels: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const file of openFiles(processTree())) {
    const bytes = readOpenFile(file);
    if (!bytes) continue;
    if (isInFolders(file, tempFolders) && startsWithPdf(bytes)) hits.push({ place: file.target, sentinel: '%PDF' });
    for (const sentinel of sentinelsIn(file.procPath, sentinels, bytes)) hits.push({ place: file.target, sentinel });
  }
  return hits;
}

/** PDFs among the deleted temp files held while printing (the summary must never be one). */
function pdfsAmong(held: readonly HeldTempFile[]): Hit[] {
  return held.filter((file) => startsWithPdf(file.bytes)).map((file) => ({ place: `${file.target}, ${file.bytes.length} bytes`, sentinel: '%PDF' }));
}

function scan(files: readonly string[], sentinels: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const file of files) {
    for (const sentinel of sentinelsIn(file, sentinels)) hits.push({ place: file, sentinel });
  }
  return hits;
}

/**
 * The sheet cups-pdf wrote for this job. Job numbers can repeat across CUPS restarts, so only a
 * file written since the test began counts (an older sheet with the same number is someone else's).
 */
async function waitForOurPdf(jobId: string, since: number, timeoutMs = 60_000): Promise<string> {
  const dir = cupsPdfOutputDir;
  const suffix = `job_${jobId.split('-').at(-1)}.pdf`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = existsSync(dir) ? readdirSync(dir).find((name) => name.endsWith(suffix) && statSync(path.join(dir, name)).mtimeMs >= since) : undefined;
    if (match) {
      const file = path.join(dir, match);
      const size = statSync(file).size;
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (size > 0 && statSync(file).size === size) return file;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No printed sheet for ${jobId}`);
}

function cupsSetting(name: string): string {
  const live = spawnSync('cupsctl', [], { encoding: 'utf8' }).stdout ?? '';
  const match = new RegExp(`^${name}=(.*)$`, 'im').exec(live);
  return match?.[1] ?? '(not set: CUPS default)';
}

/** A patient session with the rare answers, from the attract screen to its printed summary. */
async function answerAndPrint(kiosk: KioskDriver, page: Page): Promise<void> {
  await kiosk.expectScreen('attract');
  await kiosk.start();
  await kiosk.answerAll(rareAnswers);
  await page.getByRole('button', { name: /show my result/i }).click();
  await kiosk.expectScreen('result');
  await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
}

/** From the result screen to a fresh attract screen, as the patient leaves. */
async function finishSession(kiosk: KioskDriver, page: Page): Promise<void> {
  await page.getByRole('button', { name: 'I am done' }).click();
  await kiosk.expectScreen('thank-you');
  await page.getByRole('button', { name: 'Start over now' }).click();
}

test.afterEach(() => {
  cancelAllJobs();
  // Purge this queue's finished jobs and their spooled documents (test answers, but still).
  spawnSync('cancel', ['-a', '-x', testPrinter], { stdio: 'ignore' });
});

test(`${sessions} printed patient sessions leave nothing of the answers behind`, async ({ shell, kiosk, page, dataDir, logLines }) => {
  test.setTimeout(20 * 60_000);
  const startedAt = Date.now() - 1_000;
  const printedPdfDir = cupsPdfOutputDir;
  // The printed sheets are the paper: the one place the answers belong. They are read, then removed.
  // The project's own folder is searched on its own (a file written to the working directory is
  // a leak too), without its installed packages and history, which nothing of the kiosk writes to:
  // when the checkout sits in a temp folder, walking 70,000 package files cost seconds of CPU.
  // (Skipped inside a temp folder's walk too, so it is walked once: its own walk starts below it.)
  const checkout = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
  const walkedApart = [checkout, path.join(checkout, 'node_modules'), path.join(checkout, '.git')];
  const skip = (file: string) =>
    file.startsWith(printedPdfDir) || file.includes(`${path.sep}test-results${path.sep}`) || walkedApart.some((folder) => file === folder);

  const fhirItems = answersToQuestionnaireResponse(rareAnswers).item ?? [];
  const whereItem = fhirItems.find((item) => item.linkId === 'where');
  const sentinels = [
    // Raw answers, as a careless log line or cache would hold them.
    '"where":["neck","middle-back"]',
    '["bending","after-still"]',
    '["driving","repetitive"]',
    // FHIR.
    JSON.stringify(whereItem),
    JSON.stringify(whereItem?.answer),
  ];
  expect(whereItem).toBeDefined();

  const jobIds: string[] = [];
  const deletedTempFiles = holdDeletedTempFiles(tempFolders);

  // Each session is a step of its own. Playwright finds the parent of every new step (each tap
  // and expect) by walking all the steps the test has recorded so far, unless it runs inside a
  // step: over 50 sessions that grew with the square of the taps (a fifth of the runner's CPU at 10).
  for (let session = 0; session < sessions; session++) {
    await test.step(`session ${session + 1} of ${sessions}`, async () => {
      await answerAndPrint(kiosk, page);
      const jobId = logLines.map((l) => JSON.parse(l) as { msg?: string; jobId?: string }).findLast((entry) => entry.msg === 'print job submitted')?.jobId;
      expect(jobId).toBeDefined();
      jobIds.push(jobId as string);

      if (session === 0) {
        // The printed sheet's own wording of the rare combination becomes a sentinel too.
        const pdf = await waitForOurPdf(jobId as string, startedAt);
        const printed = pdfToText(pdf);
        const segments = printed.split('\n').flatMap((line) => line.trim().split(/\s{2,}/));
        // Words that only this session's answers put together: the answer table's two regions, and
        // the therapist's evidence sentence with the pain score.
        const sheetLines = [segments.find((segment) => segment === 'Neck, Middle back'), segments.find((segment) => segment.includes('pain 9/10 on cracking'))];
        expect(sheetLines.every(Boolean), `the sheet words the rare answers:\n${printed}`).toBe(true);
        sentinels.push(...(sheetLines as string[]));
        // None of them is static text of the app (so finding one means a session left it).
        expect(
          scan(
            [...changedFiles(rendererDir, 0, () => false), ...changedFiles(fileURLToPath(new URL('../../shared', import.meta.url)), 0, () => false)],
            sentinels,
          ),
        ).toEqual([]);
      }

      await finishSession(kiosk, page);
    });
  }
  await kiosk.expectScreen('attract');
  expect(countsSoFar(shell.core.counters)).toMatchObject({ started: sessions, finished: sessions, printed: sessions });

  // Let CUPS finish every job, then remove the sheets (they are the paper).
  for (const jobId of jobIds) removePrintedPdf(await waitForOurPdf(jobId, startedAt));

  const heldPdfHits = pdfsAmong(deletedTempFiles.stop());
  const openFileHits = scanOpenFiles(sentinels);
  const logText = logLines.join('\n');
  const memoryLogHits = sentinels.filter((sentinel) => logText.includes(sentinel)).map((sentinel) => ({ place: 'log lines', sentinel }));
  const appHits = scan(changedFiles(dataDir, 0, skip), sentinels);
  const changedTempFiles = changedFiles(os.tmpdir(), startedAt, skip);
  const tempHits = scan(changedTempFiles, sentinels);
  const checkoutHits = scan(changedFiles(checkout, startedAt, skip), sentinels);
  const spoolFiles = changedFiles(cupsSpool, startedAt, () => false);
  const spoolHits = scan(spoolFiles, sentinels);
  const preserveJobFiles = cupsSetting('PreserveJobFiles');
  const preserveJobHistory = cupsSetting('PreserveJobHistory');
  console.info(
    `privacy scan: ${sentinels.length} sentinels; data folder, logs, ${changedTempFiles.length} changed temp files, the project folder, ` +
      `${spoolFiles.length} changed spool files (PreserveJobFiles=${preserveJobFiles}, PreserveJobHistory=${preserveJobHistory})`,
  );

  expect(memoryLogHits, 'log lines').toEqual([]);
  expect(appHits, 'data folder and log files').toEqual([]);
  expect(tempHits, 'temp folders (including Chromium profiles)').toEqual([]);
  expect(checkoutHits, 'the project folder (the working directory)').toEqual([]);
  expect(heldPdfHits, 'deleted temp files opened while printing').toEqual([]);
  expect(openFileHits, 'files the core and Chromium hold open, deleted ones included').toEqual([]);
  expect(spoolHits, `CUPS spool with PreserveJobFiles=${preserveJobFiles}: set "PreserveJobFiles No" (docs/INSTALL.md)`).toEqual([]);
  expect(existsSync(dataDir)).toBe(true);
});

test('a printed summary never passes through a temp file, not even a deleted one', async ({ kiosk, page, logLines }) => {
  test.setTimeout(5 * 60_000);
  const deletedTempFiles = holdDeletedTempFiles(tempFolders);
  for (let session = 0; session < 3; session++) {
    await test.step(`session ${session + 1}`, async () => {
      await answerAndPrint(kiosk, page);
      await finishSession(kiosk, page);
    });
  }
  expect(logLines.filter((line) => line.includes('print job submitted'))).toHaveLength(3);
  expect(pdfsAmong(deletedTempFiles.stop()), 'deleted temp files opened while printing').toEqual([]);
  expect(scanOpenFiles([]), 'PDFs open in temp folders').toEqual([]);
});
// On failure the kiosk's own log (no patient data) says where a print stood: rendered, submitted, followed.
test.afterEach(async ({ logLines }, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) {
    const file = testInfo.outputPath('kiosk-log.jsonl');
    writeFileSync(file, `${logLines.join('\n')}\n`);
    await testInfo.attach('kiosk log lines', { path: file, contentType: 'text/plain' });
  }
});
