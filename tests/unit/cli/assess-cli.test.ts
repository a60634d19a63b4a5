/** The backtalk-assess command-line tool, run as a real process on temporary files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/assess-cli.ts';
import { encodeQrText } from '../../../electron/core/printing/qr-text.ts';
import { answersToQuestionnaireResponse } from '../../../shared/fhir/response-to-fhir.ts';
import { sampleCases } from '../../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../../shared/summary/sample-summary.ts';

const root = new URL('../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'backtalk-assess-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'electron/cli/assess-cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const answers = { where: ['lower-back'], feel: ['single-pop'], hurts: 'no', 'safety-night-pain': 'yes' };
const compactQr = JSON.stringify(answersToQuestionnaireResponse(answers, { compact: true, authored: '2026-01-02T03:04:05Z' }));

describe('backtalk-assess (process)', () => {
  it('prints the assessment of a compact QuestionnaireResponse read from a QR code', () => {
    const { code, stdout } = run(file('qr.json', compactQr));
    expect(code).toBe(0);
    expect(stdout).toMatch(/rule set backtalk-rules-/);
    expect(stdout).toMatch(/Level: tell-front-desk-now/);
    expect(stdout).toMatch(/night-pain: .*\[safety-night-pain=yes\]/);
    expect(stdout).toMatch(/1\. gas-release .*score 4, likely contributing/);
    expect(stdout).toMatch(/\+3 {2}feel=single-pop {2}Because you said it pops once/);
  });

  it('--json prints the Assessment as JSON', () => {
    const { code, stdout } = run(file('answers.json', JSON.stringify(answers)), '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.level).toBe('tell-front-desk-now');
    expect(parsed.causes[0].cause).toBe('gas-release');
    expect(parsed.redFlags).toEqual([{ flag: 'night-pain', linkId: 'safety-night-pain', code: 'yes' }]);
  });

  it('exits 2 with a one-line error for invalid answers, bad JSON and a missing file', () => {
    const invalid = run(file('bad.json', JSON.stringify({ hurts: 'maybe' })));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr.trim()).toMatch(/^backtalk-assess: invalid answers: hurts: /);
    expect(invalid.stderr.trim().split('\n')).toHaveLength(1);

    const notJson = run(file('bad.txt', '{"resourceType": '));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/is not valid JSON/);

    const missing = run(join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*ENOENT/);
  });
});

describe('runCli (in process)', () => {
  const capture = (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(
      args,
      (text) => out.push(text),
      (text) => err.push(text),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('exits 2 on usage errors', () => {
    expect(capture([]).code).toBe(2);
    expect(capture(['a.json', 'b.json']).code).toBe(2);
    expect(capture(['--verbose', 'a.json'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown option --verbose/) });
  });

  it('names the item in an invalid QuestionnaireResponse', () => {
    const path = file(
      'wrong-qr.json',
      JSON.stringify({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'age', answer: [{ valueCoding: { code: '200' } }] }] }),
    );
    expect(capture([path])).toMatchObject({ code: 2, err: expect.stringMatching(/invalid QuestionnaireResponse: age: /) });
  });

  it('reads a QR code printed by questionnaire 1.0.0 (decoded from a committed printout)', () => {
    const printed = new URL('../shared/fhir/fixtures/printed-1.0.0-red-flag-en-letter.json', import.meta.url).pathname;
    expect(JSON.parse(readFileSync(printed, 'utf8')).questionnaire).toMatch(/\|1\.0\.0$/);
    const result = capture([printed]);
    expect(result.err).toBe('');
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/Level: tell-front-desk-now/) });
    // Its combined "bladder or bowel" question raises every red flag it covered.
    expect(result.out).toMatch(/\[safety-incontinence=yes\]/);
    expect(result.out).toMatch(/\[safety-saddle-numbness=yes\]/);
  });

  it('names the version it found and the versions it reads when it cannot read a QR code', () => {
    const printed = readFileSync(new URL('../shared/fhir/fixtures/printed-1.0.0-red-flag-en-letter.json', import.meta.url), 'utf8');
    const path = file('future-qr.json', printed.replace('|1.0.0"', '|9.4.0"'));
    const result = capture([path]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/questionnaire: version 9\.4\.0 is not one this Backtalk can read \(it reads [\d.]+ \(current\), 1\.0\.0\)/);
  });

  it('reads the text of a scanned QR code (btfhir1:, compressed)', () => {
    const text = encodeQrText(summaryOfAnswers(sampleCases['red-flag'], 'en').qrPayload);
    const result = capture([file('scanned.txt', `${text}\n`)]);
    expect(result).toMatchObject({ code: 0, err: '', out: expect.stringMatching(/Level: tell-front-desk-now/) });
    expect(capture([file('cut.txt', text.slice(0, 40))])).toMatchObject({ code: 2, err: expect.stringMatching(/does not inflate/) });
  });

  it('warns when safety questions were not answered', () => {
    const path = file('partial.json', JSON.stringify({ hurts: 'no' }));
    expect(capture([path]).out).toMatch(/WARNING: safety questions not answered: safety-urine-retention/);
    expect(capture([path]).out).toMatch(/Level: discuss-with-therapist - Please ask your therapist today/);
  });

  it.each([
    ['no-worry', 'common-harmless'],
    ['painful', 'discuss-with-therapist'],
    ['red-flag', 'tell-front-desk-now'],
  ] as const)('the sample case %s gives the level %s', (name, level) => {
    const path = file(`sample-${name}.json`, JSON.stringify(sampleCases[name]));
    expect(capture([path]).out).toMatch(new RegExp(`^Level: ${level} `, 'm'));
  });

  it('reads a version 1 answers file: its old "yes" raises every flag it covered, and unasked items stop "harmless"', () => {
    const v1 = file('v1.json', JSON.stringify({ 'safety-fall': 'yes', 'safety-bladder-bowel': 'no' }));
    const out = capture([v1]).out;
    expect(out).toMatch(/Level: tell-front-desk-now/);
    expect(out).toMatch(/trauma: .*\[safety-trauma=yes\]/);
    expect(out).toMatch(/fragility-fracture: .*\[safety-fragility-pain=yes\]/);
  });

  it('prints risk markers and the hypermobility count for the therapist', () => {
    const path = file('markers.json', JSON.stringify({ 'risk-onset-age': 'over-50', 'hypermobility-thumb': 'yes', 'hypermobility-hands-floor': 'yes' }));
    const out = capture([path]).out;
    expect(out).toMatch(/onset-age: Back pain began before 20 or after 50 \[risk-onset-age=over-50\]/);
    expect(out).toMatch(/Hypermobility screen: 2 of 5 \(>= 2 suggests hypermobility\)/);
  });
});
