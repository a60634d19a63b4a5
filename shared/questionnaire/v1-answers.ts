/**
 * Answers of questionnaire version 1.0.0 (printed in QR codes before the red-flag screen was
 * split into one idea per question) read as version 2 answers, so `assess` can still read a
 * sheet printed yesterday. Pure; the FHIR reader calls it for responses that name version 1.0.0.
 *
 * Conservative for safety:
 * - a v1 combined safety item answered "yes" or "not sure" gives that same answer to every v2
 *   item it covered, so every red flag it could have meant is raised;
 * - a v1 "no" becomes "no" only for the v2 items whose whole idea the v1 question asked; v2 items
 *   it never asked stay unanswered, so the assessment says it could not tell, never "harmless";
 * - v2 items with no v1 question at all (urine retention, sexual change, injecting drugs, weak
 *   immune system, recent infection or operation, and both risk markers) stay unanswered.
 */
import { parseAnswers } from './answer-schemas.ts';
import type { AnswerValue, Answers } from './questionnaire-types.ts';

export const questionnaireV1Version = '1.0.0';

interface V1SafetyMapping {
  /** v2 items that take the v1 answer when it is "yes" or "not sure". */
  readonly onYes: readonly string[];
  /** v2 items whose whole idea the v1 question asked: they take a v1 "no". */
  readonly onNo: readonly string[];
}

/** Each v1 safety item and the v2 items it covered. */
export const v1SafetyMappings: Readonly<Record<string, V1SafetyMapping>> = {
  // "Trouble holding in pee or poop? Or numb skin between the legs, on the bottom or inner thighs?"
  'safety-bladder-bowel': { onYes: ['safety-incontinence', 'safety-saddle-numbness'], onNo: ['safety-incontinence', 'safety-saddle-numbness'] },
  // "Legs or arms weak or numb, new or getting worse? Or harder to walk?" It never asked about pain in both legs.
  'safety-weakness': { onYes: ['safety-weakness-walking', 'safety-both-legs'], onNo: ['safety-weakness-walking'] },
  'safety-fever': { onYes: ['safety-fever'], onNo: ['safety-fever'] },
  // "A fall, crash or hard hit lately? Or even a small fall, with thin bones or long steroid use?"
  // It never asked about sudden pain without a fall, so its "no" leaves that item open.
  'safety-fall': { onYes: ['safety-trauma', 'safety-fragility-pain'], onNo: ['safety-trauma'] },
  // "Lost weight without trying? Or ever had cancer?"
  'safety-cancer': { onYes: ['safety-cancer-history', 'safety-weight-loss'], onNo: ['safety-cancer-history', 'safety-weight-loss'] },
  'safety-night-pain': { onYes: ['safety-night-pain'], onNo: ['safety-night-pain'] },
};

/**
 * v1 asked "has your shoulder or kneecap slipped out more than once?" at any age; the
 * hypermobility questionnaire asks about childhood or the teens. A v1 "yes" may be an adult
 * injury, so it becomes "not sure" (not counted); a v1 "no" stays "no".
 */
const v1Dislocation = 'hypermobility-dislocation';

const safetyCodes = new Set(['yes', 'no', 'unsure']);

export type V1ReadResult =
  { readonly ok: true; readonly answers: Answers; readonly notes: readonly string[] } | { readonly ok: false; readonly errors: readonly string[] };

/** Reads a v1 answers object (keyed by v1 linkIds) as version 2 answers. */
export function answersFromV1(input: unknown): V1ReadResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['answers must be an object keyed by question linkId'] };
  }
  const errors: string[] = [];
  const notes: string[] = [];
  const mapped: Record<string, AnswerValue> = {};
  const raised = new Map<string, string>();
  for (const [linkId, value] of Object.entries(input as Record<string, unknown>)) {
    const mapping = v1SafetyMappings[linkId];
    if (mapping === undefined) {
      if (linkId === v1Dislocation && value === 'yes') {
        mapped[linkId] = 'unsure';
        notes.push(`${linkId}: v1 "yes" (any age) read as "not sure"`);
      } else {
        mapped[linkId] = value as AnswerValue;
      }
      continue;
    }
    if (typeof value !== 'string' || !safetyCodes.has(value)) {
      errors.push(`${linkId}: must be one of yes, no, unsure`);
      continue;
    }
    const targets = value === 'no' ? mapping.onNo : mapping.onYes;
    for (const target of targets) {
      // A flag from one v1 item is never cleared by another v1 item's "no".
      if (value === 'no' && raised.has(target)) continue;
      if (value !== 'no') raised.set(target, value);
      mapped[target] = value;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const parsed = parseAnswers(mapped);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return { ok: true, answers: parsed.answers, notes };
}
