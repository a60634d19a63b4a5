/**
 * "Interactive" the same way for every page the bench loads (the kiosk and its baselines): the
 * time from navigation start (the document's performance time origin) until the element a
 * patient would tap is in the DOM and a frame has been painted with it.
 *
 * The page reports the time itself, as a console message. Waiting for it with Playwright
 * (waitForFunction) would put Playwright's own injected script, about 130 ms of compile on a
 * 4x-throttled main thread, into the very load being timed, and more so the later the page paints.
 */
import type { Page } from 'playwright-core';
import { nextProbeReport } from './probe-report.ts';

const interactiveTag = 'backtalk-bench:interactive';

/**
 * A string, not a function: tsx rewrites named functions with helpers that do not exist in the
 * page. Runs before any page script, in every document the page loads.
 */
function probeScript(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  // After the next paint: rAF runs just before the frame, the task after it once it is out.
  const record = () => requestAnimationFrame(() => setTimeout(() => console.debug(${JSON.stringify(interactiveTag)} + ' ' + performance.now()), 0));
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

/**
 * The probe's next report from `page`: ms from navigation start to the probed element painted.
 * Call it before the navigation it is to time, then await it.
 */
export function nextInteractiveMs(page: Page, timeoutMs = 15_000): Promise<number> {
  return nextProbeReport(page, interactiveTag, ([ms]) => Math.round(Number(ms) * 10) / 10, timeoutMs);
}

/** Navigates to `url` and returns ms from navigation start to the probed element painted. */
export async function navigateAndTimeInteractive(page: Page, url: string, timeoutMs = 15_000): Promise<number> {
  const interactive = nextInteractiveMs(page, timeoutMs);
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  return interactive;
}
