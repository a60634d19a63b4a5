import { describe, expect, it } from 'vitest';
import { sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../../../shared/summary/sample-summary.ts';
import { becauseClause } from '../../../../shared/summary/summary-model.ts';
import { parseAnswers } from '../../../../shared/questionnaire/answer-schemas.ts';

const build = (answers: (typeof sampleCases)[keyof typeof sampleCases], language: 'en' | 'es', sample = false) => summaryOfAnswers(answers, language, { sample });

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
    expect(summary.therapist.answers.find((r) => r.linkId === 'frequency')).toMatchObject({ value: 'Many times a day', section: expect.any(String), isNo: false });
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
