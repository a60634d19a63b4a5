/**
 * The kiosk never breaks its own Content-Security-Policy. A broken rule is either an attack or
 * the kiosk's own code reaching for something the policy forbids (a library probing `eval`, an
 * inline style), and reports of the second kind would hide the first. Every violation is caught
 * by the page's own `securitypolicyviolation` event, through a whole session (a red flag, a
 * printed summary), every staff tab, and IT's first-PIN setup.
 */
import type { Page } from '@playwright/test';
import type { BrowserShell } from '../../electron/browser-shell/browser-shell.ts';
import { expect, test } from './support/kiosk-fixture.ts';
import { enterStaffMode, openTab, tapPin } from './support/staff-helpers.ts';

interface ViolationLog {
  __cspViolations?: string[];
}

/** Records every policy violation from before the app's first script, reloading the kiosk to start. */
async function recordViolations(page: Page, shell: BrowserShell): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as ViolationLog).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} in ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  await shell.reload();
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as ViolationLog).__cspViolations ?? ['the listener is missing']);
}

test("a whole session and every staff tab break no rule of the page's Content-Security-Policy", async ({ page, shell, kiosk }) => {
  await recordViolations(page, shell);

  await kiosk.start({ screening: { 'safety-fever': 'yes' } });
  await kiosk.answerAll({ where: ['neck'], hurts: 'yes', 'pain-score': 6 });
  await page.getByRole('button', { name: /show my result/i }).click();
  await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'I am done' }).click();
  await page.getByRole('button', { name: 'Start over now' }).click();
  await kiosk.expectScreen('attract');

  await enterStaffMode(page);
  for (const tab of ['kiosk', 'printer', 'settings', 'counts', 'pin'] as const) await openTab(page, tab);
  expect(await violations(page)).toEqual([]);

  // The check sees a violation: an inline script planted in the page is blocked and reported
  // (once by each copy of the policy: the response header and the page's meta tag).
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'void 0' })));
  await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
});

test.describe('a kiosk where IT allowed the first PIN with a setup code', () => {
  const setupCode = '40817263';
  test.use({ staffPin: null, provisioning: { setupCode } });

  test("setting the first PIN breaks no rule of the page's Content-Security-Policy", async ({ page, shell }) => {
    await recordViolations(page, shell);
    await expect(page.getByRole('heading', { name: 'Staff setup needed' })).toBeVisible();
    await page.keyboard.press('Control+Alt+KeyS');
    const dialog = page.getByTestId('first-pin-dialog');
    await tapPin(dialog, setupCode);
    await tapPin(dialog, '1357');
    await tapPin(dialog, '1357');
    await expect(page.getByRole('heading', { name: 'Staff mode' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
