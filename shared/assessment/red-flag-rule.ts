/**
 * The one red-flag rule: which answer raises which flag. The rule table owns the data; this is
 * the only code that reads it for red flags, so the assessment and the flow machine (which calls
 * staff at once) can never disagree about what is urgent.
 */
import type { AnswerValue } from '../questionnaire/questionnaire-types.ts';
import type { RedFlagCode } from './assessment-types.ts';
import { ruleTable } from './rule-table.ts';

/** The flag this answer raises, or null. Only a single code can raise one (safety items are yes/no/not sure). */
export function redFlagRaisedBy(linkId: string, answer: AnswerValue | undefined): RedFlagCode | null {
  if (typeof answer !== 'string') return null;
  const rule = ruleTable.redFlagRules.find((candidate) => candidate.linkId === linkId && candidate.codes.includes(answer));
  return rule?.flag ?? null;
}
