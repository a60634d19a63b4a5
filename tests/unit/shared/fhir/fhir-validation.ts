/**
 * Test-only FHIR R4 checks: the io-ts R4 decoders of @ahryman40k/ts-fhir-types (structure
 * and datatypes), plus the R4 invariants and Questionnaire/Response consistency rules that
 * Backtalk relies on (the decoders do not check invariants).
 */
import { R4 } from '@ahryman40k/ts-fhir-types';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';

function decodeErrors(result: { _tag: string; left?: unknown }): string[] {
  if (result._tag === 'Right') return [];
  const errors = (result as { left: Array<{ context: Array<{ key: string }>; value: unknown }> }).left;
  return errors.slice(0, 5).map((error) => `${error.context.map((entry) => entry.key).filter(Boolean).join('.')}: ${JSON.stringify(error.value)?.slice(0, 80)}`);
}

export function decodeQuestionnaire(json: unknown): string[] {
  return decodeErrors(R4.RTTI_Questionnaire.decode(json));
}

export function decodeQuestionnaireResponse(json: unknown): string[] {
  return decodeErrors(R4.RTTI_QuestionnaireResponse.decode(json));
}

function allItems(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((item) => [item, ...allItems(item.item)]);
}

/** R4 Questionnaire invariants que-1 … que-13 that apply to what Backtalk exports. */
export function questionnaireInvariantErrors(questionnaire: Questionnaire): string[] {
  const errors: string[] = [];
  const items = allItems(questionnaire.item);
  const ids = items.map((item) => item.linkId);
  if (new Set(ids).size !== ids.length) errors.push('que-2: linkIds must be unique');
  const index = new Map(items.map((item, position) => [item.linkId, { item, position }]));
  for (const [position, item] of items.entries()) {
    const where = item.linkId;
    if (item.type === 'group' && (item.item ?? []).length === 0) errors.push(`que-1: group ${where} has no items`);
    if (item.type === 'display' && (item.item ?? []).length > 0) errors.push(`que-1: display ${where} has items`);
    if (item.type === 'display' && (item.required !== undefined || item.repeats !== undefined)) errors.push(`que-6: display ${where} has required/repeats`);
    if (item.type === 'display' && item.code !== undefined) errors.push(`que-3: display ${where} has a code`);
    if (item.answerOption !== undefined && item.answerValueSet !== undefined) errors.push(`que-4: ${where} has answerOption and answerValueSet`);
    if ((item.answerOption !== undefined || item.answerValueSet !== undefined) && item.type !== 'choice' && item.type !== 'open-choice') errors.push(`que-5: ${where} has options but is ${item.type}`);
    if (item.answerOption !== undefined && item.initial !== undefined) errors.push(`que-11: ${where} has options and initial`);
    if ((item.enableWhen ?? []).length > 1 && item.enableBehavior === undefined) errors.push(`que-12: ${where} needs enableBehavior`);
    if (item.type === 'choice' && (item.answerOption ?? []).length === 0) errors.push(`${where}: choice item without options`);
    for (const condition of item.enableWhen ?? []) {
      const target = index.get(condition.question);
      if (target === undefined) errors.push(`${where}: enableWhen refers to unknown ${condition.question}`);
      else if (target.position >= position) errors.push(`${where}: enableWhen refers to a later item`);
      if (condition.operator === 'exists' && condition.answerBoolean === undefined) errors.push(`que-7: ${where}`);
      if (target?.item.type === 'choice' && condition.answerCoding === undefined) errors.push(`${where}: enableWhen on a choice needs answerCoding`);
      if (target?.item.type === 'integer' && condition.answerInteger === undefined) errors.push(`${where}: enableWhen on an integer needs answerInteger`);
      if (condition.answerCoding !== undefined && !target?.item.answerOption?.some((option) => option.valueCoding?.code === condition.answerCoding?.code)) {
        errors.push(`${where}: enableWhen code ${condition.answerCoding.code} is not an option of ${condition.question}`);
      }
    }
  }
  return errors;
}

function responseItems(items: readonly QuestionnaireResponseItem[] | undefined): QuestionnaireResponseItem[] {
  return (items ?? []).flatMap((item) => [item, ...responseItems(item.item), ...(item.answer ?? []).flatMap((answer) => responseItems(answer.item))]);
}

/** qrs-1, qrs-2 and the rules that tie a response to its questionnaire. */
export function responseConsistencyErrors(response: QuestionnaireResponse, questionnaire: Questionnaire): string[] {
  const errors: string[] = [];
  // The io-ts decoders do not enforce 1..1 cardinality or integer-ness; check those we need here.
  if (typeof response.status !== 'string') errors.push('status is required (1..1)');
  for (const item of responseItems(response.item)) {
    for (const answer of item.answer ?? []) {
      if (answer.valueInteger !== undefined && !Number.isInteger(answer.valueInteger)) errors.push(`${item.linkId}: valueInteger must be an integer`);
    }
  }
  if (response.questionnaire !== `${questionnaire.url}|${questionnaire.version}`) errors.push('questionnaire canonical does not match');
  const index = new Map(allItems(questionnaire.item).map((item) => [item.linkId, item]));
  const items = responseItems(response.item);
  const ids = (response.item ?? []).map((item) => item.linkId);
  if (new Set(ids).size !== ids.length) errors.push('qrs-2: repeated linkId at one level');
  for (const item of items) {
    const definition = index.get(item.linkId);
    if (definition === undefined) {
      errors.push(`${item.linkId}: not in the questionnaire`);
      continue;
    }
    if ((item.item ?? []).length > 0 && (item.answer ?? []).length > 0) errors.push(`qrs-1: ${item.linkId} has items and answers`);
    if (definition.type === 'display') errors.push(`${item.linkId}: display items take no answers`);
    const answers = item.answer ?? [];
    if (answers.length === 0) errors.push(`${item.linkId}: item without an answer`);
    if (answers.length > 1 && definition.repeats !== true) errors.push(`${item.linkId}: several answers to a non-repeating item`);
    for (const answer of answers) {
      if (definition.type === 'choice') {
        const code = answer.valueCoding?.code;
        if (code === undefined) errors.push(`${item.linkId}: choice answered without valueCoding`);
        else if (!definition.answerOption?.some((option) => option.valueCoding?.code === code)) errors.push(`${item.linkId}: ${code} is not an option`);
        if (answer.valueCoding?.system !== undefined && !definition.answerOption?.some((option) => option.valueCoding?.system === answer.valueCoding?.system)) {
          errors.push(`${item.linkId}: unknown code system`);
        }
      }
      if (definition.type === 'integer') {
        if (answer.valueInteger === undefined) errors.push(`${item.linkId}: integer answered without valueInteger`);
      }
    }
  }
  if (response.status === 'completed') {
    const answered = new Set(items.map((item) => item.linkId));
    for (const definition of allItems(questionnaire.item)) {
      if (definition.required === true && (definition.enableWhen ?? []).length === 0 && !answered.has(definition.linkId)) {
        errors.push(`${definition.linkId}: required but not answered in a completed response`);
      }
    }
  }
  return errors;
}
