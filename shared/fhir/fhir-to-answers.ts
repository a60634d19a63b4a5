/**
 * A QuestionnaireResponse (full or compact, e.g. read from the printed QR code) back to
 * answers. The JSON is parsed with zod first; every error names the item (its linkId).
 */
import { z } from 'zod';
import { parseAnswers } from '../questionnaire/answer-schemas.ts';
import { backtalkQuestionnaire, findItem } from '../questionnaire/backtalk-questionnaire.ts';
import type { Answers, AnswerValue } from '../questionnaire/questionnaire-types.ts';
import { answerCodeSystem } from './fhir-constants.ts';

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

export function questionnaireResponseToAnswers(json: unknown): { ok: true; answers: Answers } | { ok: false; errors: string[] } {
  const parsed = questionnaireResponseSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)),
    };
  }
  const response = parsed.data;
  const errors: string[] = [];
  if (response.questionnaire !== undefined) {
    const [url, version] = response.questionnaire.split('|');
    if (url !== backtalkQuestionnaire.url) {
      errors.push(`questionnaire: expected ${backtalkQuestionnaire.url}, got ${response.questionnaire}`);
    } else if (version !== undefined && version !== backtalkQuestionnaire.version) {
      errors.push(`questionnaire: version ${version} is not the supported version ${backtalkQuestionnaire.version}`);
    }
  }

  const answers: Record<string, AnswerValue> = {};
  for (const responseItem of flatten(response.item ?? [], [])) {
    const { linkId } = responseItem;
    // Display items (help, scale labels) have no answers and are skipped.
    if (linkId.includes('.') && (responseItem.answer ?? []).length === 0) continue;
    const item = findItem(linkId);
    if (item === undefined) {
      errors.push(`${linkId}: not a question in this questionnaire`);
      continue;
    }
    if (linkId in answers) {
      errors.push(`${linkId}: answered more than once`);
      continue;
    }
    const list = responseItem.answer ?? [];
    if (list.length === 0) continue;
    if (item.kind === 'scale') {
      const value = list[0]?.valueInteger;
      if (list.length !== 1 || value === undefined) errors.push(`${linkId}: needs exactly one whole-number answer (valueInteger)`);
      else answers[linkId] = value;
      continue;
    }
    const codes: string[] = [];
    for (const answer of list) {
      const coding = answer.valueCoding;
      if (coding === undefined) {
        errors.push(`${linkId}: each answer must be a coded answer (valueCoding)`);
        continue;
      }
      if (coding.system !== undefined && coding.system !== answerCodeSystem) {
        errors.push(`${linkId}: unknown code system ${coding.system}`);
        continue;
      }
      codes.push(coding.code);
    }
    if (codes.length === 0) continue;
    if (item.kind === 'single-choice' || item.kind === 'yes-no-unsure') {
      if (codes.length > 1) errors.push(`${linkId}: allows only one answer`);
      else answers[linkId] = codes[0] as string;
    } else {
      answers[linkId] = codes;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return parseAnswers(answers);
}
