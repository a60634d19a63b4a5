/**
 * Worked cases of the rule set: answers → expected ranked top causes, likely causes, level, the
 * guidance text, flags, risk markers and signals. When a weight in rule-table.ts changes, the
 * cases it moves change here.
 */
import { describe, expect, it } from 'vitest';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import { meanwhileTexts } from '../../../../shared/assessment/assessment-texts.ts';
import type {
  CauseCode,
  GuidanceCode,
  GuidanceLevel,
  RedFlagCode,
  RiskMarkerCode,
  TherapistSignalCode,
} from '../../../../shared/assessment/assessment-types.ts';
import { ruleTable } from '../../../../shared/assessment/rule-table.ts';
import { backtalkQuestionnaire, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { Answers } from '../../../../shared/questionnaire/questionnaire-types.ts';

const allSafetyNo: Answers = Object.fromEntries(safetyLinkIds.map((linkId) => [linkId, 'no']));
const noRisk: Answers = { 'risk-onset-age': '20-50', 'risk-middle-back-pain': 'no' };
const screenedClear: Answers = { ...allSafetyNo, ...noRisk };

/** Occasional, painless, no other symptoms, nothing unusual, past injuries not asked yet. */
const calmSoFar: Answers = { ...screenedClear, hurts: 'no', frequency: 'rarely', symptoms: ['none'], feel: ['single-pop'], limits: 'not-at-all' };
/** ...and no old injury: the article's harmless case (every key answer given). */
const calm: Answers = { ...calmSoFar, 'past-injury': ['none'] };

const hmNo: Answers = {
  'hypermobility-hands-floor': 'no',
  'hypermobility-thumb': 'no',
  'hypermobility-child-splits': 'no',
  'hypermobility-dislocation': 'no',
  'hypermobility-double-jointed': 'no',
};

const mixed: Answers = {
  ...screenedClear,
  ...hmNo,
  where: ['lower-back'],
  triggers: ['twisting', 'bending'],
  frequency: 'daily',
  hurts: 'yes',
  'pain-score': 4,
  feel: ['grinding'],
  symptoms: ['stiffness', 'soreness'],
  'past-injury': ['sprain'],
  age: '45-59',
  habits: ['repetitive'],
  limits: 'a-little',
  duration: 'over-a-year',
};

interface WorkedCase {
  readonly name: string;
  readonly answers: Answers;
  /** The first causes of the ranking, in order. */
  readonly top?: readonly CauseCode[];
  /** Exactly the causes marked likely. */
  readonly likely: readonly CauseCode[];
  readonly level: GuidanceLevel;
  /** The guidance text shown (defaults to the level). */
  readonly guidance?: GuidanceCode;
  readonly flags?: readonly RedFlagCode[];
  readonly markers?: readonly RiskMarkerCode[];
  readonly signals?: readonly TherapistSignalCode[];
  readonly scores?: Partial<Record<CauseCode, number>>;
  /** A "because you said …" sentence expected in a cause's evidence, in one language. */
  readonly because?: { readonly cause: CauseCode; readonly language: 'en' | 'es'; readonly includes: string };
  readonly missing?: readonly string[];
}

/** Every safety item and the flag it raises, from the rule table (one flag per item). */
const flagItems: ReadonlyArray<[RedFlagCode, string]> = ruleTable.redFlagRules.map((rule) => [rule.flag, rule.linkId]);

const cases: WorkedCase[] = [
  // The harmless case needs evidence: occasional, painless, nothing else.
  {
    name: 'harmless: occasional, painless, one pop with relief, nothing else',
    answers: calm,
    top: ['gas-release'],
    likely: ['gas-release'],
    level: 'common-harmless',
    signals: [],
    scores: { 'gas-release': 5 },
    missing: [],
  },
  {
    name: 'harmless: a few times a week counts as occasional',
    answers: { ...calm, frequency: 'weekly' },
    likely: ['gas-release'],
    level: 'common-harmless',
    scores: { 'gas-release': 4 },
  },
  {
    name: 'classic gas release after sitting, with twisting',
    answers: { ...calm, triggers: ['twisting', 'after-still'] },
    top: ['gas-release'],
    likely: ['gas-release'],
    level: 'common-harmless',
    scores: { 'gas-release': 8 },
    because: { cause: 'gas-release', language: 'en', includes: 'it pops once and then feels better' },
  },
  {
    name: 'gas release, Spanish evidence',
    answers: calm,
    likely: ['gas-release'],
    level: 'common-harmless',
    because: { cause: 'gas-release', language: 'es', includes: 'Porque dijo que cruje una vez' },
  },
  {
    name: 'cracking on purpose adds a little to gas (clinic judgement)',
    answers: { ...calm, triggers: ['on-purpose'] },
    likely: ['gas-release'],
    level: 'common-harmless',
    scores: { 'gas-release': 6 },
  },
  {
    name: 'tendon: a painless snap, occasional, no symptoms',
    answers: { ...calm, feel: ['snap-slide'] },
    top: ['tendon-ligament', 'gas-release'],
    likely: ['tendon-ligament'],
    level: 'common-harmless',
    scores: { 'tendon-ligament': 3, 'gas-release': 2 },
  },
  {
    name: 'bending alone nudges tendons, never likely (clinic judgement)',
    answers: { ...calm, feel: ['unsure'], triggers: ['bending'] },
    likely: [],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    scores: { 'tendon-ligament': 1 },
  },
  {
    name: 'tendon with stiffness: another symptom, so not harmless',
    answers: { ...calm, feel: ['snap-slide'], symptoms: ['stiffness'] },
    top: ['tendon-ligament'],
    likely: ['tendon-ligament'],
    level: 'discuss-with-therapist',
    signals: ['other-symptoms'],
    scores: { 'tendon-ligament': 5 },
  },
  {
    name: 'daily cracking with soreness and stiffness is not harmless',
    answers: { ...calm, frequency: 'daily', symptoms: ['stiffness', 'soreness'] },
    likely: ['gas-release', 'tendon-ligament'],
    level: 'discuss-with-therapist',
    guidance: 'discuss-with-therapist',
    signals: ['frequent', 'other-symptoms'],
  },
  {
    name: 'daily, painless, no symptoms: not occasional, so not harmless',
    answers: { ...calm, frequency: 'daily' },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    signals: ['frequent'],
  },
  {
    name: 'soreness alone is another symptom',
    answers: { ...calm, symptoms: ['soreness'] },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    signals: ['other-symptoms'],
  },

  // Hypermobility: the Hakim and Grahame cut-off of two "yes" of five, on both sides.
  {
    name: 'hypermobility: 2 of 5 suggests it (likely)',
    answers: { ...calm, ...hmNo, 'hypermobility-hands-floor': 'yes', 'hypermobility-thumb': 'yes' },
    top: ['gas-release', 'hypermobility'],
    likely: ['gas-release', 'hypermobility'],
    level: 'common-harmless',
    scores: { hypermobility: 4 },
  },
  {
    name: 'hypermobility: 1 of 5 is below the cut-off',
    answers: { ...calm, ...hmNo, 'hypermobility-double-jointed': 'yes' },
    likely: ['gas-release'],
    level: 'common-harmless',
    scores: { hypermobility: 2 },
  },
  {
    name: 'hypermobility: 1 of 5 plus "slips out of place" reaches the score but not the cut-off',
    answers: { ...calm, ...hmNo, 'hypermobility-thumb': 'yes', feel: ['slip-in-out'] },
    likely: [],
    level: 'discuss-with-therapist',
    signals: ['unusual'],
    scores: { hypermobility: 3 },
  },
  {
    name: 'hypermobility: "slips out of place" with 0 of 5 is never likely',
    answers: { ...calm, ...hmNo, feel: ['slip-in-out'] },
    likely: [],
    level: 'discuss-with-therapist',
    signals: ['unusual'],
    scores: { hypermobility: 1 },
  },
  {
    name: 'hypermobility: 2 of 5 plus "slips out of place"',
    answers: { ...calm, ...hmNo, 'hypermobility-child-splits': 'yes', 'hypermobility-dislocation': 'yes', feel: ['slip-in-out'] },
    top: ['hypermobility'],
    likely: ['hypermobility'],
    level: 'discuss-with-therapist',
    signals: ['unusual'],
    scores: { hypermobility: 5 },
  },
  {
    name: 'hypermobility: all five "yes"',
    answers: {
      ...calm,
      'hypermobility-hands-floor': 'yes',
      'hypermobility-thumb': 'yes',
      'hypermobility-child-splits': 'yes',
      'hypermobility-dislocation': 'yes',
      'hypermobility-double-jointed': 'yes',
    },
    top: ['hypermobility'],
    likely: ['gas-release', 'hypermobility'],
    level: 'common-harmless',
    scores: { hypermobility: 10 },
  },
  {
    name: 'hypermobility: "not sure" answers do not count',
    answers: { ...calm, 'hypermobility-hands-floor': 'unsure', 'hypermobility-thumb': 'unsure', 'hypermobility-child-splits': 'unsure' },
    likely: ['gas-release'],
    level: 'common-harmless',
    scores: { hypermobility: 0 },
  },
  {
    name: 'hypermobility, Spanish evidence',
    answers: { ...calm, 'hypermobility-hands-floor': 'yes', 'hypermobility-thumb': 'yes' },
    likely: ['gas-release', 'hypermobility'],
    level: 'common-harmless',
    because: { cause: 'hypermobility', language: 'es', includes: 'el pulgar se dobla hasta tocar el antebrazo' },
  },

  // Age and use.
  {
    name: 'age 75 or more alone is not "likely" (clinic judgement)',
    answers: { ...calm, feel: ['unsure'], age: '75-plus' },
    likely: [],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    scores: { 'age-related': 2 },
  },
  {
    name: 'age-related: 75 or older with grinding',
    answers: { ...calm, age: '75-plus', feel: ['grinding'] },
    top: ['age-related'],
    likely: ['age-related'],
    level: 'common-harmless',
    scores: { 'age-related': 5, 'injury-dysfunction': 0 },
  },
  {
    name: 'age-related: 60 to 74 with repetitive lifting',
    answers: { ...calm, age: '60-74', habits: ['repetitive'] },
    likely: ['gas-release', 'age-related'],
    level: 'common-harmless',
    scores: { 'age-related': 4 },
  },
  {
    name: 'age-related: under 30 lowers it',
    answers: { ...calm, age: 'under-30' },
    likely: ['gas-release'],
    level: 'common-harmless',
    scores: { 'age-related': -2 },
  },
  {
    name: 'age-related, Spanish evidence',
    answers: { ...calm, age: '60-74', feel: ['grinding'] },
    likely: ['age-related'],
    level: 'common-harmless',
    because: { cause: 'age-related', language: 'es', includes: 'Porque dijo que tiene de 60 a 74 años' },
  },

  // Injury and the article's therapist signals.
  {
    // Since 2.2.0: the old-injury text says "worth asking your therapist", so it is not "harmless"
    // (a review found both on one sheet).
    name: 'old fracture, painless and occasional: likely injury, so talk to the therapist',
    answers: { ...calm, 'past-injury': ['fracture'] },
    likely: ['gas-release', 'injury-dysfunction'],
    level: 'discuss-with-therapist',
    guidance: 'discuss-with-therapist',
    signals: [],
    scores: { 'injury-dysfunction': 3 },
  },
  {
    name: 'an old sprain alone is not enough for the injury cause: still harmless',
    answers: { ...calm, 'past-injury': ['sprain'] },
    likely: ['gas-release'],
    level: 'common-harmless',
    scores: { 'injury-dysfunction': 2 },
  },
  {
    name: 'several old injuries add up',
    answers: { ...calm, 'past-injury': ['sprain', 'surgery', 'fall-accident'] },
    top: ['injury-dysfunction'],
    likely: ['gas-release', 'injury-dysfunction'],
    level: 'discuss-with-therapist',
    guidance: 'discuss-with-therapist',
    scores: { 'injury-dysfunction': 6 },
  },
  {
    name: 'no past injury lowers injury',
    answers: { ...calm, 'past-injury': ['none'] },
    likely: ['gas-release'],
    level: 'common-harmless',
    scores: { 'injury-dysfunction': -1 },
  },
  {
    name: 'locking: injury likely and a therapist signal',
    answers: { ...calmSoFar, feel: ['locking'] },
    top: ['injury-dysfunction'],
    likely: ['injury-dysfunction'],
    level: 'discuss-with-therapist',
    signals: ['locking'],
  },
  {
    name: 'painful cracking with a high pain score',
    answers: { ...calmSoFar, hurts: 'yes', 'pain-score': 8, feel: ['unsure'] },
    top: ['injury-dysfunction'],
    likely: ['injury-dysfunction'],
    level: 'discuss-with-therapist',
    signals: ['painful'],
    scores: { 'injury-dysfunction': 3, 'gas-release': -1, 'tendon-ligament': -1 },
    because: { cause: 'injury-dysfunction', language: 'en', includes: 'your pain is 8 out of 10' },
  },
  {
    name: 'painful, Spanish evidence of the pain score',
    answers: { ...calmSoFar, hurts: 'yes', 'pain-score': 9 },
    likely: ['injury-dysfunction'],
    level: 'discuss-with-therapist',
    signals: ['painful'],
    because: { cause: 'injury-dysfunction', language: 'es', includes: 'su dolor es 9 de 10' },
  },
  {
    name: 'frequent: many times a day',
    answers: { ...calm, frequency: 'many-a-day' },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    signals: ['frequent'],
    scores: { 'injury-dysfunction': 1 },
  },
  {
    name: 'other symptoms: pain down a leg',
    answers: { ...calm, symptoms: ['spreading-pain'] },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    signals: ['other-symptoms'],
  },
  {
    name: 'other symptoms: numb or tingly and weak',
    answers: { ...calm, symptoms: ['numb-tingling', 'weakness'] },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    signals: ['other-symptoms'],
  },
  {
    name: 'gets in the way of daily life a lot',
    answers: { ...calm, limits: 'a-lot' },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    signals: ['other-symptoms'],
  },
  {
    name: 'unusual: feels strange or new',
    answers: { ...calm, feel: ['single-pop', 'unusual'] },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    signals: ['unusual'],
  },
  {
    name: 'a realistic mixed picture',
    answers: mixed,
    top: ['age-related', 'injury-dysfunction', 'tendon-ligament'],
    // Tendons score 3, but the patient is told they "should not hurt", and this patient hurts.
    likely: ['age-related', 'injury-dysfunction'],
    level: 'discuss-with-therapist',
    signals: ['painful', 'frequent', 'other-symptoms'],
    scores: { 'age-related': 7, 'injury-dysfunction': 6, 'tendon-ligament': 3, 'gas-release': -1 },
  },

  // Red flags: every one alone, "yes" and "not sure", over the calm harmless case.
  ...flagItems.map(([flag, linkId]): WorkedCase => ({
    name: `red flag alone: ${flag} (yes)`,
    answers: { ...calm, [linkId]: 'yes' },
    likely: ['gas-release'],
    level: 'tell-front-desk-now',
    flags: [flag],
    signals: [],
  })),
  ...flagItems.map(([flag, linkId]): WorkedCase => ({
    name: `red flag alone: ${flag} ("not sure" counts)`,
    answers: { ...calm, [linkId]: 'unsure' },
    likely: ['gas-release'],
    level: 'tell-front-desk-now',
    flags: [flag],
  })),
  {
    name: 'every red flag at once, in table order',
    answers: { ...calm, ...Object.fromEntries(safetyLinkIds.map((linkId, i) => [linkId, i % 2 ? 'unsure' : 'yes'])) },
    likely: ['gas-release'],
    level: 'tell-front-desk-now',
    flags: flagItems.map(([flag]) => flag),
  },
  {
    name: 'a red flag with nothing else answered still goes to the front desk',
    answers: { 'safety-urine-retention': 'yes' },
    likely: [],
    level: 'tell-front-desk-now',
    flags: ['urine-retention'],
  },
  {
    name: 'the mixed picture with night pain goes to the front desk',
    answers: { ...mixed, 'safety-night-pain': 'yes' },
    likely: ['age-related', 'injury-dysfunction'],
    level: 'tell-front-desk-now',
    flags: ['night-pain'],
  },

  // Risk markers: "discuss today" alone, never the front desk.
  {
    name: 'risk marker: back pain began after 50',
    answers: { ...calm, 'risk-onset-age': 'over-50' },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    guidance: 'discuss-with-therapist',
    markers: ['onset-age'],
    signals: [],
  },
  {
    name: 'risk marker: back pain began before 20',
    answers: { ...calm, 'risk-onset-age': 'under-20' },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    markers: ['onset-age'],
  },
  {
    name: 'risk marker: not sure when back pain began',
    answers: { ...calm, 'risk-onset-age': 'unsure' },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    guidance: 'discuss-with-therapist',
    markers: ['onset-age'],
  },
  {
    name: 'risk marker: new middle back pain',
    answers: { ...calm, 'risk-middle-back-pain': 'yes' },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    markers: ['middle-back-pain'],
  },
  {
    name: 'risk marker: not sure about new middle back pain',
    answers: { ...calm, 'risk-middle-back-pain': 'unsure' },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    markers: ['middle-back-pain'],
  },
  {
    name: 'no back pain at all is no risk marker',
    answers: { ...calm, 'risk-onset-age': 'no-back-pain' },
    likely: ['gas-release'],
    level: 'common-harmless',
    markers: [],
  },
  {
    name: 'both risk markers and a red flag: the flag decides',
    answers: { ...calm, 'risk-onset-age': 'over-50', 'risk-middle-back-pain': 'yes', 'safety-weight-loss': 'yes' },
    likely: ['gas-release'],
    level: 'tell-front-desk-now',
    flags: ['weight-loss'],
    markers: ['onset-age', 'middle-back-pain'],
  },

  // Not enough information: the kiosk says it could not tell, never "harmless".
  {
    name: 'nothing answered: could not tell',
    answers: {},
    likely: [],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    flags: [],
    signals: [],
    missing: backtalkQuestionnaire.items
      .filter((item) => item.section !== 'about' || ['hurts', 'frequency', 'symptoms', 'feel', 'limits', 'past-injury'].includes(item.linkId))
      .map((item) => item.linkId),
  },
  {
    name: 'only the screening answered: could not tell',
    answers: screenedClear,
    likely: [],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    missing: ['frequency', 'hurts', 'feel', 'symptoms', 'past-injury', 'limits'],
  },
  ...(['hurts', 'frequency', 'symptoms', 'feel', 'limits', 'past-injury'] as const).map((linkId): WorkedCase => ({
    name: `key answer skipped: ${linkId}`,
    answers: Object.fromEntries(Object.entries(calm).filter(([key]) => key !== linkId)),
    // Gas bubbles "should not hurt": without an answer about pain they are not explained.
    likely: linkId === 'feel' || linkId === 'hurts' ? [] : ['gas-release'],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    missing: [linkId],
  })),
  {
    name: '"not sure" if it hurts: could not tell',
    answers: { ...calm, hurts: 'unsure' },
    likely: [],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    missing: ['hurts'],
  },
  // Found in review: gas bubbles ("it should not hurt") were explained as likely beside pain,
  // and on two triggers with every key answer skipped.
  {
    name: 'two triggers and nothing else: no cause explained, could not tell',
    answers: { ...screenedClear, triggers: ['twisting', 'after-still'] },
    top: ['gas-release'],
    likely: [],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    missing: ['frequency', 'hurts', 'feel', 'symptoms', 'past-injury', 'limits'],
  },
  {
    name: 'a pop that hurts (8 of 10): gas bubbles rank first but are not explained',
    answers: { ...calmSoFar, hurts: 'yes', 'pain-score': 8, triggers: ['twisting', 'after-still'] },
    top: ['gas-release', 'injury-dysfunction'],
    likely: ['injury-dysfunction'],
    level: 'discuss-with-therapist',
    signals: ['painful'],
  },
  {
    name: '"not sure" how often: could not tell',
    answers: { ...calm, frequency: 'unsure' },
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    missing: ['frequency'],
  },
  {
    name: '"not sure" what it feels like: could not tell',
    answers: { ...calm, feel: ['unsure'] },
    likely: [],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    missing: ['feel'],
  },
  {
    name: 'a safety question unanswered (an old sheet): could not tell',
    answers: Object.fromEntries(Object.entries(calm).filter(([key]) => key !== 'safety-sexual-change')),
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    missing: ['safety-sexual-change'],
  },
  {
    name: 'a risk question unanswered: could not tell',
    answers: Object.fromEntries(Object.entries(calm).filter(([key]) => key !== 'risk-onset-age')),
    likely: ['gas-release'],
    level: 'discuss-with-therapist',
    guidance: 'could-not-tell',
    missing: ['risk-onset-age'],
  },
  {
    name: 'missing answers and a signal: the signal text, not "could not tell"',
    answers: { ...screenedClear, feel: ['locking'] },
    likely: ['injury-dysfunction'],
    level: 'discuss-with-therapist',
    guidance: 'discuss-with-therapist',
    signals: ['locking'],
  },
  {
    name: 'a pain score left over after "no, it does not hurt" is ignored',
    answers: { ...calm, 'pain-score': 9 },
    likely: ['gas-release'],
    level: 'common-harmless',
    signals: [],
    scores: { 'injury-dysfunction': -1 },
  },
  {
    name: 'pain asked but score skipped: painful, score is unanswered',
    answers: { ...calm, hurts: 'yes' },
    likely: [],
    level: 'discuss-with-therapist',
    signals: ['painful'],
  },
  {
    name: 'a pain score of 0 after "it hurts" still counts as painful',
    answers: { ...calm, hurts: 'yes', 'pain-score': 0 },
    likely: [],
    level: 'discuss-with-therapist',
    signals: ['painful'],
  },
  {
    name: 'a tie keeps the fixed cause order',
    answers: { ...calm, feel: ['snap-slide'], triggers: ['on-purpose'] },
    top: ['gas-release', 'tendon-ligament'],
    likely: ['gas-release', 'tendon-ligament'],
    level: 'common-harmless',
    scores: { 'gas-release': 3, 'tendon-ligament': 3 },
  },
];

describe('worked cases', () => {
  it('has at least 70 cases, with a "yes" and a "not sure" case for every red flag', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
    expect(flagItems).toHaveLength(safetyLinkIds.length);
  });

  it.each(cases)('$name', (workedCase) => {
    const result = assessAnswers(workedCase.answers);
    if (workedCase.top !== undefined) expect(result.causes.slice(0, workedCase.top.length).map((cause) => cause.cause)).toEqual(workedCase.top);
    expect(
      result.causes
        .filter((cause) => cause.likely)
        .map((cause) => cause.cause)
        .sort(),
    ).toEqual([...workedCase.likely].sort());
    expect(result.level).toBe(workedCase.level);
    expect(result.guidance).toBe(workedCase.guidance ?? workedCase.level);
    expect(result.redFlags.map((flag) => flag.flag)).toEqual(workedCase.flags ?? []);
    if (workedCase.markers !== undefined) expect(result.riskMarkers.map((marker) => marker.marker)).toEqual(workedCase.markers);
    if (workedCase.signals !== undefined) expect(result.signals.map((signal) => signal.signal)).toEqual(workedCase.signals);
    for (const [cause, score] of Object.entries(workedCase.scores ?? {})) {
      expect(result.causes.find((entry) => entry.cause === cause)?.score, cause).toBe(score);
    }
    if (workedCase.because !== undefined) {
      const { cause, language, includes } = workedCase.because;
      const sentences = result.causes.find((entry) => entry.cause === cause)?.evidence.map((evidence) => evidence.because[language]) ?? [];
      expect(
        sentences.some((sentence) => sentence.includes(includes)),
        sentences.join(' | '),
      ).toBe(true);
    }
    if (workedCase.missing !== undefined) expect(result.missingKeyAnswers).toEqual(workedCase.missing);
  });
});

