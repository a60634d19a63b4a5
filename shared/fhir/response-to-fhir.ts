/**
 * Answers as a FHIR R4 QuestionnaireResponse that references the Backtalk questionnaire.
 * The compact form (for the printed QR code) carries codes only, no texts. Codings have no
 * system, as in the Questionnaire (see questionnaire-to-fhir.ts).
 * `authored` is passed in by the caller; this module never reads a clock.
 */
import type { QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from 'fhir/r4';
import { backtalkQuestionnaire } from '../questionnaire/backtalk-questionnaire.ts';
import { isItemEnabled, pruneDisabledAnswers } from '../questionnaire/enable-when.ts';
import type { Answers, AnswerValue, Language, QuestionnaireItem } from '../questionnaire/questionnaire-types.ts';
import { questionnaireCanonical } from './fhir-constants.ts';

/**
 * Item extension on a sticky red flag: the patient first gave the flagged answer (kept as the
 * item's answer, so a reader that ignores extensions still sees the flag), then changed it to
 * the code in this extension's valueCoding ('none' when the answer was cleared).
 */
export const answerChangedToExtensionUrl = 'https://backtalk.example/fhir/StructureDefinition/answer-changed-to';

/** A safety answer that raised a red flag in the session, then changed. */
export interface ChangedFlagAnswer {
  readonly linkId: string;
  /** The flagged answer first given. */
  readonly code: string;
}

export interface ResponseOptions {
  /** Codes only, for the QR code. */
  readonly compact?: boolean;
  /** When the answers were given (FHIR dateTime), supplied by the caller. */
  readonly authored?: string;
  /** The patient's language; the texts of a full response are in it. */
  readonly language?: Language;
  /** Red flags raised in the session whose answer was changed afterwards: kept, see stickyFlagItem. */
  readonly raisedFlags?: readonly ChangedFlagAnswer[];
}

/** A sticky red flag's response item: the flagged answer first given, plus what it was changed to. */
function stickyFlagItem(
  item: QuestionnaireItem,
  flag: ChangedFlagAnswer,
  now: AnswerValue | undefined,
  compact: boolean,
  language: Language,
): QuestionnaireResponseItem {
  const changedTo = typeof now === 'string' ? now : 'none';
  return {
    linkId: item.linkId,
    ...(compact ? {} : { text: item.text[language] }),
    extension: [{ url: answerChangedToExtensionUrl, valueCoding: { code: changedTo } }],
    answer: answersOf(item, flag.code, compact, language),
  };
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
    const raised = options.raisedFlags?.find((flag) => flag.linkId === item.linkId);
    if (raised !== undefined && raised.code !== value) {
      items.push(stickyFlagItem(item, raised, value, compact, language));
      continue;
    }
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
