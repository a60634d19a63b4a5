/**
 * The Backtalk rule set: every rule, weight and threshold, with the source behind it. This
 * file is data only; `assess-answers.ts` reads it and holds no clinical knowledge itself.
 * To change a weight, edit the number here, bump `ruleSetVersion`, and update the worked
 * cases in tests/unit/shared/assessment/worked-cases.test.ts that the change moves.
 */
import type { CauseCode, GuidanceLevel, RedFlagCode, RiskMarkerCode, TherapistSignalCode } from './assessment-types.ts';

/** Printed on every summary; bump on any change to this file's rules, weights or thresholds. */
export const ruleSetVersion = 'backtalk-rules-2.2.0';

/** Where each rule comes from. Article paragraphs are those of reference/back-cracking-article.txt. */
export const sources = {
  articleIntro:
    'KC Rehab article, paragraph 1 ("gas bubbles popping... stiff tendons or ligaments... only occasionally and not painful: probably not a cause for concern")',
  articleWhenToSee: 'KC Rehab article, paragraph 2 ("painful, happens a lot, or accompanied by other symptoms")',
  articleAge: 'KC Rehab article, paragraph 4 ("people who are older may have more cracking... age-related wear and tear")',
  articleAllTheTime: 'KC Rehab article, paragraph 5 ("cracking all the time, or painful... popping, stiffness, and locking in one position")',
  articleGas: 'KC Rehab article, cause 1 "Gas release from joint capsules" (cavitation; release of pressure; should not hurt)',
  articleTendon: 'KC Rehab article, cause 2 "Movement of tendons and ligaments across bone" (tight tissues; stiffness or soreness; should not hurt)',
  articleHypermobility: 'KC Rehab article, cause 3 "Joint hypermobility" ("double jointedness"; joints pop in and out of place)',
  articleAgeChanges: 'KC Rehab article, cause 4 "Age-related changes in joint structures" (cartilage wear, grinding; repetitive movements; soreness)',
  articleInjury:
    'KC Rehab article, cause 5 "Previous injuries or developing dysfunction" (fractures, sprains, ligament tears; popping consistently, locking, pain)',
  articlePositions:
    'KC Rehab article, "See a physical therapist" paragraph 1 (cracking after one position too long: hunched at a computer, sitting in a car, lying down)',
  articleUnusual: 'KC Rehab article, "See a physical therapist" paragraph 2 ("painful, comes with other symptoms, or you feel like it is unusual")',
  articleActivities: 'KC Rehab article, "See a physical therapist" paragraph 3 ("pain, dysfunction and cracking getting in the way of certain activities")',
  hakimGrahame:
    'Hakim AJ, Grahame R. A simple questionnaire to detect hypermobility: an adjunct to the assessment of patients with diffuse musculoskeletal pain. Int J Clin Pract 2003;57(3):163-6 (five self-report items; two or more "yes" suggests hypermobility)',
  kawchukCavitation:
    'Kawchuk GN et al. Real-time visualization of joint cavitation. PLoS One 2015;10(4):e0119470 (a joint cracked on purpose makes its sound by cavitation; shown in finger joints)',
  cksLowBackPain:
    'NICE CKS "Back pain - low (without radiculopathy)", "Assessment": red flags for cauda equina syndrome, spinal infection, spinal fracture and cancer',
  cksSciatica: 'NICE CKS "Sciatica (lumbar radiculopathy)", "Assessment": red flags, including cauda equina syndrome',
  girftCes:
    'GIRFT National Suspected Cauda Equina Syndrome Pathway (NHS England, 2023): new urinary retention or altered urinary sensation, new incontinence, perianal/perineal/genital numbness, new sexual dysfunction, bilateral leg pain or neurological symptoms',
  ifomptRedFlags: 'Finucane LM et al. International framework for red flags for potential serious spinal pathologies (IFOMPT). JOSPT 2020;50(7):350-72',
  csagOnsetAge:
    "Clinical Standards Advisory Group, Back pain (HMSO 1994) red flags as used in UK practice: onset before 20 or after 55; NICE CKS low back pain lists age over 50 as a cancer risk. The cut-off of 50 is the clinic's choice (the stricter one)",
  thoracicPain:
    'NICE CKS "Back pain - low (without radiculopathy)": thoracic pain is a red flag for spinal cancer; Clinical Standards Advisory Group (1994): thoracic pain',
  safetyNotSure: 'Backtalk safety policy: "not sure" on a safety question is treated as "yes" so a person can check it',
  clinicJudgement: 'Clinic judgement (no published source): a small weight only, never enough alone to make a cause likely',
} as const;

