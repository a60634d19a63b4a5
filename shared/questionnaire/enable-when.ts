/**
 * Conditional items (FHIR enableWhen with enableBehavior "all"). Pure: the screens, the
 * review, the assessment and the FHIR export all decide "is this item asked?" here.
 */
import type { AnswerValue, Answers, EnableWhen, Questionnaire, QuestionnaireItem } from './questionnaire-types.ts';

function conditionHolds(condition: EnableWhen, answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  switch (condition.operator) {
    case 'equals':
      // FHIR '=' on a repeating item holds when any answer equals the code.
      return typeof answer === 'string' ? answer === condition.code : Array.isArray(answer) && answer.includes(condition.code);
    case 'includes':
      return Array.isArray(answer) ? answer.includes(condition.code) : answer === condition.code;
    case 'greater-than':
      return typeof answer === 'number' && answer > condition.value;
  }
}

/** True when every enableWhen condition holds for these answers (or the item has none). */
export function isItemEnabled(item: QuestionnaireItem, answers: Answers): boolean {
  const conditions = item.enableWhen;
  if (conditions === undefined || conditions.length === 0) return true;
  for (const condition of conditions) {
    if (!conditionHolds(condition, answers[condition.linkId])) return false;
  }
  return true;
}

/**
 * Answers with every answer of a disabled item dropped. Walks the items in order so that an
 * item controlled by a disabled item is disabled too (controllers always come first).
 */
export function pruneDisabledAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const kept: Record<string, AnswerValue> = {};
  for (const item of questionnaire.items) {
    const answer = answers[item.linkId];
    if (answer !== undefined && isItemEnabled(item, kept)) kept[item.linkId] = answer;
  }
  return kept;
}

/** The items the patient is asked for these answers, in questionnaire order. */
export function enabledItems(questionnaire: Questionnaire, answers: Answers): QuestionnaireItem[] {
  const kept = pruneDisabledAnswers(questionnaire, answers);
  return questionnaire.items.filter((item) => isItemEnabled(item, kept));
}
