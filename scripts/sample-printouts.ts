/**
 * `npm run sample-printouts`: renders the sample cases (no worry, painful, red flag) in English
 * and Spanish, in every paper layout, to docs/printouts/ as PDF and PNG, through the same
 * summary model, HTML layout and Chromium PDF renderer the kiosk prints with. The answers are
 * made up (shared/summary/sample-answers.ts); no patient is involved. The output is reproducible:
 * a fixed clinic, time and PDF date, so re-running it changes no file unless the sheet changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchHeadlessChromium } from '../electron/browser-shell/chromium.ts';
import { createChromiumPdfRenderer } from '../electron/browser-shell/chromium-pdf-renderer.ts';
import { paperSpecs } from '../electron/core/printing/paper.ts';
import { renderSummaryHtml } from '../electron/core/printing/summary-html.ts';
import { renderUrgentSlipHtml } from '../electron/core/alerts/slip-html.ts';
import { assessAnswers } from '../shared/assessment/assess-answers.ts';
import { backtalkQuestionnaire, safetyLinkIds } from '../shared/questionnaire/backtalk-questionnaire.ts';
import { sampleCreatedAt } from '../shared/summary/sample-summary.ts';
import { buildUrgentSlip } from '../shared/summary/urgent-slip.ts';
import { languages } from '../shared/questionnaire/questionnaire-types.ts';
import { sampleCaseNames, sampleCases } from '../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../shared/summary/sample-summary.ts';
import { paperSizes, type PaperSize } from '../shared/settings/kiosk-settings.ts';

/**
 * The PDF made reproducible: Chromium stamps it with the time of rendering (/CreationDate,
 * /ModDate) and numbers its tagged-PDF structure elements (/ID (node00000078)) with a counter
 * that runs on over every page the browser has rendered. The dates become `iso`, and the ids are
 * renumbered from 1 in their own order (their name tree stays sorted), so a sheet gives the same
 * bytes whatever ran before it. Every replacement has the length of what it replaces, so the
 * byte offsets in the PDF's cross-reference table stay right.
 */
export function reproduciblePdf(pdf: Uint8Array, iso: string): Buffer {
  const fixedDate = `(D:${iso
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:T]/g, '')
    .replace('Z', "+00'00'")})`;
  const text = Buffer.from(pdf).toString('latin1');
  let dates = 0;
  const dated = text.replace(/\/(CreationDate|ModDate) (\(D:[^)]*\))/g, (_whole, key: string, value: string) => {
    if (value.length !== fixedDate.length) throw new Error(`sample-printouts: unexpected PDF date ${value}`);
    dates += 1;
    return `/${key} ${fixedDate}`;
  });
  if (dates === 0) throw new Error('sample-printouts: the PDF has no /CreationDate or /ModDate to fix');
  const ids = [...new Set([...dated.matchAll(/\(node(\d{8})\)/g)].map((match) => match[1] as string))].sort();
  const renumbered = new Map(ids.map((id, index) => [id, String(index + 1).padStart(8, '0')]));
  return Buffer.from(
    dated.replace(/\(node(\d{8})\)/g, (whole, id: string) => `(node${renumbered.get(id) ?? id})`),
    'latin1',
  );
}

export interface RenderedSample {
  readonly name: string;
  readonly pdfFile: string;
  readonly pngFile: string;
  readonly pages: number;
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}

export async function renderSamplePrintouts(outDir: string): Promise<RenderedSample[]> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchHeadlessChromium();
  const renderer = createChromiumPdfRenderer(async () => browser);
  const rendered: RenderedSample[] = [];
  try {
    for (const sample of sampleCaseNames) {
      for (const language of languages) {
        for (const size of paperSizes as readonly PaperSize[]) {
          const name = `${sample}-${language}-${size}`;
          const paper = paperSpecs[size];
          const pdf = await renderer.renderPdf(await renderSummaryHtml(summaryOfAnswers(sampleCases[sample], language), paper), paper);
          const pdfFile = path.join(outDir, `${name}.pdf`);
          writeFileSync(pdfFile, reproduciblePdf(pdf.bytes, sampleCreatedAt));
          // Page 1 only: a sheet is meant to fit one page; `pages` says when it does not.
          execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', '-gray', pdfFile, path.join(outDir, name)]);
          rendered.push({ name, pdfFile, pngFile: path.join(outDir, `${name}.png`), pages: pdfPages(pdfFile) });
        }
      }
    }
    // Red-flag escalation: the urgent slip the kiosk prints by itself at the first flag (staff
    // language), and the sheet of a patient who answered "Yes", then changed it to "No".
    const escalation: { name: string; paper: PaperSize; html: () => Promise<string> }[] = [
      ...(['receipt-80mm', 'letter'] as const).map((size) => ({
        name: `urgent-slip-en-${size}`,
        paper: size,
        html: async () =>
          renderUrgentSlipHtml(
            buildUrgentSlip({
              questionnaire: backtalkQuestionnaire,
              flags: assessAnswers(sampleCases['red-flag']).redFlags,
              kioskName: 'Check-in kiosk',
              createdAt: sampleCreatedAt,
              timeZone: 'America/Chicago',
              language: 'en',
            }),
            paperSpecs[size],
          ),
      })),
      {
        name: 'red-flag-changed-es-letter',
        paper: 'letter',
        html: () =>
          renderSummaryHtml(
            summaryOfAnswers({ ...sampleCases['no-worry'], ...Object.fromEntries(safetyLinkIds.map((linkId) => [linkId, 'no'])) }, 'es', {
              raisedFlags: [{ linkId: safetyLinkIds[0] as string, code: 'yes' }],
              staffLanguage: 'en',
            }),
            paperSpecs.letter,
          ),
      },
    ];
    for (const { name, paper, html } of escalation) {
      const pdf = await renderer.renderPdf(await html(), paperSpecs[paper]);
      const pdfFile = path.join(outDir, `${name}.pdf`);
      writeFileSync(pdfFile, reproduciblePdf(pdf.bytes, sampleCreatedAt));
      execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', '-gray', pdfFile, path.join(outDir, name)]);
      rendered.push({ name, pdfFile, pngFile: path.join(outDir, `${name}.png`), pages: pdfPages(pdfFile) });
    }
  } finally {
    await renderer.close();
    await browser.close();
  }
  return rendered;
}

async function main(): Promise<void> {
  const outDir = fileURLToPath(new URL('../docs/printouts/', import.meta.url));
  const rendered = await renderSamplePrintouts(outDir);
  for (const sample of rendered) {
    const note = sample.name.endsWith('receipt-80mm') || sample.pages === 1 ? '' : `  (${sample.pages} pages)`;
    process.stdout.write(`${path.relative(process.cwd(), sample.pdfFile)}  ${path.basename(sample.pngFile)}${note}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
