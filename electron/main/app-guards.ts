import { app, session, type Session } from 'electron';
import { electronAppOrigin } from '../core/app-content/app-content.ts';
import type { Logger } from '../core/logging/logger.ts';
import { guardSession, guardWebContents } from '../core/shell-policy/content-guards.ts';

/**
 * App-wide deny-by-default: every webContents Chromium ever creates and every session are
 * guarded the moment they exist, so no window (the kiosk page, the PDF window, anything a bug
 * might open) is ever left with Electron's permissive defaults. Call before `app.ready`.
 */
export function installAppGuards(logger: Logger): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, electronAppOrigin, logger));

  const guarded = new WeakSet<Session>();
  const guardOnce = (target: Session) => {
    if (guarded.has(target)) return;
    guarded.add(target);
    guardSession(target, logger);
  };
  app.on('session-created', guardOnce);
  void app.whenReady().then(() => guardOnce(session.defaultSession));
}

/**
 * Errors in the main process are logged, never shown: Electron's default for an uncaught
 * exception is a native dialog box on the kiosk screen, which a registered handler replaces.
 */
export function installErrorHandlers(logger: Logger): void {
  process.on('uncaughtException', (error) => {
    logger.error({ err: { name: error.name, message: error.message, stack: error.stack } }, 'uncaught exception in main process');
  });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason instanceof Error ? { name: reason.name, message: reason.message } : String(reason) }, 'unhandled rejection in main process');
  });
}
