/**
 * No patient takeover (issue #13, item 1): with no staff PIN known the kiosk is locked for
 * everyone ("Staff setup needed"), and a first PIN can be set only with IT's one-time setup code.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/kiosk-fixture.ts';
import { type BridgeWindow, closeStaffMode, enterStaffMode, openTab, pressCorner, tapPin } from './support/staff-helpers.ts';

const setupCode = '40817263';

const setupNeeded = (page: import('@playwright/test').Page) => page.getByRole('heading', { name: 'Staff setup needed' });
const firstPinDialog = (page: import('@playwright/test').Page) => page.getByTestId('first-pin-dialog');

test.describe('a fresh kiosk without provisioning', () => {
  test.use({ staffPin: null });

  test('is locked with "Staff setup needed: call IT", never offers a PIN setup, and refuses one over the bridge', async ({ page }) => {
    await expect(setupNeeded(page)).toBeVisible();
    await expect(page.getByText('This kiosk is not ready yet. Please ask the front desk to call IT.')).toBeVisible();
    await expect(page.getByRole('button', { name: /start in english|touch to start/i })).toHaveCount(0);
    await expect(page.locator('.pin-pad')).toHaveCount(0);

    // The hidden staff entry opens nothing: there is no PIN to type and no setup allowed.
    await page.keyboard.press('Control+Alt+KeyS');
    await pressCorner(page, 3300);
    await expect(page.locator('.pin-pad')).toHaveCount(0);
    await expect(page.getByText(/Set (a|the first) staff PIN/)).toHaveCount(0);

    // A tampered page calling the bridge directly gets nothing either.
    const calls = await page.evaluate(async () => {
      const bridge = (window as unknown as BridgeWindow).backtalk;
      const legacy = bridge.staffSetFirstPin as unknown as (request: { pin: string }) => Promise<unknown>;
      return {
        legacy: await legacy({ pin: '0000' }),
        guessed: await bridge.staffSetFirstPin({ setupCode: '00000000', pin: '0000' }),
        status: await bridge.staffStatus({}),
      };
    });
    expect(calls.legacy).toMatchObject({ ok: false });
    expect(calls.guessed).toMatchObject({ ok: false });
    expect(calls.status).toMatchObject({ ok: true, value: { pinState: 'call-it' } });
    await expect(setupNeeded(page)).toBeVisible();
  });
});

test.describe('a kiosk where IT allowed the first PIN with a setup code', () => {
  test.use({ staffPin: null, provisioning: { setupCode } });

  test('shows the public the same locked screen; staff set the first PIN behind the hidden entry with the code, once', async ({
    page,
    kiosk,
    shell,
    dataDir,
  }) => {
    await expect(setupNeeded(page)).toBeVisible();
    await expect(page.locator('.pin-pad')).toHaveCount(0);

    await page.keyboard.press('Control+Alt+KeyS');
    const dialog = firstPinDialog(page);
    await expect(dialog.getByRole('heading', { name: 'Type the setup code' })).toBeVisible();
    // A wrong code is found once the PIN is chosen; then only the code is asked again.
    await tapPin(dialog, '11112222');
    await expect(dialog.getByRole('heading', { name: 'Type a new PIN' })).toBeVisible();
    await tapPin(dialog, '1357');
    await expect(dialog.getByRole('heading', { name: 'Type the same PIN again' })).toBeVisible();
    await tapPin(dialog, '1357');
    await expect(dialog.getByRole('status')).toHaveText('That setup code is not right.');
    await expect(dialog.getByRole('heading', { name: 'Type the setup code' })).toBeVisible();
    await tapPin(dialog, setupCode);
    await expect(page.getByRole('heading', { name: 'Staff mode' })).toBeVisible();
    await closeStaffMode(page);

    // Stored only as a slow salted hash, readable by the kiosk user only.
    const staffFile = path.join(dataDir, 'staff.json');
    expect(readFileSync(staffFile, 'utf8')).not.toContain('1357');
    // Hashed by the kiosk at OWASP's scrypt cost, named in the hash.
    expect(readFileSync(staffFile, 'utf8')).toMatch(/"pinHash": "scrypt\$17\$8\$1\$/);
    expect(statSync(staffFile).mode & 0o777).toBe(0o600);

    // The code is spent: a second setup is refused.
    const again = await page.evaluate((code) => (window as unknown as BridgeWindow).backtalk.staffSetFirstPin({ setupCode: code, pin: '0000' }), setupCode);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await shell.reload();
    await kiosk.expectScreen('attract');
    await enterStaffMode(page, '1357');
  });
});

test.describe('a provisioning file with one bad field', () => {
  test.use({
    staffPin: null,
    provisioning: { staffPin: '97531', settings: { clinicName: 'Lakeside PT', clinicPhone: '555-0134 extension 12, ask for the front desk' } },
  });

  test('still has its PIN and good settings, and the staff screen names the bad field and why', async ({ page, kiosk, logLines }) => {
    await kiosk.expectScreen('attract');
    await expect(page.getByText('Lakeside PT').first()).toBeVisible();
    await enterStaffMode(page, '97531');
    await openTab(page, 'settings');
    const details = page.getByTestId('settings-problem-details');
    await expect(details).toContainText('clinicPhone');
    await expect(details).toContainText('40');
    await expect(page.getByTestId('settings-problems')).not.toContainText('extension 12');
    expect(logLines.join('\n')).toContain('clinicPhone');
    expect(logLines.join('\n')).not.toContain('extension 12');
  });
});
