/**
 * A walk through every patient screen (each question, the front-desk alert, review, result,
 * thank-you and the "still there?" check) that calls `visit` on each one. Used by the screen
 * audit test (layout, touch targets, axe-core), `npm run screenshots`, the headless preview
 * walkthrough and the renderer bench, so they all see the same screens. It taps through the one
 * kiosk driver. Plain playwright-core: it also runs outside the test runner.
 */
import type { Page } from 'playwright-core';
import { clearScreeningAnswers } from '../../../shared/summary/sample-answers.ts';
import type { Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { KioskDriver, type DisplayModeName } from './kiosk-driver.ts';

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
  const kiosk = new KioskDriver(page);
  await kiosk.expectScreen('attract');
  if (options.language !== 'en') await kiosk.chooseLanguage(options.language);
  await kiosk.chooseDisplayMode(options.mode);
  await visit('attract');
  await kiosk.tapStart(options.language);
  await visit('privacy');
  await kiosk.next();
  await kiosk.answerAll(options.answers ?? tourAnswers, {
    strict: false,
    onAlert: () => visit('front-desk-alert'),
    onQuestion: async (linkId) => {
      if (!options.questions || options.questions.includes(linkId)) await visit(`question-${linkId}`);
    },
  });
  await visit('review');
  if (options.idleSeconds !== undefined) {
    await page.clock.fastForward(options.idleSeconds * 1000 + 500);
    await kiosk.waitForStillThere();
    await visit('still-there');
    await kiosk.stay();
  }
  await kiosk.next();
  await kiosk.expectScreen('result');
  await visit('result');
  await kiosk.next();
  await kiosk.expectScreen('thank-you');
  await visit('thank-you');
  await kiosk.startOver();
}
