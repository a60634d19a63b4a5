/**
 * The real Electron app, through Playwright's `_electron`. Runs only where an Electron binary
 * exists (the `electron` npm package's download); elsewhere it is reported as SKIPPED with the
 * reason. It launches the built app (`npm run build`), or a test build's binary given in
 * BACKTALK_ELECTRON_EXECUTABLE (a packaged test build keeps the CLI inspect fuse on for this).
 */
import { _electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const appMain = fileURLToPath(new URL('../../dist/node/main.mjs', import.meta.url));

/** The Electron binary, or why there is none. */
function findElectron(): { path: string } | { reason: string } {
  const packaged = process.env['BACKTALK_ELECTRON_EXECUTABLE'];
  if (packaged) return existsSync(packaged) ? { path: packaged } : { reason: `BACKTALK_ELECTRON_EXECUTABLE=${packaged} does not exist` };
  try {
    // The electron package exports its binary's path, and throws when the download never happened.
    const binary = require('electron') as unknown;
    if (typeof binary === 'string' && existsSync(binary)) return { path: binary };
    return { reason: `the electron package points at ${String(binary)}, which does not exist` };
  } catch (error) {
    return { reason: `no Electron binary on this machine (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}

const electronBinary = findElectron();
const hasElectronBinary = 'path' in electronBinary;

test.describe('the Electron app', () => {
  test.skip(!hasElectronBinary, 'reason' in electronBinary ? electronBinary.reason : '');

  test('starts in kiosk mode on the attract screen, locked down', async () => {
    test.skip(!process.env['BACKTALK_ELECTRON_EXECUTABLE'] && !existsSync(appMain), 'the app is not built (npm run build)');
    const home = mkdtempSync(path.join(os.tmpdir(), 'backtalk-electron-e2e-'));
    const app = await _electron.launch({
      executablePath: 'path' in electronBinary ? electronBinary.path : undefined,
      args: process.env['BACKTALK_ELECTRON_EXECUTABLE'] ? [] : [appMain],
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), BACKTALK_PROVISION_FILE: path.join(home, 'none.json') },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('[data-screen]')).toHaveAttribute('data-screen', /attract|staff-first-pin|privacy/);
      expect(new URL(page.url()).protocol).toBe('app:');

      const kioskWindow = await app.browserWindow(page);
      const state = await kioskWindow.evaluate((w) => ({
        kiosk: w.isKiosk(),
        fullscreen: w.isFullScreen(),
        preferences: w.webContents.getLastWebPreferences(),
      }));
      expect(state.kiosk).toBe(true);
      expect(state.preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });

      // The page has the bridge and nothing of Node.
      expect(await page.evaluate(() => typeof (window as unknown as { backtalk?: unknown }).backtalk)).toBe('object');
      expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');

      // Ctrl+R does not reload: the session marker stays the same.
      const session = await page.locator('[data-session]').getAttribute('data-session');
      await page.keyboard.press('Control+R');
      await page.waitForTimeout(500);
      expect(await page.locator('[data-session]').getAttribute('data-session')).toBe(session);

      // A window.open is denied.
      await page.evaluate(() => window.open('https://example.com/'));
      await page.waitForTimeout(300);
      expect(app.windows().filter((w) => !w.isClosed() && w.url().startsWith('https:'))).toHaveLength(0);
    } finally {
      await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
      await app.close().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    }
  });
});
