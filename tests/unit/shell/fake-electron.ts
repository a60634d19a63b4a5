/**
 * A recording stand-in for the `electron` module, used ONLY at the module boundary
 * (`vi.mock('electron', ...)`): the shell's own code runs for real and every call it makes into
 * Electron is recorded here for the contract tests to inspect.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Listener = (...args: never[]) => unknown;

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  /** Calls every listener for `event`, as Electron would. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron-like event: records whether the shell prevented the default action. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault() {
    this.defaultPrevented = true;
  }
}

export class FakeSession extends FakeEmitter {
  constructor(readonly partition = '') {
    super();
  }
  readonly protocol = { handle: (...args: unknown[]) => void calls.push({ api: 'session.protocol.handle', args: [this.partition, ...args] }) };
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  readonly webRequest = { onBeforeRequest: () => undefined };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']) {
    this.devicePermissionHandler = handler;
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  zoomLimits: [number, number] | null = null;
  readonly loadedUrls: string[] = [];
  forcefullyCrashCount = 0;
  readonly session = new FakeSession();
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
    this.windowOpenHandler = handler;
  }
  setVisualZoomLevelLimits(min: number, max: number) {
    this.zoomLimits = [min, max];
    return Promise.resolve();
  }
  loadURL(url: string) {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  forcefullyCrashRenderer() {
    this.forcefullyCrashCount += 1;
  }
}

export const calls: Array<{ api: string; args: unknown[] }> = [];
const record =
  (api: string) =>
  (...args: unknown[]) => {
    calls.push({ api, args });
    return undefined;
  };

const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'backtalk-shell-contract-'));

class FakeApp extends FakeEmitter {
  singleInstanceLock = true;
  readonly isPackaged = true;
  private readonly ready = Promise.resolve();
  readonly commandLine = { appendSwitch: record('app.commandLine.appendSwitch') };
  requestSingleInstanceLock() {
    calls.push({ api: 'app.requestSingleInstanceLock', args: [] });
    return this.singleInstanceLock;
  }
  whenReady() {
    return this.ready;
  }
  getPath(name: string) {
    return path.join(tempRoot, name);
  }
  quit = record('app.quit');
  exit = record('app.exit');
  relaunch = record('app.relaunch');
  setLoginItemSettings = record('app.setLoginItemSettings');
}
export const app = new FakeApp();

export class BrowserWindow extends FakeEmitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  loadURL(url: string) {
    return this.webContents.loadURL(url);
  }
  show() {
    this.shown = true;
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  destroy() {}
}

const partitions = new Map<string, FakeSession>();
export const session = {
  defaultSession: new FakeSession(),
  /** As Electron: one session per partition name, announced to `session-created` when new. */
  fromPartition(partition: string) {
    let found = partitions.get(partition);
    if (!found) {
      found = new FakeSession(partition);
      partitions.set(partition, found);
      calls.push({ api: 'session.fromPartition', args: [partition] });
      app.emit('session-created', found);
    }
    return found;
  },
};

/** Forgets everything recorded (the module itself stays loaded between tests). */
export function resetFake(): void {
  calls.length = 0;
  BrowserWindow.instances.length = 0;
  app.listeners.clear();
  app.singleInstanceLock = true;
  session.defaultSession = new FakeSession();
  partitions.clear();
}
export const Menu = { setApplicationMenu: record('Menu.setApplicationMenu') };
export const protocol = { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'), handle: record('protocol.handle') };
export const ipcMain = { handle: record('ipcMain.handle') };
export const powerSaveBlocker = { start: (type: string) => (calls.push({ api: 'powerSaveBlocker.start', args: [type] }), 1) };
export const dialog = { showErrorBox: record('dialog.showErrorBox'), showMessageBox: record('dialog.showMessageBox') };
export const shell = { openExternal: record('shell.openExternal') };
export const contextBridge = { exposeInMainWorld: record('contextBridge.exposeInMainWorld') };
export const ipcRenderer = { invoke: record('ipcRenderer.invoke') };

export function callsTo(api: string) {
  return calls.filter((call) => call.api === api);
}
