/**
 * The Electron composition root: a thin shell around the plain-Node main core. It owns the
 * window, the app:// protocol, the preload, IPC registration, PDF rendering and power glue;
 * everything else lives in electron/core and is tested without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, Menu, powerSaveBlocker } from 'electron';
import { electronAppOrigin } from '../core/app-content/app-content.ts';
import { createFileLogger } from '../core/logging/logger.ts';
import { createMainCore } from '../core/main-core.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { createElectronPdfRenderer } from './electron-pdf-renderer.ts';
import { registerIpc } from './ipc-registration.ts';
import { createKioskWindow } from './kiosk-window.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  // The default menu is what provides reload, devtools and zoom shortcuts.
  Menu.setApplicationMenu(null);

  void app.whenReady().then(() => {
    const dataDir = app.getPath('userData');
    const { logger } = createFileLogger(app.getPath('logs'));
    const core = createMainCore({ dataDir, shell: 'electron', preview: false, pdf: createElectronPdfRenderer(), logger });

    serveRenderer(path.join(here, '..', 'renderer'));
    registerIpc(core.router, logger);
    powerSaveBlocker.start('prevent-display-sleep');

    const window = createKioskWindow({
      preloadPath: path.join(here, 'preload.cjs'),
      devTools: !app.isPackaged && process.env['BACKTALK_DEVTOOLS'] === '1',
      logger,
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      logger.error({ reason: details.reason, exitCode: details.exitCode }, 'renderer gone; reloading attract screen');
      core.counters.increment('rendererRecoveries');
      void window.loadURL(`${electronAppOrigin}/`);
    });
    void window.loadURL(`${electronAppOrigin}/`);
    logger.info({ shell: 'electron', packaged: app.isPackaged }, 'kiosk started');
  });

  app.on('window-all-closed', () => app.quit());
}
