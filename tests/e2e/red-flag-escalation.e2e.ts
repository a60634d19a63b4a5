/**
 * A red flag always reaches staff, through the real browser shell, the real main-process core
 * and real CUPS: the urgent slip prints by itself on the alert queue (this helper's own second
 * cups-pdf queue), the "Staff needed" band stays until staff acknowledge it, a flag stays raised
 * when the answer is changed (screen, paper and QR), each ending matches its level, and a broken
 * alert printer is told to the patient and to staff.
 */
import { execFileSync } from 'node:child_process';
import type { QuestionnaireResponse } from 'fhir/r4';
import { assessAnswers } from '../../shared/assessment/assess-answers.ts';
import { questionnaireResponseToAnswers } from '../../shared/fhir/fhir-to-answers.ts';
import { answerChangedToExtensionUrl } from '../../shared/fhir/response-to-fhir.ts';
import { backtalkQuestionnaire, findItem, safetyLinkIds } from '../../shared/questionnaire/backtalk-questionnaire.ts';
import { sampleCases } from '../../shared/summary/sample-answers.ts';
import { pdfToText, removePrintedPdf, waitForPrintedPdf, ensureTestQueue, testQueueNamed } from '../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { expect, test, testStaffPin, type KioskDriver } from './support/kiosk-fixture.ts';
import { countsSoFar } from './support/counts-so-far.ts';
import { decodeQrCodes, lastSubmittedJobId } from './support/print-test-helpers.ts';
import { enterStaffMode, openTab, pinDialog, readAudit, tapPin } from './support/staff-helpers.ts';

const alertQueue = process.env['BACKTALK_TEST_ALERT_PRINTER'] ?? testQueueNamed('alert');
const flagged = safetyLinkIds[0]!;
const flaggedItem = backtalkQuestionnaire.items.find((item) => item.linkId === flagged)!;
/** Answers besides the flag; none of them may reach the slip. */
const otherAnswers = { where: ['neck'], frequency: 'daily', hurts: 'yes', age: '60-74' } as const;
const harmlessAnswers = Object.fromEntries(Object.entries(sampleCases['no-worry']).filter(([linkId]) => findItem(linkId)?.section === 'about'));

function ensureAlertQueue(): void {
  ensureTestQueue(alertQueue);
}

function slipJobs(logLines: readonly string[]): { jobId: string; printer: string }[] {
  return logLines
    .map((line) => JSON.parse(line) as { msg?: string; jobId?: string; printer?: string })
    .filter((entry) => entry.msg === 'urgent slip submitted' && entry.jobId && entry.printer)
    .map((entry) => ({ jobId: entry.jobId as string, printer: entry.printer as string }));
}

/** Answers up to the flagged safety question, taps the flag, and returns when Next was tapped. */
async function answerUntilFlag(kiosk: KioskDriver, code: 'yes' | 'unsure'): Promise<number> {
  const given: Record<string, unknown> = { ...otherAnswers };
  for (let step = 0; step < 60; step++) {
    const linkId = await kiosk.currentLinkId();
    if (!linkId) throw new Error('not on a question');
    if (linkId === flagged) {
      await kiosk.answer(code);
      const tapped = Date.now();
      await kiosk.next();
      return tapped;
    }
    await kiosk.answer((given[linkId] as string | string[] | undefined) ?? (safetyLinkIds.includes(linkId) ? 'no' : undefined));
    await kiosk.next();
    await expect(kiosk.page.locator(`#question-${linkId}`)).toHaveCount(0);
  }
  throw new Error('never reached the flagged question');
}

test.beforeAll(() => ensureAlertQueue());
test.afterEach(() => ensureAlertQueue());
test.use({ kioskSettings: { alertPrinter: alertQueue, printMode: 'ask', timeZone: 'America/Chicago', kioskName: 'Lobby kiosk' } });

