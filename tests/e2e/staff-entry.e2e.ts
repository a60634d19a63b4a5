import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { startBrowserShell } from '../../electron/browser-shell/browser-shell.ts';
import { createStreamLogger } from '../../electron/core/logging/logger.ts';
import { expect, rendererDir, test, testStaffPin } from './support/kiosk-fixture.ts';
import { type BridgeWindow, closeStaffMode, enterStaffMode, openPinPadByShortcut, pinDialog, pressCorner, readAudit, tapPin } from './support/staff-helpers.ts';

test('a 3-second press on the top-left corner opens only a PIN pad, which closes by itself', async ({ page, kiosk }) => {
  await kiosk.expectScreen('attract');
  // A short press there (a patient leaning on the screen) does nothing.
  await pressCorner(page, 1200);
  await expect(pinDialog(page)).toHaveCount(0);

  await pressCorner(page, 3300);
  await expect(pinDialog(page)).toBeVisible();
  // The pad shows nothing of staff mode: a title, a hint and the keys.
  await expect(pinDialog(page).getByRole('heading')).toHaveText(['Staff PIN']);
  await expect(page.getByText('Staff mode')).toHaveCount(0);
  // Left alone, it goes away and the patient's screen is as it was.
  await expect(pinDialog(page)).toHaveCount(0, { timeout: 15_000 });
  await kiosk.expectScreen('attract');
});

test('a long touch on the corner of a touchscreen opens the PIN pad too', async ({ page, kiosk }) => {
  // The patient screen must be up (config loaded) before the press, as a real finger would see it.
  await kiosk.expectScreen('attract');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 30, y: 30 }] });
  await page.waitForTimeout(3300);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(pinDialog(page)).toBeVisible();
});

test('Ctrl+Alt+S and the right PIN open staff mode; closing it returns to a fresh attract screen', async ({ page, kiosk, shell, dataDir }) => {
  await kiosk.start();
  await kiosk.answer(['neck']);
  await openPinPadByShortcut(page);
  await tapPin(pinDialog(page), testStaffPin);
  await expect(page.getByRole('heading', { name: 'Staff mode' })).toBeVisible();
  // The patient flow is gone while staff mode is open.
  await expect(page.locator('[data-screen]')).toHaveCount(0);
  await closeStaffMode(page);
  await kiosk.start();
  await expect(page.locator('.tile[aria-pressed="true"]')).toHaveCount(0);

  const actions = (await readAudit(shell.core, dataDir)).map((entry) => entry.action);
  expect(actions).toEqual(['staff-entry', 'staff-mode-closed']);
});

test.describe('idle', () => {
  test.use({ staffIdleSeconds: 6 });

  test('staff mode closes itself when left alone', async ({ page, kiosk }) => {
    await enterStaffMode(page);
    await expect(page.getByText('Staff mode closes by itself after 6 seconds')).toBeVisible();
    await kiosk.expectScreen('attract');
    await expect(page.getByRole('heading', { name: 'Staff mode' })).toHaveCount(0);
  });
});

test.describe('wrong PINs', () => {
  test('five wrong PINs lock staff entry, even the right PIN, and the lock survives a restart', async ({ page, shell, dataDir, provisionFile }) => {
    await openPinPadByShortcut(page);
    const dialog = pinDialog(page);
    for (let attempt = 1; attempt <= 4; attempt++) {
      await tapPin(dialog, '0000');
      await expect(dialog.getByRole('status')).toHaveText(
        `That PIN is not right. ${attempt === 4 ? '1 more try' : `${5 - attempt} more tries`} before a pause.`,
      );
    }
    await tapPin(dialog, '0000');
    await expect(dialog.getByRole('status')).toHaveText(/Too many wrong PINs\. Try again in (30|29|28) seconds\./);
    await expect(dialog.locator('.pin-pad__key[data-digit="1"]')).toBeDisabled();
    // The main process refuses even the right PIN while locked.
    const direct = await page.evaluate((pin) => (window as unknown as BridgeWindow).backtalk.staffUnlock({ pin }), testStaffPin);
    expect(direct).toMatchObject({ ok: false, error: { code: 'locked-out' } });

    const audit = await readAudit(shell.core, dataDir);
    expect(audit.filter((entry) => entry.action === 'pin-failed')).toHaveLength(5);
    expect(audit.find((entry) => entry.action === 'lockout')).toMatchObject({ lockedForSeconds: 30, failedAttempts: 5 });
    // Nothing a PIN was typed as reaches the log.
    expect(JSON.stringify(audit)).not.toContain('0000');
    await shell.close();

    // A restart (same data folder) is still locked.
    const stream = new PassThrough();
    const restarted = await startBrowserShell({ rendererDir, dataDir, headless: true, logger: createStreamLogger(stream), provisionFile });
    try {
      await openPinPadByShortcut(restarted.page);
      await expect(pinDialog(restarted.page).getByRole('status')).toHaveText(/Too many wrong PINs\. Try again in \d+ seconds\./);
      const status = await restarted.page.evaluate(() => (window as unknown as BridgeWindow).backtalk.staffStatus({}));
      expect(status).toMatchObject({ ok: true, value: { lockedForSeconds: expect.any(Number) } });
      // The lock end on disk, not a fresh 30 s (a loaded machine may take many seconds to restart).
      const left = (status as { value: { lockedForSeconds: number } }).value.lockedForSeconds;
      const { lockedUntilMs } = JSON.parse(readFileSync(path.join(dataDir, 'staff.json'), 'utf8')) as { lockedUntilMs: number };
      expect(left).toBeGreaterThan(0);
      expect(Math.abs(left - Math.ceil((lockedUntilMs - Date.now()) / 1000))).toBeLessThanOrEqual(2);
    } finally {
      await restarted.close();
    }
  });

  test('staff-only channels refuse a caller without the open session', async ({ page }) => {
    const calls = await page.evaluate(async () => {
      const staffToken = 'A'.repeat(43);
      return Promise.all([
        (window as unknown as BridgeWindow).backtalk.staffGetSettings({ staffToken }),
        (window as unknown as BridgeWindow).backtalk.staffUpdateSettings({ staffToken, patch: { clinicName: 'Hacked' } }),
        (window as unknown as BridgeWindow).backtalk.printerTestPrint({ staffToken }),
        (window as unknown as BridgeWindow).backtalk.printerStatus({ staffToken }),
        (window as unknown as BridgeWindow).backtalk.staffExitKiosk({ staffToken }),
      ]);
    });
    for (const call of calls) expect(call).toMatchObject({ ok: false, error: { code: 'not-authorized' } });
    await expect(page.getByText('Riverside Physical Therapy').first()).toBeVisible();
  });
});

test.describe('provisioned PIN', () => {
  test.use({ staffPin: null, provisioning: { staffPin: '97531' } });

  test('a PIN hash from the provisioning file needs no first-start setup and cannot be changed on the kiosk', async ({ page, kiosk }) => {
    await kiosk.expectScreen('attract');
    await enterStaffMode(page, '97531');
    await page.locator('.staff-tab[data-tab="pin"]').click();
    await expect(page.getByText('The staff PIN is set by your IT team and cannot be changed here.')).toBeVisible();
  });
});
