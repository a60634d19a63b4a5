/**
 * Worked cases of the rule set: answers → expected ranked top causes, likely causes, level,
 * flags and signals. When a weight in rule-table.ts changes, the cases it moves change here.
 */
import { describe, expect, it } from 'vitest';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import { meanwhileTexts } from '../../../../shared/assessment/assessment-texts.ts';
import type { CauseCode, GuidanceLevel, RedFlagCode, TherapistSignalCode } from '../../../../shared/assessment/assessment-types.ts';
import type { Answers } from '../../../../shared/questionnaire/questionnaire-types.ts';

const allSafetyNo: Answers = {
  'safety-bladder-bowel': 'no',
  'safety-weakness': 'no',
  'safety-fever': 'no',
  'safety-fall': 'no',
  'safety-cancer': 'no',
  'safety-night-pain': 'no',
};

const hmNo: Answers = {
  'hypermobility-hands-floor': 'no',
  'hypermobility-thumb': 'no',
  'hypermobility-child-splits': 'no',
  'hypermobility-dislocation': 'no',
  'hypermobility-double-jointed': 'no',
};

const mixed: Answers = {
  ...allSafetyNo,
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
  readonly top: readonly CauseCode[];
  /** Exactly the causes marked likely. */
  readonly likely: readonly CauseCode[];
  readonly level: GuidanceLevel;
  readonly flags?: readonly RedFlagCode[];
  readonly signals?: readonly TherapistSignalCode[];
  readonly scores?: Partial<Record<CauseCode, number>>;
  /** A "because you said …" sentence expected in a cause's evidence, in one language. */
  readonly because?: { readonly cause: CauseCode; readonly language: 'en' | 'es'; readonly includes: string };
  readonly unanswered?: readonly string[];
}

const flagItems: ReadonlyArray<[RedFlagCode, string]> = [
  ['bladder-bowel-saddle', 'safety-bladder-bowel'],
  ['weakness-numbness', 'safety-weakness'],
  ['fever-unwell', 'safety-fever'],
  ['trauma', 'safety-fall'],
  ['cancer-weight-loss', 'safety-cancer'],
  ['night-pain', 'safety-night-pain'],
];

const gasAnswers: Answers = { ...allSafetyNo, feel: ['single-pop'], triggers: ['twisting', 'after-still'], hurts: 'no', frequency: 'rarely' };

