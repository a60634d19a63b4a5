/**
 * axe-core on what the screen tour does not reach: that the check reports what it finds, and the
 * failed-slip states of a red flag. Every patient screen in both languages and every display mode
 * is checked by patient-screen-audit.e2e.ts.
 */
import { languages } from '../../shared/questionnaire/questionnaire-types.ts';
import { expect, test } from './support/kiosk-fixture.ts';
import { axeRendererHangTimeoutMs, axeViolationsOn } from './support/axe-violations.ts';

const idleSeconds = 30;
test.use({
  kioskSettings: { printMode: 'ask', idleSeconds, thankYouSeconds: 120 },
  rendererHangTimeoutMs: axeRendererHangTimeoutMs,
});
test.describe.configure({ timeout: 240_000 });

test('the check sees a violation: a nameless button planted on the welcome is reported', async ({ page, kiosk }) => {
  await kiosk.expectScreen('attract');
  expect(await axeViolationsOn(page)).toEqual([]);
  await page.evaluate(() => document.querySelector('[data-screen]')?.append(Object.assign(document.createElement('button'), { className: 'planted' })));
  expect((await axeViolationsOn(page)).map((violation) => violation.rule)).toContain('button-name');
});

test.describe('a red flag whose urgent slip could not print', () => {
  // A queue that does not exist: the slip fails at once, so the failure states are on screen.
  test.use({ kioskSettings: { printMode: 'ask', idleSeconds, thankYouSeconds: 120, alertPrinter: 'NoSuchAlertQueue' } });
  for (const language of languages) {
    test(`no axe violations with the failed-slip alert and the Staff needed band: ${language}`, async ({ page, kiosk, shell }) => {
      // As in the screen tour: the page's clock is installed, so a long axe run does not let the
      // patient's idle timers run out mid-check.
      await page.clock.install();
      await shell.reload();
      if (language !== 'en') await page.locator(`.language-switch button[lang="${language}"]`).first().click();
      const found: Record<string, unknown> = {};
      await kiosk.start({
        screening: { 'safety-weakness-walking': 'unsure' },
        onAlert: async () => {
          await expect(page.getByTestId('alert-slip-failed')).toBeVisible();
          const violations = await axeViolationsOn(page);
          if (violations.length > 0) found['front-desk-alert'] = violations;
        },
      });
      await kiosk.answerAll({ where: ['neck'] });
      await expect(page.getByTestId('slip-failed')).toBeVisible();
      const onReview = await axeViolationsOn(page);
      if (onReview.length > 0) found['review-with-band'] = onReview;
      expect(found).toEqual({});
    });
  }
});
