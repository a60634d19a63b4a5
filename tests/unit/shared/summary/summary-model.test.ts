import { describe, expect, it } from 'vitest';
import { sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../../../shared/summary/sample-summary.ts';
import { becauseClause, foldNoAnswers, type SummaryAnswerRow } from '../../../../shared/summary/summary-model.ts';
import { ruleTable } from '../../../../shared/assessment/rule-table.ts';
import { clinicalAnswerLabels, findItem } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { parseAnswers } from '../../../../shared/questionnaire/answer-schemas.ts';

const build = (answers: (typeof sampleCases)[keyof typeof sampleCases], language: 'en' | 'es', sample = false) =>
  summaryOfAnswers(answers, language, { sample });

describe('summary model', () => {
  it('every sample case is a valid set of answers', () => {
    for (const answers of Object.values(sampleCases)) expect(parseAnswers(answers).ok).toBe(true);
  });

  it('the red-flag sample leads with the urgent part; the others have none', () => {
    expect(build(sampleCases['red-flag'], 'es').urgent?.title).toBe('Por favor, avise ahora en la recepción');
    expect(build(sampleCases['no-worry'], 'en').urgent).toBeNull();
  });

  it('gives each reason as a whole sentence and as a short clause for one compact line', () => {
    const cause = build(sampleCases.painful, 'en').patient.causes[0];
    expect(cause?.because.length).toBeGreaterThan(0);
    expect(cause?.becauseClauses).toEqual(cause?.because.map((b) => becauseClause(b, 'en')));
    expect(becauseClause('Because you said it locks or gets stuck.', 'en')).toBe('it locks or gets stuck');
    expect(becauseClause('Porque dijo que se traba o se queda pegada.', 'es')).toBe('que se traba o se queda pegada');
    expect(becauseClause('Something else.', 'en')).toBe('Something else.');
  });

  it('marks a test print as a sample, in the patient language', () => {
    expect(build(sampleCases['no-worry'], 'en', true).sampleNotice).toMatch(/^SAMPLE/);
    expect(build(sampleCases['no-worry'], 'es', true).sampleNotice).toMatch(/^MUESTRA/);
    expect(build(sampleCases['no-worry'], 'en').sampleNotice).toBeNull();
  });

  it('the therapist part stays English whatever the patient language, and notes that language', () => {
    const summary = build(sampleCases.painful, 'es');
    expect(summary.therapist.patientLanguage).toBe('Spanish (español)');
    expect(summary.therapist.answers.find((r) => r.linkId === 'frequency')).toMatchObject({
      value: 'Many times a day',
      section: expect.any(String),
      isNo: false,
    });
    expect(summary.therapist.answers.find((r) => r.linkId === 'safety-fever')).toMatchObject({ value: 'No', isNo: true, section: 'safety' });
  });

  it('shows the therapist the hypermobility screen as "n of 5 (≥ 2 suggests hypermobility)"', () => {
    expect(build(sampleCases['no-worry'], 'es').therapist.hypermobilityScreen).toBe('0 of 5 (≥ 2 suggests hypermobility)');
    const two = summaryOfAnswers({ ...sampleCases['no-worry'], 'hypermobility-thumb': 'yes', 'hypermobility-hands-floor': 'yes' }, 'en');
    expect(two.therapist.hypermobilityScreen).toBe('2 of 5 (≥ 2 suggests hypermobility)');
    expect(summaryOfAnswers({ 'hypermobility-thumb': 'yes' }, 'en').therapist.hypermobilityScreen).toBe('1 of 5 (≥ 2 suggests hypermobility), 4 not answered');
  });

  it('flags risk markers for the therapist, and says "could not tell" to the patient when key answers are missing', () => {
    const summary = summaryOfAnswers({ ...sampleCases['no-worry'], 'risk-middle-back-pain': 'unsure' }, 'en');
    expect(summary.therapist.riskMarkers).toEqual(['New pain in the middle back (not sure)']);
    expect(summary.urgent).toBeNull();
    expect(summary.patient.levelTitle).toBe('Talk to your therapist today');
    const skipped = summaryOfAnswers({ where: ['neck'] }, 'es');
    expect(skipped.patient.levelTitle).toBe('Por favor, pregúntele hoy a su terapeuta');
    expect(skipped.patient.levelBody).toMatch(/no pudo saber/);
  });

  it('only the no-worry sample is "common and harmless"', () => {
    expect(build(sampleCases['no-worry'], 'en').therapist.level).toBe('common-harmless');
    expect(build(sampleCases.painful, 'en').therapist.level).toBe('discuss-with-therapist');
    expect(build(sampleCases['red-flag'], 'en').therapist.level).toBe('tell-front-desk-now');
  });
});

describe('the therapist part in clinical sentences', () => {
  it('gives each cause as likely / possible / unlikely with its evidence in clinical words, not rule keys', () => {
    const { causes } = build(sampleCases.painful, 'en').therapist;
    const byCause = Object.fromEntries(causes.map((cause) => [cause.cause, cause]));
    expect(byCause['injury-dysfunction']).toMatchObject({
      likelihood: 'likely',
      likelihoodLabel: 'likely',
      name: 'Previous injury or developing joint dysfunction',
    });
    expect(byCause['injury-dysfunction']?.evidence).toBe(
      'Supported by previous sprain or strain, locking or catching, crepitus (grinding or rubbing), painful cracking and cracking many times a day.',
    );
    expect(byCause['tendon-ligament']?.evidence).toMatch(/Against: painful cracking\.$/);
    expect(byCause.hypermobility).toMatchObject({ likelihood: 'unlikely', evidence: 'No answer points to it.' });
    for (const cause of causes) expect(cause.evidence).not.toMatch(/=|[+-]\d/);
    // A cause with some evidence that stays under the threshold is "possible".
    const possible = summaryOfAnswers({ ...sampleCases['no-worry'], feel: ['slip-in-out'] }, 'en').therapist.causes.find(
      (cause) => cause.cause === 'hypermobility',
    );
    expect(possible).toMatchObject({ likelihood: 'possible', likelihoodLabel: 'possible' });
  });

  it('says the verdict once, in sentences: the red-flag sheet names the flags clinically and does not repeat the urgent call', () => {
    const sheet = build(sampleCases['red-flag'], 'en');
    expect(sheet.therapist.verdict.title).toBe('Verdict: red flag, see the top of the sheet');
    expect(sheet.therapist.verdict.sentences[0]).toMatch(/^Red flags: Possible cauda equina: new urinary retention .*\(yes\)/);
    const therapistWords = JSON.stringify(sheet.therapist);
    expect(therapistWords).not.toContain(sheet.urgent?.title ?? '?');
    expect(therapistWords).not.toMatch(/TELL FRONT DESK/i);
    expect(build(sampleCases['no-worry'], 'en').therapist.verdict.sentences).toEqual(['No red flags, no risk markers and no signals that call for review.']);
    // An old fracture alone lifts the level to review (rules 2.2.0): the verdict says why, rather
    // than "nothing calls for review" under a review heading.
    const fracture = summaryOfAnswers({ ...sampleCases['no-worry'], 'past-injury': ['fracture'] }, 'en').therapist.verdict;
    expect(fracture.title).toBe('Verdict: review with the patient at this visit');
    expect(fracture.sentences).toEqual(['Likely cause that calls for a look: Previous injury or developing joint dysfunction.']);
    expect(build(sampleCases.painful, 'en').therapist.verdict.sentences).toEqual([
      'Signals: painful cracking, frequent cracking (daily or more), associated symptoms or activity limitation and locking.',
    ]);
  });

  it('speaks the staff language: Spanish for Spanish-speaking staff, whatever the patient language', () => {
    const therapist = summaryOfAnswers(sampleCases.painful, 'en', { staffLanguage: 'es' }).therapist;
    expect(therapist.heading).toBe('Para el terapeuta');
    expect(therapist.patientLanguage).toBe('inglés');
    expect(therapist.causes[0]).toMatchObject({ likelihoodLabel: 'probable', name: 'Lesión previa o disfunción articular incipiente' });
    expect(therapist.causes[0]?.evidence).toContain('esguince o distensión previa');
    expect(therapist.answerTable.others[0]).toEqual({ label: 'Preguntas de alarma', value: 'No a las 16', isRedFlag: false });
    expect(therapist.answerTable.flagged).toEqual([]);
  });

  it('has clinical words for every answer the rules weigh (one table, in the questionnaire)', () => {
    const labels: Readonly<Record<string, unknown>> = clinicalAnswerLabels;
    for (const rule of ruleTable.causeRules) {
      const key = 'code' in rule.when ? `${rule.when.linkId}=${rule.when.code}` : rule.when.linkId;
      expect(labels[key], key).toBeDefined();
    }
    for (const key of Object.keys(clinicalAnswerLabels)) {
      const [linkId, code] = key.split('=');
      const item = findItem(linkId ?? '');
      expect(item, key).toBeDefined();
      if (code !== undefined)
        expect(
          item?.options.some((option) => option.code === code),
          key,
        ).toBe(true);
    }
  });
});

describe('folding "No" answers of a screen', () => {
  const row = (linkId: string, section: 'about' | 'safety', value: string): SummaryAnswerRow => ({
    linkId,
    label: linkId,
    value,
    isRedFlag: value === 'Yes',
    section,
    isNo: value === 'No',
  });
  it('prints an all-clear screen as one row and keeps every other answer', () => {
    const rows = [row('age', 'about', '60 to 74'), row('safety-fever', 'safety', 'No'), row('safety-fall', 'safety', 'No')];
    expect(foldNoAnswers(rows)).toEqual([
      { label: 'age', value: '60 to 74', isRedFlag: false },
      { label: 'Red-flag questions', value: 'No to all 2', isRedFlag: false },
    ]);
    expect(foldNoAnswers(rows, 'es')[1]).toEqual({ label: 'Preguntas de alarma', value: 'No a las 2', isRedFlag: false });
  });
  it('keeps a Yes beside "No to the other N"', () => {
    const rows = [row('safety-fever', 'safety', 'No'), row('safety-fall', 'safety', 'Yes'), row('safety-cancer', 'safety', 'No')];
    expect(foldNoAnswers(rows).map((r) => `${r.label}: ${r.value}`)).toEqual(['Red-flag questions: No to the other 2', 'safety-fall: Yes']);
  });
  it('does not fold a single No', () => {
    const rows = [row('safety-fever', 'safety', 'No'), row('safety-fall', 'safety', 'Yes')];
    expect(foldNoAnswers(rows).map((r) => r.label)).toEqual(['safety-fever', 'safety-fall']);
  });
});
