import { app, type BrowserWindow } from 'electron';
import type { Logger } from '../core/logging/logger.ts';
import { createCrashPolicy, defaultCrashPolicyOptions } from '../core/shell-policy/crash-policy.ts';
import { createRendererRecovery } from '../core/shell-policy/renderer-recovery.ts';

export interface RendererWatchOptions {
  readonly window: BrowserWindow;
  readonly attractUrl: string;
  readonly logger: Logger;
  readonly counters: { increment(name: 'rendererRecoveries'): void };
}

/**
 * Wires Electron's failure events to the shared crash policy: a hung page is force-crashed, a
 * dead one reloaded to a fresh attract screen (with a cooldown and a cap), and the app relaunched
 * when reloads keep failing.
 */
export function watchRenderer(options: RendererWatchOptions): void {
  const { window, attractUrl, logger } = options;
  const recovery = createRendererRecovery({
    policy: createCrashPolicy({ ...defaultCrashPolicyOptions, now: () => Date.now() }),
    logger,
    counters: options.counters,
    target: {
      forceCrash: () => window.webContents.forcefullyCrashRenderer(),
      reload: async () => {
        if (window.isDestroyed()) throw new Error('kiosk window is gone');
        await window.webContents.loadURL(attractUrl);
      },
      relaunch: () => {
        app.relaunch();
        // exit(), not quit(): quitting would ask the window to close, and the kiosk refuses.
        app.exit(0);
      },
    },
  });

  window.webContents.on('render-process-gone', (_event, details) => {
    recovery.report({ kind: 'render-process-gone', reason: details.reason, exitCode: details.exitCode });
  });
  window.webContents.on('unresponsive', () => recovery.report({ kind: 'unresponsive' }));
  app.on('child-process-gone', (_event, details) => {
    recovery.report({ kind: 'child-process-gone', processType: details.type, reason: details.reason });
  });
}
