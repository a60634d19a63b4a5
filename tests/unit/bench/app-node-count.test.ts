/**
 * The soak's DOM-node count, in a real Chromium: what a leaked screen looks like (a detached tree
 * something still holds) is counted; the Attr nodes a script makes by reading an element's
 * attributes (as Playwright's action log does) are not, though Memory.getDOMCounters counts them.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';
import { countAppNodes } from '../../../bench/soak/app-node-count.ts';

let browser: Browser;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  browser = await launchHeadlessChromium(['--js-flags=--expose-gc']);
  page = await browser.newPage();
  cdp = await page.context().newCDPSession(page);
  await page.setContent('<main data-screen="attract" class="app"><p>Welcome</p><p>Tap to start</p></main>');
});

afterAll(async () => {
  await browser.close();
});

async function allNodes(): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Memory.getDOMCounters')).nodes;
}

describe('countAppNodes', () => {
  it('counts every node of the live document, and nothing detached', async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    // The document node, <html>, <head>, <body>, <main>, two <p> and their two texts.
    expect(await countAppNodes(cdp)).toEqual({ documentNodes: 9, detachedNodes: 0 });
  });

  it('counts a screen taken out of the document but still held, until it is let go', async () => {
    await page.evaluate(() => {
      const screen = document.createElement('section');
      screen.innerHTML = '<h1>Result</h1><p>Seen by a therapist</p>';
      document.body.append(screen);
      screen.remove();
      (window as { leaked?: Element }).leaked = screen;
    });
    await cdp.send('HeapProfiler.collectGarbage');
    // <section>, <h1>, its text, <p>, its text.
    expect(await countAppNodes(cdp)).toEqual({ documentNodes: 9, detachedNodes: 5 });
    await page.evaluate(() => delete (window as { leaked?: Element }).leaked);
    await cdp.send('HeapProfiler.collectGarbage');
    expect(await countAppNodes(cdp)).toEqual({ documentNodes: 9, detachedNodes: 0 });
  });

  it("leaves out the Attr nodes that reading an element's attributes makes, which Memory.getDOMCounters counts", async () => {
    const before = await allNodes();
    await page.evaluate(() => [...(document.querySelector('main') as Element).attributes].map((attribute) => attribute.name));
    expect(await allNodes()).toBe(before + 2);
    expect(await countAppNodes(cdp)).toEqual({ documentNodes: 9, detachedNodes: 0 });
  });
});
