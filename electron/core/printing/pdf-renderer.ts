import type { PaperSpec } from './paper.ts';

/**
 * Turns a self-contained HTML page into PDF bytes. Electron implements it with a hidden window's
 * `printToPDF`; the browser shell with Chromium's `page.pdf`. Both receive the same HTML.
 */
export interface PdfRenderer {
  renderPdf(html: string, paper: PaperSpec): Promise<RenderedPdf>;
}

export interface RenderedPdf {
  readonly bytes: Uint8Array;
  /** The page size; for continuous paper the height is the measured length of the receipt. */
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * The CUPS `media` for a rendered PDF: the paper's keyword, or for continuous paper a custom size
 * (`Custom.80x412mm`), so the driver cuts the roll at the receipt's length instead of fitting it
 * to a default sheet.
 */
export function cupsMediaFor(paper: PaperSpec, rendered: RenderedPdf): string {
  return paper.cupsMedia ?? `Custom.${Math.round(rendered.widthMm)}x${Math.ceil(rendered.heightMm)}mm`;
}

/** Millimetres to CSS inches, the unit both printToPDF and page.pdf accept. */
export function mmToInches(mm: number): number {
  return mm / 25.4;
}

/** Continuous (receipt) paper: the page is as long as the content, plus its margins. */
export function receiptHeightMm(contentHeightCssPx: number, paper: PaperSpec): number {
  return Math.ceil((contentHeightCssPx * 25.4) / 96 + 2 * paper.marginMm + 2);
}
