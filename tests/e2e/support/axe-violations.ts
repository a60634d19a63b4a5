/**
 * axe-core, run in the kiosk page: WCAG 2.2 A/AA and the AAA contrast rule (7:1), which every
 * palette must meet.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

const axeOptions: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa'] },
  // The one rule left out, on purpose: the product forbids pinch zoom on the kiosk (a pinch
  // would strand the next patient in a zoomed page), and the header's text-size button is the
  // way to make everything larger instead. Every other WCAG A/AA/AAA rule axe has runs.
  rules: { 'meta-viewport': { enabled: false } },
  resultTypes: ['violations'],
};

/**
 * Putting axe in (about 500 KB evaluated at once) and a run over a full screen block the page for
 * seconds on a loaded 2-core machine. With the kiosk's own 1 s heartbeat the watchdog took that
 * for a hung page and killed it ("Target crashed"), so a test that runs axe gives it a minute
 * (the fixture's `rendererHangTimeoutMs`).
 */
export const axeRendererHangTimeoutMs = 60_000;

/**
 * The axe violations on the screen as it is now. The kiosk is one page for a whole session, so axe
 * is put in once per page load and then run on each screen: a wrapper that injects it on every
 * call spent about four fifths of each check re-injecting it. (The page's CSP does not apply:
 * this is the test's own DevTools-protocol evaluation, not a script the page loads.)
 */
export async function axeViolationsOn(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options).then((results) => results.violations),
    axeOptions,
  );
  return violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
}
