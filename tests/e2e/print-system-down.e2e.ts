/**
 * The print system itself off: cupsd stopped under a kiosk about to print. The patient sees
 * "printing system is off" with "Try again", the summary stays, the failure is counted, and once
 * cupsd runs again "Try again" prints. It stops the machine's one scheduler, which every worker's
 * queue lives in, so this file runs alone, after the parallel ones (the `serial` project); the
 * faults of a single queue are in print-faults.e2e.ts.
 */
import { stopScheduler } from '../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { expect, test } from './support/kiosk-fixture.ts';
import { countsSoFar } from './support/counts-so-far.ts';
import { expectFailure, reachResult, repairPrinting, retryAndExpectPrinted } from './support/print-fault-steps.ts';
import { ensureSchedulerRunning } from './support/print-test-helpers.ts';

// "Ask first", so the test stops cupsd before the patient taps Print.
test.use({ kioskSettings: { printMode: 'ask' } });

test.afterEach(repairPrinting);

test('cupsd stopped: "printing system is off", then Try again prints once it runs again', async ({ page, kiosk, shell, logLines }) => {
  await reachResult(page, kiosk);
  // The only test that stops the machine's scheduler; it is started again at once, and in afterEach.
  try {
    stopScheduler();
    await page.getByRole('button', { name: 'Print my summary' }).click();
    await expectFailure(page, 'print-system-down', 'The printing system is off right now.');
    await expect(shell.core.print.printerStatus()).resolves.toMatchObject({ state: 'cups-down' });
  } finally {
    ensureSchedulerRunning();
  }
  expect(countsSoFar(shell.core.counters).printFailures).toBe(1);

  await retryAndExpectPrinted(page, logLines);
  expect(countsSoFar(shell.core.counters)).toMatchObject({ printed: 1, printFailures: 1 });
});
