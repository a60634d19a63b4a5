/**
 * Contract tests of the Electron shell's wiring: electron/main runs for real with the `electron`
 * module replaced (only at the module boundary) by a recording fake, and every setting, deny
 * handler, key filter and crash path it installs is checked by driving the fake's events.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../shared/ipc/ipc-channels.ts';
import { pinHashSchema, verifyPin } from '../../../electron/core/staff/pin-hash.ts';
import type * as FakeElectronModule from './fake-electron.ts';

vi.mock('electron', () => import('./fake-electron.ts'));
// The terminal, for `backtalk --hash-pin`: what IT pipes in and what the app prints.
const terminal = vi.hoisted(() => ({ stdin: '', out: [] as string[], err: [] as string[] }));
vi.mock('../../../electron/cli/terminal-io.ts', () => ({
  terminalIo: () => ({
    out: (text: string) => terminal.out.push(text),
    err: (text: string) => terminal.err.push(text),
    promptHidden: null,
    readStdin: () => Promise.resolve(terminal.stdin),
  }),
}));

type FakeElectron = typeof FakeElectronModule;

let processListenersBefore: Map<string, Set<unknown>>;
const watchedProcessEvents = ['uncaughtException', 'unhandledRejection'] as const;

async function bootMain(configure: (electron: FakeElectron) => void = () => undefined): Promise<FakeElectron> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as FakeElectron;
  electron.resetFake();
  configure(electron);
  await import('../../../electron/main/main.ts');
  // Let app.whenReady() callbacks run.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return electron;
}

function kioskWindow(electron: FakeElectron) {
  const window = electron.BrowserWindow.instances.find((w) => w.options['kiosk'] === true);
  if (!window) throw new Error('no kiosk window was created');
  return window;
}

beforeEach(() => {
  process.env['BACKTALK_PROVISION_FILE'] = path.join(os.tmpdir(), 'backtalk-shell-contract-no-such-provision.json');
  processListenersBefore = new Map(watchedProcessEvents.map((event) => [event, new Set<unknown>(process.listeners(event as 'uncaughtException'))]));
});

afterEach(() => {
  // main.ts installs process-wide error handlers; leave the test worker as it was.
  for (const event of watchedProcessEvents) {
    for (const listener of process.listeners(event as 'uncaughtException')) {
      if (!processListenersBefore.get(event)?.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
});

describe('the Electron shell at start', () => {
  it('takes the single-instance lock, removes the menu, registers app:// and keeps the display awake', async () => {
    const electron = await bootMain();
    expect(electron.callsTo('app.requestSingleInstanceLock')).toHaveLength(1);
    expect(electron.callsTo('Menu.setApplicationMenu')).toEqual([{ api: 'Menu.setApplicationMenu', args: [null] }]);
    expect(electron.callsTo('protocol.registerSchemesAsPrivileged')[0]?.args[0]).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    // Served in the kiosk window's own session, which lives in memory only (no `persist:` prefix).
    expect(electron.callsTo('session.protocol.handle').map((call) => call.args.slice(0, 2))).toEqual([['backtalk-kiosk', 'app']]);
    expect(electron.callsTo('protocol.handle')).toEqual([]);
    expect(electron.callsTo('powerSaveBlocker.start')).toEqual([{ api: 'powerSaveBlocker.start', args: ['prevent-display-sleep'] }]);
    expect(electron.callsTo('app.commandLine.appendSwitch').map((call) => call.args)).toEqual(
      expect.arrayContaining([['disable-pinch'], ['overscroll-history-navigation', '0']]),
    );
  });

  it('exits with an error when starting fails, rather than staying up without a window', async () => {
    // Found in review: a throw while starting left a process with no window and no exit, so the
    // service manager never started it again.
    let start: FakeElectron['powerSaveBlocker']['start'] | undefined;
    const electron = await bootMain((fake) => {
      start = fake.powerSaveBlocker.start;
      fake.powerSaveBlocker.start = () => {
        throw new Error('no display');
      };
    });
    try {
      expect(electron.callsTo('app.exit')).toEqual([{ api: 'app.exit', args: [1] }]);
      expect(electron.BrowserWindow.instances.filter((w) => w.options['kiosk'] === true)).toEqual([]);
    } finally {
      if (start) electron.powerSaveBlocker.start = start;
    }
  });

  it('registers an IPC handler for every channel of the contract', async () => {
    const electron = await bootMain();
    expect(
      electron
        .callsTo('ipcMain.handle')
        .map((call) => call.args[0])
        .sort(),
    ).toEqual([...ipcChannels].sort());
  });

  it('refuses IPC from a frame that is not the kiosk page, with a typed error', async () => {
    const electron = await bootMain();
    const handler = electron.callsTo('ipcMain.handle').find((call) => call.args[0] === 'kiosk:get-config')?.args[1] as (
      event: unknown,
      payload: unknown,
    ) => unknown;
    const fromFrame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
    expect(await handler(fromFrame('https://evil.example/'), {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await handler(fromFrame('app://kiosk/index.html', { url: 'app://kiosk/' }), {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await handler({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await handler(fromFrame('app://kiosk/index.html'), {})).toMatchObject({ ok: true, value: { preview: false } });
  });

  it('opens one kiosk window with every hardened option and webPreference', async () => {
    const electron = await bootMain();
    const window = kioskWindow(electron);
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, show: false });
    const preferences = window.options['webPreferences'] as Record<string, unknown>;
    expect(preferences).toEqual({
      preload: expect.stringMatching(/preload\.cjs$/),
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
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      disableDialogs: true,
      backgroundThrottling: false,
      autoplayPolicy: 'document-user-activation-required',
      safeDialogs: true,
      // Packaged: never devtools.
      devTools: false,
      // In memory: nothing of a visit (cache, storage, cookies) is written to the profile on disk.
      partition: 'backtalk-kiosk',
    });
    expect(String(preferences['partition'])).not.toMatch(/^persist:/);
    expect(window.webContents.loadedUrls).toEqual(['app://kiosk/']);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('refuses to close the window (Alt+F4, a window manager) unless staff chose exit', async () => {
    const electron = await bootMain();
    const close = new electron.FakeEvent();
    kioskWindow(electron).emit('close', close);
    expect(close.defaultPrevented).toBe(true);
  });

  it('lets the window close once staff chose exit', async () => {
    const electron = await bootMain();
    const { createKioskWindow } = await import('../../../electron/main/kiosk-window.ts');
    const { createExitGate } = await import('../../../electron/core/shell-policy/exit-gate.ts');
    const exitGate = createExitGate();
    createKioskWindow({ preloadPath: '/x/preload.cjs', devTools: false, exitGate });
    const window = electron.BrowserWindow.instances.at(-1);
    const before = new electron.FakeEvent();
    window?.emit('close', before);
    expect(before.defaultPrevented).toBe(true);
    exitGate.allowExit();
    const after = new electron.FakeEvent();
    window?.emit('close', after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('never shows an error dialog: main-process errors are logged instead', async () => {
    const electron = await bootMain();
    const added = process.listeners('uncaughtException').filter((l) => !processListenersBefore.get('uncaughtException')?.has(l));
    expect(added).toHaveLength(1);
    added[0]?.(new Error('boom in main'), 'uncaughtException');
    expect(electron.callsTo('dialog.showErrorBox')).toEqual([]);
    expect(electron.callsTo('dialog.showMessageBox')).toEqual([]);
    // The main log rotates: backtalk.1.log, backtalk.2.log, ...
    const logFile = path.join(electron.app.getPath('logs'), 'backtalk.1.log');
    await vi.waitFor(() => expect(readFileSync(logFile, 'utf8')).toContain('boom in main'));
  });

  it('does not open a second kiosk when another copy is already running', async () => {
    const electron = await bootMain((e) => {
      e.app.singleInstanceLock = false;
    });
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.callsTo('app.exit')).toEqual([{ api: 'app.exit', args: [0] }]);
  });
});

describe('IT’s provisioning tools in the installed app (no npm, no checkout on the kiosk)', () => {
  async function bootWithArgs(args: string[], stdin = ''): Promise<FakeElectron> {
    const argv = process.argv;
    terminal.stdin = stdin;
    terminal.out.length = 0;
    terminal.err.length = 0;
    process.argv = [...argv, ...args];
    try {
      const electron = await bootMain();
      await vi.waitFor(() => expect(electron.callsTo('app.exit')).toHaveLength(1), { timeout: 15_000 });
      return electron;
    } finally {
      process.argv = argv;
    }
  }

  it('`backtalk --hash-pin` prints a hash of the piped PIN that the kiosk accepts, then exits: no window, and it works while the kiosk runs', async () => {
    const electron = await bootWithArgs(['--hash-pin'], '2468\n');
    expect(electron.callsTo('app.exit')).toEqual([{ api: 'app.exit', args: [0] }]);
    expect(await verifyPin('2468', pinHashSchema.parse(terminal.out[0]))).toBe(true);
    expect(terminal.out.join('\n')).not.toContain('2468');
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.callsTo('app.requestSingleInstanceLock')).toEqual([]);
  });

  it('`backtalk --hash-pin` refuses a PIN that is not 4 to 8 digits, with exit code 2', async () => {
    const electron = await bootWithArgs(['--hash-pin'], '12\n');
    expect(electron.callsTo('app.exit')).toEqual([{ api: 'app.exit', args: [2] }]);
    expect(terminal.err.join('')).toContain('4 to 8 digits');
    expect(terminal.out).toEqual([]);
  });

  it('`backtalk --provision check FILE` runs the provisioning file check', async () => {
    // Its own folder: /tmp is writable by all, so a file there is refused as untrusted.
    const folder = mkdtempSync(path.join(os.tmpdir(), 'backtalk-shell-contract-provision-'));
    const file = path.join(folder, 'provision.json');
    writeFileSync(file, JSON.stringify({ version: 1, settings: {} }));
    try {
      const electron = await bootWithArgs(['--provision', 'check', file]);
      expect(electron.callsTo('app.exit')).toEqual([{ api: 'app.exit', args: [0] }]);
      expect(terminal.out.join('')).toContain(`${file} is valid`);
      expect(electron.BrowserWindow.instances).toHaveLength(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the deny-by-default guards on every webContents and session', () => {
  it('blocks navigation, redirects and frame navigation off the app origin (dropped files and links included)', async () => {
    const electron = await bootMain();
    const contents = kioskWindow(electron).webContents;
    // As Electron emits them: the target on the event (the positional url is deprecated).
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'mailto:a@b.c', 'ms-settings:', 'javascript:alert(1)', 'app://evil/']) {
      const navigate = new electron.FakeEvent(url);
      contents.emit('will-navigate', navigate, url);
      expect(navigate.defaultPrevented, url).toBe(true);
      const redirect = new electron.FakeEvent(url);
      contents.emit('will-redirect', redirect, url);
      expect(redirect.defaultPrevented, url).toBe(true);
      const frame = new electron.FakeEvent(url);
      contents.emit('will-frame-navigate', frame);
      expect(frame.defaultPrevented, url).toBe(true);
    }
    const own = new electron.FakeEvent('app://kiosk/index.html');
    contents.emit('will-navigate', own, 'app://kiosk/index.html');
    expect(own.defaultPrevented).toBe(false);
  });

  it('denies new windows, webviews and the context menu, and pins the zoom', async () => {
    const electron = await bootMain();
    const contents = kioskWindow(electron).webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/' })).toEqual({ action: 'deny' });
    const webview = new electron.FakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    const menu = new electron.FakeEvent();
    contents.emit('context-menu', menu, {});
    expect(menu.defaultPrevented).toBe(true);
    expect(contents.zoomLimits).toEqual([1, 1]);
  });

  it('applies the key filter in before-input-event', async () => {
    const electron = await bootMain();
    const contents = kioskWindow(electron).webContents;
    const press = (key: string, modifiers: Record<string, boolean> = {}) => {
      const event = new electron.FakeEvent();
      contents.emit('before-input-event', event, { type: 'keyDown', key, control: false, meta: false, alt: false, shift: false, ...modifiers });
      return event.defaultPrevented;
    };
    expect(press('r', { control: true })).toBe(true);
    expect(press('I', { control: true, shift: true })).toBe(true);
    expect(press('F4', { alt: true })).toBe(true);
    expect(press('F11')).toBe(true);
    expect(press('a')).toBe(false);
    expect(press('Enter')).toBe(false);
  });

  it('guards webContents created later too (a PDF window, anything else)', async () => {
    const electron = await bootMain();
    const later = new electron.BrowserWindow({ show: false });
    const navigate = new electron.FakeEvent('https://example.com/');
    later.webContents.emit('will-navigate', navigate, 'https://example.com/');
    expect(navigate.defaultPrevented).toBe(true);
    expect(later.webContents.windowOpenHandler?.({ url: 'x' })).toEqual({ action: 'deny' });
  });

  it('denies every permission and download on the default session and on new sessions', async () => {
    const electron = await bootMain();
    const extra = new electron.FakeSession();
    electron.app.emit('session-created', extra);
    for (const target of [electron.session.defaultSession, extra]) {
      for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'pointerLock']) {
        const granted = vi.fn();
        target.permissionRequestHandler?.(null, permission, granted);
        expect(granted).toHaveBeenCalledWith(false);
        expect(target.permissionCheckHandler?.(null, permission)).toBe(false);
      }
      expect(target.devicePermissionHandler?.({})).toBe(false);
      const download = new electron.FakeEvent();
      target.emit('will-download', download);
      expect(download.defaultPrevented).toBe(true);
    }
  });
});

describe('the crash policy wiring', () => {
  it('reloads a fresh attract screen when the renderer dies, and counts it', async () => {
    const electron = await bootMain();
    const window = kioskWindow(electron);
    window.webContents.emit('render-process-gone', new electron.FakeEvent(), { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(window.webContents.loadedUrls).toEqual(['app://kiosk/', 'app://kiosk/']));
    const countersFile = path.join(electron.app.getPath('userData'), 'counters.json');
    await vi.waitFor(() => expect(readFileSync(countersFile, 'utf8')).toMatch(/"rendererRecoveries": 1\b/));
  });

  it('force-crashes a hung renderer at once', async () => {
    const electron = await bootMain();
    const window = kioskWindow(electron);
    window.webContents.emit('unresponsive');
    await vi.waitFor(() => expect(window.webContents.forcefullyCrashCount).toBe(1));
  });

  it('reloads after a crashed helper process but not after a clean exit', async () => {
    const electron = await bootMain();
    const window = kioskWindow(electron);
    electron.app.emit('child-process-gone', new electron.FakeEvent(), { type: 'Utility', reason: 'clean-exit', exitCode: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.webContents.loadedUrls).toHaveLength(1);
    electron.app.emit('child-process-gone', new electron.FakeEvent(), { type: 'GPU', reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(window.webContents.loadedUrls).toHaveLength(2));
  });
});

describe('the shell source', () => {
  const sources = ['../../../electron/main/', '../../../electron/preload/'].flatMap((dir) => {
    const url = new URL(dir, import.meta.url);
    return readdirSync(url).map((name) => readFileSync(new URL(name, url), 'utf8'));
  });
  it('never imports dialog or shell (no error boxes on the kiosk screen, no opening of anything outside it)', () => {
    for (const source of sources) {
      for (const [, names = ''] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'electron'/g)) {
        const imported = names.split(',').map((name) => name.replace(/^\s*type\s+/, '').trim());
        expect(imported).not.toContain('dialog');
        expect(imported).not.toContain('shell');
      }
      expect(source).not.toMatch(/openExternal|showErrorBox|showMessageBox/);
    }
  });
});
