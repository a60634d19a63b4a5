/**
 * `npm run sample-printouts` is reproducible: Chromium stamps each PDF with the time it was
 * rendered and numbers its structure elements with a counter that runs on across pages; the
 * script fixes both, so two runs give the same bytes and re-running it leaves docs/printouts
 * unchanged unless a sheet changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paperSpecs } from '../../../../electron/core/printing/paper.ts';
import { renderSummaryHtml } from '../../../../electron/core/printing/summary-html.ts';
import { reproduciblePdf } from '../../../../scripts/sample-printouts.ts';
import { sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { sampleCreatedAt, summaryOfAnswers } from '../../../../shared/summary/sample-summary.ts';
import { decodeQrCodes } from '../../../e2e/support/print-test-helpers.ts';
import { startChromiumPdf } from './chromium-for-tests.ts';

describe('sample printouts (real Chromium)', () => {
  let chromium: Awaited<ReturnType<typeof startChromiumPdf>>;
  let dir: string;
  beforeAll(async () => {
    chromium = await startChromiumPdf();
    dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-samples-'));
  });
  afterAll(async () => {
    await chromium.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives byte-identical PDFs from two renderings seconds apart in one browser, still valid, dated at the sample time', async () => {
    const html = await renderSummaryHtml(summaryOfAnswers(sampleCases.painful, 'en'), paperSpecs.letter);
    const first = (await chromium.pdf.renderPdf(html, paperSpecs.letter)).bytes;
    await new Promise((resolve) => setTimeout(resolve, 1100)); // PDF dates have one-second resolution
    const second = (await chromium.pdf.renderPdf(html, paperSpecs.letter)).bytes;
    // Chromium's own output differs from run to run (its dates) ...
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    // ... and the samples' does not.
    const [a, b] = [reproduciblePdf(first, sampleCreatedAt), reproduciblePdf(second, sampleCreatedAt)];
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBe(first.length);

    const file = path.join(dir, 'painful-en-letter.pdf');
    writeFileSync(file, a);
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    expect(info).toMatch(/^CreationDate:\s+2026-03-14T15:30:00(Z|\+00)/m);
    expect(info).toMatch(/^ModDate:\s+2026-03-14T15:30:00(Z|\+00)/m);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('For the therapist');
    expect(decodeQrCodes(file, 150)).toHaveLength(1);
  });
});
