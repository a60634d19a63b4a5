import { BrowserWindow } from 'electron';
import type { PaperSpec } from '../core/printing/paper.ts';
import { receiptHeightMm } from '../core/printing/pdf-renderer.ts';
import type { SilentPrinter } from '../core/printing/print-backend.ts';

/** CSS pixels per millimetre (96 per inch): webContents.print takes margins in pixels. */
const pxPerMm = 96 / 25.4;

/**
 * Silent printing through the operating system (Windows, or anywhere CUPS is absent): the same
 * summary HTML, loaded into a hidden locked-down window and sent to `deviceName` without a dialog.
 * The print service's system backend follows the job; this file only talks to Electron.
 */
export function createElectronSilentPrinter(): SilentPrinter {
  const hiddenWindow = () =>
    new BrowserWindow({
      show: false,
      width: 800,
      height: 1000,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick', devTools: false, partition: 'backtalk-print' },
    });
  return {
    async listPrinters() {
      const window = hiddenWindow();
      try {
        // Electron reports no queue state; a printer the OS lists is taken as ready.
        const printers = await window.webContents.getPrintersAsync();
        return printers.map((p) => ({ name: p.name, isDefault: false, ready: true, message: '' }));
      } finally {
        window.destroy();
      }
    },

    async print(html: string, paper: PaperSpec, deviceName: string | null) {
      const window = hiddenWindow();
      try {
        window.webContents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
        await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        const heightMm =
          paper.heightMm ?? receiptHeightMm((await window.webContents.executeJavaScript('document.documentElement.scrollHeight', true)) as number, paper);
        const margin = Math.round(paper.marginMm * pxPerMm);
        return await new Promise<{ ok: true } | { ok: false; reason: string }>((resolve) => {
          window.webContents.print(
            {
              silent: true,
              ...(deviceName ? { deviceName } : {}),
              printBackground: true,
              color: false,
              pageSize: { width: Math.round(paper.widthMm * 1000), height: Math.round(heightMm * 1000) },
              margins: { marginType: 'custom', top: margin, bottom: margin, left: margin, right: margin },
            },
            (success, failureReason) => resolve(success ? { ok: true } : { ok: false, reason: failureReason || 'unknown' }),
          );
        });
      } finally {
        window.destroy();
      }
    },
  };
}
