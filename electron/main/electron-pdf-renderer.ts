import { BrowserWindow } from 'electron';
import type { PaperSpec } from '../core/printing/paper.ts';
import { mmToInches, receiptHeightMm, type PdfRenderer, type RenderedPdf } from '../core/printing/pdf-renderer.ts';

/**
 * HTML → PDF with a hidden, locked-down window's `printToPDF`: the same HTML the browser shell
 * renders through Chromium. A fresh window per job, so nothing of one summary outlives it.
 */
export function createElectronPdfRenderer(): PdfRenderer {
  return {
    async renderPdf(html: string, paper: PaperSpec): Promise<RenderedPdf> {
      const window = new BrowserWindow({
        show: false,
        width: 800,
        height: 1000,
        // Its own in-memory session, so the request filter below never touches the kiosk window.
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick', devTools: false, partition: 'backtalk-pdf' },
      });
      try {
        window.webContents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
        await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        let heightMm = paper.heightMm;
        if (heightMm === null) {
          const contentPx = (await window.webContents.executeJavaScript('document.documentElement.scrollHeight')) as number;
          heightMm = receiptHeightMm(contentPx, paper);
        }
        const pdf = await window.webContents.printToPDF({
          pageSize: { width: mmToInches(paper.widthMm), height: mmToInches(heightMm) },
          printBackground: true,
          preferCSSPageSize: paper.heightMm !== null,
          margins: { top: mmToInches(paper.marginMm), bottom: mmToInches(paper.marginMm), left: mmToInches(paper.marginMm), right: mmToInches(paper.marginMm) },
        });
        return { bytes: new Uint8Array(pdf), widthMm: paper.widthMm, heightMm };
      } finally {
        window.destroy();
      }
    },
  };
}
