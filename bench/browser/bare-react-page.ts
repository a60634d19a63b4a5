/**
 * The bare React 19 page as a live yardstick: built by Vite like the kiosk, loaded in its own
 * Chromium with the kiosk's flags and context options, served the same way. The renderer figures
 * time it at the same moments as the kiosk (a navigation beside each kiosk reload, a tap beside
 * each kiosk tap), so a busy moment on the machine lands on both and their ratio holds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchHeadlessChromium } from '../../electron/browser-shell/chromium.ts';
import { serveDirectory } from './serve-directory.ts';
import { installInteractiveProbe, navigateAndTimeInteractive, settle } from './time-to-interactive.ts';
import { installTapProbe, tapAndTime } from './time-to-paint.ts';

const bareReactSourceDir = fileURLToPath(new URL('../baseline/bare-react', import.meta.url));
const bareReactOrigin = 'https://bare-react.bench.invalid';

/** Builds the bare React page with Vite (production mode, like the kiosk) into `outDir`. */
export async function buildBareReactPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: bareReactSourceDir,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: true, target: 'chrome120', modulePreload: { polyfill: false }, reportCompressedSize: false },
  });
}

export interface BareReactPage {
  readonly page: Page;
  /** Loads the page afresh: ms from navigation start to its button painted. */
  navigate(): Promise<number>;
  /** Taps its button: ms from the tap to the frame painted with the new label. */
  tap(): Promise<number>;
  close(): Promise<void>;
}

export async function openBareReactPage(): Promise<BareReactPage> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-bench-bare-react-'));
  await buildBareReactPage(dir);
  const browser = await launchHeadlessChromium();
  // The same context options as the browser shell's kiosk context.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block', hasTouch: true, locale: 'en-US' });
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await serveDirectory(context, bareReactOrigin, dir);
  const page = await context.newPage();
  await installInteractiveProbe(page, 'button');
  let probed = false;
  return {
    page,
    navigate: async () => {
      probed = false;
      await settle(page);
      return navigateAndTimeInteractive(page, `${bareReactOrigin}/`);
    },
    tap: async () => {
      if (!probed) await installTapProbe(page, "document.querySelector('button')?.textContent");
      probed = true;
      const tap = await tapAndTime(page, 'button');
      if (!tap.changed) throw new Error('Tapping the bare React page changed nothing');
      return tap.ms;
    },
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