describe('result details', () => {
  it('evidence names the answer (linkId + code) and its weight, raising and lowering', () => {
    const result = assessAnswers({ hurts: 'yes', feel: ['single-pop'] });
    const gas = result.causes.find((cause) => cause.cause === 'gas-release');
    expect(gas?.evidence).toEqual([
      {
        linkId: 'feel',
        code: 'single-pop',
        weight: 3,
        because: { en: 'Because you said it pops once and then feels better.', es: 'Porque dijo que cruje una vez y luego se siente mejor.' },
      },
      { linkId: 'hurts', code: 'yes', weight: -2, because: { en: 'Because you said it hurts when it cracks.', es: 'Porque dijo que le duele cuando cruje.' } },
    ]);
    expect(gas?.score).toBe(1);
  });

  it('a red flag records its item and the answer that raised it', () => {
    expect(assessAnswers({ 'safety-trauma': 'unsure' }).redFlags).toEqual([{ flag: 'trauma', linkId: 'safety-trauma', code: 'unsure' }]);
  });

  it('a risk marker records its item and answer, and is not a red flag', () => {
    const result = assessAnswers({ ...calm, 'risk-onset-age': 'over-50' });
    expect(result.riskMarkers).toEqual([{ marker: 'onset-age', linkId: 'risk-onset-age', code: 'over-50' }]);
    expect(result.redFlags).toEqual([]);
  });

  it('the hypermobility screen is counted for the therapist: n of 5, answered, cut-off', () => {
    expect(assessAnswers({ ...hmNo, 'hypermobility-thumb': 'yes' }).hypermobilityScreen).toEqual({ yes: 1, answered: 5, suggestsHypermobility: false });
    expect(assessAnswers({ 'hypermobility-thumb': 'yes', 'hypermobility-hands-floor': 'yes' }).hypermobilityScreen).toEqual({
      yes: 2,
      answered: 2,
      suggestsHypermobility: true,
    });
  });

  it('with a red flag, the advice is only to go to the front desk and not to force the back', () => {
    expect(assessAnswers({ ...calm, 'safety-cancer-history': 'yes' }).meanwhile).toEqual([meanwhileTexts['tell-front-desk'], meanwhileTexts['do-not-force']]);
  });

  it('without a red flag, the advice follows the answers', () => {
    expect(assessAnswers({ ...calm, triggers: ['after-still'] }).meanwhile).toEqual([meanwhileTexts['move-breaks'], meanwhileTexts['keep-moving']]);
    expect(assessAnswers({ hurts: 'yes', feel: ['locking'], 'hypermobility-thumb': 'yes', 'hypermobility-dislocation': 'yes' }).meanwhile).toEqual([
      meanwhileTexts['stop-if-hurts'],
      meanwhileTexts['stuck-go-slow'],
      meanwhileTexts['support-loose-joints'],
      meanwhileTexts['keep-moving'],
      meanwhileTexts['note-when'],
    ]);
  });

  it('always returns all five causes and the rule-set version 2', () => {
    const result = assessAnswers(mixed);
    expect(result.causes).toHaveLength(5);
    expect(new Set(result.causes.map((cause) => cause.cause)).size).toBe(5);
    expect(result.ruleSetVersion).toBe('backtalk-rules-2.2.0');
  });
});
