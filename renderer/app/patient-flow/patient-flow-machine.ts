/**
 * The patient flow as one explicit state machine (a typed reducer): every screen, every event
 * and every guard is in this file, and it is tested without a browser.
 *
 *   attract → privacy → question page… (safety, then risk markers, then about) → review → result → thank-you → attract
 *   a question page shows one item, or the items of one group (the five bendy-joint questions)
 *   the screens follow the questionnaire's order, which asks the red-flag questions first, so a
 *   patient who walks away early has still been screened
 *   a red-flag safety answer raises its flag the moment it is given (staff are called then, not
 *   when the patient taps on: a patient who walks away, or leaves the page by Back, is still
 *   escalated); leaving that page by Next or Back shows the front-desk alert first. The flag stays
 *   raised for the rest of the session (sticky, even if the answer changes), and staff attention
 *   is needed until staff acknowledge it or the session ends
 *   Back from the privacy note ends the session: the attract screen never holds a patient's answers
 *   review → edit one answer → review
 *   idle on any screen but attract → still-there check → "I'm still here" or reset
 *   language and display mode change on every screen and keep the answers; reset forgets both
 */
import type { RaisedFlag } from '../../../shared/assessment/assessment-types.ts';
import { redFlagRaisedBy } from '../../../shared/assessment/red-flag-rule.ts';
import { enabledItems, pruneDisabledAnswers } from '../../../shared/questionnaire/enable-when.ts';
import { pageOf, partOf, questionPages, type QuestionPage } from '../../../shared/questionnaire/question-pages.ts';
import type { Answers, AnswerValue, Language, Questionnaire, QuestionnaireItem, QuestionnairePart } from '../../../shared/questionnaire/questionnaire-types.ts';

export type Screen =
  | { readonly name: 'attract' }
  | { readonly name: 'privacy' }
  /** A question page, named by the linkId of its first item. */
  | { readonly name: 'question'; readonly linkId: string; readonly fromReview: boolean }
  | { readonly name: 'front-desk-alert'; readonly then: Screen }
  | { readonly name: 'review' }
  | { readonly name: 'result' }
  | { readonly name: 'thank-you' };

/** Text size steps: 0 is the default; each step makes every text about a quarter larger. */
export const textSizeSteps = [0, 1, 2] as const;
export type TextSize = (typeof textSizeSteps)[number];
export type Contrast = 'standard' | 'high';

/** How the screens look for this patient. Chosen on any screen, forgotten on reset. */
export interface DisplayMode {
  readonly textSize: TextSize;
  readonly contrast: Contrast;
}

export const defaultDisplayMode: DisplayMode = { textSize: 0, contrast: 'standard' };

export interface FlowState {
  readonly screen: Screen;
  readonly answers: Answers;
  readonly language: Language;
  readonly display: DisplayMode;
  /** "Are you still there?" is showing over the screen. */
  readonly stillThereCheck: boolean;
  /** Changes on every reset; the app remounts everything under it so no DOM state survives. */
  readonly session: number;
  /**
   * Safety answers that raised a red flag this session, with the answer that raised it. Sticky:
   * changing the answer later never removes one; the alert shows once per item.
   */
  readonly raised: readonly RaisedFlag[];
  /** Staff attention: needed from the first flag until staff acknowledge it (or the session ends). */
  readonly attention: 'none' | 'needed' | 'acknowledged';
  /** Counts the times staff were called this session; the app prints an urgent slip for each. */
  readonly alertRound: number;
  /** A flag was raised on this page: leaving it (Next or Back) shows the front-desk alert first. */
  readonly alertScreenDue: boolean;
  /** The urgent slip of the latest call. */
  readonly alertSlip: 'none' | 'printing' | 'printed' | 'failed';
  /** The summary has been sent to the printer this session: it never prints again unasked. */
  readonly summaryPrinted: boolean;
}

export type FlowEvent =
  | { readonly type: 'start' }
  | { readonly type: 'set-language'; readonly language: Language }
  | { readonly type: 'set-text-size'; readonly textSize: TextSize }
  | { readonly type: 'set-contrast'; readonly contrast: Contrast }
  | { readonly type: 'accept-privacy' }
  | { readonly type: 'answer'; readonly linkId: string; readonly value: AnswerValue | undefined }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'edit'; readonly linkId: string }
  | { readonly type: 'continue-after-alert' }
  | { readonly type: 'staff-acknowledged' }
  | { readonly type: 'alert-slip'; readonly state: 'printing' | 'printed' | 'failed' }
  | { readonly type: 'summary-printing' }
  | { readonly type: 'finish' }
  | { readonly type: 'idle' }
  | { readonly type: 'still-here' }
  | { readonly type: 'reset'; readonly language: Language };

