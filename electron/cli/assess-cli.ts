/**
 * backtalk-assess: prints the assessment of a QuestionnaireResponse JSON (for example what a
 * therapist's scanner read from the printed QR code) or of an answers JSON object.
 * Plain Node, no Electron. Exit codes: 0 ok, 2 bad input or unreadable file.
 */
import { readFileSync } from 'node:fs';
import { decodeQrText, qrTextPrefix } from '../core/printing/qr-text.ts';
import { assessAnswers } from '../../shared/assessment/assess-answers.ts';
import { causeTexts, guidanceTexts, redFlagTexts, riskMarkerTexts, signalTexts } from '../../shared/assessment/assessment-texts.ts';
import type { Assessment } from '../../shared/assessment/assessment-types.ts';
import { questionnaireResponseToAnswers } from '../../shared/fhir/fhir-to-answers.ts';
import { parseAnswers } from '../../shared/questionnaire/answer-schemas.ts';
import { safetyLinkIds } from '../../shared/questionnaire/backtalk-questionnaire.ts';
import { answersFromV1, v1SafetyMappings } from '../../shared/questionnaire/v1-answers.ts';
import type { Answers } from '../../shared/questionnaire/questionnaire-types.ts';
import { isMainModule } from './is-main-module.ts';

const usage = 'usage: backtalk-assess <file> [--json]   (the text of a scanned QR code, a FHIR QuestionnaireResponse or a Backtalk answers object)';

export class CliInputError extends Error {}

/** Reads answers from parsed JSON: a QuestionnaireResponse or a plain answers object. */
export function answersFromJson(json: unknown): Answers {
  const isResponse = typeof json === 'object' && json !== null && 'resourceType' in json;
  // An answers object with the version 1 safety linkIds was saved before the red-flag screen was split.
  const isV1 = !isResponse && typeof json === 'object' && json !== null && Object.keys(json).some((linkId) => linkId in v1SafetyMappings);
  const result = isResponse ? questionnaireResponseToAnswers(json) : isV1 ? answersFromV1(json) : parseAnswers(json);
  if (!result.ok) throw new CliInputError(`invalid ${isResponse ? 'QuestionnaireResponse' : 'answers'}: ${result.errors.join('; ')}`);
  return result.answers;
}

/** The assessment as plain text for a therapist (English; the codes are language-neutral). */
export function formatAssessment(assessment: Assessment): string {
  const lines: string[] = [];
  lines.push(`Backtalk assessment (rule set ${assessment.ruleSetVersion})`);
  lines.push(`Level: ${assessment.level} - ${guidanceTexts[assessment.guidance].title.en}`);
  if (assessment.missingKeyAnswers.length > 0) lines.push(`Could not rule out: key answers missing or "not sure": ${assessment.missingKeyAnswers.join(', ')}`);
  lines.push('');
  lines.push(`Red flags:${assessment.redFlags.length === 0 ? ' none' : ''}`);
  for (const flag of assessment.redFlags) {
    lines.push(`  ! ${flag.flag}: ${redFlagTexts[flag.flag].en} [${flag.linkId}=${flag.code}]`);
  }
  lines.push(`Risk markers:${assessment.riskMarkers.length === 0 ? ' none' : ''}`);
  for (const marker of assessment.riskMarkers) {
    lines.push(`  ? ${marker.marker}: ${riskMarkerTexts[marker.marker].en} [${marker.linkId}=${marker.code}]`);
  }
  lines.push(`Hypermobility screen: ${assessment.hypermobilityScreen.yes} of 5 (>= 2 suggests hypermobility)`);
  lines.push(`Therapist signals:${assessment.signals.length === 0 ? ' none' : ''}`);
  for (const signal of assessment.signals) {
    const evidence = signal.evidence.map((item) => `${item.linkId}=${item.code}`).join(', ');
    lines.push(`  * ${signal.signal}: ${signalTexts[signal.signal].en} [${evidence}]`);
  }
  lines.push('Causes (highest score first):');
  assessment.causes.forEach((cause, index) => {
    lines.push(`  ${index + 1}. ${cause.cause} (${causeTexts[cause.cause].name.en}): score ${cause.score}${cause.likely ? ', likely contributing' : ''}`);
    for (const item of cause.evidence) {
      const sign = item.weight > 0 ? `+${item.weight}` : String(item.weight);
      lines.push(`       ${sign.padStart(3)}  ${item.linkId}=${item.code}  ${item.because.en}`);
    }
  });
  const safetyMissing = assessment.unanswered.filter((linkId) => safetyLinkIds.includes(linkId));
  if (safetyMissing.length > 0) lines.push(`WARNING: safety questions not answered: ${safetyMissing.join(', ')}`);
  lines.push(`Not answered: ${assessment.unanswered.length === 0 ? 'none' : assessment.unanswered.join(', ')}`);
  return lines.join('\n');
}

/** Runs the tool; returns the exit code. Output goes through the given writers so tests can capture it. */
export function runCli(args: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  const unknownFlag = files.find((arg) => arg.startsWith('--'));
  if (unknownFlag !== undefined || files.length !== 1) {
    err(unknownFlag !== undefined ? `backtalk-assess: unknown option ${unknownFlag}\n${usage}` : `backtalk-assess: expected one file\n${usage}`);
    return 2;
  }
  const file = files[0] as string;
  try {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new CliInputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    // A scanned QR code (btfhir1:…) or JSON: a response, answers, or answers of questionnaire 1.0.0.
    if (text.trim().startsWith(qrTextPrefix)) {
      try {
        text = decodeQrText(text);
      } catch (error) {
        throw new CliInputError(`${file}: ${(error as Error).message}`);
      }
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new CliInputError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    const assessment = assessAnswers(answersFromJson(parsed));
    out(json ? JSON.stringify(assessment, null, 2) : formatAssessment(assessment));
    return 0;
  } catch (error) {
    if (error instanceof CliInputError) {
      err(`backtalk-assess: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (isMainModule(import.meta.url, /assess-cli\.(ts|mjs|js|cjs)$/)) {
  process.exitCode = runCli(
    process.argv.slice(2),
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  );
}
