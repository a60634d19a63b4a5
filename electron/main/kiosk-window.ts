import { BrowserWindow, session, type WebContents } from 'electron';
import { electronAppOrigin } from '../core/app-content/app-content.ts';
import type { Logger } from '../core/logging/logger.ts';

export interface KioskWindowOptions {
  readonly preloadPath: string;
  readonly devTools: boolean;
  readonly logger: Logger;
}

/** Deny-by-default for everything a web page could ask of the shell. */
function lockDown(contents: WebContents, logger: Logger): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${electronAppOrigin}/`)) {
      event.preventDefault();
      logger.warn({ event: 'will-navigate' }, 'navigation blocked');
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.url.startsWith(`${electronAppOrigin}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('context-menu', (event) => event.preventDefault());
  void contents.setVisualZoomLevelLimits(1, 1);
}

export function createKioskWindow(options: KioskWindowOptions): BrowserWindow {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.devTools,
      disableDialogs: true,
    },
  });
  lockDown(window.webContents, options.logger);
  window.once('ready-to-show', () => window.show());
  return window;
}
