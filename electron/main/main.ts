/**
 * The Electron composition root: a thin shell around the plain-Node main core. It owns the
 * window, the app:// protocol, the preload, IPC registration, PDF rendering and power glue;
 * the policies it applies (keys, webPreferences, deny handlers, crash recovery) are plain data
 * and functions in electron/core/shell-policy, tested without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, Menu, powerSaveBlocker } from 'electron';
import { electronAppOrigin } from '../core/app-content/app-content.ts';
import { createFileLogger } from '../core/logging/logger.ts';
import { createMainCore } from '../core/main-core.ts';
import { clearStaffLockout } from '../core/staff/staff-state-store.ts';
import { parseProvisionRequest, runProvisionCli } from '../cli/provision-commands.ts';
import { terminalIo } from '../cli/terminal-io.ts';
import { parseAutostartRequest } from '../core/shell-policy/autostart.ts';
import { createExitGate } from '../core/shell-policy/exit-gate.ts';
import { installAppGuards, installErrorHandlers } from './app-guards.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { createElectronPdfRenderer } from './electron-pdf-renderer.ts';
import { createElectronSilentPrinter } from './electron-silent-printer.ts';
import { registerIpc } from './ipc-registration.ts';
import { createKioskWindow } from './kiosk-window.ts';
import { watchRenderer } from './renderer-watch.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const attractUrl = `${electronAppOrigin}/`;

const { logger, flush } = createFileLogger(app.getPath('logs'));
installErrorHandlers(logger);

const autostart = parseAutostartRequest(process.argv);
const provisionRequest = parseProvisionRequest(process.argv);
if (provisionRequest) {
  // IT's provisioning tools on an installed kiosk (`backtalk --hash-pin`): no npm or checkout
  // needed there. Before the single-instance lock, so it works while the kiosk runs; no window.
  void runProvisionCli(provisionRequest, terminalIo()).then(
    (code) => {
      logger.info({ command: provisionRequest[0] ?? null, code }, 'provisioning tool run');
      flush();
      app.exit(code);
    },
    (error: unknown) => {
      process.stderr.write(`backtalk: ${error instanceof Error ? error.message : String(error)}\n`);
      flush();
      app.exit(2);
    },
  );
} else if (autostart) {
  // A one-off provisioning call by clinic IT, not a kiosk start.
  if (process.platform === 'win32' || process.platform === 'darwin') app.setLoginItemSettings({ openAtLogin: autostart.openAtLogin });
  logger.info({ openAtLogin: autostart.openAtLogin, platform: process.platform }, 'autostart setting recorded');
  flush();
  app.exit(0);
} else if (process.argv.includes('--clear-lockout')) {
  // IT's override for a staff lockout, run as the kiosk user while the kiosk is stopped (docs/INSTALL.md).
  void clearStaffLockout(app.getPath('userData')).then(
    (outcome) => {
      logger.info({ outcome }, 'staff lockout override');
      process.stdout.write(`backtalk --clear-lockout: ${outcome}\n`);
      flush();
      app.exit(outcome === 'cleared' || outcome === 'not-locked' ? 0 : 2);
    },
    (error: unknown) => {
      logger.error({ err: String(error) }, 'staff lockout override failed');
      flush();
      app.exit(2);
    },
  );
} else if (!app.requestSingleInstanceLock()) {
  // A second copy (a double launch at login) must not open a second kiosk window.
  app.exit(0);
} else {
  registerAppScheme();
  // The default menu is what provides reload, devtools, zoom and full-screen shortcuts.
  Menu.setApplicationMenu(null);
  // Touch screens: no pinch zoom and no swipe-to-go-back, from the first frame on.
  app.commandLine.appendSwitch('disable-pinch');
  app.commandLine.appendSwitch('overscroll-history-navigation', '0');
  installAppGuards(logger);

  const exitGate = createExitGate();

  void app
    .whenReady()
    .then(() => {
      const core = createMainCore({
        dataDir: app.getPath('userData'),
        preview: false,
        pdf: createElectronPdfRenderer(),
        // Where CUPS is absent (Windows), summaries print silently through the OS instead.
        silentPrinter: createElectronSilentPrinter(),
        logger,
        // An installed kiosk reads only the documented provisioning path, never one named in its environment.
        packaged: app.isPackaged,
        // Staff chose "Exit kiosk": the only way the window may close, back to the desktop.
        requestExit: () => {
          exitGate.allowExit();
          app.quit();
        },
      });

      serveRenderer(path.join(here, '..', 'renderer'));
      registerIpc(core.router, logger);
      powerSaveBlocker.start('prevent-display-sleep');

      const window = createKioskWindow({
        preloadPath: path.join(here, 'preload.cjs'),
        devTools: !app.isPackaged && process.env['BACKTALK_DEVTOOLS'] === '1',
        exitGate,
      });
      watchRenderer({ window, attractUrl, logger, counters: core.counters });
      app.on('second-instance', () => {
        if (window.isMinimized()) window.restore();
        window.focus();
      });
      void window.loadURL(attractUrl);
      logger.info({ shell: 'electron', packaged: app.isPackaged }, 'kiosk started');
    })
    .catch((error: unknown) => {
      // A kiosk that failed to start must not linger without a window (a blank screen nobody can
      // explain): exit non-zero, so the service manager (systemd's Restart=always) starts it again.
      const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error);
      logger.error({ err }, 'kiosk failed to start; exiting');
      flush();
      app.exit(1);
    });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => flush());
}