export function initialFlowState(language: Language, session = 0): FlowState {
  return {
    screen: { name: 'attract' },
    answers: {},
    language,
    display: defaultDisplayMode,
    stillThereCheck: false,
    session,
    raised: [],
    attention: 'none',
    alertRound: 0,
    alertScreenDue: false,
    alertSlip: 'none',
    summaryPrinted: false,
  };
}

/**
 * Raises the flags this answer gives that the session has not raised yet (the rule table decides
 * what is a red flag; the machine only calls staff). Staff are called (an urgent slip printed) at
 * the first flag; again for a new flag once they acknowledged, or when the last slip failed to
 * print; not for each flag while a printed call still stands.
 */
function raiseFlagsFor(state: FlowState, linkId: string, value: AnswerValue | undefined): FlowState {
  if (typeof value !== 'string' || redFlagRaisedBy(linkId, value) === null) return state;
  if (state.raised.some((flag) => flag.linkId === linkId)) return state;
  const callAgain = state.attention !== 'needed' || state.alertSlip === 'failed';
  return {
    ...state,
    raised: [...state.raised, { linkId, code: value }],
    attention: 'needed',
    alertRound: callAgain ? state.alertRound + 1 : state.alertRound,
    alertSlip: callAgain ? 'none' : state.alertSlip,
    alertScreenDue: true,
  };
}

/** Leaving a page where a flag was raised: the front-desk alert first, then where the patient was going. */
function leavePage(state: FlowState, then: Screen): FlowState {
  return state.alertScreenDue ? { ...state, screen: { name: 'front-desk-alert', then }, alertScreenDue: false } : { ...state, screen: then };
}

