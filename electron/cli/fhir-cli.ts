/**
 * `npm run fhir -- <command>`: the FHIR R4 resources a clinic's integrator loads.
 *   questionnaire [--out file]                       the Questionnaire every printed QR code names
 *   response <answers.json> [--language en|es] [--out file]
 *                                                   the QuestionnaireResponse a QR code would hold
 *   docs [--check]                                   writes docs/fhir/ (--check: exit 1 if stale)
 * Plain Node, no Electron. Exit codes: 0 ok, 1 docs/fhir is stale, 2 bad input or usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { questionnaireToFhir } from '../../shared/fhir/questionnaire-to-fhir.ts';
import { answersToQuestionnaireResponse } from '../../shared/fhir/response-to-fhir.ts';
import { parseAnswers } from '../../shared/questionnaire/answer-schemas.ts';
import { languages, type Language } from '../../shared/questionnaire/questionnaire-types.ts';
import { sampleCaseNames, sampleCases } from '../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../shared/summary/sample-summary.ts';
import { isMainModule } from './is-main-module.ts';

const usage = [
  'usage: npm run fhir -- questionnaire [--out file]',
  '       npm run fhir -- response <answers.json> [--language en|es] [--out file]',
  '       npm run fhir -- docs [--check]',
].join('\n');

export const fhirDocsDir = fileURLToPath(new URL('../../docs/fhir/', import.meta.url));

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * docs/fhir/ as the code makes it: the Questionnaire, and per sample case the response its
 * sample printout's QR code holds (English printout; the Spanish one differs only in `language`).
 */
export function fhirDocs(): ReadonlyMap<string, string> {
  const files = new Map<string, string>([['questionnaire.json', json(questionnaireToFhir())]]);
  for (const name of sampleCaseNames) {
    files.set(`response-${name}.json`, json(JSON.parse(summaryOfAnswers(sampleCases[name], 'en').qrPayload)));
  }
  return files;
}

class UsageError extends Error {}

/** The value after `flag`, removed from `args`; undefined when the flag is absent. */
function takeOption(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  args.splice(index, 2);
  return value;
}

function responseFromFile(file: string, language: Language): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const answers = parseAnswers(parsed);
  if (!answers.ok) throw new UsageError(`invalid answers: ${answers.errors.join('; ')}`);
  return answersToQuestionnaireResponse(answers.answers, { compact: true, language });
}

function runDocs(check: boolean, out: (text: string) => void, err: (text: string) => void): number {
  const stale: string[] = [];
  if (!check) mkdirSync(fhirDocsDir, { recursive: true });
  for (const [name, content] of fhirDocs()) {
    const file = path.join(fhirDocsDir, name);
    if (check) {
      let current: string | undefined;
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        current = undefined;
      }
      if (current !== content) stale.push(name);
    } else {
      writeFileSync(file, content);
      out(path.relative(process.cwd(), file));
    }
  }
  if (stale.length > 0) {
    err(`docs/fhir is stale (${stale.join(', ')}): run npm run fhir -- docs`);
    return 1;
  }
  return 0;
}

/** Runs the tool; returns the exit code. Output goes through the given writers so tests can capture it. */
export function runFhirCli(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const args = [...argv];
  const command = args.shift();
  try {
    if (command === 'docs') {
      const check = args[0] === '--check';
      if (args.length > (check ? 1 : 0)) throw new UsageError(`unexpected ${args.join(' ')}`);
      return runDocs(check, out, err);
    }
    const outFile = takeOption(args, '--out');
    let resource: unknown;
    if (command === 'questionnaire') {
      resource = questionnaireToFhir();
    } else if (command === 'response') {
      const language = takeOption(args, '--language') ?? 'en';
      if (!languages.includes(language as Language)) throw new UsageError(`--language must be ${languages.join(' or ')}`);
      const file = args.shift();
      if (file === undefined) throw new UsageError('expected an answers JSON file');
      resource = responseFromFile(file, language as Language);
    } else {
      throw new UsageError(command === undefined ? 'expected a command' : `unknown command ${command}`);
    }
    if (args.length > 0) throw new UsageError(`unexpected ${args.join(' ')}`);
    if (outFile === undefined) out(json(resource).trimEnd());
    else writeFileSync(outFile, json(resource));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`backtalk-fhir: ${error.message}\n${usage}`);
      return 2;
    }
    throw error;
  }
}

if (isMainModule(import.meta.url, /fhir-cli\.(ts|mjs|js|cjs)$/)) {
  process.exitCode = runFhirCli(
    process.argv.slice(2),
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  );
}
