/**
 * The Backtalk rule set: every rule, weight and threshold, with the source behind it. This
 * file is data only; `assess-answers.ts` reads it and holds no clinical knowledge itself.
 * To change a weight, edit the number here, bump `ruleSetVersion`, and update the worked
 * cases in tests/unit/shared/assessment/worked-cases.test.ts that the change moves.
 */
import type { CauseCode, RedFlagCode, TherapistSignalCode } from './assessment-types.ts';

/** Printed on every summary; bump on any change to this file's rules, weights or thresholds. */
export const ruleSetVersion = 'backtalk-rules-1.0.0';

/** Where each rule comes from. Article paragraphs are those of reference/back-cracking-article.txt. */
export const sources = {
  articleIntro: 'KC Rehab article, paragraph 1 ("gas bubbles popping... stiff tendons or ligaments... only occasionally and not painful: probably not a cause for concern")',
  articleWhenToSee: 'KC Rehab article, paragraph 2 ("painful, happens a lot, or accompanied by other symptoms")',
  articleAge: 'KC Rehab article, paragraph 4 ("people who are older may have more cracking... age-related wear and tear")',
  articleAllTheTime: 'KC Rehab article, paragraph 5 ("cracking all the time, or painful... popping, stiffness, and locking in one position")',
  articleGas: 'KC Rehab article, cause 1 "Gas release from joint capsules" (cavitation; release of pressure; should not hurt)',
  articleTendon: 'KC Rehab article, cause 2 "Movement of tendons and ligaments across bone" (tight tissues; stiffness or soreness; should not hurt)',
  articleHypermobility: 'KC Rehab article, cause 3 "Joint hypermobility" ("double jointedness"; joints pop in and out of place)',
  articleAgeChanges: 'KC Rehab article, cause 4 "Age-related changes in joint structures" (cartilage wear, grinding; repetitive movements; soreness)',
  articleInjury: 'KC Rehab article, cause 5 "Previous injuries or developing dysfunction" (fractures, sprains, ligament tears; popping consistently, locking, pain)',
  articlePositions: 'KC Rehab article, "See a physical therapist" paragraph 1 (cracking after one position too long: hunched at a computer, sitting in a car, lying down)',
  articleUnusual: 'KC Rehab article, "See a physical therapist" paragraph 2 ("painful, comes with other symptoms, or you feel like it is unusual")',
  articleActivities: 'KC Rehab article, "See a physical therapist" paragraph 3 ("pain, dysfunction and cracking getting in the way of certain activities")',
  hakimGrahame: 'Hakim AJ, Grahame R. A simple questionnaire to detect hypermobility. Int J Clin Pract 2003;57(3):163-6 (two or more "yes" of five suggests hypermobility)',
  niceNg59: 'NICE NG59 Low back pain and sciatica in over 16s (2016, updated 2020), recommendation 1.1.1: exclude specific causes (cancer, infection, trauma, inflammatory disease, cauda equina)',
  ifomptRedFlags: 'Finucane LM et al. International framework for red flags for potential serious spinal pathologies (IFOMPT). JOSPT 2020;50(7):350-72',
  safetyNotSure: 'Backtalk safety policy: "not sure" on a safety question is treated as "yes" so a person can check it',
} as const;

/** An answer condition: the answer to `linkId` is (or includes) `code`, or a scale answer is at least `atLeast`. */
export type AnswerCondition =
  | { readonly linkId: string; readonly code: string }
  | { readonly linkId: string; readonly atLeast: number };

export interface CauseRule {
  readonly cause: CauseCode;
  readonly when: AnswerCondition;
  /** Added to the cause's score; negative when the answer makes the cause less likely. */
  readonly weight: number;
  readonly source: string;
}

export interface SignalRule {
  readonly signal: TherapistSignalCode;
  readonly when: AnswerCondition;
  readonly source: string;
}

export interface RedFlagRule {
  readonly flag: RedFlagCode;
  readonly linkId: string;
  /** Answer codes that raise the flag. */
  readonly codes: readonly string[];
  readonly source: string;
}

/** Conditions for "what you can do meanwhile" advice; all listed conditions must hold. */
export interface MeanwhileRule {
  readonly advice: MeanwhileCode;
  readonly redFlag?: boolean;
  readonly anySignal?: boolean;
  readonly signal?: TherapistSignalCode;
  readonly likely?: CauseCode;
  readonly anyOf?: readonly AnswerCondition[];
}

