/**
 * The shape of the questionnaire. The definition (items, options, texts) drives the
 * touchscreen, the printout and the FHIR export, so every consumer reads these types only.
 */

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

/** Every patient-facing text exists once per language. */
export type LocalizedText = Readonly<Record<Language, string>>;

/**
 * How an item is answered on screen.
 * - single-choice: one option code
 * - multi-choice: one or more option codes (an option may be `exclusive`, e.g. "none of these")
 * - scale: an integer from `scale.min` to `scale.max` (the 0–10 pain scale)
 * - body-regions: one or more region codes, shown as a tappable body picture plus a list
 * - yes-no-unsure: one of the codes 'yes' | 'no' | 'unsure'
 */
export type ItemKind = 'single-choice' | 'multi-choice' | 'scale' | 'body-regions' | 'yes-no-unsure';

/**
 * Which part of the flow an item belongs to, in the order they are asked:
 * - safety: red-flag questions, always asked first, never skippable; "yes" or "not sure" sends the
 *   patient to the front desk
 * - risk: risk markers, asked right after; alone they only call for "talk to your therapist today"
 *   and a flag for the therapist
 * - about: everything else, about the cracking
 */
export type ItemSection = 'safety' | 'risk' | 'about';

export interface AnswerOption {
  readonly code: string;
  readonly text: LocalizedText;
  /** Choosing it clears every other choice (multi-choice only), e.g. "none of these". */
  readonly exclusive?: boolean;
}

/** The item is shown only when the answer to `linkId` satisfies the condition. */
export type EnableWhen =
  | { readonly linkId: string; readonly operator: 'equals'; readonly code: string }
  | { readonly linkId: string; readonly operator: 'includes'; readonly code: string }
  | { readonly linkId: string; readonly operator: 'greater-than'; readonly value: number };

export interface ScaleSpec {
  readonly min: number;
  readonly max: number;
  readonly minLabel: LocalizedText;
  readonly maxLabel: LocalizedText;
}

export interface QuestionnaireItem {
  readonly linkId: string;
  readonly kind: ItemKind;
  readonly section: ItemSection;
  readonly required: boolean;
  /** The question as the patient reads it. */
  readonly text: LocalizedText;
  /** An optional short hint under the question. */
  readonly help?: LocalizedText;
  /** Short label for the review screen and the therapist part of the printout. */
  readonly shortLabel: LocalizedText;
  readonly options: readonly AnswerOption[];
  readonly scale?: ScaleSpec;
  /** All conditions must hold (FHIR enableBehavior "all"). */
  readonly enableWhen?: readonly EnableWhen[];
  /**
   * Safety items: what a flag on this item means in clinical words, for staff (the urgent slip,
   * the red-flag sheet's staff block). Never shown to the patient.
   */
  readonly clinicalLabel?: LocalizedText;
}

/**
 * Items answered together on one touchscreen page (e.g. the five bendy-joint questions as five
 * rows). A layout choice only: each item keeps its own linkId, answer and FHIR item, so the
 * exported Questionnaire and QuestionnaireResponse stay flat and mean the same.
 */
export interface ItemGroup {
  readonly id: string;
  /** Consecutive items, in questionnaire order. */
  readonly linkIds: readonly string[];
  /** The page heading. */
  readonly text: LocalizedText;
  readonly help?: LocalizedText;
  /** The one row for the page on the review screen. */
  readonly shortLabel: LocalizedText;
}

/**
 * A part of the flow for progress ("Part 2 of 4") and the review's headings. Parts cover every
 * item once, in order; their number does not depend on the answers, so the total never moves.
 */
export interface QuestionnairePart {
  readonly id: string;
  readonly title: LocalizedText;
  /** Consecutive items, in questionnaire order. */
  readonly linkIds: readonly string[];
}

export interface Questionnaire {
  readonly id: string;
  readonly url: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly items: readonly QuestionnaireItem[];
  /** Items shown together on one page; every other item has a page of its own. */
  readonly groups?: readonly ItemGroup[];
  /** Without parts, the whole questionnaire is one part. */
  readonly parts?: readonly QuestionnairePart[];
}

/** One answer: an option code, several option codes, or a scale number. */
export type AnswerValue = string | readonly string[] | number;

/** Answers keyed by linkId. Items not answered are absent. */
export type Answers = Readonly<Record<string, AnswerValue>>;
