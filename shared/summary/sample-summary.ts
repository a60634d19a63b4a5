/**
 * Summaries of made-up answers, as the kiosk would print them, for the sample printouts, the
 * tests and the bench: one fixed clinic and one fixed time, so the output does not change from
 * run to run. Assessing is part of it, as it is when the kiosk prints.
 */
import type { RaisedFlag } from '../assessment/assessment-types.ts';
import { assessWithRaisedFlags } from '../assessment/sticky-flags.ts';
import { backtalkQuestionnaire } from '../questionnaire/backtalk-questionnaire.ts';
import type { Answers, Language } from '../questionnaire/questionnaire-types.ts';
import { buildSummary, type SummaryDocument } from './summary-model.ts';

export const sampleClinic = { name: 'Riverside Physical Therapy', phone: '555-0134' } as const;
export const sampleCreatedAt = '2026-03-14T15:30:00.000Z';

/** `answers` assessed and laid out as a summary for the sample clinic at the sample time. */
export function summaryOfAnswers(
  answers: Answers,
  language: Language,
  options: { sample?: boolean; raisedFlags?: readonly RaisedFlag[]; staffLanguage?: Language } = {},
): SummaryDocument {
  return buildSummary({
    questionnaire: backtalkQuestionnaire,
    answers,
    assessment: assessWithRaisedFlags(answers, options.raisedFlags ?? []),
    staffLanguage: options.staffLanguage,
    language,
    clinic: sampleClinic,
    createdAt: sampleCreatedAt,
    sample: options.sample,
  });
}
