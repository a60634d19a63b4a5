import { cancelAllJobs, pdfToText, removePrintedPdf, waitForPrintedPdf } from '../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { hypermobilityLinkIds, safetyLinkIds } from '../../shared/questionnaire/backtalk-questionnaire.ts';
import { expect, test } from './support/kiosk-fixture.ts';
import { countsSoFar } from './support/counts-so-far.ts';

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

test.describe('with the screens moving as they do by default', () => {
  // The other tests reduce motion for speed (kiosk-fixture.ts); this one keeps each screen's slide-in.
  test.use({ reducedMotion: 'no-preference' });
  test('a patient completes the flow, prints through CUPS and the sheet says what they answered', async ({ page, kiosk, logLines, shell }) => {
    await expect(page.getByText('Riverside Physical Therapy').first()).toBeVisible();
    await kiosk.start();
    await expect(page.getByTestId('progress')).toHaveText('Part 2 of 4: Where and when it cracks');
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
    expect(text).toMatch(/Verdict: review with the patient at this visit/);

    await page.getByRole('button', { name: 'I am done' }).click();
    await kiosk.expectScreen('thank-you');
    await expect(page.getByTestId('countdown')).toContainText(/resets in \d+ seconds/);
    await page.getByRole('button', { name: 'Start over now' }).click();
    await kiosk.expectScreen('attract');

    const counts = countsSoFar(shell.core.counters);
    expect(counts).toMatchObject({ started: 1, finished: 1, printed: 1, printFailures: 0 });
  });
});

test('a red-flag answer shows the front-desk screen at once and the printout leads with it', async ({ page, kiosk, logLines }) => {
  let alerted = false;
  await kiosk.start({
    screening: { 'safety-urine-retention': 'yes' },
    onAlert: async () => {
      alerted = true;
      await expect(page.getByRole('alert')).toContainText('Staff are being told now');
    },
  });
  // The alert came during the safety questions, before anything about the cracking was asked.
  expect(alerted).toBe(true);
  await expect(page.locator('h1.question')).toHaveAttribute('id', 'question-where');
  await kiosk.answerAll({ where: ['neck'] });
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
  // The page's clock is installed (it still runs at its own pace), so the test skips the idle
  // time instead of waiting it out, and checks its length to the second.
  await page.clock.install();
  await shell.reload();
  await kiosk.start();
  await kiosk.answer(['upper-back']);
  await page.clock.fastForward(14_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward(1_500);
  await expect(page.getByRole('alertdialog')).toContainText('Are you still there?');
  await page.clock.fastForward(5_000);
  await kiosk.expectScreen('attract');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(countsSoFar(shell.core.counters).timedOut).toBe(1);
  // Nothing of the session is left to reach: start again and the body map is empty.
  await kiosk.start();
  await expect(page.locator('.tile[aria-pressed="true"]')).toHaveCount(0);
});

test('a no-worry case: harmless cracking, calm guidance, printed once, counted', async ({ page, kiosk, shell, logLines }) => {
  await kiosk.start();
  await kiosk.answerAll({
    where: ['middle-back'],
    triggers: ['on-purpose'],
    frequency: 'rarely',
    hurts: 'no',
    feel: ['single-pop'],
    symptoms: ['none'],
    'past-injury': ['none'],
    age: '30-44',
    limits: 'not-at-all',
  });
  await expect(page.locator('[data-link-id="pain-score"]')).toHaveCount(0);
  await page.getByRole('button', { name: /show my result/i }).click();
  await expect(page.locator('[data-level]')).toHaveAttribute('data-level', 'common-harmless');
  await expect(page.locator('[data-cause="gas-release"]')).toContainText('Because you said');
  await expect(page.getByText('This is not a diagnosis.', { exact: false })).toBeVisible();
  await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });
  expect(countsSoFar(shell.core.counters)).toMatchObject({ started: 1, finished: 1, printed: 1, redFlags: 0 });
  // Back to review and on again: the kiosk (printing by itself) does not print a second sheet unasked.
  await kiosk.back();
  await kiosk.expectScreen('review');
  await page.getByRole('button', { name: /show my result/i }).click();
  await expect(page.locator('[data-print-phase="idle"]')).toBeVisible();
  const submitted = () => logLines.filter((line) => line.includes('"print job submitted"')).length;
  expect(submitted()).toBe(1);
});