const cases: WorkedCase[] = [
  { name: 'classic gas release: one pop with relief after sitting, no pain', answers: gasAnswers, top: ['gas-release'], likely: ['gas-release'], level: 'common-harmless', scores: { 'gas-release': 8 }, because: { cause: 'gas-release', language: 'en', includes: 'it pops once and then feels better' } },
  { name: 'gas release, Spanish evidence', answers: gasAnswers, top: ['gas-release'], likely: ['gas-release'], level: 'common-harmless', because: { cause: 'gas-release', language: 'es', includes: 'Porque dijo que cruje una vez' } },
  { name: 'tendon or ligament: snap and stiffness', answers: { ...allSafetyNo, feel: ['snap-slide'], symptoms: ['stiffness'], hurts: 'no' }, top: ['tendon-ligament', 'gas-release'], likely: ['tendon-ligament'], level: 'common-harmless', scores: { 'tendon-ligament': 5, 'gas-release': 1 } },
  { name: 'tendon with bending and soreness also nudges age', answers: { ...allSafetyNo, feel: ['snap-slide'], symptoms: ['stiffness', 'soreness'], triggers: ['bending'] }, top: ['tendon-ligament', 'age-related'], likely: ['tendon-ligament'], level: 'common-harmless', scores: { 'tendon-ligament': 7, 'age-related': 1 } },
  { name: 'stiffness alone is not enough to be likely', answers: { ...allSafetyNo, symptoms: ['stiffness'] }, top: ['tendon-ligament'], likely: [], level: 'common-harmless', scores: { 'tendon-ligament': 2 } },
  { name: 'hypermobility: two "yes" of five (Hakim and Grahame cut-off)', answers: { ...allSafetyNo, ...hmNo, 'hypermobility-hands-floor': 'yes', 'hypermobility-thumb': 'yes' }, top: ['hypermobility'], likely: ['hypermobility'], level: 'common-harmless', scores: { hypermobility: 4 } },
  { name: 'hypermobility: one "yes" is below the cut-off', answers: { ...allSafetyNo, ...hmNo, 'hypermobility-double-jointed': 'yes' }, top: ['hypermobility'], likely: [], level: 'common-harmless', scores: { hypermobility: 2 } },
  { name: 'hypermobility: all five "yes"', answers: { ...allSafetyNo, 'hypermobility-hands-floor': 'yes', 'hypermobility-thumb': 'yes', 'hypermobility-child-splits': 'yes', 'hypermobility-dislocation': 'yes', 'hypermobility-double-jointed': 'yes' }, top: ['hypermobility'], likely: ['hypermobility'], level: 'common-harmless', scores: { hypermobility: 10 } },
  { name: 'hypermobility: "not sure" answers do not count', answers: { ...allSafetyNo, 'hypermobility-hands-floor': 'unsure', 'hypermobility-thumb': 'unsure', 'hypermobility-child-splits': 'unsure' }, top: ['gas-release'], likely: [], level: 'common-harmless', scores: { hypermobility: 0 } },
  { name: 'hypermobility: slips in and out is also unusual', answers: { ...allSafetyNo, feel: ['slip-in-out'] }, top: ['hypermobility'], likely: ['hypermobility'], level: 'discuss-with-therapist', signals: ['unusual'] },
  { name: 'hypermobility, Spanish evidence', answers: { 'hypermobility-hands-floor': 'yes', 'hypermobility-thumb': 'yes' }, top: ['hypermobility'], likely: ['hypermobility'], level: 'common-harmless', because: { cause: 'hypermobility', language: 'es', includes: 'Porque dijo que puede poner las manos planas en el piso' } },
  { name: 'age-related: 75 or older with grinding', answers: { ...allSafetyNo, age: '75-plus', feel: ['grinding'] }, top: ['age-related', 'injury-dysfunction'], likely: ['age-related'], level: 'common-harmless', scores: { 'age-related': 6, 'injury-dysfunction': 1 } },
  { name: 'age-related: 60 to 74 with repetitive lifting', answers: { ...allSafetyNo, age: '60-74', habits: ['repetitive'] }, top: ['age-related'], likely: ['age-related'], level: 'common-harmless', scores: { 'age-related': 4 } },
  { name: 'age-related: under 30 lowers it to last place', answers: { ...allSafetyNo, age: 'under-30' }, top: ['gas-release', 'tendon-ligament', 'hypermobility', 'injury-dysfunction', 'age-related'], likely: [], level: 'common-harmless', scores: { 'age-related': -2 } },
  { name: 'age-related, Spanish evidence', answers: { age: '60-74', feel: ['grinding'] }, top: ['age-related'], likely: ['age-related'], level: 'common-harmless', because: { cause: 'age-related', language: 'es', includes: 'Porque dijo que tiene de 60 a 74 años' } },
  { name: 'old fracture without pain: likely injury, still common', answers: { ...allSafetyNo, 'past-injury': ['fracture'], hurts: 'no' }, top: ['injury-dysfunction', 'gas-release'], likely: ['injury-dysfunction'], level: 'common-harmless', scores: { 'injury-dysfunction': 3 } },
  { name: 'several old injuries add up', answers: { ...allSafetyNo, 'past-injury': ['sprain', 'surgery', 'fall-accident'] }, top: ['injury-dysfunction'], likely: ['injury-dysfunction'], level: 'common-harmless', scores: { 'injury-dysfunction': 6 } },
  { name: 'no past injury lowers injury', answers: { ...allSafetyNo, 'past-injury': ['none'], symptoms: ['none'] }, top: ['gas-release'], likely: [], level: 'common-harmless', scores: { 'injury-dysfunction': -1 } },
  { name: 'locking: injury likely and a therapist signal', answers: { ...allSafetyNo, feel: ['locking'] }, top: ['injury-dysfunction'], likely: ['injury-dysfunction'], level: 'discuss-with-therapist', signals: ['locking'] },
  { name: 'painful cracking with a high pain score', answers: { ...allSafetyNo, hurts: 'yes', 'pain-score': 8 }, top: ['injury-dysfunction', 'hypermobility', 'age-related', 'tendon-ligament', 'gas-release'], likely: ['injury-dysfunction'], level: 'discuss-with-therapist', signals: ['painful'], scores: { 'injury-dysfunction': 3, 'gas-release': -2, 'tendon-ligament': -1 }, because: { cause: 'injury-dysfunction', language: 'en', includes: 'your pain is 8 out of 10' } },
  { name: 'painful, Spanish evidence of the pain score', answers: { hurts: 'yes', 'pain-score': 9 }, top: ['injury-dysfunction'], likely: ['injury-dysfunction'], level: 'discuss-with-therapist', signals: ['painful'], because: { cause: 'injury-dysfunction', language: 'es', includes: 'su dolor es 9 de 10' } },
  { name: 'frequent: many times a day', answers: { ...allSafetyNo, frequency: 'many-a-day' }, top: ['injury-dysfunction'], likely: [], level: 'discuss-with-therapist', signals: ['frequent'], scores: { 'injury-dysfunction': 2 } },
  { name: 'other symptoms: pain down a leg', answers: { ...allSafetyNo, symptoms: ['spreading-pain'] }, top: ['gas-release'], likely: [], level: 'discuss-with-therapist', signals: ['other-symptoms'] },
  { name: 'other symptoms: numb or tingly and weak', answers: { ...allSafetyNo, symptoms: ['numb-tingling', 'weakness'] }, top: ['gas-release'], likely: [], level: 'discuss-with-therapist', signals: ['other-symptoms'] },
  { name: 'other symptoms: gets in the way of daily life a lot', answers: { ...allSafetyNo, limits: 'a-lot' }, top: ['gas-release'], likely: [], level: 'discuss-with-therapist', signals: ['other-symptoms'] },
  { name: 'unusual: feels strange or new', answers: { ...allSafetyNo, feel: ['single-pop', 'unusual'] }, top: ['gas-release'], likely: ['gas-release'], level: 'discuss-with-therapist', signals: ['unusual'] },
  ...flagItems.map(([flag, linkId]): WorkedCase => ({ name: `red flag alone: ${flag} (yes)`, answers: { ...allSafetyNo, [linkId]: 'yes' }, top: ['gas-release'], likely: [], level: 'tell-front-desk-now', flags: [flag], signals: [] })),
  ...flagItems.map(([flag, linkId]): WorkedCase => ({ name: `red flag alone: ${flag} ("not sure" counts)`, answers: { ...allSafetyNo, [linkId]: 'unsure' }, top: ['gas-release'], likely: [], level: 'tell-front-desk-now', flags: [flag] })),
  { name: 'red flag overrides a calm gas-release picture', answers: { ...gasAnswers, 'safety-fever': 'yes' }, top: ['gas-release'], likely: ['gas-release'], level: 'tell-front-desk-now', flags: ['fever-unwell'], signals: [] },
  { name: 'all six red flags, in table order', answers: { 'safety-bladder-bowel': 'yes', 'safety-weakness': 'unsure', 'safety-fever': 'yes', 'safety-fall': 'yes', 'safety-cancer': 'unsure', 'safety-night-pain': 'yes' }, top: ['gas-release'], likely: [], level: 'tell-front-desk-now', flags: ['bladder-bowel-saddle', 'weakness-numbness', 'fever-unwell', 'trauma', 'cancer-weight-loss', 'night-pain'] },
  { name: 'gas release and hypermobility together', answers: { ...allSafetyNo, feel: ['single-pop'], 'hypermobility-hands-floor': 'yes', 'hypermobility-child-splits': 'yes' }, top: ['hypermobility', 'gas-release'], likely: ['gas-release', 'hypermobility'], level: 'common-harmless', scores: { hypermobility: 4, 'gas-release': 3 } },
  { name: 'old injury and age, locking', answers: { ...allSafetyNo, age: '75-plus', feel: ['grinding', 'locking'], 'past-injury': ['fracture'] }, top: ['injury-dysfunction', 'age-related'], likely: ['age-related', 'injury-dysfunction'], level: 'discuss-with-therapist', signals: ['locking'], scores: { 'injury-dysfunction': 7, 'age-related': 6 } },
  { name: 'a tie keeps the fixed cause order', answers: { ...allSafetyNo, feel: ['single-pop', 'snap-slide'] }, top: ['gas-release', 'tendon-ligament'], likely: ['gas-release', 'tendon-ligament'], level: 'common-harmless', scores: { 'gas-release': 3, 'tendon-ligament': 3 } },
  { name: 'a realistic mixed picture', answers: mixed, top: ['age-related', 'injury-dysfunction', 'tendon-ligament', 'hypermobility', 'gas-release'], likely: ['age-related', 'injury-dysfunction', 'tendon-ligament'], level: 'discuss-with-therapist', signals: ['painful'], scores: { 'age-related': 7, 'injury-dysfunction': 6, 'tendon-ligament': 3, 'gas-release': -1 } },
  { name: 'the mixed picture with night pain goes to the front desk', answers: { ...mixed, 'safety-night-pain': 'yes' }, top: ['age-related', 'injury-dysfunction', 'tendon-ligament'], likely: ['age-related', 'injury-dysfunction', 'tendon-ligament'], level: 'tell-front-desk-now', flags: ['night-pain'], signals: ['painful'] },
  { name: 'nothing answered still assesses and lists every asked item', answers: {}, top: ['gas-release', 'tendon-ligament', 'hypermobility', 'age-related', 'injury-dysfunction'], likely: [], level: 'common-harmless', flags: [], signals: [], unanswered: ['where', 'triggers', 'frequency', 'hurts', 'feel', 'symptoms', 'past-injury', 'hypermobility-hands-floor', 'hypermobility-thumb', 'hypermobility-child-splits', 'hypermobility-dislocation', 'hypermobility-double-jointed', 'age', 'habits', 'limits', 'duration', 'safety-bladder-bowel', 'safety-weakness', 'safety-fever', 'safety-fall', 'safety-cancer', 'safety-night-pain'] },
  { name: 'only the safety questions answered', answers: allSafetyNo, top: ['gas-release'], likely: [], level: 'common-harmless', unanswered: ['where', 'triggers', 'frequency', 'hurts', 'feel', 'symptoms', 'past-injury', 'hypermobility-hands-floor', 'hypermobility-thumb', 'hypermobility-child-splits', 'hypermobility-dislocation', 'hypermobility-double-jointed', 'age', 'habits', 'limits', 'duration'] },
  { name: 'skipped the flexibility items: still assesses, says what was skipped', answers: { ...allSafetyNo, where: ['neck'], hurts: 'no', feel: ['grinding'], age: '60-74' }, top: ['age-related'], likely: ['age-related'], level: 'common-harmless', unanswered: ['triggers', 'frequency', 'symptoms', 'past-injury', 'hypermobility-hands-floor', 'hypermobility-thumb', 'hypermobility-child-splits', 'hypermobility-dislocation', 'hypermobility-double-jointed', 'habits', 'limits', 'duration'] },
  { name: 'a pain score left over after "no, it does not hurt" is ignored', answers: { ...allSafetyNo, hurts: 'no', 'pain-score': 9 }, top: ['gas-release'], likely: [], level: 'common-harmless', signals: [], scores: { 'gas-release': 1, 'injury-dysfunction': 0 } },
  { name: 'not sure if it hurts: no pain signal, pain score not asked', answers: { ...allSafetyNo, hurts: 'unsure' }, top: ['gas-release'], likely: [], level: 'common-harmless', signals: [] },
  { name: 'pain asked but score skipped: painful, and the score is listed as unanswered', answers: { ...allSafetyNo, hurts: 'yes' }, top: ['injury-dysfunction'], likely: [], level: 'discuss-with-therapist', signals: ['painful'], unanswered: ['where', 'triggers', 'frequency', 'pain-score', 'feel', 'symptoms', 'past-injury', 'hypermobility-hands-floor', 'hypermobility-thumb', 'hypermobility-child-splits', 'hypermobility-dislocation', 'hypermobility-double-jointed', 'age', 'habits', 'limits', 'duration'] },
  { name: 'a pain score of 0 is not a painful signal by itself', answers: { hurts: 'yes', 'pain-score': 0 }, top: ['injury-dysfunction'], likely: [], level: 'discuss-with-therapist', signals: ['painful'] },
];

