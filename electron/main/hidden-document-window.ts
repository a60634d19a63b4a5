import { BrowserWindow } from 'electron';
import type { PaperSpec } from '../core/printing/paper.ts';
import { receiptHeightMm } from '../core/printing/pdf-renderer.ts';

/**
 * A printout's HTML in a hidden, locked-down window of its own in-memory session: sandboxed, no
 * devtools, every request but the document itself refused. The PDF renderer and the silent printer
 * both lay out summaries and slips here; the window is destroyed after `use`, so nothing of one
 * printout outlives its job.
 */
export async function withHiddenDocument<T>(
  options: { readonly partition: string; readonly html?: string },
  use: (window: BrowserWindow) => Promise<T>,
): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    width: 800,
    height: 1000,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      partition: options.partition,
    },
  });
  try {
    window.webContents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
    if (options.html !== undefined) await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(options.html, 'utf8').toString('base64')}`);
    return await use(window);
  } finally {
    window.destroy();
  }
}

/** The page height for `paper`: the sheet's, or for continuous paper the laid-out content's. */
export async function documentHeightMm(window: BrowserWindow, paper: PaperSpec): Promise<number> {
  if (paper.heightMm !== null) return paper.heightMm;
  return receiptHeightMm((await window.webContents.executeJavaScript('document.documentElement.scrollHeight', true)) as number, paper);
}