/** An answer condition: the answer to `linkId` is (or includes) `code`, or a scale answer is at least `atLeast`. */
export type AnswerCondition = { readonly linkId: string; readonly code: string } | { readonly linkId: string; readonly atLeast: number };

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

export interface RiskMarkerRule {
  readonly marker: RiskMarkerCode;
  readonly linkId: string;
  /** Answer codes that raise the marker ("not sure" included: a person should ask). */
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

/** "Yes" and "not sure" both raise a red flag: the Backtalk safety policy (`sources.safetyNotSure`). */
const flagCodes: readonly string[] = ['yes', 'unsure'];

export const ruleTable = {
  ruleSetVersion,
  /** A cause whose score reaches this is shown as "likely contributing". */
  likelyThreshold: 3,

  causeRules: [
    // Gas release (cavitation): a single pop with relief, after holding one position, not painful.
    { cause: 'gas-release', when: { linkId: 'feel', code: 'single-pop' }, weight: 3, source: R.articleGas },
    { cause: 'gas-release', when: { linkId: 'triggers', code: 'twisting' }, weight: 1, source: R.articleGas },
    { cause: 'gas-release', when: { linkId: 'triggers', code: 'after-still' }, weight: 2, source: R.articlePositions },
    // Cracking a joint on purpose is cavitation (Kawchuk 2015, in finger joints); for the spine it is the clinic's reading, so weight 1.
    { cause: 'gas-release', when: { linkId: 'triggers', code: 'on-purpose' }, weight: 1, source: `${R.kawchukCavitation}; ${R.clinicJudgement}` },
    { cause: 'gas-release', when: { linkId: 'hurts', code: 'no' }, weight: 1, source: R.articleIntro },
    { cause: 'gas-release', when: { linkId: 'hurts', code: 'yes' }, weight: -2, source: R.articleGas },
    { cause: 'gas-release', when: { linkId: 'frequency', code: 'rarely' }, weight: 1, source: R.articleIntro },

    // Tendons or ligaments moving across bone: a snap or slide, stiffness or soreness, not painful.
    { cause: 'tendon-ligament', when: { linkId: 'feel', code: 'snap-slide' }, weight: 3, source: R.articleTendon },
    { cause: 'tendon-ligament', when: { linkId: 'symptoms', code: 'stiffness' }, weight: 2, source: R.articleTendon },
    { cause: 'tendon-ligament', when: { linkId: 'symptoms', code: 'soreness' }, weight: 1, source: R.articleTendon },
    // The article does not tie bending to tendons; the clinic's judgement that bending stretches them, so weight 1 only.
    { cause: 'tendon-ligament', when: { linkId: 'triggers', code: 'bending' }, weight: 1, source: R.clinicJudgement },
    { cause: 'tendon-ligament', when: { linkId: 'hurts', code: 'yes' }, weight: -1, source: R.articleTendon },

    // Joint hypermobility: each "yes" of the five-part screen adds 2. The cause can be "likely"
    // only with two or more "yes" of five (the Hakim and Grahame cut-off; `likelyGates` below),
    // so "it slips out of place" adds a little but never makes it likely on its own.
    { cause: 'hypermobility', when: { linkId: 'hypermobility-hands-floor', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'hypermobility-thumb', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'hypermobility-child-splits', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'hypermobility-dislocation', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'hypermobility-double-jointed', code: 'yes' }, weight: 2, source: R.hakimGrahame },
    { cause: 'hypermobility', when: { linkId: 'feel', code: 'slip-in-out' }, weight: 1, source: R.articleHypermobility },

    // Age-related changes: older age, grinding, long-term repetitive movements, soreness.
    // The article says only that older people "may have more cracking"; how much each age band
    // weighs is the clinic's judgement, kept below the threshold so age alone is never "likely".
    { cause: 'age-related', when: { linkId: 'age', code: 'under-30' }, weight: -2, source: `${R.articleAge}; ${R.clinicJudgement}` },
    { cause: 'age-related', when: { linkId: 'age', code: '45-59' }, weight: 1, source: `${R.articleAge}; ${R.clinicJudgement}` },
    { cause: 'age-related', when: { linkId: 'age', code: '60-74' }, weight: 2, source: `${R.articleAge}; ${R.clinicJudgement}` },
    { cause: 'age-related', when: { linkId: 'age', code: '75-plus' }, weight: 2, source: `${R.articleAge}; ${R.clinicJudgement}` },
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
    // "Happens a lot": the harmless kind happens "only occasionally" (paragraph 1), and every day is not occasional.
    { signal: 'frequent', when: { linkId: 'frequency', code: 'daily' }, source: `${R.articleIntro}; ${R.articleWhenToSee}` },
    // Any other symptom, stiffness and soreness included: the harmless kind comes without other symptoms.
    { signal: 'other-symptoms', when: { linkId: 'symptoms', code: 'stiffness' }, source: `${R.articleWhenToSee}; ${R.articleAllTheTime}` },
    { signal: 'other-symptoms', when: { linkId: 'symptoms', code: 'soreness' }, source: `${R.articleWhenToSee}; ${R.articleAgeChanges}` },
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
    { flag: 'urine-retention', linkId: 'safety-urine-retention', codes: flagCodes, source: `${R.girftCes}; ${R.cksSciatica}; ${R.cksLowBackPain}` },
    { flag: 'incontinence', linkId: 'safety-incontinence', codes: flagCodes, source: `${R.girftCes}; ${R.cksSciatica}; ${R.cksLowBackPain}` },
    { flag: 'saddle-numbness', linkId: 'safety-saddle-numbness', codes: flagCodes, source: `${R.girftCes}; ${R.cksSciatica}; ${R.cksLowBackPain}` },
    { flag: 'sexual-change', linkId: 'safety-sexual-change', codes: flagCodes, source: `${R.girftCes}; ${R.cksSciatica}` },
    { flag: 'both-legs', linkId: 'safety-both-legs', codes: flagCodes, source: `${R.girftCes}; ${R.cksSciatica}` },
    {
      flag: 'progressive-weakness',
      linkId: 'safety-weakness-walking',
      codes: flagCodes,
      source: `${R.cksSciatica}; ${R.cksLowBackPain}; ${R.ifomptRedFlags} (progressive neurological deficit, gait disturbance)`,
    },
    {
      flag: 'fever-unwell',
      linkId: 'safety-fever',
      codes: flagCodes,
      source: `${R.cksLowBackPain} (spinal infection: fever, feeling unwell); ${R.ifomptRedFlags} (spinal infection)`,
    },
    {
      flag: 'injecting-drugs',
      linkId: 'safety-injecting-drugs',
      codes: flagCodes,
      source: `${R.cksLowBackPain} (spinal infection: intravenous drug use); ${R.ifomptRedFlags} (spinal infection)`,
    },
    {
      flag: 'immunosuppression',
      linkId: 'safety-weak-immune',
      codes: flagCodes,
      source: `${R.cksLowBackPain} (spinal infection: immunosuppression, e.g. HIV, chemotherapy, transplant, long-term corticosteroids); ${R.ifomptRedFlags} (spinal infection)`,
    },
    {
      flag: 'recent-infection',
      linkId: 'safety-recent-infection',
      codes: flagCodes,
      source: `${R.cksLowBackPain} (spinal infection: recent bacterial infection, e.g. urinary tract infection); ${R.ifomptRedFlags} (spinal infection)`,
    },
    {
      flag: 'recent-operation',
      linkId: 'safety-recent-operation',
      codes: flagCodes,
      source: `${R.ifomptRedFlags} (spinal infection: recent invasive procedure or surgery)`,
    },
    {
      flag: 'trauma',
      linkId: 'safety-trauma',
      codes: flagCodes,
      source: `${R.cksLowBackPain} (spinal fracture: significant trauma); ${R.ifomptRedFlags} (fracture)`,
    },
    {
      flag: 'fragility-fracture',
      linkId: 'safety-fragility-pain',
      codes: flagCodes,
      source: `${R.cksLowBackPain} (spinal fracture: sudden onset of severe pain, osteoporosis, long-term corticosteroids, minor trauma or strain); ${R.ifomptRedFlags} (fracture)`,
    },
    {
      flag: 'cancer-history',
      linkId: 'safety-cancer-history',
      codes: flagCodes,
      source: `${R.cksLowBackPain} (cancer: past history of cancer); ${R.ifomptRedFlags} (malignancy)`,
    },
    {
      flag: 'weight-loss',
      linkId: 'safety-weight-loss',
      codes: flagCodes,
      source: `${R.cksLowBackPain} (cancer: unexplained weight loss); ${R.ifomptRedFlags} (malignancy)`,
    },
    {
      flag: 'night-pain',
      linkId: 'safety-night-pain',
      codes: flagCodes,
      source: `${R.cksLowBackPain} (cancer or infection: non-mechanical pain, worse at night, not eased by rest); ${R.ifomptRedFlags}`,
    },
  ] satisfies readonly RedFlagRule[],

  // A risk marker alone makes the level at least "discuss with your therapist" and is printed for the therapist.
  riskMarkerRules: [
    { marker: 'onset-age', linkId: 'risk-onset-age', codes: ['under-20', 'over-50', 'unsure'], source: R.csagOnsetAge },
    { marker: 'middle-back-pain', linkId: 'risk-middle-back-pain', codes: ['yes', 'unsure'], source: R.thoracicPain },
  ] satisfies readonly RiskMarkerRule[],

  /**
   * "Common and harmless" needs evidence (article paragraph 1: occasional, not painful, no other
   * symptoms). It is given only when every item below is answered, none with "not sure", and
   * nothing raised a flag, marker or signal. These are all the items that could have said
   * otherwise, so removing an answer can never turn a worrying result into a harmless one.
   */
  keyItems: {
    // `past-injury` since 2.2.0: an old fracture or ligament tear alone makes that cause likely.
    linkIds: ['hurts', 'frequency', 'symptoms', 'feel', 'limits', 'past-injury'],
    // A switch the assessment reads, so typed as one rather than as the literal `true`.
    alsoEverySafetyAndRiskItem: true as boolean,
    source: R.articleIntro,
  },

  /**
   * Causes whose text tells the patient to ask their therapist: when one is likely, the level is
   * at least "discuss" (2.2.0; a review found "common and harmless" printed beside a likely old
   * fracture that said "it is worth asking your therapist").
   */
  causesForALook: {
    causes: ['injury-dysfunction'] as readonly CauseCode[],
    source: R.articleInjury,
  },

  /** A cause can be "likely" only when its gate holds (the rest of the time its score still ranks it). */
  likelyGates: {
    hypermobility: {
      linkIds: ['hypermobility-hands-floor', 'hypermobility-thumb', 'hypermobility-child-splits', 'hypermobility-dislocation', 'hypermobility-double-jointed'],
      code: 'yes',
      atLeast: 2,
      source: R.hakimGrahame,
    },
    // The patient is told these two "should not hurt": they are never "likely" unless the patient
    // said it does not hurt. Pain, or no answer about pain, leaves them ranked but not explained
    // (a review found gas bubbles shown as likely beside a pain of 8 of 10, and on triggers alone).
    'gas-release': { linkIds: ['hurts'], code: 'no', atLeast: 1, source: R.articleGas },
    'tendon-ligament': { linkIds: ['hurts'], code: 'no', atLeast: 1, source: R.articleTendon },
  } satisfies Partial<Record<CauseCode, { readonly linkIds: readonly string[]; readonly code: string; readonly atLeast: number; readonly source: string }>>,

  levels: {
    anyRedFlag: 'tell-front-desk-now',
    anySignal: 'discuss-with-therapist',
    anyRiskMarker: 'discuss-with-therapist',
    likelyCauseForALook: 'discuss-with-therapist',
    missingKeyAnswers: 'discuss-with-therapist',
    otherwise: 'common-harmless',
  } satisfies Record<string, GuidanceLevel>,

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
