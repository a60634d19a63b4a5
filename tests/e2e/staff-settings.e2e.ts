import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Page } from '@playwright/test';
import { startBrowserShell, type BrowserShell } from '../../electron/browser-shell/browser-shell.ts';
import { createStreamLogger } from '../../electron/core/logging/logger.ts';
import { cancelAllJobs } from '../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { expect, rendererDir, test } from './support/kiosk-fixture.ts';
import { closeStaffMode, enterStaffMode, openTab, readAudit, type BridgeWindow } from './support/staff-helpers.ts';

test.afterEach(() => cancelAllJobs());

test('clinic name and phone typed on the on-screen keyboard, and the languages, show on the patient screens', async ({
  page,
  kiosk: _kiosk,
  shell,
  dataDir,
}) => {
  await enterStaffMode(page);
  await openTab(page, 'settings');

  await page.locator('[data-setting="clinicName"]').getByRole('button', { name: 'Change' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clinic name' });
  for (let i = 0; i < 'Riverside Physical Therapy'.length; i++) await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByTestId('text-entry-value')).toHaveText('');
  // Shift is on for the first letter.
  for (const key of 'harbor') await dialog.locator(`.keyboard__key[data-key="${key}"]`).click();
  await dialog.locator('.keyboard__key[data-key=" "]').click();
  await dialog.getByRole('button', { name: 'Shift' }).click();
  for (const key of 'pt') await dialog.locator(`.keyboard__key[data-key="${key}"]`).click();
  await expect(dialog.getByTestId('text-entry-value')).toHaveText('Harbor Pt');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('value-clinicName')).toHaveText('Harbor Pt');

  await page.locator('[data-setting="clinicPhone"]').getByRole('button', { name: 'Change' }).click();
  const phone = page.getByRole('dialog', { name: 'Clinic phone' });
  for (let i = 0; i < 8; i++) await phone.getByRole('button', { name: 'Delete' }).click();
  for (const key of '555-0199') await phone.locator(`.keyboard__key[data-key="${key}"]`).click();
  await phone.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('value-clinicPhone')).toHaveText('555-0199');

  // Offer Spanish only: the default language follows.
  await page.locator('[data-setting="languages"]').getByRole('button', { name: 'English' }).click();
  await expect(page.locator('[data-setting="defaultLanguage"]').getByRole('button')).toHaveText(['Español']);
  await closeStaffMode(page);

  await expect(page.getByText('Harbor Pt').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Toque para empezar' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveCount(0);
  expect(shell.core.settings.get()).toMatchObject({ clinicName: 'Harbor Pt', clinicPhone: '555-0199', languages: ['es'], defaultLanguage: 'es' });

  const changes = (await readAudit(shell.core, dataDir)).filter((entry) => entry.action === 'settings-change');
  expect(changes.map((entry) => entry.keys)).toEqual([['clinicName'], ['clinicPhone'], ['languages', 'defaultLanguage']]);
  expect(JSON.stringify(changes)).not.toContain('Harbor');
});

test('both languages offered, Spanish first: the attract screen starts in Spanish with English a tap away', async ({ page }) => {
  await enterStaffMode(page);
  await openTab(page, 'settings');
  await page.locator('[data-setting="defaultLanguage"]').getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('[data-setting="defaultLanguage"]').getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  await closeStaffMode(page);
  // Spanish leads: its title is the heading and its start button comes first; English is beside it.
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Le cruje la espalda al girar el cuerpo?');
  await expect(page.locator('.attract__start')).toHaveText(['Empezar en español', 'Start in English']);
  await page.getByRole('button', { name: 'Start in English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Before we start' })).toBeVisible();
});

test('idle, countdown and thank-you times and "ask before printing" take effect', async ({ page, kiosk, shell }) => {
  await enterStaffMode(page);
  await openTab(page, 'settings');
  const stepDown = async (setting: string, taps: number) => {
    for (let i = 0; i < taps; i++) await page.locator(`[data-setting="${setting}"]`).getByRole('button', { name: 'Less' }).click();
  };
  await stepDown('idleSeconds', 5); // 90 → 15
  await stepDown('idleCountdownSeconds', 3); // 20 → 5
  await stepDown('thankYouSeconds', 2); // 15 → 5
  await expect(page.getByTestId('value-idleSeconds')).toHaveAttribute('data-seconds', '15');
  await expect(page.getByTestId('value-idleCountdownSeconds')).toHaveAttribute('data-seconds', '5');
  await expect(page.getByTestId('value-thankYouSeconds')).toHaveAttribute('data-seconds', '5');
  await page.locator('[data-setting="printMode"]').getByRole('button', { name: 'Ask the patient first' }).click();
  await expect(page.locator('[data-setting="printMode"]').getByRole('button', { name: 'Ask the patient first' })).toHaveAttribute('aria-pressed', 'true');
  await closeStaffMode(page);
  // Every tap counts even when the disk is slower than staff: nothing is lost by closing at once.
  expect(shell.core.settings.get()).toMatchObject({ idleSeconds: 15, idleCountdownSeconds: 5, thankYouSeconds: 5, printMode: 'ask' });

  // Ask first: the result screen waits for the patient's choice.
  await kiosk.start();
  await kiosk.answerAll({ where: ['neck'] });
  await page.getByRole('button', { name: /show my result/i }).click();
  await kiosk.expectScreen('result');
  await expect(page.locator('[data-print-phase="idle"]')).toBeVisible();
  await page.waitForTimeout(2000);
  await expect(page.locator('[data-print-phase="idle"]')).toBeVisible();
  await page.getByRole('button', { name: "Don't print" }).click();

  // Thank-you counts down from 5.
  await page.getByRole('button', { name: 'I am done' }).click();
  await expect(page.getByTestId('countdown')).toContainText(/resets in [45] seconds/);
  await kiosk.expectScreen('attract');

  // Idle after 15 s, then a 5-second "Are you still there?".
  await kiosk.start();
  const idleStarted = Date.now();
  await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 25_000 });
  expect(Date.now() - idleStarted).toBeGreaterThan(12_000);
  await expect(page.getByRole('alertdialog')).toContainText(/clear in [45] seconds/);
  await kiosk.expectScreen('attract');
});