describe('worked cases', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$name', (workedCase) => {
    const result = assessAnswers(workedCase.answers);
    expect(result.causes.slice(0, workedCase.top.length).map((cause) => cause.cause)).toEqual(workedCase.top);
    expect(result.causes.filter((cause) => cause.likely).map((cause) => cause.cause).sort()).toEqual([...workedCase.likely].sort());
    expect(result.level).toBe(workedCase.level);
    expect(result.redFlags.map((flag) => flag.flag)).toEqual(workedCase.flags ?? []);
    if (workedCase.signals !== undefined) expect(result.signals.map((signal) => signal.signal)).toEqual(workedCase.signals);
    for (const [cause, score] of Object.entries(workedCase.scores ?? {})) {
      expect(result.causes.find((entry) => entry.cause === cause)?.score, cause).toBe(score);
    }
    if (workedCase.because !== undefined) {
      const { cause, language, includes } = workedCase.because;
      const sentences = result.causes.find((entry) => entry.cause === cause)?.evidence.map((evidence) => evidence.because[language]) ?? [];
      expect(sentences.some((sentence) => sentence.includes(includes)), sentences.join(' | ')).toBe(true);
    }
    if (workedCase.unanswered !== undefined) expect(result.unanswered).toEqual(workedCase.unanswered);
  });
});

