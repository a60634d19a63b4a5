/**
 * The steps the print-fault tests share (print-faults.e2e.ts, and print-system-down.e2e.ts, which
 * stops cupsd and so runs alone): reach the result screen with "ask first", check the patient's
 * failure message, and check that "Try again" prints once the fault is fixed.
 */
import type { Page } from '@playwright/test';
import { cancelAllJobs, ensureTestQueue, removePrintedPdf, waitForPrintedPdf } from '../../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { findItem } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import { sampleCases } from '../../../shared/summary/sample-answers.ts';
import { expect, type KioskDriver } from './kiosk-fixture.ts';
import { ensureSchedulerRunning, lastSubmittedJobId, pointQueueAtCupsPdf, submittedJobIds } from './print-test-helpers.ts';

// The "no worry" sample's answers about the cracking (the driver answers the screening first):
// occasional, painless, nothing else, so the result is "commonly harmless".
export const noWorryAnswers = Object.fromEntries(Object.entries(sampleCases['no-worry']).filter(([linkId]) => findItem(linkId)?.section === 'about'));

/** For afterEach: the scheduler running, and this worker's queue as it was, whatever a test broke. */
export function repairPrinting(): void {
  ensureSchedulerRunning();
  cancelAllJobs();
  pointQueueAtCupsPdf();
  ensureTestQueue();
}

export async function reachResult(page: Page, kiosk: KioskDriver) {
  await kiosk.start();
  await kiosk.answerAll(noWorryAnswers);
  await page.getByRole('button', { name: /show my result/i }).click();
  await kiosk.expectScreen('result');
  await expect(page.locator('[data-print-phase="idle"]')).toBeVisible();
}

/** The summary the patient came for is still on screen. */
export async function expectSummaryOnScreen(page: Page) {
  await expect(page.locator('[data-level="common-harmless"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What may be causing it' })).toBeVisible();
}

export async function expectFailure(page: Page, problem: string, message: string) {
  const alert = page.locator(`[data-print-phase="failed"] [data-print-problem="${problem}"]`);
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText(message);
  await expect(alert).toContainText('Your summary is safe on this screen.');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.getByRole('button', { name: 'Ask the front desk' }).click();
  await expect(alert).toContainText('Please show this screen at the front desk.');
  await expectSummaryOnScreen(page);
}

export async function retryAndExpectPrinted(page: Page, logLines: string[]) {
  const before = submittedJobIds(logLines).length;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Please take your sheet from the printer.')).toBeVisible();
  expect(submittedJobIds(logLines).length).toBe(before + 1);
  removePrintedPdf(await waitForPrintedPdf(lastSubmittedJobId(logLines)));
  await expectSummaryOnScreen(page);
}
