/**
 * Bench figures of printing, with the real chain: summary model → HTML → Chromium PDF → `lp` on
 * stdin to a private cups-pdf queue. "Print tap → job accepted" is what the patient waits for
 * before the screen can say the printer has it; PDF render time is measured per paper layout.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import type { Page } from 'playwright-core';
import { launchHeadlessChromium } from '../../electron/browser-shell/chromium.ts';
import { createChromiumPdfRenderer } from '../../electron/browser-shell/chromium-pdf-renderer.ts';
import { createCounterStore } from '../../electron/core/counters/counter-store.ts';
import { createStreamLogger } from '../../electron/core/logging/logger.ts';
import { createCupsClient, runCupsCommand } from '../../electron/core/printing/cups-client.ts';
import { paperSpecs } from '../../electron/core/printing/paper.ts';
import { createCupsPrintBackend } from '../../electron/core/printing/print-backend.ts';
import { createPrintService } from '../../electron/core/printing/print-service.ts';
import { renderSummaryHtml } from '../../electron/core/printing/summary-html.ts';
import { createSettingsStore } from '../../electron/core/settings/settings-store.ts';
import { paperSizes } from '../../shared/settings/kiosk-settings.ts';
import { sampleCases } from '../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../shared/summary/sample-summary.ts';
import { judgedByRatio, median, percentile, type BenchFigure } from '../bench-figure.ts';
import { referenceTarget } from '../reference-machine.ts';

const benchQueue = 'BacktalkBench';
const prints = 24;
const warmUp = 3;
const renderRuns = 9;
const tapTargetP95Ms = 500;
const tapTarget = referenceTarget(tapTargetP95Ms, 'barePrintP95');

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The bench's printouts hold sample answers only; they are removed once CUPS has written them. */
async function removeBenchOutput(jobIds: readonly string[]): Promise<void> {
  const dir = path.join(os.userInfo().homedir, 'PDF');
  const numbers = new Set(jobIds.map((id) => id.split('-').at(-1)));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const open = spawnSync('lpstat', ['-W', 'not-completed', '-o', benchQueue], { encoding: 'utf8' }).stdout.trim();
    if (!open) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  spawnSync('cancel', ['-a', benchQueue], { stdio: 'ignore' });
  try {
    for (const name of readdirSync(dir)) {
      const number = /job_(\d+)\.pdf$/.exec(name)?.[1];
      if (number && numbers.has(number)) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // No output folder: nothing was written.
  }
}

/**
 * The print path's yardstick, timed at the same moments as the kiosk's prints: Chromium lays out
 * a one-line page as PDF (a warm page in the same browser) and `lp` takes it on stdin, with none
 * of the kiosk's own work (answers, summary, QR code, layout, the printer check).
 */
async function bareChromiumPrint(page: Page): Promise<{ ms: number; jobId: string }> {
  const start = performance.now();
  await page.setContent('<p>One line.</p>');
  const pdf = await page.pdf({ format: 'Letter' });
  const result = await runCupsCommand('lp', ['-d', benchQueue, '-t', 'bench baseline', '--'], pdf);
  const ms = performance.now() - start;
  const jobId = /request id is (\S+)/.exec(result.stdout)?.[1];
  if (result.code !== 0 || !jobId) throw new Error(`lp refused the baseline print: ${result.stderr.trim()}`);
  return { ms, jobId };
}

/** Until the bench queue has no job left to convert (the same pause as between kiosk prints). */
async function waitQueueIdle(): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && (await runCupsCommand('lpstat', ['-W', 'not-completed', '-o', benchQueue])).stdout.trim() !== '') {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitUntilFinished(status: () => Promise<{ state: string }>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && ['queued', 'printing'].includes((await status()).state)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function measurePrint(): Promise<BenchFigure[]> {
  execFileSync('lpadmin', ['-p', benchQueue, '-E', '-v', 'cups-pdf:/', '-m', 'lsb/usr/cups-pdf/CUPS-PDF_opt.ppd'], { stdio: 'ignore' });
  const browser = await launchHeadlessChromium();
  const pdf = createChromiumPdfRenderer(async () => browser);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-bench-'));
  const logger = createStreamLogger(new PassThrough(), 'warn');
  const settings = createSettingsStore({ dataDir, logger, initial: { printer: benchQueue, paperSize: 'letter' } });
  const counters = createCounterStore({ dataDir, logger, now: () => new Date() });
  const service = createPrintService({ backend: createCupsPrintBackend({ cups: createCupsClient(), pdf }), settings, counters, logger, now: () => new Date() });
  const jobIds: string[] = [];
  try {
    const answers = Object.values(sampleCases);
    const baselineContext = await browser.newContext({ offline: true });
    const baselinePage = await baselineContext.newPage();
    const tapMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < warmUp + prints; i += 1) {
      const start = performance.now();
      const { jobId } = await service.printSummary(answers[i % answers.length], i % 2 === 0 ? 'en' : 'es');
      const elapsed = performance.now() - start;
      jobIds.push(jobId);
      if (i >= warmUp) tapMs.push(elapsed);
      // Patients print minutes apart: let CUPS finish converting this job before the next tap, so
      // one tap is not timed against the previous job's filters on the same two cores.
      await waitUntilFinished(() => service.jobStatus(jobId));
      const bare = await bareChromiumPrint(baselinePage);
      jobIds.push(bare.jobId);
      if (i >= warmUp) bareMs.push(bare.ms);
      await waitQueueIdle();
    }
    await baselineContext.close();

    const figures: BenchFigure[] = [
      judgedByRatio(
        {
          figure: 'print tap → CUPS job accepted (p95)',
          unit: 'ms',
          value: round(percentile(tapMs, 95)),
          min: round(Math.min(...tapMs)),
          max: round(Math.max(...tapMs)),
          note: `p50 ${round(percentile(tapMs, 50))} ms over ${prints} warm prints (Letter), each after the previous job finished and beside a bare print: assess, summary, HTML, Chromium PDF, lpstat check, lp on stdin`,
        },
        { name: 'bare Chromium PDF of one line to lp, p95', value: round(percentile(bareMs, 95)) },
        tapTarget,
      ),
    ];

    const summary = summaryOfAnswers(sampleCases.painful, 'es');
    for (const size of paperSizes) {
      const paper = paperSpecs[size];
      const runs: number[] = [];
      for (let i = 0; i < renderRuns + 1; i += 1) {
        const start = performance.now();
        await pdf.renderPdf(await renderSummaryHtml(summary, paper), paper);
        if (i > 0) runs.push(performance.now() - start);
      }
      figures.push({
        figure: `PDF render, ${size}`,
        unit: 'ms',
        target: 'report',
        value: round(median(runs)),
        min: round(Math.min(...runs)),
        max: round(Math.max(...runs)),
        pass: true,
        note: `median of ${renderRuns} warm renders (HTML with QR + Chromium page.pdf), painful case in Spanish`,
      });
    }
    return figures;
  } finally {
    await removeBenchOutput(jobIds);
    await counters.flush();
    await pdf.close();
    await browser.close();
    spawnSync('lpadmin', ['-x', benchQueue], { stdio: 'ignore' });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
