/**
 * "Tap → painted" the same way for the kiosk and its baseline: a capture-phase click listener
 * notes the tap's event time, then requestAnimationFrame and a task after it mark the first frame
 * painted after the tap, with whether the page's state (a snapshot expression) changed.
 *
 * The page reports each tap as a console message: polling for it with Playwright's
 * waitForFunction would run Playwright's predicate on every frame of the tap being timed.
 */
import type { ConsoleMessage, Page } from 'playwright-core';

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

function nextTap(page: Page, timeoutMs = 15_000): Promise<{ ms: number; changed: boolean }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('console', onConsole);
      reject(new Error(`No tap was reported by ${page.url()} within ${timeoutMs} ms`));
    }, timeoutMs);
    function onConsole(message: ConsoleMessage) {
      const [tag, ms, changed] = message.text().split(' ');
      if (tag !== tapTag) return;
      clearTimeout(timer);
      page.off('console', onConsole);
      resolve({ ms: Number(ms), changed: changed === 'true' });
    }
    page.on('console', onConsole);
  });
}

/** Taps the first match of `selector` and returns the probe's record of that tap. */
export async function tapAndTime(page: Page, selector: string): Promise<{ ms: number; changed: boolean }> {
  const tap = nextTap(page);
  void tap.catch(() => undefined); // awaited below; if the click throws first, its timeout must not go unhandled
  await page.locator(selector).first().click();
  return tap;
}
