/**
 * The one way tools tap through the kiosk: the end-to-end tests, the soak, the renderer bench, the
 * screenshot script and the headless preview walkthrough all drive the patient screens through
 * this class, so a screen's selectors live here and nowhere else. Taps go where a patient's finger
 * goes (big buttons only). Selectors are structural, not textual, so one driver serves English and
 * Spanish. Plain playwright-core: it also runs outside the test runner.
 */
import type { Locator, Page } from 'playwright-core';
import { findItem } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { AnswerValue, Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { clearScreeningAnswers } from '../../../shared/summary/sample-answers.ts';

/** What the patient screens are made of, for a tool that needs a selector string (e.g. a timing probe). */
export const kioskSelectors = {
  screen: '[data-screen]',
  startButton: '.attract__start',
  /** The footer's main action: Start, Next, Finish, Print... */
  primary: '.screen__footer .button--primary',
  /** The footer's other action: Back, Start over... */
  secondary: '.screen__footer .button--secondary',
  questionHeading: 'h1.question',
  /** One row of a page of several questions (the bendy-joint questions), with its linkId. */
  questionRow: '.question-row[data-link-id]',
  tile: '.tiles .tile',
  /** A tile of a multiple choice: a second tap unchooses it. */
  toggleTile: '.tile--toggle',
  chosenTile: '.tile[aria-pressed="true"], .tile[aria-checked="true"]',
  scaleNumber: '.scale__number',
  languageButton: '.language-switch button',
  textSize: '[data-testid="text-size"]',
  contrast: '[data-testid="contrast"]',
  alertContinue: '[data-testid="alert-continue"]',
  reviewItem: '.review-item',
  level: '[data-level]',
  printPhase: '[data-print-phase]',
  stillThere: '[role="alertdialog"]',
  /** "Staff needed": up from a red flag until staff acknowledge it with their PIN. */
  staffBand: '[data-testid="staff-needed-band"]',
} as const;

/** The parts of the page's DOM the driver reads in one look (`onScreen`, a tap). */
interface PageElement {
  readonly id: string;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
}
interface PageDocument {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  elementFromPoint(x: number, y: number): PageElement | null;
}
/** What a tap needs of a button: where it is, and whether a hit element is it or inside it. */
interface TapTarget extends PageElement {
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  contains(other: PageElement): boolean;
  scrollIntoView(options: { block: 'center'; inline: 'center' }): void;
}

export type DisplayModeName = 'default' | 'large-text' | 'largest-text' | 'high-contrast';
export const displayModeNames: readonly DisplayModeName[] = ['default', 'large-text', 'largest-text', 'high-contrast'];

/** Long enough for a loaded 2-core machine; the same as the end-to-end tests' own expect timeout. */
const defaultStepTimeoutMs = 15_000;

export interface AnswerAllOptions {
  /** Called on the front-desk alert, before going on past it. */
  readonly onAlert?: () => Promise<void>;
  /** Called on each question page once it is answered, before Next; `index` counts pages from 0. */
  readonly onQuestion?: (linkId: string, index: number) => Promise<void>;
  /** Fail when a given answer's question was never asked (default true: an answer is never dropped silently). */
  readonly strict?: boolean;
}

export class KioskDriver {
  /** The screening answers `start()` gave, so `answerAll` knows they were asked. */
  private screeningGiven: Readonly<Record<string, AnswerValue>> = {};
  private readonly livePage: () => Page;
  readonly stepTimeoutMs: number;

  /** `page` may be a function: after a renderer crash the shell opens a new page. */
  constructor(page: Page | (() => Page), options: { stepTimeoutMs?: number } = {}) {
    this.livePage = typeof page === 'function' ? page : () => page;
    this.stepTimeoutMs = options.stepTimeoutMs ?? defaultStepTimeoutMs;
  }

  get page(): Page {
    return this.livePage();
  }

  /**
   * A tap where a finger lands: the middle of the button `selector` names (its first match with
   * `first`, else its only one), once it is in view and nothing covers it there. One look in the
   * page finds the button and that point (scrolling the button to the middle of its scroller if
   * it is out of view or covered), then the mouse taps it. Playwright's own click checks the same
   * and more (standing still for two frames, enabled), and a locator's evaluate resolves the
   * element in separate round trips first; together several times the cost, and the end-to-end
   * run is bound by CPU. Every step after a tap waits for what the tap must change (a tile shown
   * as chosen, the next page), so a tap on a disabled button still fails there, naming it; a
   * screen's 12 px slide-in cannot take a big button's middle out of it. A button not there yet
   * is waited for, then looked at again. When it is not the only match or has no such point,
   * Playwright's click takes over: it waits, retries, and says what is wrong or in the way. Says
   * whether the button was a chosen toggle tile before the tap, read in the same look.
   */
  private async tap(selector: string, options: { first?: boolean } = {}): Promise<{ wasChosenToggle: boolean }> {
    const first = options.first ?? false;
    // For the waits and the fallback only; the look itself finds the button in the page.
    const button = first ? this.page.locator(selector).first() : this.page.locator(selector);
    let look = await this.lookForTap(selector, first);
    if (look.matches === 0) {
      // Not there yet (the screen is still coming): wait for it, then look again.
      await button.waitFor({ state: 'attached', timeout: this.stepTimeoutMs });
      look = await this.lookForTap(selector, first);
    }
    if (look.point) {
      await this.page.mouse.click(look.point.x, look.point.y);
      return { wasChosenToggle: look.wasChosenToggle };
    }
    await button.click({ timeout: this.stepTimeoutMs });
    return { wasChosenToggle: look.wasChosenToggle };
  }

  /** The tap's one look in the page: how many buttons match, the point to tap (null if none is clear), and whether it is a chosen toggle. */
  private lookForTap(selector: string, first: boolean): Promise<{ matches: number; wasChosenToggle: boolean; point: { x: number; y: number } | null }> {
    return this.page.evaluate(
      (params: { selector: string; first: boolean; toggle: string; chosen: string }) => {
        // No named functions in here: tsx (the scripts' runner) wraps them in a helper the page lacks.
        const { document } = globalThis as unknown as { document: PageDocument };
        const found = document.querySelectorAll(params.selector);
        const matches = found.length;
        // Not the only match: no point, so Playwright's click says so (it allows one match only).
        const element = (params.first || matches === 1 ? found[0] : undefined) as TapTarget | undefined;
        if (!element) return { matches, wasChosenToggle: false, point: null };
        const wasChosenToggle = element.matches(params.toggle) && element.matches(params.chosen);
        for (const scrolled of [false, true]) {
          if (scrolled) element.scrollIntoView({ block: 'center', inline: 'center' });
          const box = element.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          const hit = box.width > 0 && box.height > 0 ? document.elementFromPoint(x, y) : null;
          if (hit && element.contains(hit)) return { matches, wasChosenToggle, point: { x, y } };
        }
        return { matches, wasChosenToggle, point: null };
      },
      { selector, first, toggle: kioskSelectors.toggleTile, chosen: kioskSelectors.chosenTile },
    );
  }

  /**
   * The screen on show and, on a question page, the linkIds on it: one look at the page (and a
   * wait for a screen, if none shows yet).
   */
  private async onScreen(): Promise<{ screen: string; linkId: string | null; linkIds: string[] }> {
    const seen = await this.lookAtScreen();
    if (seen.screen !== 'none') return seen;
    await this.screen().waitFor({ timeout: this.stepTimeoutMs });
    return this.lookAtScreen();
  }

  /** `linkId`: the question page's own (its heading's); `linkIds`: every question on it. */
  private lookAtScreen(): Promise<{ screen: string; linkId: string | null; linkIds: string[] }> {
    return this.page.evaluate((selectors) => {
      // Runs in the page; the Node side has no DOM types, so the few parts used are named here.
      const { document } = globalThis as unknown as { document: PageDocument };
      const screen = document.querySelector(selectors.screen)?.getAttribute('data-screen') ?? 'none';
      const rows = Array.from(document.querySelectorAll(selectors.questionRow), (row) => row.getAttribute('data-link-id') ?? '');
      const linkId = document.querySelector(selectors.questionHeading)?.id.replace(/^question-/, '') ?? null;
      return { screen, linkId, linkIds: rows.length > 0 ? rows : linkId ? [linkId] : [] };
    }, kioskSelectors);
  }

  screen(): Locator {
    return this.page.locator(kioskSelectors.screen);
  }

  /** The patient screen on show ("attract", "question", "review"...), or "none". */
  async screenName(): Promise<string> {
    return (await this.screen().getAttribute('data-screen', { timeout: this.stepTimeoutMs })) ?? 'none';
  }

  /** Waits until the patient screen is `name`; says which screen shows instead if it never comes. */
  async expectScreen(name: string, timeoutMs = this.stepTimeoutMs): Promise<void> {
    try {
      await this.page.locator(`[data-screen="${name}"]`).waitFor({ timeout: timeoutMs });
    } catch (error) {
      const shown = await this.screen()
        .getAttribute('data-screen', { timeout: 1000 })
        .catch(() => null);
      throw new Error(`Expected the ${name} screen, but the kiosk shows ${shown ?? 'no patient screen'}`, { cause: error });
    }
  }

  /** Taps a header language button until the page is in `language`. */
  async chooseLanguage(language: Language): Promise<void> {
    await this.tap(`${kioskSelectors.languageButton}[lang="${language}"]`, { first: true });
    await this.page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached', timeout: this.stepTimeoutMs });
  }

  /** Taps the header buttons until the display mode is on. Starts from the default mode. */
  async chooseDisplayMode(mode: DisplayModeName): Promise<void> {
    if (mode === 'high-contrast') await this.tap(kioskSelectors.contrast);
    const taps = mode === 'large-text' ? 1 : mode === 'largest-text' ? 2 : 0;
    for (let i = 0; i < taps; i++) await this.tap(kioskSelectors.textSize);
    await this.page
      .locator(`html[data-text-size="${taps}"][data-contrast="${mode === 'high-contrast' ? 'high' : 'standard'}"]`)
      .waitFor({ state: 'attached', timeout: this.stepTimeoutMs });
  }

  /** Taps the welcome's start button of `language` (else the first: the kiosk's current language); ends on the privacy note. */
  async tapStart(language?: Language): Promise<void> {
    if (language) await this.tap(`${kioskSelectors.startButton}[lang="${language}"]`);
    else await this.tap(kioskSelectors.startButton, { first: true });
    await this.expectScreen('privacy');
  }

  /**
   * Starts a check-in (in `language`, else the kiosk's current one) and answers the screening questions that come first (red flags, then risk
   * markers): "no" to each unless `screening` says otherwise, continuing past any front-desk
   * alert. Ends on the first question about the cracking. With `stayOnScreening`, it stops on
   * the first safety question instead.
   */
  async start(
    options: { language?: Language; screening?: Readonly<Record<string, AnswerValue>>; onAlert?: () => Promise<void>; stayOnScreening?: boolean } = {},
  ): Promise<void> {
    await this.tapStart(options.language);
    await this.next();
    if (options.stayOnScreening) return;
    const answers = { ...clearScreeningAnswers, ...options.screening };
    this.screeningGiven = answers;
    const aboutTheCracking = (linkId: string | null) => linkId !== null && findItem(linkId)?.section === 'about';
    await this.answerUntil(answers, (_screen, linkId) => aboutTheCracking(linkId), options, 'during the screening questions');
  }

  /**
   * Answers page after page from `answers`, going on past any front-desk alert, until `done`
   * says the screen on show is where to stop. Returns the linkIds of every page answered.
   */
  private async answerUntil(
    answers: Readonly<Record<string, AnswerValue>>,
    done: (screen: string, linkId: string | null) => boolean,
    options: Omit<AnswerAllOptions, 'strict'>,
    where: string,
  ): Promise<Set<string>> {
    const asked = new Set<string>();
    let index = 0;
    for (let step = 0; step < 80; step++) {
      const { screen, linkId, linkIds } = await this.onScreen();
      if (screen === 'front-desk-alert') {
        await options.onAlert?.();
        await this.continuePastAlert();
        continue;
      }
      if (done(screen, linkId)) return asked;
      if (!linkId) throw new Error(`Unexpected screen ${screen} ${where}`);
      await this.answerQuestions(linkIds, answers);
      for (const onPage of linkIds) asked.add(onPage);
      await options.onQuestion?.(linkId, index);
      index += 1;
      await this.nextQuestion(linkId);
    }
    throw new Error(`Never got to the end ${where}`);
  }

  /** The linkId of the question page on screen (its first item's), or null when not on a question. */
  async currentLinkId(): Promise<string | null> {
    return (await this.lookAtScreen()).linkId;
  }

  /**
   * Answers the question on screen with `value` (codes or a scale number); undefined skips it.
   * On a page of several questions, `linkId` names the row to answer.
   */
  async answer(value: AnswerValue | undefined, linkId?: string): Promise<void> {
    // The CSS that scopes a selector to the question: its row on a page of several.
    const scope = linkId === undefined ? '' : `.question-row[data-link-id="${linkId}"] `;
    if (typeof value === 'number') {
      await this.tap(`${scope}${kioskSelectors.scaleNumber}[data-value="${value}"]`);
    } else if (typeof value === 'string') {
      await this.tapTile(scope, value);
    } else if (value) {
      for (const code of value) await this.tapTile(scope, code);
    }
  }

  /**
   * Taps an answer tile and waits until it shows the tap (chosen; or no longer chosen, for a
   * chosen toggle tapped again), so a tap the screen did not take fails here, naming the tile,
   * rather than later as a disabled Next.
   */
  private async tapTile(scope: string, code: string): Promise<void> {
    const tile = `${scope}${kioskSelectors.tile}[data-code="${code}"]`;
    // A chosen toggle is unchosen by the tap.
    const unchoosing = (await this.tap(tile)).wasChosenToggle;
    try {
      await this.page.locator(`${tile}:is(${kioskSelectors.chosenTile})`).waitFor({ state: unchoosing ? 'detached' : 'attached', timeout: this.stepTimeoutMs });
    } catch (error) {
      const chosenTiles = await this.page
        .locator(`${scope}:is(${kioskSelectors.chosenTile})`)
        .all()
        .catch(() => []);
      const chosen = await Promise.all(chosenTiles.map(async (chosenTile) => chosenTile.getAttribute('data-code', { timeout: 1000 }).catch(() => null)));
      const screen = await this.screen()
        .getAttribute('data-screen', { timeout: 1000 })
        .catch(() => null);
      throw new Error(
        `Tapped the "${code}" tile, but it never showed as ${unchoosing ? 'no longer chosen' : 'chosen'} (screen: ${screen ?? 'none'}; chosen: ${chosen.join(', ') || 'none'})`,
        {
          cause: error,
        },
      );
    }
  }

  /** Answers each question on the page on screen from `answers` (a page may hold several). */
  async answerPage(answers: Readonly<Record<string, AnswerValue>>): Promise<string[]> {
    const { linkIds } = await this.onScreen();
    await this.answerQuestions(linkIds, answers);
    return linkIds;
  }

  private async answerQuestions(linkIds: readonly string[], answers: Readonly<Record<string, AnswerValue>>): Promise<void> {
    const several = linkIds.length > 1;
    for (const linkId of linkIds) await this.answer(answers[linkId], several ? linkId : undefined);
  }

  /** Taps the footer's main action (Start, Next, Finish, Print...). */
  async next(): Promise<void> {
    await this.tap(kioskSelectors.primary);
  }

  /** Taps the footer's other action (Back, Start over...). */
  async back(): Promise<void> {
    await this.tap(kioskSelectors.secondary);
  }

  /** Next, and waits until the question page `linkId` has gone. */
  private async nextQuestion(linkId: string): Promise<void> {
    await this.next();
    await this.page.locator(`#question-${linkId}`).waitFor({ state: 'detached', timeout: this.stepTimeoutMs });
  }

  /** Goes on with the questions from the front-desk alert (its secondary action: staying for staff is the first). */
  async continuePastAlert(): Promise<void> {
    await this.tap(kioskSelectors.alertContinue);
    await this.page.locator('[data-screen="front-desk-alert"]').waitFor({ state: 'detached', timeout: this.stepTimeoutMs });
  }

  /**
   * Answers every question from `answers` (skipping the rest; screening questions default to
   * "no", since they cannot be skipped) until the review screen, continuing past the front-desk
   * alert. A given answer to a question that was never asked on the way (a screening answer
   * given after `start()` already passed the screening) fails loudly rather than being dropped.
   */
  async answerAll(given: Readonly<Record<string, AnswerValue>>, options: AnswerAllOptions = {}): Promise<void> {
    const answers = { ...clearScreeningAnswers, ...given };
    const asked = await this.answerUntil(answers, (screen) => screen === 'review', options, 'before the review screen');
    if (options.strict === false) return;
    const answeredAtStart = (linkId: string) => JSON.stringify(this.screeningGiven[linkId]) === JSON.stringify(given[linkId]);
    const missed = Object.keys(given).filter((linkId) => !asked.has(linkId) && findItem(linkId)?.section !== 'about' && !answeredAtStart(linkId));
    if (missed.length > 0) throw new Error(`answerAll was given ${missed.join(', ')} but never asked them: pass screening answers to start({ screening })`);
  }

  /** On the review screen: opens the question `linkId` to change its answer. */
  async changeOnReview(linkId: string): Promise<void> {
    await this.tap(`${kioskSelectors.reviewItem}[data-link-id="${linkId}"]`);
    await this.page.locator(`#question-${linkId}`).waitFor({ timeout: this.stepTimeoutMs });
  }

  /** The guidance level the result screen shows. */
  async resultLevel(): Promise<string | null> {
    return this.page.locator(kioskSelectors.level).getAttribute('data-level', { timeout: this.stepTimeoutMs });
  }

  /** Waits until the result screen's print ends, and says how ("done" or "failed"). */
  async printOutcome(timeoutMs: number): Promise<string> {
    await this.page.locator('[data-print-phase="done"], [data-print-phase="failed"]').waitFor({ timeout: timeoutMs });
    return (await this.page.locator(kioskSelectors.printPhase).getAttribute('data-print-phase', { timeout: this.stepTimeoutMs })) ?? 'none';
  }

  /** On the thank-you screen: "Start over now"; ends on the welcome. */
  async startOver(): Promise<void> {
    await this.tap(`[data-screen="thank-you"] ${kioskSelectors.secondary}`);
    await this.expectScreen('attract');
  }

  /**
   * Staff at the "Staff needed" band, as at the front desk after a red flag: tap the band, type
   * `pin` on the pad, and wait for the band to go. For one open alert; with more, the kiosk shows
   * staff each one before they acknowledge them.
   */
  async acknowledgeAlert(pin: string): Promise<void> {
    await this.tap(`${kioskSelectors.staffBand} button`);
    for (const digit of pin) await this.tap(`.pin-pad__key[data-digit="${digit}"]`);
    await this.tap('.pin-pad__key--ok');
    await this.page.locator(kioskSelectors.staffBand).waitFor({ state: 'detached', timeout: this.stepTimeoutMs });
  }

  /** The "Are you still there?" check (it appears after the idle time). */
  stillThere(): Locator {
    return this.page.locator(kioskSelectors.stillThere);
  }

  async waitForStillThere(timeoutMs = this.stepTimeoutMs): Promise<void> {
    await this.stillThere().waitFor({ timeout: timeoutMs });
  }

  /** Taps "I'm still here" and waits for the check to go. */
  async stay(): Promise<void> {
    await this.tap(`${kioskSelectors.stillThere} button`);
    await this.stillThere().waitFor({ state: 'detached', timeout: this.stepTimeoutMs });
  }
}