test.describe('each red flag alone', () => {
  test.use({ kioskSettings: { printMode: 'ask' } });
  for (const flag of safetyLinkIds) {
    test(`"yes" to ${flag} alone alerts at once and leads the result`, async ({ page, kiosk, shell }) => {
      const alertsAfter: (string | null)[] = [];
      await kiosk.start({
        screening: { [flag]: 'yes' },
        onAlert: async () => {
          await expect(page.getByRole('heading', { level: 1 })).toHaveText('One answer needs a check now');
          await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
          alertsAfter.push(await page.locator('[data-screen]').getAttribute('data-screen'));
        },
      });
      await kiosk.answerAll({ where: ['lower-back'] });
      expect(alertsAfter).toHaveLength(1);
      await expect(page.locator(`[data-link-id="${flag}"]`)).toContainText('Yes');
      await page.getByRole('button', { name: /show my result/i }).click();
      await expect(page.locator('[data-level]')).toHaveAttribute('data-level', 'tell-front-desk-now');
      // The flag leads, and no cause is explained beside it (as on the sheet).
      await expect(page.getByRole('heading', { name: 'What may be causing it' })).toHaveCount(0);
      expect(countsSoFar(shell.core.counters).redFlags).toBe(1);
    });
  }
});

test('back and edit from review: the changed answer shows, and dependent questions follow it', async ({ page, kiosk }) => {
  await kiosk.start();
  await kiosk.answerAll(painfulAnswers);
  await expect(page.locator('[data-link-id="frequency"]')).toContainText('Many times a day');
  await page.locator('[data-link-id="frequency"]').click();
  await expect(page.getByRole('heading', { name: 'How often does your back crack?' })).toBeVisible();
  await expect(page.locator('.tile[data-code="many-a-day"]')).toHaveAttribute('aria-checked', 'true');
  await kiosk.answer('weekly');
  await page.getByRole('button', { name: 'Back to my answers' }).click();
  await kiosk.expectScreen('review');
  await expect(page.locator('[data-link-id="frequency"]')).toContainText('A few times a week');

  // "It does not hurt" removes the pain score, from the review and from the answers.
  await page.locator('[data-link-id="hurts"]').click();
  await kiosk.answer('no');
  await kiosk.next();
  await kiosk.expectScreen('review');
  await expect(page.locator('[data-link-id="pain-score"]')).toHaveCount(0);

  // Back from review goes to the last question, and Back from a review edit returns unchanged.
  await page.locator('.screen__footer .button--secondary').click();
  await expect(page.locator('h1.question')).toHaveAttribute('id', 'question-duration');
  await kiosk.next();
  await page.locator('[data-link-id="age"]').click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.locator('[data-link-id="age"]')).toContainText('60 to 74');
});

