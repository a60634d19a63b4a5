import { cancelAllJobs, pdfToText, removePrintedPdf, waitForPrintedPdf } from './support/cups-test-queue.ts';
import { expect, test } from './support/kiosk-fixture.ts';

function submittedJobId(logLines: readonly string[]): string {
  const line = logLines.map((l) => JSON.parse(l) as { msg?: string; jobId?: string }).findLast((entry) => entry.msg === 'print job submitted');
  if (!line?.jobId) throw new Error('no print job was submitted');
  return line.jobId;
}

const painfulAnswers = {
  where: ['lower-back'],
  triggers: ['twisting'],
  frequency: 'many-a-day',
  hurts: 'yes',
  'pain-score': 6,
  feel: ['grinding'],
  age: '60-74',
} as const;

test.afterEach(() => cancelAllJobs());

test('a patient completes the flow, prints through CUPS and the sheet says what they answered', async ({ page, kiosk, logLines, shell }) => {
  await expect(page.getByText('Riverside Physical Therapy').first()).toBeVisible();
  await kiosk.start();
  await expect(page.getByTestId('progress')).toHaveText(/Question 1 of \d+/);
  await kiosk.answerAll(painfulAnswers);

  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(page.locator('[data-link-id="pain-score"]')).toContainText('6 / 10');
  await page.getByRole('button', { name: /show my result/i }).click();

  await kiosk.expectScreen('result');
  await expect(page.locator('[data-level]')).toHaveAttribute('data-level', 'discuss-with-therapist');
  await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Please take your sheet from the printer.')).toBeVisible();

  const pdf = await waitForPrintedPdf(submittedJobId(logLines));
  const text = pdfToText(pdf);
  removePrintedPdf(pdf);
  expect(text).toContain('Riverside Physical Therapy');
  expect(text).toContain('555-0134');
  expect(text).toMatch(/Date of birth/);
  expect(text).toContain('For the therapist');
  expect(text).toMatch(/Pain: 6 \/ 10/);
  expect(text).toContain('discuss-with-therapist');

  await page.getByRole('button', { name: 'I am done' }).click();
  await kiosk.expectScreen('thank-you');
  await expect(page.getByTestId('countdown')).toContainText(/resets in \d+ seconds/);
  await page.getByRole('button', { name: 'Start over now' }).click();
  await kiosk.expectScreen('attract');

  const counts = shell.core.counters.today();
  expect(counts).toMatchObject({ started: 1, finished: 1, printed: 1, printFailures: 0 });
});

test('a red-flag answer shows the front-desk screen at once and the printout leads with it', async ({ page, kiosk, logLines }) => {
  await kiosk.start();
  let alerted = false;
  await kiosk.answerAll(
    { where: ['neck'], 'safety-bladder-bowel': 'yes' },
    {
      onAlert: async () => {
        alerted = true;
        await expect(page.getByRole('alert')).toContainText('Please tell the front desk now');
      },
    },
  );
  expect(alerted).toBe(true);
  await page.getByRole('button', { name: /show my result/i }).click();
  await expect(page.locator('[data-level]')).toHaveAttribute('data-level', 'tell-front-desk-now');
  await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
  const pdf = await waitForPrintedPdf(submittedJobId(logLines));
  const text = pdfToText(pdf);
  removePrintedPdf(pdf);
  const urgentAt = text.indexOf('Please tell the front desk now');
  expect(urgentAt).toBeGreaterThan(-1);
  expect(urgentAt).toBeLessThan(text.indexOf('For the therapist'));
});

test('idle on a question asks "Are you still there?", then wipes the session back to attract', async ({ page, kiosk, shell }) => {
  await shell.core.settings.update({ idleSeconds: 15, idleCountdownSeconds: 5 });
  await shell.reload();
  await kiosk.start();
  await kiosk.answer(['upper-back']);
  await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 25_000 });
  await expect(page.getByRole('alertdialog')).toContainText('Are you still there?');
  await kiosk.expectScreen('attract');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(shell.core.counters.today().timedOut).toBe(1);
  // Nothing of the session is left to reach: start again and the body map is empty.
  await kiosk.start();
  await expect(page.locator('.tile[aria-pressed="true"]')).toHaveCount(0);
});
