/** The FHIR export for integrators: docs/fhir matches the code, and the commands write what they say. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { afterAll, describe, expect, it } from 'vitest';
import { fhirDocs, fhirDocsDir, runFhirCli } from '../../../electron/cli/fhir-cli.ts';
import { questionnaireToFhir } from '../../../shared/fhir/questionnaire-to-fhir.ts';
import { sampleCaseNames, sampleCases } from '../../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../../shared/summary/sample-summary.ts';
import { r4QuestionnaireErrors, r4ResponseErrors, questionnaireInvariantErrors, responseConsistencyErrors } from '../shared/fhir/fhir-validation.ts';

const root = new URL('../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'backtalk-fhir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const capture = (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = runFhirCli(
    args,
    (text) => out.push(text),
    (text) => err.push(text),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('docs/fhir', () => {
  it('matches the code (regenerate with npm run fhir -- docs)', () => {
    const onDisk = readdirSync(fhirDocsDir)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual([...fhirDocs().keys()].sort());
    for (const [name, content] of fhirDocs()) expect(readFileSync(join(fhirDocsDir, name), 'utf8'), name).toBe(content);
    expect(capture(['docs', '--check'])).toMatchObject({ code: 0 });
  });

  it("holds a valid Questionnaire and, per sample case, the strictly consistent response its printout's QR code holds", () => {
    const questionnaire = JSON.parse(readFileSync(join(fhirDocsDir, 'questionnaire.json'), 'utf8')) as Questionnaire;
    expect(r4QuestionnaireErrors(questionnaire)).toEqual([]);
    expect(questionnaireInvariantErrors(questionnaire)).toEqual([]);
    for (const name of sampleCaseNames) {
      const response = JSON.parse(readFileSync(join(fhirDocsDir, `response-${name}.json`), 'utf8')) as QuestionnaireResponse;
      expect(response).toEqual(JSON.parse(summaryOfAnswers(sampleCases[name], 'en').qrPayload));
      expect(r4ResponseErrors(response)).toEqual([]);
      expect(responseConsistencyErrors(response, questionnaire)).toEqual([]);
    }
  });

  it('--check fails and names the file when a document is stale', () => {
    const file = join(fhirDocsDir, 'questionnaire.json');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('"status": "active"', '"status": "draft"'));
      expect(capture(['docs', '--check'])).toMatchObject({ code: 1, err: expect.stringMatching(/stale \(questionnaire\.json\)/) });
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe('npm run fhir', () => {
  it('questionnaire --out writes the Questionnaire (as a process)', () => {
    const out = join(dir, 'q.json');
    const result = spawnSync('npx', ['tsx', 'electron/cli/fhir-cli.ts', 'questionnaire', '--out', out], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(questionnaireToFhir());
  });

  it('response prints the compact response for an answers file, in the chosen language', () => {
    const answers = join(dir, 'answers.json');
    writeFileSync(answers, JSON.stringify(sampleCases.painful));
    const { code, out } = capture(['response', answers, '--language', 'es']);
    expect(code).toBe(0);
    const response = JSON.parse(out) as QuestionnaireResponse;
    expect(response.language).toBe('es');
    expect(responseConsistencyErrors(response, questionnaireToFhir())).toEqual([]);
  });

  it('exits 2 with usage on a bad command, a bad language or bad answers', () => {
    expect(capture([])).toMatchObject({ code: 2, err: expect.stringMatching(/expected a command\nusage:/) });
    expect(capture(['patient'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command patient/) });
    expect(capture(['response', 'x.json', '--language', 'fr'])).toMatchObject({ code: 2, err: expect.stringMatching(/--language must be en or es/) });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ hurts: 'maybe' }));
    expect(capture(['response', bad])).toMatchObject({ code: 2, err: expect.stringMatching(/invalid answers: hurts/) });
  });
});