export const meanwhileCodes = [
  'tell-front-desk',
  'do-not-force',
  'keep-moving',
  'move-breaks',
  'stop-if-hurts',
  'stuck-go-slow',
  'support-loose-joints',
  'note-when',
] as const;
export type MeanwhileCode = (typeof meanwhileCodes)[number];

const R = sources;

export const ruleTable = {
  ruleSetVersion,
  /** A cause whose score reaches this is shown as "likely contributing". */
  likelyThreshold: 3,

  causeRules: [
    // Gas release (cavitation): a single pop with relief, after holding one position, not painful.
    { cause: 'gas-release', when: { linkId: 'feel', code: 'single-pop' }, weight: 3, source: R.articleGas },
    { cause: 'gas-release', when: { linkId: 'triggers', code: 'twisting' }, weight: 1, source: R.articleGas },
    { cause: 'gas-release', when: { linkId: 'triggers', code: 'after-still' }, weight: 2, source: R.articlePositions },
    { cause: 'gas-release', when: { linkId: 'triggers', code: 'on-purpose' }, weight: 1, source: R.articlePositions },
    { cause: 'gas-release', when: { linkId: 'hurts', code: 'no' }, weight: 1, source: R.articleIntro },
    { cause: 'gas-release', when: { linkId: 'hurts', code: 'yes' }, weight: -2, source: R.articleGas },
    { cause: 'gas-release', when: { linkId: 'frequency', code: 'rarely' }, weight: 1, source: R.articleIntro },

    // Tendons or ligaments moving across bone: a snap or slide, stiffness or soreness, not painful.
    { cause: 'tendon-ligament', when: { linkId: 'feel', code: 'snap-slide' }, weight: 3, source: R.articleTendon },
    { cause: 'tendon-ligament', when: { linkId: 'symptoms', code: 'stiffness' }, weight: 2, source: R.articleTendon },
    { cause: 'tendon-ligament', when: { linkId: 'symptoms', code: 'soreness' }, weight: 1, source: R.articleTendon },
    { cause: 'tendon-ligament', when: { linkId: 'triggers', code: 'bending' }, weight: 1, source: R.articleTendon },
    { cause: 'tendon-ligament', when: { linkId: 'hurts', code: 'yes' }, weight: -1, source: R.articleTendon },

    // Joint hypermobility: each "yes" of the five-part screen adds 2, so two "yes" answers
    // (the Hakim and Grahame cut-off) reach the likely threshold of 3 with room for one more cue.
    { cause: 'hypermobility', when: { linkId: 'hypermobility-hands-floor', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'hypermobility-thumb', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'hypermobility-child-splits', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'hypermobility-dislocation', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'hypermobility-double-jointed', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'feel', code: 'slip-in-out' }, weight: 3, source: R.articleHypermobility },

    // Age-related changes: older age, grinding, long-term repetitive movements, soreness.
    { cause: 'age-related', when: { linkId: 'age', code: 'under-30' }, weight: -2, source: R.articleAge },
    { cause: 'age-related', when: { linkId: 'age', code: '45-59' }, weight: 1, source: R.articleAge },
    { cause: 'age-related', when: { linkId: 'age', code: '60-74' }, weight: 2, source: R.articleAge },
    { cause: 'age-related', when: { linkId: 'age', code: '75-plus' }, weight: 3, source: R.articleAge },
    { cause: 'age-related', when: { linkId: 'feel', code: 'grinding' }, weight: 3, source: R.articleAgeChanges },
    { cause: 'age-related', when: { linkId: 'habits', code: 'repetitive' }, weight: 2, source: R.articleAgeChanges },
    { cause: 'age-related', when: { linkId: 'symptoms', code: 'soreness' }, weight: 1, source: R.articleAgeChanges },

    // Previous injury or developing dysfunction: old injuries, locking, pain, popping all the time.
    { cause: 'injury-dysfunction', when: { linkId: 'past-injury', code: 'fracture' }, weight: 3, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'past-injury', code: 'sprain' }, weight: 2, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'past-injury', code: 'ligament-tear' }, weight: 3, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'past-injury', code: 'surgery' }, weight: 2, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'past-injury', code: 'fall-accident' }, weight: 2, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'past-injury', code: 'none' }, weight: -1, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'feel', code: 'locking' }, weight: 3, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'feel', code: 'grinding' }, weight: 1, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'hurts', code: 'yes' }, weight: 2, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'pain-score', atLeast: 7 }, weight: 1, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'frequency', code: 'many-a-day' }, weight: 2, source: R.articleInjury },
    { cause: 'injury-dysfunction', when: { linkId: 'frequency', code: 'daily' }, weight: 1, source: R.articleInjury },
  ] satisfies readonly CauseRule[],

  // Any signal makes the level at least "discuss with your therapist".
  signalRules: [
    { signal: 'painful', when: { linkId: 'hurts', code: 'yes' }, source: R.articleWhenToSee },
    { signal: 'painful', when: { linkId: 'pain-score', atLeast: 1 }, source: R.articleWhenToSee },
    { signal: 'frequent', when: { linkId: 'frequency', code: 'many-a-day' }, source: R.articleAllTheTime },
    { signal: 'other-symptoms', when: { linkId: 'symptoms', code: 'swelling' }, source: R.articleWhenToSee },
    { signal: 'other-symptoms', when: { linkId: 'symptoms', code: 'spreading-pain' }, source: R.articleWhenToSee },
    { signal: 'other-symptoms', when: { linkId: 'symptoms', code: 'numb-tingling' }, source: R.articleWhenToSee },
    { signal: 'other-symptoms', when: { linkId: 'symptoms', code: 'weakness' }, source: R.articleWhenToSee },
    { signal: 'other-symptoms', when: { linkId: 'limits', code: 'quite-a-bit' }, source: R.articleActivities },
    { signal: 'other-symptoms', when: { linkId: 'limits', code: 'a-lot' }, source: R.articleActivities },
    { signal: 'locking', when: { linkId: 'feel', code: 'locking' }, source: R.articleAllTheTime },
    { signal: 'unusual', when: { linkId: 'feel', code: 'unusual' }, source: R.articleUnusual },
    { signal: 'unusual', when: { linkId: 'feel', code: 'slip-in-out' }, source: R.articleHypermobility },
  ] satisfies readonly SignalRule[],

  // Any red flag makes the level "tell the front desk now", whatever else was answered.
  redFlagRules: [
    { flag: 'bladder-bowel-saddle', linkId: 'safety-bladder-bowel', codes: ['yes', 'unsure'], source: `${R.niceNg59}; ${R.ifomptRedFlags} (cauda equina); ${R.safetyNotSure}` },
    { flag: 'weakness-numbness', linkId: 'safety-weakness', codes: ['yes', 'unsure'], source: `${R.ifomptRedFlags} (progressive neurological deficit); ${R.safetyNotSure}` },
    { flag: 'fever-unwell', linkId: 'safety-fever', codes: ['yes', 'unsure'], source: `${R.niceNg59}; ${R.ifomptRedFlags} (spinal infection); ${R.safetyNotSure}` },
    { flag: 'trauma', linkId: 'safety-fall', codes: ['yes', 'unsure'], source: `${R.ifomptRedFlags} (fracture: trauma, osteoporosis, long-term steroids); ${R.safetyNotSure}` },
    { flag: 'cancer-weight-loss', linkId: 'safety-cancer', codes: ['yes', 'unsure'], source: `${R.niceNg59}; ${R.ifomptRedFlags} (malignancy); ${R.safetyNotSure}` },
    { flag: 'night-pain', linkId: 'safety-night-pain', codes: ['yes', 'unsure'], source: `${R.ifomptRedFlags} (non-mechanical night pain); ${R.safetyNotSure}` },
  ] satisfies readonly RedFlagRule[],

  levels: {
    anyRedFlag: 'tell-front-desk-now',
    anySignal: 'discuss-with-therapist',
    otherwise: 'common-harmless',
  },

  // In this order on the result screen; with a red flag only the red-flag advice is shown.
  meanwhileRules: [
    { advice: 'tell-front-desk', redFlag: true },
    { advice: 'do-not-force', redFlag: true },
    { advice: 'stop-if-hurts', redFlag: false, signal: 'painful' },
    { advice: 'stuck-go-slow', redFlag: false, signal: 'locking' },
    { advice: 'support-loose-joints', redFlag: false, likely: 'hypermobility' },
    {
      advice: 'move-breaks',
      redFlag: false,
      anyOf: [
        { linkId: 'habits', code: 'sitting' },
        { linkId: 'habits', code: 'driving' },
        { linkId: 'triggers', code: 'after-still' },
      ],
    },
    { advice: 'keep-moving', redFlag: false },
    { advice: 'note-when', redFlag: false, anySignal: true },
  ] satisfies readonly MeanwhileRule[],
} as const;

export type RuleTable = typeof ruleTable;
