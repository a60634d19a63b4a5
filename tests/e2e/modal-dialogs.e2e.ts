/**
 * Every dialog is modal for real: while it is open, the screen behind takes no tap and no focus
 * (Tab never reaches it, nor a script's focus()), and Escape does the dialog's own cancel action.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/kiosk-fixture.ts';
import { enterStaffMode, openPinPadByShortcut, openTab, pinDialog } from './support/staff-helpers.ts';

/** Where focus is: inside the dialog, nowhere (the browser's own UI, between rounds of Tab), or on the page behind. */
async function focusPlace(dialog: Locator): Promise<string> {
  return dialog.evaluate((element) => {
    const active = document.activeElement;
    if (active && element.contains(active)) return 'dialog';
    if (!active || active === document.body) return 'nowhere';
    return `behind: ${active.tagName.toLowerCase()} "${(active.textContent ?? '').trim().slice(0, 30)}"`;
  });
}

/** The screen behind `dialog` cannot be tapped or focused, by Tab, Shift+Tab or script. */
async function expectOnlyDialogReachable(page: Page, dialog: Locator, behind: Locator): Promise<void> {
  await expect(dialog).toBeVisible();
  await expect(behind).toBeVisible();
  await expect(behind.click({ timeout: 1500 })).rejects.toThrow();
  await behind.evaluate((element) => (element as HTMLElement).focus());
  expect(await focusPlace(dialog)).not.toMatch(/^behind/);
  const places = new Set<string>();
  for (let i = 0; i < 24; i++) {
    await page.keyboard.press('Tab');
    places.add(await focusPlace(dialog));
  }
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Shift+Tab');
    places.add(await focusPlace(dialog));
  }
  expect([...places].filter((place) => place.startsWith('behind'))).toEqual([]);
  expect(places).toContain('dialog');
}

test('the staff PIN pad over the welcome: the welcome takes no tap or focus; Escape closes the pad', async ({ page, kiosk }) => {
  await kiosk.expectScreen('attract');
  await openPinPadByShortcut(page);
  await expectOnlyDialogReachable(page, pinDialog(page), page.locator('.attract__start').first());
  await page.keyboard.press('Escape');
  await expect(pinDialog(page)).toHaveCount(0);
  await page.locator('.attract__start').first().click();
  await kiosk.expectScreen('privacy');
});

test.describe('still there?', () => {
  const idleSeconds = 30;
  // The longest countdown the settings allow: the page clock keeps running while the test presses
  // Tab 30 times, and on a busy machine that can outlast the default 20 s.
  test.use({ kioskSettings: { idleSeconds, idleCountdownSeconds: 120 } });

  test('"Are you still there?": the question behind takes no tap or focus; Escape means "I am still here"', async ({ page, kiosk, shell }) => {
    await page.clock.install();
    await shell.reload();
    await kiosk.start();
    await kiosk.answer(['neck']);
    await page.clock.fastForward(idleSeconds * 1000 + 500);
    const dialog = page.getByRole('alertdialog');
    // On a busy machine the answer's tap can reach the page after the jump and start the idle
    // time again: keep moving the clock until the question comes (the idle length itself is
    // checked to the second in patient-flow.e2e.ts).
    await expect
      .poll(async () => {
        if ((await dialog.count()) === 0) await page.clock.fastForward(5_000);
        return dialog.count();
      })
      .toBe(1);
    await expect(dialog).toContainText('Are you still there?');
    await expectOnlyDialogReachable(page, dialog, page.locator('.tile[data-code="lower-back"]'));
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // Nothing was wiped: the same question, the same answer.
    await expect(page.locator('.tile[data-code="neck"]')).toHaveAttribute('aria-pressed', 'true');
  });
});

test('the on-screen keyboard: the settings behind take no tap or focus; Escape cancels the edit', async ({ page }) => {
  await enterStaffMode(page);
  await openTab(page, 'settings');
  await page.locator('[data-setting="clinicName"]').getByRole('button', { name: 'Change' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clinic name' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expectOnlyDialogReachable(page, dialog, page.locator('[data-setting="clinicPhone"]').getByRole('button', { name: 'Change' }));
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('value-clinicName')).toHaveText('Riverside Physical Therapy');
});

test('"Close Backtalk now?": staff mode behind takes no tap or focus; Escape means "No"', async ({ page, shell }) => {
  await enterStaffMode(page);
  await page.getByRole('button', { name: 'Exit kiosk' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Close Backtalk now?');
  // The safe answer has the focus.
  await expect(dialog.getByRole('button', { name: 'No, stay' })).toBeFocused();
  await expectOnlyDialogReachable(page, dialog, page.getByRole('button', { name: 'Close staff mode' }));
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(shell.browser.isConnected()).toBe(true);
  await expect(page.getByRole('heading', { name: 'Staff mode' })).toBeVisible();
});
