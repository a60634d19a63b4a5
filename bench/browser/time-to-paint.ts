/**
 * "Tap → painted" the same way for the kiosk and its baseline: a capture-phase click listener
 * notes the tap's event time, then requestAnimationFrame and a task after it mark the first frame
 * painted after the tap, with whether the page's state (a snapshot expression) changed.
 *
 * The page reports each tap as a console message: polling for it with Playwright's
 * waitForFunction would run Playwright's predicate on every frame of the tap being timed.
 */
import type { Page } from 'playwright-core';
import { nextProbeReport } from './probe-report.ts';

const tapTag = 'backtalk-bench:tap';

/**
 * A string, so the bench's TypeScript transform adds no helpers the page does not have.
 * `snapshot` is a JavaScript expression evaluated in the page before and after each tap.
 */
function tapProbe(snapshot: string): string {
  return `(() => {
  const snapshot = () => ${snapshot};
  document.addEventListener('click', (event) => {
    const before = snapshot();
    requestAnimationFrame(() => {
      // The task queued from the frame's rAF callback runs once that frame has been painted.
      setTimeout(() => {
        const ms = performance.now() - event.timeStamp;
        console.debug(${JSON.stringify(tapTag)} + ' ' + ms + ' ' + (snapshot() !== before));
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
  const tap = nextProbeReport(page, tapTag, ([ms, changed]) => ({ ms: Number(ms), changed: changed === 'true' }));
  await page.locator(selector).first().click();
  return tap;
}
