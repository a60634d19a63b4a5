import type { PaperSpec } from '../core/printing/paper.ts';
import { mmToInches, type PdfRenderer, type RenderedPdf } from '../core/printing/pdf-renderer.ts';
import { documentHeightMm, withHiddenDocument } from './hidden-document-window.ts';

/**
 * HTML → PDF with a hidden, locked-down window's `printToPDF`: the same HTML the browser shell
 * renders through Chromium. A fresh window per job, so nothing of one summary outlives it.
 */
export function createElectronPdfRenderer(): PdfRenderer {
  return {
    renderPdf: (html: string, paper: PaperSpec): Promise<RenderedPdf> =>
      withHiddenDocument({ partition: 'backtalk-pdf', html }, async (window) => {
        const heightMm = await documentHeightMm(window, paper);
        const margin = mmToInches(paper.marginMm);
        const pdf = await window.webContents.printToPDF({
          pageSize: { width: mmToInches(paper.widthMm), height: mmToInches(heightMm) },
          printBackground: true,
          preferCSSPageSize: paper.heightMm !== null,
          margins: { top: margin, bottom: margin, left: margin, right: margin },
        });
        return { bytes: new Uint8Array(pdf), widthMm: paper.widthMm, heightMm };
      }),
  };
}
