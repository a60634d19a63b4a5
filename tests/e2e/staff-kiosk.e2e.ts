import { execFileSync } from 'node:child_process';
import {
  cancelAllJobs,
  pauseQueue,
  pdfToText,
  removePrintedPdf,
  resumeQueue,
  testPrinter,
  waitForPrintedPdf,
} from '../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { expect, test } from './support/kiosk-fixture.ts';
import { enterStaffMode, openTab, readAudit, staffScreen } from './support/staff-helpers.ts';

test.afterEach(() => {
  resumeQueue();
  cancelAllJobs();
});

test('printer status, paper size and a test print through CUPS (the PDF read back)', async ({ page, shell, dataDir }) => {
  await enterStaffMode(page);
  await openTab(page, 'printer');
  const status = page.getByTestId('printer-status');
  await expect(status).toHaveAttribute('data-state', 'ready');
  await expect(status).toContainText(`Printer: ${testPrinter} — Ready`);
  await expect(page.locator(`[data-printer="${testPrinter}"]`)).toHaveAttribute('aria-pressed', 'true');

  await page.locator('[data-paper="a4"]').click();
  await expect(page.locator('[data-paper="a4"]')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Print a test page' }).click();
  const sent = page.getByTestId('test-print-result');
  await expect(sent).toContainText(`Test page sent to ${testPrinter} (job ${testPrinter}-`);
  const jobId = /\(job (\S+)\)/.exec((await sent.textContent()) ?? '')?.[1];
  expect(jobId).toBeTruthy();

  const pdf = await waitForPrintedPdf(jobId as string);
  const text = pdfToText(pdf);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  removePrintedPdf(pdf);
  expect(text).toContain('Riverside Physical Therapy');
  // A4 is 595 x 842 points.
  expect(info).toMatch(/Page size:\s+595(\.\d+)? x 842/);
  expect((await readAudit(shell.core, dataDir)).find((entry) => entry.action === 'test-print')).toMatchObject({ jobId, printer: testPrinter });

  // A paused queue shows as paused, with CUPS's reason.
  pauseQueue();
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(status).toHaveAttribute('data-state', 'paused');
  await expect(status).toContainText('Paused');
});

test.describe('the counts tab', () => {
  // The tab shows today's counts. The kiosk's clock runs from noon today, so a run that crosses
  // midnight still counts both sessions on one day (on the real clock, a run at 23:59 would count
  // the second session on the next day).
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  test.use({ kioskClockShiftMs: noon.getTime() - Date.now() });

  test("today's counts reflect real patient sessions", async ({ page, kiosk }) => {
    await kiosk.start();
    await kiosk.answerAll({ where: ['lower-back'], hurts: 'yes', 'pain-score': 4 });
    await page.getByRole('button', { name: /show my result/i }).click();
    await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'I am done' }).click();
    await page.getByRole('button', { name: 'Start over now' }).click();

    await kiosk.start({ screening: { 'safety-fever': 'yes' } });
    await kiosk.answerAll({ where: ['neck'] });
    await page.getByRole('button', { name: /show my result/i }).click();
    await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'I am done' }).click();
    await page.getByRole('button', { name: 'Start over now' }).click();

    await enterStaffMode(page);
    await openTab(page, 'counts');
    const today = page.getByTestId('counts-today');
    const count = (name: string) => today.locator(`[data-count="${name}"] dd`);
    await expect(count('started')).toHaveText('2');
    await expect(count('finished')).toHaveText('2');
    await expect(count('printed')).toHaveText('2');
    await expect(count('printFailures')).toHaveText('0');
    await expect(count('redFlags')).toHaveText('1');
    await expect(count('timedOut')).toHaveText('0');
    await expect(page.getByText('No earlier counts yet.')).toBeVisible();
  });
});

test('reset from the middle of a session leaves nothing of it: not on screen, not in the DOM, not in storage', async ({ page, kiosk, shell, dataDir }) => {
  await kiosk.start();
  await kiosk.answer(['lower-back', 'neck']);
  await kiosk.next();
  await expect(page.locator('.tile[aria-pressed="true"], .tile[aria-checked="true"]')).toHaveCount(0);
  await kiosk.answer(['twisting']);
  // Whatever a page might have left behind in web storage during the session.
  await page.evaluate(() => {
    sessionStorage.setItem('draft', 'lower-back');
    localStorage.setItem('draft', 'twisting');
  });

  await enterStaffMode(page);
  await page.getByRole('button', { name: 'Reset the kiosk now' }).click();
  await kiosk.expectScreen('attract');

  const traces = await page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length, html: document.body.innerHTML }));
  expect(traces.session).toBe(0);
  expect(traces.local).toBe(0);
  expect(traces.html).not.toMatch(/aria-(pressed|checked)="true"[^>]*data-code/);
  expect(traces.html).not.toContain('Staff mode');
  // A new patient starts from nothing.
  await kiosk.start();
  await expect(page.locator('.tile[aria-pressed="true"], .tile[aria-checked="true"], .body-map__region.is-on')).toHaveCount(0);
  // "Where" needs an answer to go on: none was carried over.
  await expect(page.locator('.screen__footer .button--primary')).toBeDisabled();

  const actions = (await readAudit(shell.core, dataDir)).map((entry) => entry.action);
  expect(actions).toEqual(['staff-entry', 'reset', 'staff-mode-closed']);
});

test('exit kiosk (after a confirmation) closes the browser shell and is audited', async ({ page, shell, dataDir }) => {
  await enterStaffMode(page);
  await page.getByRole('button', { name: 'Exit kiosk' }).click();
  await expect(page.getByText('Close Backtalk now?')).toBeVisible();
  await page.getByRole('button', { name: 'No, stay' }).click();
  await expect(staffScreen(page)).toHaveAttribute('data-staff-screen', 'kiosk');
  expect(shell.browser.isConnected()).toBe(true);

  const disconnected = new Promise<void>((resolve) => shell.browser.once('disconnected', () => resolve()));
  await page.getByRole('button', { name: 'Exit kiosk' }).click();
  await page.getByRole('button', { name: 'Yes, exit' }).click();
  await disconnected;
  expect(shell.browser.isConnected()).toBe(false);
  expect((await readAudit(shell.core, dataDir)).map((entry) => entry.action)).toEqual(['staff-entry', 'exit']);
});
