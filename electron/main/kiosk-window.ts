import { BrowserWindow } from 'electron';
import type { ExitGate } from '../core/shell-policy/exit-gate.ts';
import { kioskWindowOptions } from '../core/shell-policy/kiosk-window-options.ts';

export interface KioskWindowOptions {
  readonly preloadPath: string;
  readonly devTools: boolean;
  readonly exitGate: ExitGate;
}

/**
 * The full-screen, frameless kiosk window. Its webContents is guarded by the app-wide
 * `web-contents-created` hook (app-guards.ts) as it is created; here only the window itself.
 */
export function createKioskWindow(options: KioskWindowOptions): BrowserWindow {
  const { webPreferences, ...windowOptions } = kioskWindowOptions(options);
  const window = new BrowserWindow({
    ...windowOptions,
    // The isolation values are stated again where the window is built, so the static check
    // (electronegativity, which cannot follow a function call) sees them and they win regardless.
    webPreferences: { ...webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  window.on('close', (event) => {
    if (options.exitGate.shouldCancelClose()) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
