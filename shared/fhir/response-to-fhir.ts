/**
 * Answers as a FHIR R4 QuestionnaireResponse that references the Backtalk questionnaire.
 * The compact form (for the printed QR code) carries codes only, no texts. Codings have no
 * system, as in the Questionnaire (see questionnaire-to-fhir.ts).
 * `authored` is passed in by the caller; this module never reads a clock.
 */
import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';
import { backtalkQuestionnaire } from '../questionnaire/backtalk-questionnaire.ts';
import { isItemEnabled, pruneDisabledAnswers } from '../questionnaire/enable-when.ts';
import type { Answers, AnswerValue, Language, QuestionnaireItem } from '../questionnaire/questionnaire-types.ts';
import { questionnaireCanonical } from './fhir-constants.ts';

export interface ResponseOptions {
  /** Codes only, for the QR code. */
  readonly compact?: boolean;
  /** When the answers were given (FHIR dateTime), supplied by the caller. */
  readonly authored?: string;
  /** The patient's language; the texts of a full response are in it. */
  readonly language?: Language;
}

function answersOf(item: QuestionnaireItem, value: AnswerValue, compact: boolean, language: Language): QuestionnaireResponseItemAnswer[] {
  if (typeof value === 'number') return [{ valueInteger: value }];
  const codes = typeof value === 'string' ? [value] : value;
  return codes.map((code) => {
    if (compact) return { valueCoding: { code } };
    const option = item.options.find((candidate) => candidate.code === code);
    return { valueCoding: { code, ...(option ? { display: option.text[language] } : {}) } };
  });
}

/** The answers as a QuestionnaireResponse; answers of items that are not asked are left out. */
export function answersToQuestionnaireResponse(answers: Answers, options: ResponseOptions = {}): QuestionnaireResponse {
  const compact = options.compact === true;
  const language = options.language ?? 'en';
  const enabled = pruneDisabledAnswers(backtalkQuestionnaire, answers);
  const items: QuestionnaireResponseItem[] = [];
  let complete = true;
  for (const item of backtalkQuestionnaire.items) {
    const value = enabled[item.linkId];
    if (value === undefined) {
      if (item.required && isItemEnabled(item, enabled)) complete = false;
      continue;
    }
    const answer = answersOf(item, value, compact, language);
    items.push(compact ? { linkId: item.linkId, answer } : { linkId: item.linkId, text: item.text[language], answer });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireCanonical,
    status: complete ? 'completed' : 'in-progress',
    ...(options.authored !== undefined ? { authored: options.authored } : {}),
    ...(options.language !== undefined ? { language: options.language } : {}),
    ...(items.length > 0 ? { item: items } : {}),
  };
}
