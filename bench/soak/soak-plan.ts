/**
 * What each soak session does: a fixed, repeatable mix (session n always does the same thing),
 * so two soak runs are comparable. Pure: the driver acts the plan out through the kiosk.
 */
import { assessAnswers } from '../../shared/assessment/assess-answers.ts';
import type { GuidanceLevel } from '../../shared/assessment/assessment-types.ts';
import { clearScreeningAnswers } from '../../shared/summary/sample-answers.ts';
import { pruneDisabledAnswers } from '../../shared/questionnaire/enable-when.ts';
import { backtalkQuestionnaire } from '../../shared/questionnaire/backtalk-questionnaire.ts';
import type { Answers, Language } from '../../shared/questionnaire/questionnaire-types.ts';
import { mulberry32, randomAnswers } from '../figures/random-answers.ts';

export const sessionPaths = ['no-worry', 'painful', 'red-flag', 'skip-optional', 'random', 'idle-reset'] as const;
export type SessionPath = (typeof sessionPaths)[number];

export interface SessionPlan {
  /** 1-based. */
  readonly session: number;
  readonly path: SessionPath;
  /** The attract screen's start button tapped ("Start in English" / "Empezar en español"). */
  readonly startLanguage: Language;
  /** Switches language on the third question and back on the review screen. */
  readonly switchLanguageMidway: boolean;
  /** What the patient taps; items not listed are skipped (safety items default to "no"). */
  readonly answers: Answers;
  /** Opens "where" from the review screen and adds a region (review → question → review). */
  readonly editOnReview: boolean;
  /** The answers once the plan has run (after the review edit); null for an idle reset. */
  readonly finalAnswers: Answers | null;
  /** The guidance level the result screen must show; null for an idle reset. */
  readonly expectedLevel: GuidanceLevel | null;
  /** How the session ends: "Start over now", or waiting out the thank-you countdown. */
  readonly end: 'start-over' | 'countdown' | 'idle';
}

/** Every 25th session (7, 32, 57, ...) walks away mid-questionnaire and is wiped by the idle timer. */
const idleEvery = 25;
const idleOffset = 7;
/** Every 10th session (5, 15, 25, ...) lets the thank-you countdown run out. */
const countdownEvery = 10;
const countdownOffset = 5;
const answeredPaths = ['no-worry', 'painful', 'red-flag', 'skip-optional', 'random'] as const satisfies readonly SessionPath[];

const noWorryAnswers: Answers = {
  where: ['upper-back'],
  triggers: ['twisting'],
  frequency: 'weekly',
  hurts: 'no',
  feel: ['single-pop'],
  symptoms: ['none'],
  // "Common and harmless" needs every key answer: how much it gets in the way (rule set 2), and
  // past injuries (2.2.0).
  limits: 'not-at-all',
  'past-injury': ['none'],
};

const painfulAnswers: Answers = {
  where: ['lower-back'],
  triggers: ['twisting', 'bending'],
  frequency: 'many-a-day',
  hurts: 'yes',
  'pain-score': 6,
  feel: ['grinding'],
  symptoms: ['stiffness', 'soreness'],
};

const redFlagAnswers: Answers = { where: ['neck'], hurts: 'yes', 'pain-score': 8, 'safety-night-pain': 'yes' };

const skipOptionalAnswers: Answers = { where: ['middle-back'] };

const regions = ['neck', 'upper-back', 'middle-back', 'lower-back'] as const;

/** Screening items cannot be skipped; a patient who is not asked to say "yes" has nothing to report. */
function withSafetyDefaults(answers: Answers): Answers {
  return pruneDisabledAnswers(backtalkQuestionnaire, { ...clearScreeningAnswers, ...answers });
}

function withAddedRegion(answers: Answers): Answers {
  const where = answers['where'];
  const current: readonly string[] = Array.isArray(where) ? where : [];
  const extra = regions.find((region) => !current.includes(region));
  // All four chosen already: the edit takes the last one away instead.
  const next = extra ? [...current, extra] : current.slice(0, -1);
  return { ...answers, where: regions.filter((region) => next.includes(region)) };
}

function answersFor(path: (typeof answeredPaths)[number], session: number): Answers {
  switch (path) {
    case 'no-worry':
      return noWorryAnswers;
    case 'painful':
      return painfulAnswers;
    case 'red-flag':
      return redFlagAnswers;
    case 'skip-optional':
      return skipOptionalAnswers;
    case 'random':
      return randomAnswers(mulberry32(session));
  }
}

export function planSession(session: number): SessionPlan {
  if (!Number.isInteger(session) || session < 1) throw new RangeError(`session must be a positive integer, got ${session}`);
  const startLanguage: Language = session % 3 === 1 ? 'es' : 'en';
  if (session % idleEvery === idleOffset) {
    return {
      session,
      path: 'idle-reset',
      startLanguage,
      switchLanguageMidway: false,
      answers: { where: ['lower-back'] },
      editOnReview: false,
      finalAnswers: null,
      expectedLevel: null,
      end: 'idle',
    };
  }
  const path = answeredPaths[session % answeredPaths.length] as (typeof answeredPaths)[number];
  const answers = answersFor(path, session);
  const editOnReview = session % 6 === 3;
  const finalAnswers = withSafetyDefaults(editOnReview ? withAddedRegion(answers) : answers);
  return {
    session,
    path,
    startLanguage,
    switchLanguageMidway: session % 4 === 2,
    answers,
    editOnReview,
    finalAnswers,
    expectedLevel: assessAnswers(finalAnswers).level,
    end: session % countdownEvery === countdownOffset ? 'countdown' : 'start-over',
  };
}
