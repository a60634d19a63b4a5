/**
 * The bench's "interactive" probe, in a real Chromium: a button counts once a frame shows its
 * label, so a label set in a web font with `font-display: block` counts only once the font has
 * arrived (until then Chromium paints the button empty), and a label in a system font at once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';
import { firstContentfulPaintMs, installInteractiveProbe, navigateAndTimeInteractive } from '../../../bench/browser/time-to-interactive.ts';

const origin = 'https://probe.bench.invalid';
const fontDelayMs = 1_500;
const font = readFileSync(createRequire(import.meta.url).resolve('@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2'));

const pages: Record<string, string> = {
  '/web-font.html': `<style>@font-face { font-family: Slow; font-display: block; src: url(/slow.woff2) format('woff2'); }
    button { font: 24px Slow, sans-serif; }</style><button>Start</button>`,
  '/system-font.html': `<style>button { font: 24px sans-serif; }</style><button>Start</button>`,
  // The button comes later, from a script, as in a React page.
  '/scripted.html': `<script>setTimeout(() => document.body.append(Object.assign(document.createElement('button'), { textContent: 'Start' })), 300)</script>`,
  '/scripted-late.html': `<script>setTimeout(() => document.body.append(Object.assign(document.createElement('button'), { textContent: 'Start' })), ${fontDelayMs})</script>`,
};

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchHeadlessChromium();
  context = await browser.newContext();
  await context.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/slow.woff2') {
      await new Promise((resolve) => setTimeout(resolve, fontDelayMs));
      return route.fulfill({ status: 200, body: font, headers: { 'Content-Type': 'font/woff2', 'Cache-Control': 'no-store' } });
    }
    const html = pages[pathname];
    return html ? route.fulfill({ status: 200, body: `<!doctype html><html><body>${html}</body></html>`, contentType: 'text/html' }) : route.abort();
  });
  page = await context.newPage();
  await installInteractiveProbe(page, 'button');
});

afterAll(async () => {
  await browser.close();
});

describe('the interactive probe', () => {
  it("waits for the web font a button's label is set in: the frames before it show an empty button", async () => {
    const ms = await navigateAndTimeInteractive(page, `${origin}/web-font.html`);
    expect(ms).toBeGreaterThanOrEqual(fontDelayMs);
    expect(await page.evaluate(() => document.fonts.check('24px Slow', 'Start'))).toBe(true);
  });

  it('reports a label in a system font without waiting', async () => {
    const ms = await navigateAndTimeInteractive(page, `${origin}/system-font.html`);
    expect(ms).toBeLessThan(fontDelayMs);
  });

  it('waits for a button a script adds later', async () => {
    const ms = await navigateAndTimeInteractive(page, `${origin}/scripted.html`);
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(ms).toBeLessThan(fontDelayMs);
  });
});

describe("the page's first-contentful-paint, read after the probe", () => {
  it('comes no sooner than the content: a button a script adds after 300 ms', async () => {
    const probed = await navigateAndTimeInteractive(page, `${origin}/scripted.html`);
    const painted = await firstContentfulPaintMs(page);
    expect(painted).toBeGreaterThanOrEqual(300);
    expect(painted).toBeLessThan(probed + fontDelayMs);
  });

  it('counts a label still invisible for want of its web font, which the probe does not: it is no readability measure', async () => {
    const probed = await navigateAndTimeInteractive(page, `${origin}/web-font.html`);
    expect(probed).toBeGreaterThanOrEqual(fontDelayMs);
    expect(await firstContentfulPaintMs(page)).toBeLessThan(fontDelayMs);
  });

  it('is of the document now loaded, not an earlier one', async () => {
    await navigateAndTimeInteractive(page, `${origin}/scripted-late.html`);
    expect(await firstContentfulPaintMs(page)).toBeGreaterThanOrEqual(fontDelayMs);
    await navigateAndTimeInteractive(page, `${origin}/system-font.html`);
    expect(await firstContentfulPaintMs(page)).toBeLessThan(fontDelayMs);
  });
});
