/** The rule table is complete, consistent with the questionnaire, sourced, and drives assess. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import { becauseTexts, meanwhileTexts } from '../../../../shared/assessment/assessment-texts.ts';
import { causeCodes, redFlagCodes, therapistSignalCodes } from '../../../../shared/assessment/assessment-types.ts';
import { meanwhileCodes, ruleTable, type AnswerCondition, type MeanwhileRule } from '../../../../shared/assessment/rule-table.ts';
import { findItem, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';

const conditions: AnswerCondition[] = [
  ...ruleTable.causeRules.map((rule) => rule.when),
  ...ruleTable.signalRules.map((rule) => rule.when),
  ...ruleTable.meanwhileRules.flatMap((rule: MeanwhileRule) => [...(rule.anyOf ?? [])]),
];

describe('rule table', () => {
  it('every condition names an existing item and one of its codes (or a scale in range)', () => {
    for (const condition of conditions) {
      const item = findItem(condition.linkId);
      expect(item, condition.linkId).toBeDefined();
      if ('atLeast' in condition) {
        expect(item?.kind).toBe('scale');
        expect(condition.atLeast).toBeGreaterThanOrEqual(item?.scale?.min ?? 0);
        expect(condition.atLeast).toBeLessThanOrEqual(item?.scale?.max ?? 10);
      } else {
        expect(
          item?.options.map((option) => option.code),
          condition.linkId,
        ).toContain(condition.code);
      }
    }
  });

  it('every rule used as evidence has its own "because you said" sentence', () => {
    for (const rule of [...ruleTable.causeRules, ...ruleTable.signalRules]) {
      const key = 'atLeast' in rule.when ? rule.when.linkId : `${rule.when.linkId}=${rule.when.code}`;
      expect(becauseTexts[key], key).toBeDefined();
    }
  });

  it('every rule cites a source', () => {
    for (const rule of [...ruleTable.causeRules, ...ruleTable.signalRules, ...ruleTable.redFlagRules]) {
      expect(rule.source.length).toBeGreaterThan(10);
    }
  });

  it('covers every cause, signal and red flag, and each safety item raises one flag on yes and not sure', () => {
    expect(new Set(ruleTable.causeRules.map((rule) => rule.cause))).toEqual(new Set(causeCodes));
    expect(new Set(ruleTable.signalRules.map((rule) => rule.signal))).toEqual(new Set(therapistSignalCodes));
    expect(ruleTable.redFlagRules.map((rule) => rule.flag)).toEqual([...redFlagCodes]);
    expect(ruleTable.redFlagRules.map((rule) => rule.linkId)).toEqual([...safetyLinkIds]);
    for (const rule of ruleTable.redFlagRules) expect([...rule.codes].sort()).toEqual(['unsure', 'yes']);
  });

  it('every meanwhile advice has its text', () => {
    for (const code of meanwhileCodes) expect(meanwhileTexts[code].en.length).toBeGreaterThan(0);
    for (const rule of ruleTable.meanwhileRules) expect(meanwhileCodes).toContain(rule.advice);
  });
});

describe('assess reads the table (a weight change needs no code change)', () => {
  const rule = ruleTable.causeRules.find((candidate) => candidate.cause === 'gas-release' && 'code' in candidate.when && candidate.when.code === 'single-pop');
  const original = rule?.weight;
  afterEach(() => {
    (rule as { weight: number }).weight = original as number;
  });

  it('changing a weight in the table changes the score', () => {
    expect(assessAnswers({ feel: ['single-pop'] }).causes[0]).toMatchObject({ cause: 'gas-release', score: 3 });
    (rule as { weight: number }).weight = 11;
    expect(assessAnswers({ feel: ['single-pop'] }).causes[0]).toMatchObject({ cause: 'gas-release', score: 11 });
  });
});

describe('purity', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('assess reads no clock and no randomness', () => {
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('clock read');
    });
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('randomness used');
    });
    expect(() => assessAnswers({ hurts: 'yes', 'pain-score': 7, 'safety-fever': 'yes' })).not.toThrow();
  });

  it('the assessment sources use no Date, Math.random, node:, window or document', () => {
    for (const file of ['assess-answers.ts', 'rule-table.ts', 'assessment-texts.ts']) {
      const source = readFileSync(new URL(`../../../../shared/assessment/${file}`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/\bnew Date\b|Date\.now|Math\.random|from 'node:|\bwindow\.|\bdocument\./);
    }
  });
});

describe('sources say what they cite', () => {
  const caudaEquina = ['urine-retention', 'incontinence', 'saddle-numbness', 'sexual-change', 'both-legs'];

  it('every red-flag rule has one safety item, cites NICE CKS, GIRFT or IFOMPT, and never NG59 1.1.1', () => {
    expect(new Set(ruleTable.redFlagRules.map((rule) => rule.linkId)).size).toBe(safetyLinkIds.length);
    for (const rule of ruleTable.redFlagRules) {
      expect(safetyLinkIds).toContain(rule.linkId);
      expect(rule.source, rule.flag).toMatch(/NICE CKS|GIRFT|IFOMPT/);
      expect(rule.source, rule.flag).not.toMatch(/NG59/);
    }
  });

  it('cauda equina flags cite the GIRFT pathway and NICE CKS sciatica', () => {
    for (const rule of ruleTable.redFlagRules.filter((candidate) => caudaEquina.includes(candidate.flag))) {
      expect(rule.source, rule.flag).toMatch(/GIRFT National Suspected Cauda Equina Syndrome Pathway/);
      expect(rule.source, rule.flag).toMatch(/NICE CKS "Sciatica/);
    }
  });

  it('a rule from clinic judgement alone is too light to make a cause likely', () => {
    for (const rule of ruleTable.causeRules.filter((candidate) => candidate.source.includes('Clinic judgement'))) {
      expect(Math.abs(rule.weight), `${rule.cause} ${JSON.stringify(rule.when)}`).toBeLessThan(ruleTable.likelyThreshold);
    }
  });

  it('every cause, signal, flag and marker rule names a source', () => {
    const rules = [...ruleTable.causeRules, ...ruleTable.signalRules, ...ruleTable.redFlagRules, ...ruleTable.riskMarkerRules];
    for (const rule of rules) expect(rule.source.length).toBeGreaterThan(20);
  });
});