describe('result details', () => {
  it('evidence names the answer (linkId + code) and its weight, raising and lowering', () => {
    const result = assessAnswers({ hurts: 'yes', feel: ['single-pop'] });
    const gas = result.causes.find((cause) => cause.cause === 'gas-release');
    expect(gas?.evidence).toEqual([
      { linkId: 'feel', code: 'single-pop', weight: 3, because: { en: 'Because you said it pops once and then feels better.', es: 'Porque dijo que cruje una vez y luego se siente mejor.' } },
      { linkId: 'hurts', code: 'yes', weight: -2, because: { en: 'Because you said it hurts when it cracks.', es: 'Porque dijo que le duele cuando cruje.' } },
    ]);
    expect(gas?.score).toBe(1);
  });

  it('a red flag records its item and the answer that raised it', () => {
    expect(assessAnswers({ 'safety-fall': 'unsure' }).redFlags).toEqual([{ flag: 'trauma', linkId: 'safety-fall', code: 'unsure' }]);
  });

  it('with a red flag, the advice is only to go to the front desk and not to force the back', () => {
    expect(assessAnswers({ ...gasAnswers, 'safety-cancer': 'yes' }).meanwhile).toEqual([meanwhileTexts['tell-front-desk'], meanwhileTexts['do-not-force']]);
  });

  it('without a red flag, the advice follows the answers', () => {
    expect(assessAnswers(gasAnswers).meanwhile).toEqual([meanwhileTexts['move-breaks'], meanwhileTexts['keep-moving']]);
    expect(assessAnswers({ hurts: 'yes', feel: ['locking'], 'hypermobility-thumb': 'yes', 'hypermobility-dislocation': 'yes' }).meanwhile).toEqual([
      meanwhileTexts['stop-if-hurts'],
      meanwhileTexts['stuck-go-slow'],
      meanwhileTexts['support-loose-joints'],
      meanwhileTexts['keep-moving'],
      meanwhileTexts['note-when'],
    ]);
  });

  it('always returns all five causes and the rule-set version', () => {
    const result = assessAnswers(mixed);
    expect(result.causes).toHaveLength(5);
    expect(new Set(result.causes.map((cause) => cause.cause)).size).toBe(5);
    expect(result.ruleSetVersion).toMatch(/^backtalk-rules-\d+\.\d+\.\d+$/);
  });
});
