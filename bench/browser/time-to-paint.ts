/**
 * "Tap → painted" the same way for the kiosk and its baseline: a capture-phase click listener
 * notes the tap's event time, then requestAnimationFrame and a task after it mark the first frame
 * painted after the tap, with whether the page's state (a snapshot expression) changed.
 */
import type { Page } from 'playwright-core';

/**
 * A string, so the bench's TypeScript transform adds no helpers the page does not have.
 * `snapshot` is a JavaScript expression evaluated in the page before and after each tap.
 */
function tapProbe(snapshot: string): string {
  return `(() => {
  window.benchTaps = [];
  const snapshot = () => ${snapshot};
  document.addEventListener('click', (event) => {
    const before = snapshot();
    requestAnimationFrame(() => {
      // The task queued from the frame's rAF callback runs once that frame has been painted.
      setTimeout(() => {
        window.benchTaps.push({ ms: performance.now() - event.timeStamp, changed: snapshot() !== before });
      }, 0);
    });
  }, { capture: true });
})()`;
}

/** Installs the probe in the page's current document (again after each navigation). */
export async function installTapProbe(page: Page, snapshot: string): Promise<void> {
  await page.evaluate(tapProbe(snapshot));
}

/** Taps the first match of `selector` and returns the probe's record of that tap. */
export async function tapAndTime(page: Page, selector: string): Promise<{ ms: number; changed: boolean }> {
  const count = await page.evaluate(() => (window as unknown as { benchTaps: unknown[] }).benchTaps.length);
  await page.locator(selector).first().click();
  await page.waitForFunction((n) => (window as unknown as { benchTaps: unknown[] }).benchTaps.length > n, count);
  return page.evaluate((n) => (window as unknown as { benchTaps: { ms: number; changed: boolean }[] }).benchTaps[n] as { ms: number; changed: boolean }, count);
}
