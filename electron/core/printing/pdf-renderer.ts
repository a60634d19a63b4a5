import type { PaperSpec } from './paper.ts';

/**
 * Turns a self-contained HTML page into PDF bytes. Electron implements it with a hidden window's
 * `printToPDF`; the browser shell with Chromium's `page.pdf`. Both receive the same HTML.
 */
export interface PdfRenderer {
  renderPdf(html: string, paper: PaperSpec): Promise<Uint8Array>;
}

/** Millimetres to CSS inches, the unit both printToPDF and page.pdf accept. */
export function mmToInches(mm: number): number {
  return mm / 25.4;
}

/** Continuous (receipt) paper: the page is as long as the content, plus its margins. */
export function receiptHeightMm(contentHeightCssPx: number, paper: PaperSpec): number {
  return Math.ceil((contentHeightCssPx * 25.4) / 96 + 2 * paper.marginMm + 2);
}
