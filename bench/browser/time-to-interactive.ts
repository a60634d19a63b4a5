/**
 * "Interactive" the same way for every page the bench loads (the kiosk and its baselines): the
 * time from navigation start (the document's performance time origin) until the element a
 * patient would tap is in the DOM and a frame has been painted with it.
 */
import type { Page } from 'playwright-core';

/**
 * A string, not a function: tsx rewrites named functions with helpers that do not exist in the
 * page. Runs before any page script, in every document the page loads.
 */
function probeScript(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  // After the next paint: rAF runs just before the frame, the task after it once it is out.
  const record = () => requestAnimationFrame(() => setTimeout(() => { window.__benchInteractiveMs = performance.now(); }, 0));
  if (document.querySelector(selector)) return record();
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    record();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/** Watches for `selector` in every document `page` loads from now on. Install once per page. */
export async function installInteractiveProbe(page: Page, selector: string): Promise<void> {
  await page.addInitScript({ content: probeScript(selector) });
}

/** Navigates to `url` and returns ms from navigation start to the probed element painted. */
export async function navigateAndTimeInteractive(page: Page, url: string, timeoutMs = 15_000): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  return readInteractiveMs(page, timeoutMs);
}

/**
 * Waits for the probe in the page's current document and returns its time (ms from navigation
 * start). For pages navigated some other way, e.g. the browser shell's own fresh-page path.
 */
export async function readInteractiveMs(page: Page, timeoutMs = 15_000): Promise<number> {
  // A function, not a string: the kiosk's CSP forbids eval, and strings are evaluated with it.
  const handle = await page.waitForFunction(() => (window as unknown as { __benchInteractiveMs?: number }).__benchInteractiveMs ?? null, undefined, {
    timeout: timeoutMs,
    polling: 50,
  });
  const ms: unknown = await handle.jsonValue();
  if (typeof ms !== 'number') throw new Error(`No interactive time was recorded for ${page.url()}`);
  return Math.round(ms * 10) / 10;
}
