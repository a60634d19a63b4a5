/**
 * Every way one printer queue breaks, against the real cupsd and a real cups-pdf queue (each
 * worker's own, so these run beside the other files): the patient sees a plain message with "Try
 * again" and "Ask the front desk", the summary stays on screen, the counters record the failure,
 * and once the fault is fixed "Try again" prints. cupsd itself stopped is print-system-down.e2e.ts.
 */
import {
  acceptJobs,
  ensureTestQueue,
  pauseQueue,
  rejectJobs,
  removePrintedPdf,
  removeQueue,
  resumeQueue,
  waitForPrintedPdf,
} from '../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { expect, test } from './support/kiosk-fixture.ts';
import { countsSoFar } from './support/counts-so-far.ts';
import { expectFailure, expectSummaryOnScreen, noWorryAnswers, reachResult, repairPrinting, retryAndExpectPrinted } from './support/print-fault-steps.ts';
import { lastSubmittedJobId, openJobIds, pointQueueAtCupsPdf, pointQueueAtDeadPrinter, submittedJobIds } from './support/print-test-helpers.ts';

// "Ask first", so each test breaks the printer before the patient taps Print.
test.use({ kioskSettings: { printMode: 'ask' } });

test.afterEach(repairPrinting);

test('a paused queue: "not ready", then Try again prints once it is resumed', async ({ page, kiosk, shell, logLines }) => {
  await reachResult(page, kiosk);
  pauseQueue();
  await page.getByRole('button', { name: 'Print my summary' }).click();
  await expectFailure(page, 'printer-unavailable', 'The printer is not ready right now.');
  expect(countsSoFar(shell.core.counters)).toMatchObject({ printed: 0, printFailures: 1 });
  // Nothing was left waiting in the paused queue to print later by surprise.
  expect(openJobIds()).toEqual([]);

  resumeQueue();
  await retryAndExpectPrinted(page, logLines);
  expect(countsSoFar(shell.core.counters)).toMatchObject({ printed: 1, printFailures: 1 });
});

test('a queue rejecting jobs: "not ready", then Try again prints once it accepts', async ({ page, kiosk, shell, logLines }) => {
  await reachResult(page, kiosk);
  rejectJobs();
  await page.getByRole('button', { name: 'Print my summary' }).click();
  await expectFailure(page, 'printer-unavailable', 'The printer is not ready right now.');
  expect(countsSoFar(shell.core.counters).printFailures).toBe(1);

  acceptJobs();
  await retryAndExpectPrinted(page, logLines);
  expect(countsSoFar(shell.core.counters)).toMatchObject({ printed: 1, printFailures: 1 });
});

test('a removed queue: "can not find the printer", then Try again prints once it is set up again', async ({ page, kiosk, shell, logLines }) => {
  await reachResult(page, kiosk);
  removeQueue();
  await page.getByRole('button', { name: 'Print my summary' }).click();
  await expectFailure(page, 'printer-not-found', 'We can not find the printer.');
  expect(countsSoFar(shell.core.counters).printFailures).toBe(1);
  await expect(shell.core.print.printerStatus()).resolves.toMatchObject({ state: 'missing' });

  ensureTestQueue();
  await retryAndExpectPrinted(page, logLines);
  expect(countsSoFar(shell.core.counters)).toMatchObject({ printed: 1, printFailures: 1 });
});

test.describe('a job stuck past the timeout', () => {
  test.use({ printStuckAfterMs: 4_000 });

  test('"taking too long": the job is withdrawn, and Try again prints once the printer answers', async ({ page, kiosk, shell, logLines }) => {
    await reachResult(page, kiosk);
    // The queue is ready and takes the job, but the printer behind it never answers.
    pointQueueAtDeadPrinter();
    await page.getByRole('button', { name: 'Print my summary' }).click();
    await expect(page.locator('[data-print-phase="printing"]')).toBeVisible();
    await expectFailure(page, 'stuck', 'The printer is taking too long, so we stopped it.');
    expect(countsSoFar(shell.core.counters)).toMatchObject({ printed: 0, printFailures: 1 });
    // Cancelled, so fixing the printer cannot print the same sheet twice.
    expect(openJobIds()).toEqual([]);
    await expect(shell.core.print.printerStatus()).resolves.toMatchObject({ state: 'ready' });

    pointQueueAtCupsPdf();
    await retryAndExpectPrinted(page, logLines);
    expect(countsSoFar(shell.core.counters)).toMatchObject({ printed: 1, printFailures: 1 });
  });
});

test('"Don\'t print": nothing is sent, the summary stays, and printing is still possible', async ({ page, kiosk, shell, logLines }) => {
  await reachResult(page, kiosk);
  await page.getByRole('button', { name: "Don't print" }).click();
  await expect(page.getByText('Not printed. Your summary stays on this screen.')).toBeVisible();
  await expectSummaryOnScreen(page);
  expect(submittedJobIds(logLines)).toEqual([]);
  expect(countsSoFar(shell.core.counters)).toMatchObject({ printed: 0, printFailures: 0 });

  await page.getByRole('button', { name: 'Print my summary' }).click();
  await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
  removePrintedPdf(await waitForPrintedPdf(lastSubmittedJobId(logLines)));
});

test.describe('in Spanish', () => {
  test.use({ kioskSettings: { printMode: 'ask', defaultLanguage: 'es' } });

  test('a paused queue is explained in Spanish', async ({ page, kiosk }) => {
    await kiosk.start();
    await kiosk.answerAll(noWorryAnswers);
    await page.locator('.screen__footer .button--primary').click();
    await kiosk.expectScreen('result');
    pauseQueue();
    await page.getByRole('button', { name: 'Imprimir mi resumen' }).click();
    const alert = page.locator('[data-print-problem="printer-unavailable"]');
    await expect(alert).toContainText('La impresora no está lista ahora.');
    await expect(page.getByRole('button', { name: 'Intentar de nuevo' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Preguntar en la recepción' })).toBeVisible();
  });
});
