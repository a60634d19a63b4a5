/** Property tests of assessAnswers (fast-check): red flags, determinism, monotonicity, totality. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import { guidanceLevels } from '../../../../shared/assessment/assessment-types.ts';
import { answersSchema } from '../../../../shared/questionnaire/answer-schemas.ts';
import { backtalkQuestionnaire, riskLinkIds, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { AnswerValue, Answers } from '../../../../shared/questionnaire/questionnaire-types.ts';
import { answersArbitrary } from '../answer-arbitraries.ts';

const levelIndex = (answers: Answers): number => guidanceLevels.indexOf(assessAnswers(answers).level);

/**
 * For each item, its answers from least to most worrying (by the article and the red-flag
 * guidance); a "worse" answer moves right. Multi-choice items worsen by adding a choice.
 */
const worryOrder: Readonly<Record<string, readonly string[]>> = {
  hurts: ['no', 'unsure', 'yes'],
  frequency: ['rarely', 'weekly', 'daily', 'many-a-day'],
  limits: ['not-at-all', 'a-little', 'quite-a-bit', 'a-lot'],
  'risk-onset-age': ['20-50', 'unsure', 'over-50'],
  'risk-middle-back-pain': ['no', 'unsure', 'yes'],
};

/** Returns the answers with one answer made more worrying, or undefined when none can be. */
function worsen(answers: Answers, linkId: string, step: number): Answers | undefined {
  const item = backtalkQuestionnaire.items.find((candidate) => candidate.linkId === linkId);
  if (item === undefined) return undefined;
  const current = answers[linkId];
  let next: AnswerValue | undefined;
  if (item.section === 'safety') {
    next = current === 'no' || current === undefined ? (step % 2 === 0 ? 'yes' : 'unsure') : undefined;
  } else if (item.kind === 'scale') {
    next = typeof current === 'number' ? Math.min(item.scale?.max ?? 10, current + 1 + (step % 3)) : undefined;
  } else if (worryOrder[linkId] !== undefined) {
    const order = worryOrder[linkId];
    const index = typeof current === 'string' ? order.indexOf(current) : -1;
    next = index >= 0 && index < order.length - 1 ? order[index + 1 + (step % (order.length - 1 - index))] : undefined;
  } else if (item.kind === 'multi-choice' && (linkId === 'feel' || linkId === 'symptoms')) {
    // Adding a sign (a symptom, a feeling) is more worrying; drop an exclusive "none"/"not sure".
    const exclusive = new Set(item.options.filter((option) => option.exclusive).map((option) => option.code));
    const chosen = Array.isArray(current) ? current.filter((code) => !exclusive.has(code)) : [];
    const missing = item.options.filter((option) => !option.exclusive && !chosen.includes(option.code)).map((option) => option.code);
    if (missing.length === 0) return undefined;
    const add = missing[step % missing.length] as string;
    next = item.options.map((option) => option.code).filter((code) => code === add || chosen.includes(code));
  }
  if (next === undefined || next === current) return undefined;
  return { ...answers, [linkId]: next };
}

const worsenable = [...safetyLinkIds, ...riskLinkIds, 'hurts', 'frequency', 'limits', 'pain-score', 'feel', 'symptoms'];

describe('assessAnswers properties', () => {
  it('any red flag ("yes" or "not sure" on a safety item) gives tell-front-desk-now', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...safetyLinkIds), fc.constantFrom('yes', 'unsure'), (answers, linkId, code) => {
        const result = assessAnswers({ ...answers, [linkId]: code });
        expect(result.level).toBe('tell-front-desk-now');
        expect(result.redFlags.some((flag) => flag.linkId === linkId && flag.code === code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the level is tell-front-desk-now exactly when there is a red flag', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assessAnswers(answers);
        expect(result.level === 'tell-front-desk-now').toBe(result.redFlags.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same answers (even rebuilt in another key order) give the same result', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const reordered = Object.fromEntries(Object.entries(answers).reverse());
        const copy = JSON.parse(JSON.stringify(answers)) as Answers;
        const first = assessAnswers(answers);
        expect(assessAnswers(reordered)).toEqual(first);
        expect(assessAnswers(copy)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone: a more worrying answer never lowers the level', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...worsenable), fc.nat(10), (answers, linkId, step) => {
        const worse = worsen(answers, linkId, step);
        fc.pre(worse !== undefined);
        expect(levelIndex(worse)).toBeGreaterThanOrEqual(levelIndex(answers));
      }),
      { numRuns: 1000 },
    );
  });

  it('removing answers never turns a result that is not "common and harmless" into one', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.func(fc.boolean()), (answers, drop) => {
        fc.pre(assessAnswers(answers).level !== 'common-harmless');
        const fewer = Object.fromEntries(Object.entries(answers).filter(([linkId]) => !drop(linkId))) as Answers;
        expect(assessAnswers(fewer).level).not.toBe('common-harmless');
      }),
      { numRuns: 1000 },
    );
  });

  it('adding a symptom never lowers the level', () => {
    const symptoms = backtalkQuestionnaire.items.find((item) => item.linkId === 'symptoms');
    const codes = (symptoms?.options ?? []).filter((option) => !option.exclusive).map((option) => option.code);
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...codes), (answers, code) => {
        const current = answers['symptoms'];
        const chosen = Array.isArray(current) ? current.filter((c) => c !== 'none') : [];
        const more = codes.filter((c) => c === code || chosen.includes(c));
        expect(levelIndex({ ...answers, symptoms: more })).toBeGreaterThanOrEqual(levelIndex(answers));
      }),
      { numRuns: 1000 },
    );
  });

  it('a risk marker alone never reaches the front desk', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const noFlags = { ...answers, ...Object.fromEntries(safetyLinkIds.map((linkId) => [linkId, 'no'])) };
        expect(assessAnswers(noFlags).level).not.toBe('tell-front-desk-now');
      }),
      { numRuns: 300 },
    );
  });

  it('"common and harmless" only with occasional, painless cracking, no other symptoms and every screening answer "no"', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.boolean(), (random, screenedClear) => {
        // Half the runs have a clear screen, so "harmless" results come up often enough to check.
        const clear = { ...Object.fromEntries(safetyLinkIds.map((linkId) => [linkId, 'no'])), 'risk-onset-age': '20-50', 'risk-middle-back-pain': 'no' };
        const answers: Answers = screenedClear ? { ...random, ...clear } : random;
        const result = assessAnswers(answers);
        if (result.level !== 'common-harmless') return;
        expect(['rarely', 'weekly']).toContain(answers['frequency']);
        expect(answers['hurts']).toBe('no');
        expect(answers['symptoms']).toEqual(['none']);
        for (const linkId of safetyLinkIds) expect(answers[linkId]).toBe('no');
        expect(result.riskMarkers).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on schema-valid input and always ranks all five causes', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(answersSchema.safeParse(answers).success).toBe(true);
        const result = assessAnswers(answers);
        expect(result.causes).toHaveLength(5);
        for (let i = 1; i < result.causes.length; i += 1) {
          expect((result.causes[i - 1]?.score ?? 0) >= (result.causes[i]?.score ?? 0)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is pure: it does not change its input', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const before = JSON.stringify(answers);
        assessAnswers(Object.freeze({ ...answers }));
        expect(JSON.stringify(answers)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
