/**
 * The questionnaire versions whose responses Backtalk reads, each with how its answers become
 * answers to the current version. A QR code printed months ago names the version it was
 * printed with; `assess` reads it through this table or says which versions it can read.
 */
import { backtalkQuestionnaire } from '../questionnaire/backtalk-questionnaire.ts';
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

/** Current version first: it wins when a previous entry names the same version. */
export const readableVersions: readonly ReadableVersion[] = [
  { version: backtalkQuestionnaire.version, answerSystems: [undefined], toCurrent: identity },
  // The version the first kiosks printed. Its QR codes carry bare codes; its published
  // Questionnaire gave answer options a system, so a response exported from it may carry one.
  { version: '1.0.0', answerSystems: [undefined, legacyAnswerCodeSystem], toCurrent: identity },
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
