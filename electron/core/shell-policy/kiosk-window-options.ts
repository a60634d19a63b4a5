/**
 * The kiosk window's construction options, as plain data. Every security-relevant
 * `webPreferences` value is written out even where it equals Electron's default, so a change of
 * default in a future Electron cannot silently loosen the kiosk, and a test pins each one.
 */

/**
 * The kiosk page's session. No `persist:` prefix, so Electron keeps it in memory only: cookies,
 * cache, localStorage, IndexedDB and service-worker data of a patient's visit never reach disk.
 */
export const kioskSessionPartition = 'backtalk-kiosk';

export interface KioskWindowOptionsInput {
  readonly preloadPath: string;
  /** Only in an unpackaged development build, never on a clinic's kiosk. */
  readonly devTools: boolean;
}

export function kioskWebPreferences(input: KioskWindowOptionsInput) {
  return {
    preload: input.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    plugins: false,
    // A middle click must not open anything either.
    disableBlinkFeatures: 'Auxclick',
    // A dropped file or link would otherwise replace the kiosk page.
    navigateOnDragDrop: false,
    spellcheck: false,
    // alert()/confirm() would block the screen with a native dialog.
    disableDialogs: true,
    // Keep timers running when covered (the idle reset must still fire).
    backgroundThrottling: false,
    autoplayPolicy: 'document-user-activation-required',
    safeDialogs: true,
    devTools: input.devTools,
    partition: kioskSessionPartition,
  } as const;
}

export function kioskWindowOptions(input: KioskWindowOptionsInput) {
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    closable: true,
    skipTaskbar: false,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: kioskWebPreferences(input),
  } as const;
}