test('the five bendy-joint questions are one page (five rows, one Next), one review row under its part, and "Change" opens the page again', async ({
  page,
  kiosk,
}) => {
  await kiosk.start();
  for (let step = 0; step < 20 && (await kiosk.currentLinkId()) !== hypermobilityLinkIds[0]; step++) {
    const [linkId] = await kiosk.answerPage({ where: ['neck'] });
    await kiosk.next();
    await expect(page.locator(`#question-${linkId}`)).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How much do your joints bend?');
  await expect(page.getByTestId('progress')).toHaveText('Part 4 of 4: About you');
  const rows = page.locator('.question-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.locator('[role="radiogroup"]')).toHaveCount(5);
  await expect(page.getByRole('radiogroup', { name: 'Can you bend your thumb to touch your forearm? Or could you ever?' })).toBeVisible();
  await kiosk.answer('yes', 'hypermobility-thumb');
  await kiosk.answer('no', 'hypermobility-hands-floor');
  await expect(page.locator('.tile[aria-checked="true"]')).toHaveCount(2);
  await kiosk.next();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old are you?');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(rows).toHaveCount(5);
  await expect(page.locator('[data-link-id="hypermobility-thumb"] .tile[data-code="yes"]')).toHaveAttribute('aria-checked', 'true');
  await kiosk.next();
  await kiosk.answerAll({});

  // Review: a heading per part, one row (one "Change") for the five answers.
  await expect(page.locator('.review-section h2')).toHaveText([
    'Part 1: Safety questions',
    'Part 2: Where and when it cracks',
    'Part 3: How it feels',
    'Part 4: About you',
  ]);
  const row = page.locator('.review-item[data-link-id="hypermobility-hands-floor"]');
  await expect(page.locator('.review-item[data-link-id^="hypermobility-"]')).toHaveCount(1);
  await expect(row.locator('.review-item__change')).toHaveCount(1);
  await expect(row).toContainText('How much your joints bend');
  await expect(row).toContainText('Thumb to forearm: Yes');
  await expect(row).toContainText('Hands flat on floor: No');
  await expect(page.locator('[data-part="about-you"] .review-item').first()).toHaveAttribute('data-link-id', 'hypermobility-hands-floor');
  await row.click();
  await expect(rows).toHaveCount(5);
  await kiosk.answer('unsure', 'hypermobility-dislocation');
  await page.getByRole('button', { name: 'Back to my answers' }).click();
  await kiosk.expectScreen('review');
  await expect(row).toContainText('Shoulder or kneecap slipped out: Not sure');
});

test('switching language mid-flow keeps every answer', async ({ page, kiosk }) => {
  await kiosk.start();
  await kiosk.answer(['neck', 'lower-back']);
  await kiosk.next();
  await kiosk.answer(['twisting']);
  await kiosk.next();
  await kiosk.answer('daily');
  await page.locator('.language-switch button[lang="es"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Cada cuánto le cruje la espalda?');
  await expect(page.getByTestId('progress')).toHaveText('Parte 2 de 4: Dónde y cuándo cruje');
  await expect(page.locator('.tile[data-code="daily"]')).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: 'Atrás', exact: true }).click();
  await expect(page.locator('.tile[data-code="twisting"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.tile[data-code="twisting"]')).toContainText('Girar el cuerpo');
  await page.getByRole('button', { name: 'Atrás', exact: true }).click();
  await expect(page.locator('.tile[aria-pressed="true"]')).toHaveText(['Cuello', 'Parte baja de la espalda']);
  await expect(page.locator('[data-region="neck"].is-on')).toHaveCount(1);
  await page.locator('.language-switch button[lang="en"]').click();
  await expect(page.locator('.tile[aria-pressed="true"]')).toHaveText(['Neck', 'Lower back']);
  await kiosk.next();
  await kiosk.next();
  await kiosk.answerAll({});
  await expect(page.locator('[data-link-id="where"]')).toContainText('Neck, Lower back');
  await expect(page.locator('[data-link-id="frequency"]')).toContainText('Every day');
});

test('the body picture and the list are the same choice', async ({ page, kiosk }) => {
  await kiosk.start();
  await page.locator('[data-region="upper-back"]').click();
  await expect(page.locator('.tile[data-code="upper-back"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.tile[data-code="middle-back"]').click();
  await expect(page.locator('[data-region="middle-back"]')).toHaveClass(/is-on/);
  await page.locator('[data-region="upper-back"]').click();
  await expect(page.locator('.tile[aria-pressed="true"]')).toHaveText(['Middle back']);
  // Screen readers get the list only: the picture is hidden from them.
  await expect(page.locator('svg.body-map__picture')).toHaveAttribute('aria-hidden', 'true');
});
