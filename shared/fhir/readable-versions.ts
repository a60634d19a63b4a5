/**
 * The questionnaire versions whose responses Backtalk reads, each with how its answers become
 * answers to the current version. A QR code printed months ago names the version it was
 * printed with; `assess` reads it through this table or says which versions it can read.
 */
import { backtalkQuestionnaire } from '../questionnaire/backtalk-questionnaire.ts';
import type { AnswerValue } from '../questionnaire/questionnaire-types.ts';
import { answersFromV1, questionnaireV1Version } from '../questionnaire/v1-answers.ts';
import { legacyAnswerCodeSystem } from './fhir-constants.ts';

/** One answer as it appears in a response (a coding or an integer). */
export interface ResponseAnswer {
  readonly valueCoding?: { readonly system?: string | undefined; readonly code: string } | undefined;
  readonly valueInteger?: number | undefined;
}

/** The answers of one response, keyed by linkId, in response order. */
export type ResponseAnswers = ReadonlyMap<string, readonly ResponseAnswer[]>;

export interface ReadableVersion {
  readonly version: string;
  /** The `system` an answer coding of this version may carry (undefined: none). */
  readonly answerSystems: readonly (string | undefined)[];
  /** The same answers in the current version's linkIds and codes. */
  readonly toCurrent: (answers: ResponseAnswers) => ResponseAnswers;
}

const identity = (answers: ResponseAnswers): ResponseAnswers => answers;

const multipleChoice = new Set(
  backtalkQuestionnaire.items.filter((item) => item.kind === 'multi-choice' || item.kind === 'body-regions').map((item) => item.linkId),
);

/**
 * Version 1.0.0 through the clinical mapping of shared/questionnaire/v1-answers.ts (its combined
 * safety questions raise every flag they covered). Answers it cannot read are passed on as they
 * were, so the reader names them ("not a question in this questionnaire").
 */
function v1ToCurrent(answers: ResponseAnswers): ResponseAnswers {
  const plain: Record<string, AnswerValue> = {};
  for (const [linkId, list] of answers) {
    const integer = list[0]?.valueInteger;
    const codes = list.flatMap((answer) => (answer.valueCoding ? [answer.valueCoding.code] : []));
    if (integer !== undefined) plain[linkId] = integer;
    else if (multipleChoice.has(linkId)) plain[linkId] = codes;
    else if (codes[0] !== undefined) plain[linkId] = codes[0];
  }
  const read = answersFromV1(plain);
  if (!read.ok) return answers;
  return new Map(
    Object.entries(read.answers).map(([linkId, value]): [string, ResponseAnswer[]] => [
      linkId,
      typeof value === 'number' ? [{ valueInteger: value }] : (typeof value === 'string' ? [value] : value).map((code) => ({ valueCoding: { code } })),
    ]),
  );
}

/** Current version first: it wins when a previous entry names the same version. */
export const readableVersions: readonly ReadableVersion[] = [
  { version: backtalkQuestionnaire.version, answerSystems: [undefined], toCurrent: identity },
  // The version the first kiosks printed. Its QR codes carry bare codes; its published
  // Questionnaire gave answer options a system, so a response exported from it may carry one.
  { version: questionnaireV1Version, answerSystems: [undefined, legacyAnswerCodeSystem], toCurrent: v1ToCurrent },
];

export function findReadableVersion(version: string): ReadableVersion | undefined {
  return readableVersions.find((entry) => entry.version === version);
}

/** "2.0.0 (current), 1.0.0": for error messages. */
export function describeReadableVersions(): string {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const entry of readableVersions) {
    if (seen.has(entry.version)) continue;
    seen.add(entry.version);
    names.push(entry.version === backtalkQuestionnaire.version ? `${entry.version} (current)` : entry.version);
  }
  return names.join(', ');
}
