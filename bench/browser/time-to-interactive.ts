/**
 * "Interactive" the same way for every page the bench loads (the kiosk and its baselines): the
 * time from navigation start (the document's performance time origin) until the element a
 * patient would tap is in the DOM and a frame has been painted with its label readable, that is
 * with the font the label is set in loaded. A page that sets text in a web font with
 * `font-display: block` (the kiosk does, to avoid a jump from a fallback face) paints its
 * buttons empty until the font arrives; those frames do not count.
 *
 * The page reports the time itself, as a console message. Waiting for it with Playwright
 * (waitForFunction) would put Playwright's own injected script, about 130 ms of compile on a
 * 4x-throttled main thread, into the very load being timed, and more so the later the page paints.
 */
import type { Page } from 'playwright-core';
import { z } from 'zod';
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
  const afterPaint = (then) => requestAnimationFrame(() => setTimeout(then, 0));
  const report = () => console.debug(${JSON.stringify(interactiveTag)} + ' ' + performance.now());
  // Once painted, the label's font: loaded, or the frame showed an empty button. Its style is
  // computed by now (the frame needed it), so reading it forces no work into the load.
  const record = () => afterPaint(() => {
    const element = document.querySelector(selector);
    if (!element) return report();
    // Built from its parts: the computed \`font\` shorthand is empty when a longhand it cannot express is set (font-variant-numeric, say).
    const style = getComputedStyle(element);
    const font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(' ');
    const text = element.textContent || ' ';
    if (document.fonts.check(font, text)) return report();
    document.fonts.load(font, text).catch(() => undefined).then(() => afterPaint(report));
  });
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
 * The probe's next report from `page`: ms from navigation start to the probed element painted
 * with its label readable.
 * Call it before the navigation it is to time, then await it.
 */
export function nextInteractiveMs(page: Page, timeoutMs = 15_000): Promise<number> {
  return nextProbeReport(page, interactiveTag, ([ms]) => Math.round(Number(ms) * 10) / 10, timeoutMs);
}

/**
 * Waits until `page` has had no long task for `quietMs`: what the last load started after it was
 * interactive (the kiosk fetches and evaluates its staff screens once idle) is done. A timed
 * navigation then measures its own load, not the old document finishing its work on the same
 * main thread, as a kiosk reloading after a crash or an idle spell would. Every page the bench
 * times is settled the same way before it navigates.
 */
export async function settle(page: Page, quietMs = 500, timeoutMs = 10_000): Promise<void> {
  // A string, as above: the page has none of tsx's helpers.
  await page.evaluate(`new Promise((resolve) => {
  const giveUpAt = performance.now() + ${timeoutMs};
  let timer = 0;
  const observer = new PerformanceObserver(() => { if (performance.now() < giveUpAt) quiet(); });
  function quiet() {
    clearTimeout(timer);
    timer = setTimeout(() => { observer.disconnect(); resolve(); }, ${quietMs});
  }
  observer.observe({ type: 'longtask' });
  quiet();
})`);
}

/**
 * Chromium's first-contentful-paint of `page`'s current document, in ms from navigation start: the
 * first frame with content that reached the screen. It says nothing of readability (a label still
 * waiting for its web font counts, as a test shows), so it stands beside the probe, not for it.
 * It comes after the frame the probe reports, by the compositor's own work: with this machine's
 * software compositing (`--disable-gpu`) a finished frame waits for the next vsync and a draw of
 * the whole screen. Read after the load has been timed: it runs Playwright's script in the page.
 */
export async function firstContentfulPaintMs(page: Page, timeoutMs = 5_000): Promise<number> {
  // A string, as above.
  const ms: unknown = await page.evaluate(`new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no first-contentful-paint within ${timeoutMs} ms')), ${timeoutMs});
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (!entry) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve(entry.startTime);
  }).observe({ type: 'paint', buffered: true });
})`);
  return Math.round(z.number().nonnegative().parse(ms) * 10) / 10;
}

/** Navigates to `url` and returns ms from navigation start to the probed element painted, its label readable. */
export async function navigateAndTimeInteractive(page: Page, url: string, timeoutMs = 15_000): Promise<number> {
  const interactive = nextInteractiveMs(page, timeoutMs);
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  return interactive;
}
