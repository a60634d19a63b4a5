/**
 * Made-up answer sets for the staff test print and the sample printouts in docs/printouts.
 * They belong to nobody; each is a typical, fully answered check-in of one kind.
 */
import type { Answers } from '../questionnaire/questionnaire-types.ts';

const noSafetyConcerns = {
  'safety-bladder-bowel': 'no',
  'safety-weakness': 'no',
  'safety-fever': 'no',
  'safety-fall': 'no',
  'safety-cancer': 'no',
  'safety-night-pain': 'no',
} as const;

export const sampleCases = {
  /** Painless pops with relief: commonly harmless. */
  'no-worry': {
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
    ...noSafetyConcerns,
  },
  /** Painful, frequent grinding with stiffness: worth discussing with the therapist today. */
  painful: {
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
    ...noSafetyConcerns,
  },
  /** New leg weakness and bladder problems after a fall: tell the front desk now. */
  'red-flag': {
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
    ...noSafetyConcerns,
    'safety-bladder-bowel': 'yes',
    'safety-weakness': 'yes',
    'safety-fall': 'yes',
  },
} as const satisfies Record<string, Answers>;

export type SampleCase = keyof typeof sampleCases;
export const sampleCaseNames = Object.keys(sampleCases) as SampleCase[];
