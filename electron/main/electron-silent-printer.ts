import type { PaperSpec } from '../core/printing/paper.ts';
import type { SilentPrinter } from '../core/printing/print-backend.ts';
import { documentHeightMm, withHiddenDocument } from './hidden-document-window.ts';

/** CSS pixels per millimetre (96 per inch): webContents.print takes margins in pixels. */
const pxPerMm = 96 / 25.4;
const partition = 'backtalk-print';

/**
 * Silent printing through the operating system (Windows, or anywhere CUPS is absent): the same
 * summary HTML, loaded into a hidden locked-down window and sent to `deviceName` without a dialog.
 * The print service's system backend follows the job; this file only talks to Electron.
 */
export function createElectronSilentPrinter(): SilentPrinter {
  return {
    listPrinters: () =>
      withHiddenDocument({ partition }, async (window) => {
        // Electron reports no queue state; a printer the OS lists is taken as ready.
        const printers = await window.webContents.getPrintersAsync();
        return printers.map((p) => ({ name: p.name, isDefault: false, ready: true, message: '' }));
      }),

    print: (html: string, paper: PaperSpec, deviceName: string | null) =>
      withHiddenDocument({ partition, html }, async (window) => {
        const heightMm = await documentHeightMm(window, paper);
        const margin = Math.round(paper.marginMm * pxPerMm);
        return new Promise<{ ok: true } | { ok: false; reason: string }>((resolve) => {
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
      }),
  };
}
