/**
 * What the patient is told about causes, on the screen and on the sheet: one rule for both.
 * Found in review: with a red flag, the result screen still explained "gas bubbles in the joint,
 * this happens to most people", under "Please tell the front desk now", while the sheet (rightly)
 * explained no cause.
 */
import { describe, expect, it } from 'vitest';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import { causesToExplain } from '../../../../shared/assessment/causes-to-explain.ts';
import { backtalkQuestionnaire, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { Answers } from '../../../../shared/questionnaire/questionnaire-types.ts';
import { buildSummary } from '../../../../shared/summary/summary-model.ts';

const screenedClear: Answers = {
  ...Object.fromEntries(safetyLinkIds.map((linkId) => [linkId, 'no'])),
  'risk-onset-age': '20-50',
  'risk-middle-back-pain': 'no',
};
const calmPop: Answers = {
  ...screenedClear,
  hurts: 'no',
  frequency: 'rarely',
  symptoms: ['none'],
  feel: ['single-pop'],
  limits: 'not-at-all',
  triggers: ['twisting'],
};

describe('causes explained to the patient', () => {
  it('are the likely causes when no red flag is raised', () => {
    const assessment = assessAnswers(calmPop);
    expect(assessment.causes.some((cause) => cause.likely)).toBe(true);
    expect(causesToExplain(assessment)).toEqual(assessment.causes.filter((cause) => cause.likely));
  });

  it('are none when a red flag is raised, however calm the rest of the answers', () => {
    const assessment = assessAnswers({ ...calmPop, 'safety-incontinence': 'yes' });
    expect(assessment.level).toBe('tell-front-desk-now');
    expect(assessment.causes.some((cause) => cause.likely)).toBe(true); // the therapist part keeps the scores
    expect(causesToExplain(assessment)).toEqual([]);
  });

  it('are the ones the printed sheet explains', () => {
    for (const answers of [calmPop, { ...calmPop, 'safety-incontinence': 'yes' }]) {
      const assessment = assessAnswers(answers);
      const summary = buildSummary({
        questionnaire: backtalkQuestionnaire,
        answers,
        assessment,
        language: 'en',
        createdAt: '2026-12-03T10:00:00Z',
        clinic: { name: 'Clinic', phone: '' },
      });
      expect(summary.patient.causes.length).toBe(causesToExplain(assessment).length);
    }
  });
});