test('a red-flag answer prints the urgent slip on the alert queue, with no tap on Print (time reported); staff acknowledge from the band', async ({
  page,
  kiosk,
  shell,
  logLines,
  dataDir,
}) => {
  await kiosk.start({ stayOnScreening: true });
  const tapped = await answerUntilFlag(kiosk, 'yes');
  await expect.poll(() => slipJobs(logLines).length, { timeout: 30_000, intervals: [50] }).toBe(1);
  const submittedAfterMs = Date.now() - tapped;
  const [slip] = slipJobs(logLines);
  expect(slip?.printer).toBe(alertQueue);
  test.info().annotations.push({ type: 'urgent slip on the alert queue after (ms)', description: String(submittedAfterMs) });
  // The 2 s target is a speed figure: the house rule measures those in a report, not in a timed
  // assertion (measured 2.1-2.3 s on the 2-core build machine; see the README and issue #15).

  // The alert: help where the patient is first; going on is secondary. The band is up, the chime played.
  await kiosk.expectScreen('front-desk-alert');
  await expect(page.getByRole('alert')).toContainText('Staff are being told now. Please stay here, or go to the front desk if you can.');
  await expect(page.getByTestId('alert-continue')).toHaveClass(/button--secondary/);
  const band = page.getByTestId('staff-needed-band');
  await expect(band).toContainText('Staff needed');
  await expect(band).toHaveAttribute('data-chime', 'played');
  await expect(band).toHaveAttribute('data-slip', 'printed', { timeout: 20_000 });

  const pdf = await waitForPrintedPdf(slip!.jobId);
  const text = pdfToText(pdf).replace(/\s+/g, ' ');
  removePrintedPdf(pdf);
  expect(text).toContain('Patient at the check-in kiosk needs a check now');
  expect(text).toContain(flaggedItem.clinicalLabel!.en.slice(0, 40));
  expect(text).toMatch(/urinary retention/);
  expect(text).toContain('Lobby kiosk');
  expect(text).toMatch(/\((CST|CDT)\)/);
  // None of the other answers.
  for (const [linkId, value] of Object.entries(otherAnswers)) {
    const item = backtalkQuestionnaire.items.find((candidate) => candidate.linkId === linkId)!;
    expect(text).not.toContain(item.shortLabel.en);
    for (const code of typeof value === 'string' ? [value] : value) expect(text).not.toContain(item.options.find((option) => option.code === code)!.text.en);
  }

  // The band stays on the next screens until staff acknowledge it with their PIN.
  await page.getByTestId('alert-continue').click();
  await expect(band).toBeVisible();
  await band.getByRole('button', { name: 'Staff: tap here' }).click();
  await tapPin(pinDialog(page), testStaffPin);
  await expect(band).toHaveCount(0);
  await expect(kiosk.page.locator('h1.question')).toBeVisible();
  const actions = (await readAudit(shell.core, dataDir)).map((entry) => entry.action);
  expect(actions).toEqual(expect.arrayContaining(['alert-raised', 'alert-slip-printed', 'staff-entry', 'alert-acknowledged']));
  expect(JSON.stringify(await readAudit(shell.core, dataDir))).not.toMatch(/bladder|safety-|neck|daily/);
  expect(countsSoFar(shell.core.counters)).toMatchObject({ redFlags: 1, alertSlipsPrinted: 1, alertSlipFailures: 0 });
});

test('a "yes" left by Back still calls staff; the band outlives the session and a reload until staff acknowledge', async ({ page, kiosk, shell, logLines }) => {
  // Found in review: staff were called only on Next, Back past the privacy note kept the answers
  // for the next person, and the band went with the session.
  await kiosk.start({ stayOnScreening: true });
  expect(await kiosk.currentLinkId()).toBe(flagged);
  await kiosk.answer('yes');
  await kiosk.back();
  await kiosk.expectScreen('front-desk-alert');
  await expect.poll(() => slipJobs(logLines).length, { timeout: 30_000, intervals: [100] }).toBe(1);
  await kiosk.continuePastAlert();
  await kiosk.expectScreen('privacy');
  await kiosk.back();
  await kiosk.expectScreen('attract');
  const band = page.getByTestId('staff-needed-band');
  await expect(band).toBeVisible();
  await expect(band).toHaveAttribute('data-slip', 'printed', { timeout: 20_000 });
  // The crash-recovery path (a fresh page) keeps it up too.
  await shell.reload();
  await expect(page.getByTestId('staff-needed-band')).toBeVisible();
  // The next person finds no answer of the last one.
  await kiosk.start({ stayOnScreening: true });
  expect(await kiosk.currentLinkId()).toBe(flagged);
  await expect(page.locator('.tile[aria-checked="true"], .tile[aria-pressed="true"]')).toHaveCount(0);
  // The slip is counted once CUPS reports it printed (the band's own state only says whether it failed).
  await expect.poll(() => countsSoFar(shell.core.counters), { timeout: 30_000 }).toMatchObject({ redFlags: 1, alertSlipsPrinted: 1 });
  // Staff acknowledge from the band: it goes, in this session and the next.
  await page.getByTestId('staff-needed-band').getByRole('button', { name: 'Staff: tap here' }).click();
  await tapPin(pinDialog(page), testStaffPin);
  await expect(page.getByTestId('staff-needed-band')).toHaveCount(0);
  await shell.reload();
  await kiosk.expectScreen('attract');
  await page.waitForTimeout(2_500); // longer than the screen's poll of the main process
  await expect(page.getByTestId('staff-needed-band')).toHaveCount(0);
});

