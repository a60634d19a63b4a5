/**
 * Deny by default: the handlers the Electron shell installs on every webContents and every
 * session, written against the few methods they use (structural types, no `electron` import) so
 * a test can install them on a recording fake and check each one.
 */
import type { Logger } from '../logging/logger.ts';
import { blockedKeyFor, type KeyInput } from './blocked-keys.ts';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface FrameNavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The parts of Electron's `WebContents` the guards touch. */
export interface GuardableContents {
  // The target is read from the event: Electron deprecated the positional `url` argument.
  on(event: 'will-navigate', listener: (event: FrameNavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: FrameNavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: FrameNavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'context-menu', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'before-input-event', listener: (event: PreventableEvent, input: KeyInput) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void>;
}

/** The parts of Electron's `Session` the guards touch. */
export interface GuardableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
}

/** True only for a URL on the kiosk's own origin (everything else is an escape route). */
export function isAppUrl(url: string, appOrigin: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}

/** Only the scheme goes to the log: a URL could carry anything the page put in it. */
function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match?.[1]?.toLowerCase() ?? 'unknown';
}

/**
 * Every webContents (the kiosk page, the hidden PDF window, anything else Chromium creates):
 * no navigation off our origin (this also covers dropped files and links, and links to external
 * protocols such as mailto: or ms-settings:), no new windows, no webviews, no context menu, no
 * zoom, and the key filter.
 */
export function guardWebContents(contents: GuardableContents, appOrigin: string, logger: Logger): void {
  const blockNavigation = (event: PreventableEvent, url: string, kind: string) => {
    if (isAppUrl(url, appOrigin)) return;
    event.preventDefault();
    logger.warn({ event: kind, scheme: schemeOf(url) }, 'navigation blocked');
  };
  contents.on('will-navigate', (event) => blockNavigation(event, event.url, 'will-navigate'));
  contents.on('will-frame-navigate', (event) => blockNavigation(event, event.url, 'will-frame-navigate'));
  contents.on('will-redirect', (event) => blockNavigation(event, event.url, 'will-redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn({ event: 'will-attach-webview' }, 'webview blocked');
  });
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn({ event: 'window-open', scheme: schemeOf(url) }, 'new window blocked');
    return { action: 'deny' };
  });
  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (blockedKeyFor(input)) event.preventDefault();
  });
  // Pinch zoom would leave the touch targets at the wrong size for the next patient.
  void contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
}

/** Every session: no permission is ever granted (camera, notifications, openExternal, ...), no downloads. */
export function guardSession(session: GuardableSession, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn({ permission }, 'permission request denied');
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => {
    event.preventDefault();
    logger.warn({ event: 'will-download' }, 'download blocked');
  });
}
