/**
 * axe-core on every patient screen (every question, the alert, review, "still there?", result,
 * thank-you) in English and Spanish, in the default look, both larger text steps and high
 * contrast. Besides WCAG 2.2 A/AA, the AAA contrast rule (7:1) runs too: every palette must meet it.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { languages } from '../../shared/questionnaire/questionnaire-types.ts';
import { expect, test } from './support/kiosk-fixture.ts';
import { displayModeNames } from '../../electron/browser-shell/kiosk-driver/kiosk-driver.ts';
import { tourPatientScreens } from '../../electron/browser-shell/kiosk-driver/patient-tour.ts';

const idleSeconds = 30;
test.use({
  kioskSettings: { printMode: 'ask', idleSeconds, thankYouSeconds: 120 },
  // Putting axe in (about 500 KB evaluated at once) and a run over a full screen block the page
  // for seconds on a loaded 2-core machine. With the kiosk's own 1 s heartbeat the watchdog took
  // that for a hung page and killed it ("Target crashed"), so these tests give it a minute.
  rendererHangTimeoutMs: 60_000,
});
test.describe.configure({ timeout: 240_000 });

const axeOptions: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa'] },
  // The one rule left out, on purpose: the product forbids pinch zoom on the kiosk (a pinch
  // would strand the next patient in a zoomed page), and the header's text-size button is the
  // way to make everything larger instead. Every other WCAG A/AA/AAA rule axe has runs.
  rules: { 'meta-viewport': { enabled: false } },
  resultTypes: ['violations'],
};

/**
 * axe-core, run in the kiosk page. The kiosk is one page for a whole session, so axe is put in
 * once per page load and then run on each screen: a wrapper that injects it on every call spent
 * about four fifths of each check re-injecting it. (The page's CSP does not apply: this is the
 * test's own DevTools-protocol evaluation, not a script the page loads.)
 */
async function violationsOn(page: Page) {
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

test('the check sees a violation: a nameless button planted on the welcome is reported', async ({ page, kiosk }) => {
  await kiosk.expectScreen('attract');
  expect(await violationsOn(page)).toEqual([]);
  await page.evaluate(() => document.querySelector('[data-screen]')?.append(Object.assign(document.createElement('button'), { className: 'planted' })));
  expect((await violationsOn(page)).map((violation) => violation.rule)).toContain('button-name');
});

test.describe('a red flag whose urgent slip could not print', () => {
  // A queue that does not exist: the slip fails at once, so the failure states are on screen.
  test.use({ kioskSettings: { printMode: 'ask', idleSeconds, thankYouSeconds: 120, alertPrinter: 'NoSuchAlertQueue' } });
  for (const language of languages) {
    test(`no axe violations with the failed-slip alert and the Staff needed band: ${language}`, async ({ page, kiosk, shell }) => {
      // As in the tour below: the page's clock is installed, so a long axe run does not let the
      // patient's idle timers run out mid-check.
      await page.clock.install();
      await shell.reload();
      if (language !== 'en') await page.locator(`.language-switch button[lang="${language}"]`).first().click();
      const found: Record<string, unknown> = {};
      await kiosk.start({
        screening: { 'safety-weakness-walking': 'unsure' },
        onAlert: async () => {
          await expect(page.getByTestId('alert-slip-failed')).toBeVisible();
          const violations = await violationsOn(page);
          if (violations.length > 0) found['front-desk-alert'] = violations;
        },
      });
      await kiosk.answerAll({ where: ['neck'] });
      await expect(page.getByTestId('slip-failed')).toBeVisible();
      const onReview = await violationsOn(page);
      if (onReview.length > 0) found['review-with-band'] = onReview;
      expect(found).toEqual({});
    });
  }
});

for (const language of languages) {
  for (const mode of displayModeNames) {
    test(`no axe violations on any screen: ${language}, ${mode}`, async ({ page, shell }) => {
      await page.clock.install();
      await shell.reload();
      const found: Record<string, unknown> = {};
      const visited: string[] = [];
      await tourPatientScreens(page, {
        language,
        mode,
        idleSeconds,
        visit: async (screen) => {
          visited.push(screen);
          const violations = await violationsOn(page);
          if (violations.length > 0) found[screen] = violations;
        },
      });
      expect(visited).toEqual(
        expect.arrayContaining([
          'attract',
          'privacy',
          'question-where',
          'question-pain-score',
          'question-hypermobility-hands-floor',
          'front-desk-alert',
          'review',
          'still-there',
          'result',
          'thank-you',
        ]),
      );
      expect(found).toEqual({});
    });
  }
}
