/**
 * The browser shell's PDF renderer keeps the summary in memory. Playwright's `page.pdf()` has
 * Chromium stream the PDF through a temp file it unlinks at once (`.org.chromium.Chromium.*` in
 * $TMPDIR): the name never shows, but the whole PDF sits on disk while the job runs. These tests
 * watch the temp folder and hold every deleted temp file Chromium opens, through /proc.
 */
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paperSpecs } from '../../../../electron/core/printing/paper.ts';
import { renderSummaryHtml } from '../../../../electron/core/printing/summary-html.ts';
import { sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../../../shared/summary/sample-summary.ts';
import { holdDeletedTempFiles, startsWithPdf } from '../../../e2e/support/open-files.ts';
import { createChromiumPdfRenderer } from '../../../../electron/browser-shell/chromium-pdf-renderer.ts';
import { startChromiumPdf } from './chromium-for-tests.ts';

describe.runIf(process.platform === 'linux')('Chromium PDF renderer (real Chromium)', () => {
  let chromium: Awaited<ReturnType<typeof startChromiumPdf>>;
  beforeAll(async () => {
    chromium = await startChromiumPdf();
  }, 60_000);
  afterAll(async () => {
    await chromium.close();
  });

  it('never writes the PDF to a temp file, not even one deleted at once', async () => {
    const summaries = await Promise.all(
      (['letter', 'a4', 'receipt-80mm'] as const).map(async (size) => ({
        paper: paperSpecs[size],
        html: await renderSummaryHtml(summaryOfAnswers(sampleCases['no-worry'], 'en'), paperSpecs[size]),
      })),
    );
    const watch = holdDeletedTempFiles([os.tmpdir()]);
    const sizes: number[] = [];
    try {
      for (let round = 0; round < 2; round++) {
        for (const { html, paper } of summaries) sizes.push((await chromium.pdf.renderPdf(html, paper)).bytes.length);
      }
    } finally {
      const pdfsOnDisk = watch
        .stop()
        .filter((file) => startsWithPdf(file.bytes))
        .map((file) => `${file.target}: ${file.bytes.length} bytes`);
      expect(pdfsOnDisk, 'PDFs written to deleted temp files').toEqual([]);
    }
    expect(sizes.every((size) => size > 1000)).toBe(true);
  }, 180_000);

  it('blanks its warm page after each job', async () => {
    const paper = paperSpecs.letter;
    await chromium.pdf.renderPdf(await renderSummaryHtml(summaryOfAnswers(sampleCases['no-worry'], 'en'), paper), paper);
    const pages = chromium.browser.contexts().flatMap((context) => context.pages());
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      // Blanked right after the PDF is handed back (an urgent slip does not wait for it).
      const stillHoldsSummary = async () =>
        page.url() !== 'about:blank' ||
        String(await page.evaluate('document.documentElement.outerHTML').catch(() => 'mid-navigation: Riverside')).includes('Riverside');
      await expect.poll(stillHoldsSummary, { timeout: 5_000, message: 'the last summary is still in the warm page' }).toBe(false);
    }
  }, 60_000);

  it('closed while it opens its page in a browser it does not own, leaves nothing open there and renders no more', async () => {
    const before = chromium.browser.contexts().length;
    // A shell closed right after its first screen: the warm-up has asked for the browser and is
    // still waiting for it when the shell closes.
    let handOver: () => void = () => undefined;
    const browserReady = new Promise<void>((resolve) => (handOver = resolve));
    let asked = false;
    const borrowed = createChromiumPdfRenderer(async () => {
      asked = true;
      await browserReady;
      return chromium.browser;
    });
    const warming = borrowed.warm();
    await expect.poll(() => asked).toBe(true);
    const closing = borrowed.close();
    handOver();
    await closing;
    await warming.catch(() => undefined);
    expect(chromium.browser.contexts().length).toBe(before);
    const paper = paperSpecs.letter;
    await expect(borrowed.renderPdf(await renderSummaryHtml(summaryOfAnswers(sampleCases['no-worry'], 'en'), paper), paper)).rejects.toThrow(/closed/);
    expect(chromium.browser.contexts().length).toBe(before);
  }, 60_000);
});