test('with alerts from two patients open, the band shows staff each one before they acknowledge them', async ({ page, kiosk, shell, dataDir, logLines }) => {
  // Found in review: a PIN at the band cleared every open alert, an earlier patient's too,
  // though staff had seen none of them.
  for (const session of [1, 2]) {
    await kiosk.start({ stayOnScreening: true });
    expect(await kiosk.currentLinkId()).toBe(flagged);
    await kiosk.answer('yes');
    await kiosk.back();
    await kiosk.expectScreen('front-desk-alert');
    await expect.poll(() => slipJobs(logLines).length, { timeout: 30_000, intervals: [100] }).toBe(session);
    await kiosk.continuePastAlert();
    await kiosk.expectScreen('privacy');
    await kiosk.back();
    await kiosk.expectScreen('attract');
  }
  const band = page.getByTestId('staff-needed-band');
  await band.getByRole('button', { name: 'Staff: tap here' }).click();
  await tapPin(pinDialog(page), testStaffPin);
  const review = page.getByTestId('alerts-review');
  await expect(review).toBeVisible();
  await expect(review).toContainText('More than one alert is waiting');
  await expect(review.locator('li[data-alert-state]')).toHaveCount(2);
  // Not acknowledged yet: "Not now" keeps the band and both alerts.
  await review.getByTestId('alerts-review-close').click();
  await expect(review).toHaveCount(0);
  await expect(band).toBeVisible();
  expect(shell.core.alerts.pending().open).toBe(2);

  await band.getByRole('button', { name: 'Staff: tap here' }).click();
  await tapPin(pinDialog(page), testStaffPin);
  await review.getByTestId('acknowledge-alerts').click();
  await expect(review).toHaveCount(0);
  await expect(band).toHaveCount(0);
  expect(shell.core.alerts.pending().open).toBe(0);
  const acknowledged = (await readAudit(shell.core, dataDir)).filter((entry) => entry.action === 'alert-acknowledged');
  expect(acknowledged).toEqual([expect.objectContaining({ count: 2 })]);
  // The staff session ended with the review: the patient screen is back, no staff mode.
  await kiosk.expectScreen('attract');
});

