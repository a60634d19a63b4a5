/** The soak's mix of sessions: every path, both languages, idle resets, repeatable. */
import { describe, expect, it } from 'vitest';
import { assessAnswers } from '../../../shared/assessment/assess-answers.ts';
import { parseAnswers } from '../../../shared/questionnaire/answer-schemas.ts';
import { planSession, sessionPaths } from '../../../bench/soak/soak-plan.ts';

const plans = Array.from({ length: 300 }, (_, i) => planSession(i + 1));

describe('planSession', () => {
  it('covers every path, language switches, review edits and both endings in 300 sessions', () => {
    for (const path of sessionPaths) expect(plans.some((plan) => plan.path === path)).toBe(true);
    const idle = plans.filter((plan) => plan.path === 'idle-reset');
    expect(idle.length).toBe(12);
    expect(plans.filter((plan) => plan.startLanguage === 'es').length).toBe(100);
    expect(plans.some((plan) => plan.switchLanguageMidway)).toBe(true);
    expect(plans.some((plan) => plan.editOnReview)).toBe(true);
    expect(plans.filter((plan) => plan.end === 'countdown').length).toBeGreaterThan(20);
  });

  it('has an idle reset within the first 20 sessions, so a short soak still covers one', () => {
    expect(plans.slice(0, 20).some((plan) => plan.path === 'idle-reset')).toBe(true);
  });

  it('is the same plan every time for the same session', () => {
    expect(planSession(42)).toEqual(planSession(42));
  });

  it('expects the level the assessment gives for the final answers, which are valid answers', () => {
    for (const plan of plans.filter((p) => p.finalAnswers !== null)) {
      expect(parseAnswers(plan.finalAnswers).ok).toBe(true);
      expect(plan.expectedLevel).toBe(assessAnswers(plan.finalAnswers ?? {}).level);
    }
    expect(plans.filter((plan) => plan.path === 'red-flag').every((plan) => plan.expectedLevel === 'tell-front-desk-now')).toBe(true);
    expect(plans.find((plan) => plan.path === 'no-worry')?.expectedLevel).toBe('common-harmless');
  });

  it('edits "where" on review by one region', () => {
    const edited = plans.find((plan) => plan.editOnReview && plan.path === 'painful');
    expect(edited?.answers['where']).toEqual(['lower-back']);
    expect(edited?.finalAnswers?.['where']).toEqual(['neck', 'lower-back']);
  });

  it('rejects a session number that is not a positive whole number', () => {
    expect(() => planSession(0)).toThrow(RangeError);
    expect(() => planSession(1.5)).toThrow(RangeError);
  });
});