/** The next text size step, wrapping round to the default after the largest. */
export function nextTextSize(current: TextSize): TextSize {
  return textSizeSteps[(textSizeSteps.indexOf(current) + 1) % textSizeSteps.length] as TextSize;
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Guard for "next": a required item (every safety item) must be answered first. */
export function canLeaveQuestion(item: QuestionnaireItem, answers: Answers): boolean {
  return !item.required || isAnswered(answers[item.linkId]);
}

/** Guard for "next" on a page: every item on it may be left. */
export function canLeavePage(page: QuestionPage, answers: Answers): boolean {
  return page.items.every((item) => canLeaveQuestion(item, answers));
}

/** "Part 2 of 4" for a question page; `fraction` (0 to 1) fills the bar across the whole flow. */
export interface FlowProgress {
  readonly part: QuestionnairePart;
  readonly index: number;
  readonly total: number;
  readonly fraction: number;
}

/** Guard for the idle check: the attract screen holds nothing to protect, so it never asks. */
export function watchesForIdle(state: FlowState): boolean {
  return state.screen.name !== 'attract' && !state.stillThereCheck;
}

export interface FlowMachine {
  readonly questionnaire: Questionnaire;
  reduce(state: FlowState, event: FlowEvent): FlowState;
  /** The enabled items in order, given the answers so far. */
  items(answers: Answers): readonly QuestionnaireItem[];
  /** The question pages in order, given the answers so far. */
  pages(answers: Answers): readonly QuestionPage[];
  /** The part of a question page, "Part 2 of 4": the number of parts never depends on the answers. */
  progress(state: FlowState): FlowProgress | null;
  currentPage(state: FlowState): QuestionPage | null;
}

export function createPatientFlowMachine(questionnaire: Questionnaire): FlowMachine {
  const items = (answers: Answers) => enabledItems(questionnaire, answers);
  const pages = (answers: Answers) => questionPages(questionnaire, answers);
  const onPage = (page: QuestionPage | undefined): Screen => (page ? { name: 'question', linkId: page.linkId, fromReview: false } : { name: 'review' });

  function currentPage(state: FlowState): QuestionPage | null {
    const { screen } = state;
    if (screen.name !== 'question') return null;
    return pages(state.answers).find((page) => page.linkId === screen.linkId) ?? null;
  }

  function after(linkId: string, answers: Answers): Screen {
    const list = pages(answers);
    return onPage(list[list.findIndex((page) => page.linkId === linkId) + 1]);
  }

  function before(linkId: string, answers: Answers): Screen {
    const list = pages(answers);
    const index = list.findIndex((page) => page.linkId === linkId);
    return index > 0 ? onPage(list[index - 1]) : { name: 'privacy' };
  }

  /** Events that move between screens; the still-there check blocks them until it is answered. */
  function move(state: FlowState, event: FlowEvent): FlowState {
    const { screen } = state;
    switch (event.type) {
      case 'start':
        return screen.name === 'attract' ? { ...state, screen: { name: 'privacy' } } : state;
      case 'accept-privacy':
        return screen.name === 'privacy' ? { ...state, screen: onPage(pages(state.answers)[0]) } : state;
      case 'answer': {
        if (!currentPage(state)?.items.some((item) => item.linkId === event.linkId)) return state;
        const next: Record<string, AnswerValue> = { ...state.answers };
        if (event.value === undefined || !isAnswered(event.value)) delete next[event.linkId];
        else next[event.linkId] = event.value;
        return raiseFlagsFor({ ...state, answers: pruneDisabledAnswers(questionnaire, next) }, event.linkId, event.value);
      }
      case 'next': {
        if (screen.name === 'review') return { ...state, screen: { name: 'result' } };
        const page = currentPage(state);
        if (screen.name !== 'question' || !page || !canLeavePage(page, state.answers)) return state;
        return leavePage(state, screen.fromReview ? { name: 'review' } : after(page.linkId, state.answers));
      }
      case 'back':
        switch (screen.name) {
          case 'privacy':
            // Back to the attract screen is the end of this session: the next person there must not
            // find these answers (flags already raised have reached the main process).
            return initialFlowState(state.language, state.session + 1);
          case 'question':
            return leavePage(state, screen.fromReview ? { name: 'review' } : before(screen.linkId, state.answers));
          case 'review': {
            const last = pages(state.answers).at(-1);
            return { ...state, screen: last ? onPage(last) : { name: 'privacy' } };
          }
          case 'result':
            return { ...state, screen: { name: 'review' } };
          default:
            // The attract screen has no "back", the alert must be read, thank-you only moves on.
            return state;
        }
      case 'edit': {
        // Any item of a page opens that page.
        const page = screen.name === 'review' ? pageOf(pages(state.answers), event.linkId) : undefined;
        return page ? { ...state, screen: { name: 'question', linkId: page.linkId, fromReview: true } } : state;
      }
      case 'continue-after-alert':
        return screen.name === 'front-desk-alert' ? { ...state, screen: screen.then } : state;
      case 'finish':
        return screen.name === 'result' ? { ...state, screen: { name: 'thank-you' } } : state;
      default:
        return state;
    }
  }

  function reduce(state: FlowState, event: FlowEvent): FlowState {
    switch (event.type) {
      case 'reset':
        // A new session: no answers, no escalations, default language and display, nothing to go back to.
        return initialFlowState(event.language, state.session + 1);
      case 'staff-acknowledged':
        // Staff are here: the band goes. Flags stay raised; a later new flag calls staff again.
        return state.attention === 'needed' ? { ...state, attention: 'acknowledged' } : state;
      case 'alert-slip':
        return { ...state, alertSlip: event.state };
      case 'summary-printing':
        return state.summaryPrinted ? state : { ...state, summaryPrinted: true };
      case 'set-language':
        // Answers are codes, not texts, so switching language keeps every one of them.
        return { ...state, language: event.language };
      case 'set-text-size':
        return { ...state, display: { ...state.display, textSize: event.textSize } };
      case 'set-contrast':
        return { ...state, display: { ...state.display, contrast: event.contrast } };
      case 'idle':
        return watchesForIdle(state) ? { ...state, stillThereCheck: true } : state;
      case 'still-here':
        return { ...state, stillThereCheck: false };
      default:
        return state.stillThereCheck ? state : move(state, event);
    }
  }

  return {
    questionnaire,
    reduce,
    items,
    pages,
    progress(state) {
      const page = currentPage(state);
      const place = page ? partOf(questionnaire, page.linkId) : undefined;
      if (!page || !place) return null;
      // The bar moves page by page within the part, and each part takes an equal share of it.
      const inPart = pages(state.answers).filter((candidate) => place.part.linkIds.includes(candidate.linkId));
      const done = inPart.findIndex((candidate) => candidate.linkId === page.linkId) + 1;
      return { ...place, fraction: (place.index - 1 + done / inPart.length) / place.total };
    },
    currentPage,
  };
}