test('a flag changed to "No" stays raised: front desk on the result, "Yes, later changed to No" on paper and in the QR; the ending sends to the desk', async ({
  page,
  kiosk,
  logLines,
}) => {
  // The red flags are asked first: "yes" to the flagged one, going on past the alert.
  await kiosk.start({ screening: { [flagged]: 'yes' } });
  await kiosk.answerAll(otherAnswers);
  // Back to the flagged answer from review, and change it to No.
  await page.locator(`[data-link-id="${flagged}"]`).click();
  await kiosk.answer('no');
  await kiosk.next();
  await kiosk.expectScreen('review');
  await page.getByRole('button', { name: /show my result/i }).click();
  await expect(page.locator('[data-level]')).toHaveAttribute('data-level', 'tell-front-desk-now');
  // Like the sheet, the screen explains no cause under a red flag (these answers make one likely;
  // it once showed here, beside "Please tell the front desk now").
  await expect(page.locator('[data-cause]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'What may be causing it' })).toHaveCount(0);
  await page.locator('.print-panel .button--primary').click();
  await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.print-panel')).toContainText('Take it to the front desk now.');

  const pdf = await waitForPrintedPdf(lastSubmittedJobId(logLines));
  const text = pdfToText(pdf).replace(/\s+/g, ' ');
  const codes = decodeQrCodes(pdf);
  removePrintedPdf(pdf);
  expect(text).toContain('Yes, later changed to No');
  expect(text.indexOf('Please tell the front desk now')).toBeLessThan(text.indexOf('Riverside Physical Therapy'));
  expect(text).toMatch(/call 911 or go to the emergency room/i);
  expect(text).not.toMatch(/this screen/i);
  expect(text).toMatch(/\((CST|CDT)\)/);
  expect(codes).toHaveLength(1);
  const response = JSON.parse(codes[0]!) as QuestionnaireResponse;
  const item = response.item?.find((candidate) => candidate.linkId === flagged);
  expect(item?.answer).toEqual([{ valueCoding: { code: 'yes' } }]);
  expect(item?.extension).toEqual([{ url: answerChangedToExtensionUrl, valueCoding: { code: 'no' } }]);
  const read = questionnaireResponseToAnswers(response);
  expect(read.ok && assessAnswers(read.answers).level).toBe('tell-front-desk-now');

  await page.getByRole('button', { name: 'I am done' }).click();
  await kiosk.expectScreen('thank-you');
  await expect(page.locator('.thanks')).toContainText('Please go to the front desk now, or wave to staff. Take your sheet with you.');
  await expect(page.locator('.thanks')).not.toContainText(/have a seat/i);
});

test('each ending matches its level: discuss gives the sheet to the therapist, harmless reassures', async ({ page, kiosk }) => {
  const endings = [
    {
      answers: { where: ['lower-back'], frequency: 'daily', hurts: 'yes', 'pain-score': 6 },
      level: 'discuss-with-therapist',
      text: 'Please have a seat. Give this sheet to your therapist.',
    },
    // "Harmless" needs the evidence (occasional, painless, nothing else): the "no worry" sample's answers.
    { answers: harmlessAnswers, level: 'common-harmless', text: 'Please have a seat. Your therapist will see you soon.' },
  ] as const;
  for (const ending of endings) {
    await kiosk.start();
    await kiosk.answerAll(ending.answers);
    await page.getByRole('button', { name: /show my result/i }).click();
    await expect(page.locator('[data-level]')).toHaveAttribute('data-level', ending.level);
    await page.getByRole('button', { name: 'I am done' }).click();
    await expect(page.locator('.thanks')).toHaveAttribute('data-level', ending.level);
    await expect(page.locator('.thanks')).toContainText(ending.text);
    await page.getByRole('button', { name: 'Start over now' }).click();
    await kiosk.expectScreen('attract');
  }
});

test('the alert printer failing: the patient is told to wave to staff, staff see the failed alert until they acknowledge it', async ({
  page,
  kiosk,
  shell,
  dataDir,
}) => {
  execFileSync('cupsreject', [alertQueue]);
  await kiosk.start({ stayOnScreening: true });
  await answerUntilFlag(kiosk, 'unsure');
  await expect(page.getByTestId('alert-slip-failed')).toContainText('We could not tell staff. Please wave to staff now, or ask someone near you for help.');
  await expect(page.getByTestId('slip-failed')).toBeVisible();
  await page.getByTestId('alert-continue').click();
  await expect(page.getByTestId('staff-needed-band')).toHaveAttribute('data-slip', 'failed');
  expect(countsSoFar(shell.core.counters)).toMatchObject({ alertSlipFailures: 1, alertSlipsPrinted: 0 });

  await enterStaffMode(page);
  const alerts = page.getByTestId('staff-alerts');
  await expect(alerts).toHaveAttribute('data-failed', 'true');
  await expect(alerts).toContainText('URGENT SLIP NOT PRINTED');
  await expect(alerts).toContainText(alertQueue);
  await page.getByTestId('acknowledge-alerts').click();
  await expect(page.getByTestId('alerts-none')).toBeVisible();
  await openTab(page, 'counts');
  await expect(page.locator('[data-count="alertSlipFailures"] dd')).toHaveText('1');
  const actions = (await readAudit(shell.core, dataDir)).map((entry) => entry.action);
  expect(actions).toEqual(expect.arrayContaining(['alert-raised', 'alert-slip-failed', 'alert-acknowledged']));
});

test.describe('staff choose the alert printer', () => {
  test.use({ kioskSettings: { printMode: 'ask' } });
  test('the alert printer setting defaults to the summary printer and can be set to another queue', async ({ page, shell }) => {
    expect(shell.core.settings.get().alertPrinter).toBeNull();
    await enterStaffMode(page);
    await openTab(page, 'printer');
    const row = page.locator('[data-setting="alertPrinter"]');
    await expect(row.getByRole('button', { name: 'The summary printer' })).toHaveAttribute('aria-pressed', 'true');
    await row.locator(`[data-alert-printer="${alertQueue}"]`).click();
    await expect.poll(() => shell.core.settings.get().alertPrinter).toBe(alertQueue);
    await openTab(page, 'settings');
    await expect(page.locator('[data-setting="emergencyNumber"] [data-testid="value-emergencyNumber"]')).toHaveText('911');
    await expect(page.locator('[data-setting="attentionChime"] button[aria-pressed="true"]')).toHaveText('On');
  });
});
