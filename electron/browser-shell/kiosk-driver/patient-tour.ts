/**
 * A walk through every patient screen (each question, the front-desk alert, review, result,
 * thank-you and the "still there?" check) that calls `visit` on each one. Used by the
 * accessibility and touch-target tests, `npm run screenshots` and the renderer bench, so
 * they all see the same screens. Plain playwright-core: it also runs outside the test runner.
 */
import type { Page } from 'playwright-core';
import { clearScreeningAnswers } from '../../../shared/summary/sample-answers.ts';
import type { Language } from '../../../shared/questionnaire/questionnaire-types.ts';

export type DisplayModeName = 'default' | 'large-text' | 'largest-text' | 'high-contrast';
export const displayModeNames: readonly DisplayModeName[] = ['default', 'large-text', 'largest-text', 'high-contrast'];

/**
 * The answers the tour gives: some chosen on every kind of question, one red flag for the alert;
 * the other screening questions (which cannot be skipped) are answered "no".
 */
export type TourAnswers = Readonly<Record<string, string | readonly string[] | number>>;

export const tourAnswers: TourAnswers = {
  ...clearScreeningAnswers,
  'safety-weakness-walking': 'yes',
  where: ['neck', 'lower-back'],
  triggers: ['twisting', 'after-still'],
  frequency: 'daily',
  hurts: 'yes',
  'pain-score': 6,
  feel: ['grinding'],
  'hypermobility-thumb': 'yes',
  'hypermobility-double-jointed': 'unsure',
  age: '60-74',
};

export async function screenName(page: Page): Promise<string> {
  return (await page.locator('[data-screen]').getAttribute('data-screen')) ?? 'none';
}

async function waitForScreen(page: Page, name: string): Promise<void> {
  await page.locator(`[data-screen="${name}"]`).waitFor();
}

/** Taps the header buttons until the display mode is on. Starts from the default mode. */
export async function chooseDisplayMode(page: Page, mode: DisplayModeName): Promise<void> {
  if (mode === 'high-contrast') await page.getByTestId('contrast').click();
  const taps = mode === 'large-text' ? 1 : mode === 'largest-text' ? 2 : 0;
  for (let i = 0; i < taps; i++) await page.getByTestId('text-size').click();
  await page.locator(`html[data-text-size="${taps}"][data-contrast="${mode === 'high-contrast' ? 'high' : 'standard'}"]`).waitFor({ state: 'attached' });
}

export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  await page.locator(`.language-switch button[lang="${language}"]`).first().click();
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}

/** Answers the page on screen from the tour's answers: one question, or each row of a page of several. */
async function answerQuestion(page: Page, answers: TourAnswers): Promise<void> {
  const rowLocators = await page.locator('.question-row[data-link-id]').all();
  const rows = await Promise.all(rowLocators.map(async (row) => (await row.getAttribute('data-link-id')) ?? ''));
  const id = (await page.locator('h1.question').getAttribute('id'))?.replace(/^question-/, '') ?? '';
  for (const linkId of rows.length > 0 ? rows : [id]) {
    const scope = rows.length > 0 ? page.locator(`.question-row[data-link-id="${linkId}"]`) : page.locator(':root');
    const value = answers[linkId];
    if (typeof value === 'number') await scope.locator(`.scale__number[data-value="${value}"]`).click();
    else if (typeof value === 'string') await scope.locator(`.tiles .tile[data-code="${value}"]`).click();
    else if (value) for (const code of value) await scope.locator(`.tiles .tile[data-code="${code}"]`).click();
  }
}

export interface TourOptions {
  readonly language: Language;
  readonly mode: DisplayModeName;
  /** Called on each screen once it is drawn; the name is e.g. "attract" or "question-where". */
  readonly visit: (name: string) => Promise<void>;
  /** The answers to give (default: `tourAnswers`, which raise a red flag to show the alert). */
  readonly answers?: TourAnswers;
  /** Visit only these question linkIds (default: every question). */
  readonly questions?: readonly string[];
  /** Seconds of the kiosk's idle setting, for the "still there?" check (needs page.clock installed). */
  readonly idleSeconds?: number;
}

/**
 * Starts on the attract screen (default language and mode) and ends back on it. With
 * `idleSeconds`, the page's clock must be installed (page.clock.install) before the app loaded.
 */
export async function tourPatientScreens(page: Page, options: TourOptions): Promise<void> {
  const { visit } = options;
  await waitForScreen(page, 'attract');
  if (options.language !== 'en') await chooseLanguage(page, options.language);
  await chooseDisplayMode(page, options.mode);
  await visit('attract');
  await page.locator(`.attract__start[lang="${options.language}"]`).click();
  await waitForScreen(page, 'privacy');
  await visit('privacy');
  await page.locator('.screen__footer .button--primary').click();

  for (let step = 0; step < 60; step++) {
    const name = await screenName(page);
    if (name === 'review') break;
    if (name === 'front-desk-alert') {
      await visit('front-desk-alert');
      // Going on with the questions is the alert's secondary action.
      await page.getByTestId('alert-continue').click();
      await page.locator('[data-screen="front-desk-alert"]').waitFor({ state: 'detached' });
      continue;
    }
    const id = await page.locator('h1.question').getAttribute('id');
    const linkId = id?.replace(/^question-/, '') ?? '';
    await answerQuestion(page, options.answers ?? tourAnswers);
    if (!options.questions || options.questions.includes(linkId)) await visit(`question-${linkId}`);
    await page.locator('.screen__footer .button--primary').click();
    await page.locator(`#question-${linkId}`).waitFor({ state: 'detached' });
  }

  await waitForScreen(page, 'review');
  await visit('review');
  if (options.idleSeconds !== undefined) {
    await page.clock.fastForward(options.idleSeconds * 1000 + 500);
    await page.getByRole('alertdialog').waitFor();
    await visit('still-there');
    await page.getByRole('alertdialog').getByRole('button').click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  }
  await page.locator('.screen__footer .button--primary').click();
  await waitForScreen(page, 'result');
  await visit('result');
  await page.locator('.screen__footer .button--primary').click();
  await waitForScreen(page, 'thank-you');
  await visit('thank-you');
  await page.locator('.screen__footer .button').click();
  await waitForScreen(page, 'attract');
}
