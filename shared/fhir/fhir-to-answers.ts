/**
 * A QuestionnaireResponse (full or compact, e.g. read from the printed QR code) back to
 * answers. The JSON is parsed with zod first; every error names the item (its linkId). A
 * response to an earlier questionnaire version is read through readable-versions.ts.
 */
import { z } from 'zod';
import { parseAnswers } from '../questionnaire/answer-schemas.ts';
import { backtalkQuestionnaire, findItem } from '../questionnaire/backtalk-questionnaire.ts';
import { isItemEnabled } from '../questionnaire/enable-when.ts';
import type { Answers, AnswerValue } from '../questionnaire/questionnaire-types.ts';
import { describeReadableVersions, findReadableVersion, type ReadableVersion, type ResponseAnswer } from './readable-versions.ts';

const codingSchema = z.looseObject({
  system: z.string().optional(),
  code: z.string().min(1),
  display: z.string().optional(),
});

const answerSchema = z.looseObject({
  valueCoding: codingSchema.optional(),
  valueInteger: z.number().int().optional(),
});

interface ResponseItem {
  linkId: string;
  answer?: z.infer<typeof answerSchema>[] | undefined;
  item?: ResponseItem[] | undefined;
}

const itemSchema: z.ZodType<ResponseItem> = z.looseObject({
  linkId: z.string().min(1),
  answer: z.array(answerSchema).optional(),
  get item() {
    return z.array(itemSchema).optional();
  },
});

/** The part of an R4 QuestionnaireResponse that Backtalk reads. */
export const questionnaireResponseSchema = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse', { error: 'resourceType must be "QuestionnaireResponse"' }),
  questionnaire: z.string().optional(),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'], {
    error: 'status must be a FHIR QuestionnaireResponse status',
  }),
  item: z.array(itemSchema).optional(),
});

function flatten(items: readonly ResponseItem[], out: ResponseItem[]): ResponseItem[] {
  for (const item of items) {
    out.push(item);
    if (item.item) flatten(item.item, out);
  }
  return out;
}

type Result = { ok: true; answers: Answers } | { ok: false; errors: string[] };

/** The version a response names; a response without a reference is read as the current version. */
function versionOf(canonical: string | undefined, errors: string[]): ReadableVersion | undefined {
  const [url, version] = (canonical ?? backtalkQuestionnaire.url).split('|');
  if (url !== backtalkQuestionnaire.url) {
    errors.push(`questionnaire: expected ${backtalkQuestionnaire.url}, got ${canonical}`);
    return undefined;
  }
  const readable = findReadableVersion(version ?? backtalkQuestionnaire.version);
  if (readable === undefined) errors.push(`questionnaire: version ${version} is not one this Backtalk can read (it reads ${describeReadableVersions()})`);
  return readable;
}

/** The answers of the response by linkId, as the response's version wrote them. */
function collectAnswers(items: readonly ResponseItem[], version: ReadableVersion, errors: string[]): Map<string, ResponseAnswer[]> {
  const collected = new Map<string, ResponseAnswer[]>();
  for (const responseItem of flatten(items, [])) {
    const { linkId } = responseItem;
    const list = responseItem.answer ?? [];
    // Display items (help, scale labels) and groups have no answers and are skipped.
    if (linkId.includes('.') && list.length === 0) continue;
    if (collected.has(linkId)) {
      errors.push(`${linkId}: answered more than once`);
      continue;
    }
    for (const answer of list) {
      const system = answer.valueCoding?.system;
      if (answer.valueCoding !== undefined && !version.answerSystems.includes(system)) {
        errors.push(
          `${linkId}: code system ${system ?? '(none)'} is not the one questionnaire ${version.version} uses (${version.answerSystems.map((entry) => entry ?? '(none)').join(' or ')})`,
        );
      }
    }
    collected.set(linkId, list);
  }
  return collected;
}

export function questionnaireResponseToAnswers(json: unknown): Result {
  const parsed = questionnaireResponseSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)),
    };
  }
  const response = parsed.data;
  const errors: string[] = [];
  const version = versionOf(response.questionnaire, errors);
  if (version === undefined) return { ok: false, errors };
  const collected = collectAnswers(response.item ?? [], version, errors);
  if (errors.length > 0) return { ok: false, errors };

  const answers: Record<string, AnswerValue> = {};
  for (const [linkId, list] of version.toCurrent(collected)) {
    const item = findItem(linkId);
    if (item === undefined) {
      errors.push(`${linkId}: not a question in this questionnaire`);
      continue;
    }
    if (list.length === 0) continue;
    if (item.kind === 'scale') {
      const value = list[0]?.valueInteger;
      if (list.length !== 1 || value === undefined) errors.push(`${linkId}: needs exactly one whole-number answer (valueInteger)`);
      else answers[linkId] = value;
      continue;
    }
    const codes: string[] = [];
    for (const answer of list) {
      if (answer.valueCoding === undefined) errors.push(`${linkId}: each answer must be a coded answer (valueCoding)`);
      else codes.push(answer.valueCoding.code);
    }
    if (codes.length === 0) continue;
    if (item.kind === 'single-choice' || item.kind === 'yes-no-unsure') {
      if (codes.length > 1) errors.push(`${linkId}: allows only one answer`);
      else answers[linkId] = codes[0] as string;
    } else {
      answers[linkId] = codes;
    }
  }
  // FHIR forbids an answer to an item that is not enabled; a form tool would not show it.
  for (const item of backtalkQuestionnaire.items) {
    if (answers[item.linkId] !== undefined && !isItemEnabled(item, answers))
      errors.push(`${item.linkId}: answered, but the question is not asked for these answers (enableWhen)`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return parseAnswers(answers);
}
