/**
 * zod schemas for answers. Every screen, the IPC bridge, the FHIR import and the command-line
 * tool validate here, so an error message always names the item (its linkId).
 */
import { z } from 'zod';
import { backtalkQuestionnaire } from './backtalk-questionnaire.ts';
import type { Answers, QuestionnaireItem } from './questionnaire-types.ts';

/** Any answer value before it is checked against its item. */
export const answerValueSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1), z.number().int()]);

function codesOf(item: QuestionnaireItem): [string, ...string[]] {
  const codes = item.options.map((option) => option.code);
  if (codes.length === 0) throw new Error(`${item.linkId}: a choice item needs options`);
  return codes as [string, ...string[]];
}

/** The schema for one item's answer, by the item's kind and options. */
export function itemAnswerSchema(item: QuestionnaireItem): z.ZodType<string | readonly string[] | number> {
  const id = item.linkId;
  switch (item.kind) {
    case 'single-choice':
    case 'yes-no-unsure': {
      const codes = codesOf(item);
      return z.enum(codes, { error: `${id}: must be one of ${codes.join(', ')}` });
    }
    case 'multi-choice':
    case 'body-regions': {
      const codes = codesOf(item);
      const exclusive = new Set(item.options.filter((option) => option.exclusive).map((option) => option.code));
      return z
        .array(z.enum(codes, { error: `${id}: each choice must be one of ${codes.join(', ')}` }), {
          error: `${id}: must be a list of choices`,
        })
        .min(1, { error: `${id}: pick at least one choice or leave the item unanswered` })
        .refine((list) => new Set(list).size === list.length, { error: `${id}: a choice is repeated` })
        .refine((list) => list.length === 1 || !list.some((code) => exclusive.has(code)), {
          error: `${id}: "${[...exclusive].join('" or "')}" cannot be combined with other choices`,
        });
    }
    case 'scale': {
      const min = item.scale?.min ?? 0;
      const max = item.scale?.max ?? 10;
      return z
        .number({ error: `${id}: must be a whole number from ${min} to ${max}` })
        .int({ error: `${id}: must be a whole number from ${min} to ${max}` })
        .min(min, { error: `${id}: must be at least ${min}` })
        .max(max, { error: `${id}: must be at most ${max}` });
    }
  }
}

const itemSchemas: ReadonlyMap<string, z.ZodType<string | readonly string[] | number>> = new Map(
  backtalkQuestionnaire.items.map((item) => [item.linkId, itemAnswerSchema(item)]),
);

/**
 * A whole response: an object keyed by linkId. Each present answer is checked against its
 * item; unknown linkIds are rejected. Unanswered items are simply absent (incomplete is fine).
 */
export const answersSchema = z
  .record(z.string(), z.unknown(), { error: 'answers must be an object keyed by question linkId' })
  .superRefine((record, ctx) => {
    for (const [linkId, value] of Object.entries(record)) {
      const schema = itemSchemas.get(linkId);
      if (schema === undefined) {
        ctx.addIssue({ code: 'custom', path: [linkId], message: `${linkId}: not a question in this questionnaire` });
        continue;
      }
      const result = schema.safeParse(value);
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.addIssue({ code: 'custom', path: [linkId, ...issue.path], message: issue.message });
        }
      }
    }
  })
  .transform((record) => record as Answers);

/** Validates unknown input as answers; every error names the item it is about. */
export function parseAnswers(input: unknown): { ok: true; answers: Answers } | { ok: false; errors: string[] } {
  const result = answersSchema.safeParse(input);
  if (result.success) return { ok: true, answers: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => issue.message) };
}
