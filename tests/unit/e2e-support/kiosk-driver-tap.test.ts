/**
 * The kiosk driver taps where a finger lands, without Playwright's actionability checks (they
 * cost more than the tap). These pages show it still taps only what a patient could: a button
 * out of view is scrolled to first, one half under a bar is scrolled clear, and one under a
 * dialog is not tapped through: the tap fails, and the dialog gets nothing. The scripts run the
 * driver under tsx, whose output differs from vitest's: a tap works there too.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';
import { KioskDriver } from '../../../electron/browser-shell/kiosk-driver/kiosk-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchHeadlessChromium();
});
afterAll(async () => {
  await browser.close();
});

/** A page like a kiosk screen: a scrolling body of tall rows, a bar over its top, and a footer with the main action. */
async function screenPage(extra = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 800, height: 480 } });
  await page.setContent(`<!doctype html>
    <style>
      body { margin: 0; }
      .screen__body { height: 380px; overflow: auto; position: relative; }
      .row { height: 200px; }
      .bar { position: sticky; top: 0; height: 90px; background: #eee; z-index: 1; }
      .screen__footer { height: 100px; }
      .screen__footer button { width: 300px; height: 80px; }
    </style>
    <div class="screen__body">
      <div class="bar">Question</div>
      <div class="row"></div><div class="row"></div><div class="row"></div>
      <div class="screen__footer"><button class="button--primary">Next</button></div>
      <div class="row"></div><div class="row"></div>
    </div>
    ${extra}
    <script>
      window.taps = [];
      document.addEventListener('click', (event) => window.taps.push(event.target.textContent || event.target.className));
    </script>`);
  return page;
}

const taps = (page: Page) => page.evaluate(() => (window as unknown as { taps: string[] }).taps);

it('scrolls a button out of view into view, then taps it once', async () => {
  const page = await screenPage();
  await new KioskDriver(page).next();
  expect(await taps(page)).toEqual(['Next']);
  expect(await page.locator('.screen__body').evaluate((body) => body.scrollTop)).toBeGreaterThan(0);
  await page.close();
});

it('scrolls a button half under a bar clear of it before tapping', async () => {
  const page = await screenPage();
  // The button scrolled up until its middle is under the sticky bar.
  await page.locator('.screen__body').evaluate((body) => {
    const button = body.querySelector('button') as HTMLElement;
    body.scrollTop = button.offsetTop + button.offsetHeight / 2 - 45;
  });
  const covered = await page.evaluate(() => {
    const box = document.querySelector('button')?.getBoundingClientRect();
    return box ? document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.className : null;
  });
  expect(covered, 'the setup puts the bar over the button’s middle').toBe('bar');
  await new KioskDriver(page).next();
  expect(await taps(page)).toEqual(['Next']);
  await page.close();
});

it('does not tap through a dialog over the button: the tap fails and the dialog gets nothing', async () => {
  const page = await screenPage('<div class="dialog" style="position: fixed; inset: 0; background: rgb(0 0 0 / 0.5); z-index: 2"></div>');
  await expect(new KioskDriver(page, { stepTimeoutMs: 1500 }).next()).rejects.toThrow(/intercepts pointer events/);
  expect(await taps(page)).toEqual([]);
  await page.close();
});

it('taps under tsx too, which runs the screenshot script, the soak and the bench (its helpers never reach the page)', () => {
  const child = fileURLToPath(new URL('kiosk-driver-tap-child.ts', import.meta.url));
  const result = spawnSync('npx', ['tsx', child], { cwd: fileURLToPath(new URL('../../..', import.meta.url)), encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).not.toMatch(/is not defined/);
  expect(result.stdout.trim()).toBe('["Neck","Next"]');
});

it('a second tap on a chosen multiple-choice tile unchooses it, and the driver waits for that', async () => {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html>
    <div class="tiles"><button class="tile tile--toggle" data-code="neck" aria-pressed="false">Neck</button></div>
    <script>
      const tile = document.querySelector('.tile');
      // Like the kiosk: the screen shows the new state a moment after the tap.
      tile.addEventListener('click', () => setTimeout(() => tile.setAttribute('aria-pressed', String(tile.getAttribute('aria-pressed') !== 'true')), 100));
    </script>`);
  const kiosk = new KioskDriver(page, { stepTimeoutMs: 2000 });
  await kiosk.answer(['neck']);
  expect(await page.locator('.tile').getAttribute('aria-pressed')).toBe('true');
  await kiosk.answer(['neck']);
  expect(await page.locator('.tile').getAttribute('aria-pressed')).toBe('false');
  await page.close();
});
