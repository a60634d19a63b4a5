/**
 * The summary as a self-contained HTML page for one paper size. The same HTML becomes a PDF in
 * Electron (printToPDF), in the browser shell (Chromium) and goes to the OS printer in silent
 * printing, so every path prints the same sheet. The layout is summary-sheet.tsx.
 */
import { createElement } from 'react';
import type { SummaryDocument } from '../../../shared/summary/summary-model.ts';
import type { PaperSpec } from './paper.ts';
import { renderPrintDocument } from './print-document.tsx';
import { qrSvg } from './qr-symbol.ts';
import { encodeQrText } from './qr-text.ts';
import { SummarySheet } from './summary-sheet.tsx';

export async function renderSummaryHtml(summary: SummaryDocument, paper: PaperSpec): Promise<string> {
  const qr = await qrSvg(encodeQrText(summary.qrPayload));
  return renderPrintDocument(createElement(SummarySheet, { summary, paper, qrSvg: qr }));
}
