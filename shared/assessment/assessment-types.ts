/**
 * What `assessAnswers()` returns. Read by the result screen, the printout, the FHIR export
 * and the command-line tool; none of them re-derive anything from the answers.
 */
import type { LocalizedText } from '../questionnaire/questionnaire-types.ts';

/** The five common causes from the clinic's source article. */
export const causeCodes = ['gas-release', 'tendon-ligament', 'hypermobility', 'age-related', 'injury-dysfunction'] as const;
export type CauseCode = (typeof causeCodes)[number];

/** Ordered from least to most urgent; a higher index is never lowered by a more worrying answer. */
export const guidanceLevels = ['common-harmless', 'discuss-with-therapist', 'tell-front-desk-now'] as const;
export type GuidanceLevel = (typeof guidanceLevels)[number];

/** The signals from the article that call for a therapist's look. */
export const therapistSignalCodes = ['painful', 'frequent', 'other-symptoms', 'locking', 'unusual'] as const;
export type TherapistSignalCode = (typeof therapistSignalCodes)[number];

/** One red flag per safety item (version 2 asks one idea per question). */
export const redFlagCodes = [
  'urine-retention',
  'incontinence',
  'saddle-numbness',
  'sexual-change',
  'both-legs',
  'progressive-weakness',
  'fever-unwell',
  'injecting-drugs',
  'immunosuppression',
  'recent-infection',
  'recent-operation',
  'trauma',
  'fragility-fracture',
  'cancer-history',
  'weight-loss',
  'night-pain',
] as const;
export type RedFlagCode = (typeof redFlagCodes)[number];

/** Risk markers: alone they call for "discuss today", never the front desk; the therapist sees them. */
export const riskMarkerCodes = ['onset-age', 'middle-back-pain'] as const;
export type RiskMarkerCode = (typeof riskMarkerCodes)[number];

/**
 * Which guidance text the patient reads. It follows the level, except that "discuss today" has
 * two texts: one for answers that call for a look, and one for answers too incomplete to tell.
 */
export const guidanceCodes = ['common-harmless', 'could-not-tell', 'discuss-with-therapist', 'tell-front-desk-now'] as const;
export type GuidanceCode = (typeof guidanceCodes)[number];

/** One answer that raised (weight > 0) or lowered (weight < 0) a score, or raised a signal or flag. */
export interface Evidence {
  readonly linkId: string;
  readonly code: string;
  readonly weight: number;
  /** "because you said …" in each language, ready for the patient. */
  readonly because: LocalizedText;
}

export interface RankedCause {
  readonly cause: CauseCode;
  readonly score: number;
  /** Whether the score reaches the rule set's "likely contributing" threshold. */
  readonly likely: boolean;
  readonly evidence: readonly Evidence[];
}

export interface TherapistSignal {
  readonly signal: TherapistSignalCode;
  readonly evidence: readonly Evidence[];
}

export interface RedFlag {
  readonly flag: RedFlagCode;
  readonly linkId: string;
  /** The answer code that raised it ('yes' or 'unsure'). */
  readonly code: string;
  /**
   * Set when the flag was raised earlier in the session and the answer was then changed (e.g. to
   * 'no'): the flag stays raised, and this holds the answer now given (absent: no answer now).
   */
  readonly changedTo?: string;
  readonly changed?: true;
}

/** A safety answer that raised a flag during the session: sticky until the session ends. */
export interface RaisedFlag {
  readonly linkId: string;
  readonly code: string;
}

export interface RiskMarker {
  readonly marker: RiskMarkerCode;
  readonly linkId: string;
  readonly code: string;
}

/** The five-part hypermobility questionnaire (Hakim and Grahame 2003) as the therapist reads it. */
export interface HypermobilityScreen {
  /** "Yes" answers out of the five items. */
  readonly yes: number;
  /** Items answered at all (yes, no or not sure). */
  readonly answered: number;
  /** Two or more "yes" suggests hypermobility. */
  readonly suggestsHypermobility: boolean;
}

export interface Assessment {
  readonly ruleSetVersion: string;
  readonly level: GuidanceLevel;
  /** Which guidance text to show (the level, or "could not tell" when key answers are missing). */
  readonly guidance: GuidanceCode;
  /** All five causes, highest score first (ties broken by the fixed cause order). */
  readonly causes: readonly RankedCause[];
  readonly signals: readonly TherapistSignal[];
  readonly redFlags: readonly RedFlag[];
  readonly riskMarkers: readonly RiskMarker[];
  /**
   * Key questions (every item that could have raised a flag, marker or signal) left unanswered
   * or answered "not sure": while any is listed, the kiosk never says "common and harmless".
   */
  readonly missingKeyAnswers: readonly string[];
  readonly hypermobilityScreen: HypermobilityScreen;
  /** What the patient can do meanwhile, in both languages, already chosen for these answers. */
  readonly meanwhile: readonly LocalizedText[];
  /** linkIds of enabled items the patient did not answer. */
  readonly unanswered: readonly string[];
}
