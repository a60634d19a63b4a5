/**
 * Made-up answer sets for the staff test print and the sample printouts in docs/printouts.
 * They belong to nobody; each is a typical, fully answered check-in of one kind.
 */
import { riskLinkIds, safetyLinkIds } from '../questionnaire/backtalk-questionnaire.ts';
import type { Answers } from '../questionnaire/questionnaire-types.ts';

/** "No" to every red-flag question (version 2 has one idea per question). */
const noSafetyConcerns: Answers = Object.fromEntries(safetyLinkIds.map((linkId) => [linkId, 'no']));

/** No risk marker: back pain began between 20 and 50, no new middle back pain. */
const noRiskMarkers: Answers = { 'risk-onset-age': '20-50', 'risk-middle-back-pain': 'no' };
if (Object.keys(noRiskMarkers).join() !== riskLinkIds.join()) throw new Error('sample answers: the risk items changed');

/**
 * The required screening questions (red flags and risk markers) answered by someone with nothing
 * to report. Drivers that walk the flow (e2e tests, the tour, the soak bench) start from these.
 */
export const clearScreeningAnswers: Answers = { ...noSafetyConcerns, ...noRiskMarkers };

export const sampleCases = {
  /** Occasional, painless pops with relief and no other symptoms: commonly harmless. */
  'no-worry': {
    ...noSafetyConcerns,
    ...noRiskMarkers,
    where: ['lower-back'],
    triggers: ['twisting', 'after-still'],
    frequency: 'weekly',
    hurts: 'no',
    feel: ['single-pop'],
    symptoms: ['none'],
    'past-injury': ['none'],
    'hypermobility-hands-floor': 'no',
    'hypermobility-thumb': 'no',
    'hypermobility-child-splits': 'no',
    'hypermobility-dislocation': 'no',
    'hypermobility-double-jointed': 'no',
    age: '30-44',
    habits: ['sitting'],
    limits: 'not-at-all',
    duration: 'over-a-year',
  },
  /** Painful, frequent grinding with stiffness: worth discussing with the therapist today. */
  painful: {
    ...noSafetyConcerns,
    ...noRiskMarkers,
    where: ['middle-back', 'lower-back'],
    triggers: ['twisting', 'bending'],
    frequency: 'many-a-day',
    hurts: 'yes',
    'pain-score': 6,
    feel: ['grinding', 'locking'],
    symptoms: ['stiffness', 'soreness'],
    'past-injury': ['sprain'],
    'hypermobility-hands-floor': 'no',
    'hypermobility-thumb': 'unsure',
    'hypermobility-child-splits': 'no',
    'hypermobility-dislocation': 'no',
    'hypermobility-double-jointed': 'no',
    age: '60-74',
    habits: ['sitting', 'driving'],
    limits: 'quite-a-bit',
    duration: '3-12-months',
  },
  /** New trouble peeing, weak legs and a fall: tell the front desk now. */
  'red-flag': {
    ...noSafetyConcerns,
    'safety-urine-retention': 'yes',
    'safety-both-legs': 'yes',
    'safety-weakness-walking': 'yes',
    'safety-trauma': 'yes',
    'risk-onset-age': 'over-50',
    'risk-middle-back-pain': 'no',
    where: ['neck', 'lower-back'],
    triggers: ['bending'],
    frequency: 'daily',
    hurts: 'yes',
    'pain-score': 8,
    feel: ['unusual'],
    symptoms: ['numb-tingling', 'weakness'],
    'past-injury': ['fall-accident'],
    'hypermobility-hands-floor': 'no',
    'hypermobility-thumb': 'no',
    'hypermobility-child-splits': 'no',
    'hypermobility-dislocation': 'no',
    'hypermobility-double-jointed': 'no',
    age: '75-plus',
    habits: ['none'],
    limits: 'a-lot',
    duration: 'under-6-weeks',
  },
} as const satisfies Record<string, Answers>;

export type SampleCase = keyof typeof sampleCases;
export const sampleCaseNames = Object.keys(sampleCases) as SampleCase[];