test.describe('managed by provisioning', () => {
  test.use({ provisioning: { settings: { clinicName: 'Provisioned Clinic', paperSize: 'a4' } } });

  test('provisioned settings show as managed and cannot be changed', async ({ page }) => {
    await expect(page.getByText('Provisioned Clinic').first()).toBeVisible();
    await enterStaffMode(page);
    await openTab(page, 'settings');
    const name = page.locator('[data-setting="clinicName"]');
    await expect(name.getByTestId('managed')).toHaveText('Set by your IT team');
    await expect(name.getByRole('button', { name: 'Change' })).toBeDisabled();
    await expect(page.locator('[data-setting="clinicPhone"]').getByTestId('managed')).toHaveCount(0);
    await openTab(page, 'printer');
    await expect(page.locator('[data-setting="paperSize"]').getByTestId('managed')).toBeVisible();
    await expect(page.locator('[data-paper="letter"]')).toBeDisabled();
    // Even a call straight over the bridge is refused.
    const result = await page.evaluate(async () => {
      const bridge = (window as unknown as BridgeWindow).backtalk;
      const unlocked = await bridge.staffUnlock({ pin: '2468' });
      if (!unlocked.ok) return unlocked;
      return bridge.staffUpdateSettings({ staffToken: unlocked.value.staffToken, patch: { clinicName: 'Sneaky' } });
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'managed-setting' } });
  });
});

/** Staff save a setting (so a settings file and its last good copy exist), then the kiosk stops. */
async function saveASettingThenStop(page: Page, shell: BrowserShell): Promise<void> {
  await enterStaffMode(page);
  await openTab(page, 'settings');
  await page.locator('[data-setting="printMode"]').getByRole('button', { name: 'Ask the patient first' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await shell.close();
}

test('a corrupt settings file: the kiosk runs on the last good copy and the staff screen says what was wrong', async ({
  page,
  shell,
  dataDir,
  provisionFile,
}) => {
  await saveASettingThenStop(page, shell);

  // Power cut damage: the file is cut short.
  writeFileSync(path.join(dataDir, 'settings.json'), '{\n  "schemaVersion": 2,\n  "settings": {\n    "clinicName": "Rivers');
  const restarted = await startBrowserShell({ rendererDir, dataDir, headless: true, logger: createStreamLogger(new PassThrough()), provisionFile });
  try {
    const kioskPage = restarted.page;
    await expect(kioskPage.getByText('Riverside Physical Therapy').first()).toBeVisible();
    expect(restarted.core.settings.get().printMode).toBe('ask');
    await enterStaffMode(kioskPage);
    const problems = kioskPage.getByTestId('settings-problems');
    await expect(problems).toContainText('Some settings files had problems');
    await expect(problems).toContainText(`${path.join(dataDir, 'settings.json')}: is damaged (not readable JSON). The kiosk is using the last good copy.`);
  } finally {
    await restarted.close();
  }
});

test('settings lost in both copies: closed to patients until staff confirm the factory settings', async ({ page, shell, dataDir, provisionFile }) => {
  // Found in review: the kiosk ran on factory settings (the system printer, the alert printer,
  // the emergency number) with only a note on the staff screen.
  await saveASettingThenStop(page, shell);
  writeFileSync(path.join(dataDir, 'settings.json'), '{\n  "schemaVersion": 2,\n  "settings": {\n    "clinicName": "Rivers');
  writeFileSync(path.join(dataDir, 'settings.last-good.json'), '');
  const restarted = await startBrowserShell({ rendererDir, dataDir, headless: true, logger: createStreamLogger(new PassThrough()), provisionFile });
  try {
    const kioskPage = restarted.page;
    const locked = kioskPage.locator('[data-screen="settings-lost"]');
    await expect(locked).toContainText('This kiosk needs staff');
    await expect(locked).toContainText('Please ask the front desk for help.');
    await expect(kioskPage.getByRole('button', { name: /start/i })).toHaveCount(0);
    await enterStaffMode(kioskPage);
    const problems = kioskPage.getByTestId('settings-problems');
    await expect(problems).toContainText('The kiosk is using its default settings.');
    // Closing staff mode without confirming leaves it closed.
    await kioskPage.getByRole('button', { name: 'Close staff mode' }).click();
    await expect(locked).toBeVisible();
    await enterStaffMode(kioskPage);
    await kioskPage.getByTestId('confirm-settings').click();
    await expect(kioskPage.getByTestId('settings-problems')).toHaveCount(0);
    await closeStaffMode(kioskPage);
    expect(restarted.core.settings.lost()).toBe(false);
    expect((await readAudit(restarted.core, dataDir)).at(-2)).toMatchObject({ action: 'settings-change', keys: [] });
  } finally {
    await restarted.close();
  }
});
