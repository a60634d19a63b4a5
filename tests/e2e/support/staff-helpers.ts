/**
 * What a front-desk worker does in staff mode, as taps: open the hidden entry, type a PIN on the
 * on-screen pad, move between the staff tabs. Plus reading back the staff audit log.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MainCore } from '../../../electron/core/main-core.ts';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import { testStaffPin } from './kiosk-fixture.ts';

/** The page's bridge, for calls a test makes the way a tampered page would. */
export type BridgeWindow = Window & { readonly backtalk: BridgeApi };

export function pinDialog(page: Page): Locator {
  return page.getByTestId('staff-pin-dialog');
}

/** Taps the digits on the on-screen pad in `scope`, then OK. */
export async function tapPin(scope: Locator | Page, pin: string): Promise<void> {
  for (const digit of pin) await scope.locator(`.pin-pad__key[data-digit="${digit}"]`).click();
  await scope.getByRole('button', { name: /^(OK|Aceptar)$/ }).click();
}

export async function openPinPadByShortcut(page: Page): Promise<void> {
  // The shortcut is heard once the kiosk has loaded (a patient screen is up).
  await expect(page.locator('[data-screen]')).toBeVisible();
  // The listener attaches just after the first screen paints; on a busy machine a press in that
  // moment goes unheard, and staff would simply press again (a second press with the pad open does nothing).
  await expect(async () => {
    await page.keyboard.press('Control+Alt+KeyS');
    await expect(pinDialog(page)).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

/** Holds the mouse on the top-left corner for `ms`. */
export async function pressCorner(page: Page, ms: number): Promise<void> {
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

export function staffScreen(page: Page): Locator {
  return page.locator('[data-staff-screen]');
}

/** Opens staff mode with the shortcut and the PIN. */
export async function enterStaffMode(page: Page, pin: string = testStaffPin): Promise<void> {
  await openPinPadByShortcut(page);
  await tapPin(pinDialog(page), pin);
  await expect(page.getByRole('heading', { name: 'Staff mode' })).toBeVisible();
}

export async function openTab(page: Page, tab: 'kiosk' | 'printer' | 'settings' | 'counts' | 'pin'): Promise<void> {
  await page.locator(`.staff-tab[data-tab="${tab}"]`).click();
  await expect(staffScreen(page)).toHaveAttribute('data-staff-screen', tab);
}

export async function closeStaffMode(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close staff mode' }).click();
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
}

export interface AuditEntry {
  readonly time: string;
  readonly action: string;
  readonly [key: string]: unknown;
}

/** Every entry of the rotating staff audit log in the data folder, oldest first. */
export async function readAudit(core: MainCore, dataDir: string): Promise<AuditEntry[]> {
  await core.audit.flush();
  const logDir = path.join(dataDir, 'logs');
  const files = readdirSync(logDir)
    .filter((name) => /^staff-audit\.\d+\.log$/.test(name))
    .sort();
  return files.flatMap((name) =>
    readFileSync(path.join(logDir, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as AuditEntry),
  );
}
