import { describe, expect, it } from 'vitest';
import { backtalkQuestionnaire } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { enabledItems, isItemEnabled, pruneDisabledAnswers } from '../../../../shared/questionnaire/enable-when.ts';
import type { Questionnaire, QuestionnaireItem } from '../../../../shared/questionnaire/questionnaire-types.ts';

const t = (text: string) => ({ en: text, es: text });
const base = { section: 'about', required: false, text: t('q'), shortLabel: t('q') } as const;
const chain: Questionnaire = {
  id: 'test',
  url: 'https://example.test/q',
  version: '1',
  title: t('test'),
  items: [
    {
      ...base,
      linkId: 'a',
      kind: 'yes-no-unsure',
      options: [
        { code: 'yes', text: t('y') },
        { code: 'no', text: t('n') },
      ],
    },
    {
      ...base,
      linkId: 'b',
      kind: 'multi-choice',
      options: [
        { code: 'x', text: t('x') },
        { code: 'y', text: t('y') },
      ],
      enableWhen: [{ linkId: 'a', operator: 'equals', code: 'yes' }],
    },
    {
      ...base,
      linkId: 'c',
      kind: 'scale',
      options: [],
      scale: { min: 0, max: 10, minLabel: t('0'), maxLabel: t('10') },
      enableWhen: [{ linkId: 'b', operator: 'includes', code: 'y' }],
    },
    {
      ...base,
      linkId: 'd',
      kind: 'yes-no-unsure',
      options: [
        { code: 'yes', text: t('y') },
        { code: 'no', text: t('n') },
      ],
      enableWhen: [
        { linkId: 'c', operator: 'greater-than', value: 5 },
        { linkId: 'a', operator: 'equals', code: 'yes' },
      ],
    },
  ],
};
const item = (linkId: string): QuestionnaireItem => chain.items.find((candidate) => candidate.linkId === linkId) as QuestionnaireItem;

describe('enable-when', () => {
  it('equals, includes and greater-than', () => {
    expect(isItemEnabled(item('b'), { a: 'yes' })).toBe(true);
    expect(isItemEnabled(item('b'), { a: 'no' })).toBe(false);
    expect(isItemEnabled(item('b'), {})).toBe(false);
    expect(isItemEnabled(item('c'), { b: ['x', 'y'] })).toBe(true);
    expect(isItemEnabled(item('c'), { b: ['x'] })).toBe(false);
    expect(isItemEnabled(item('d'), { a: 'yes', c: 6 })).toBe(true);
    expect(isItemEnabled(item('d'), { a: 'yes', c: 5 })).toBe(false);
    expect(isItemEnabled(item('d'), { a: 'no', c: 9 })).toBe(false);
    expect(isItemEnabled(item('a'), {})).toBe(true);
  });

  it('a disabled controller disables its dependants in turn', () => {
    const answers = { a: 'no', b: ['y'], c: 9, d: 'yes' };
    expect(pruneDisabledAnswers(chain, answers)).toEqual({ a: 'no' });
    expect(enabledItems(chain, answers).map((entry) => entry.linkId)).toEqual(['a']);
    expect(enabledItems(chain, { a: 'yes', b: ['y'], c: 9 }).map((entry) => entry.linkId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops answers to unknown items', () => {
    expect(pruneDisabledAnswers(chain, { a: 'yes', zzz: 'no' })).toEqual({ a: 'yes' });
  });

  it('in the Backtalk questionnaire, the pain score is asked only after "yes, it hurts"', () => {
    const ids = (answers: Record<string, string>) => enabledItems(backtalkQuestionnaire, answers).map((entry) => entry.linkId);
    expect(ids({ hurts: 'yes' })).toContain('pain-score');
    expect(ids({ hurts: 'no' })).not.toContain('pain-score');
    expect(ids({})).not.toContain('pain-score');
    expect(pruneDisabledAnswers(backtalkQuestionnaire, { hurts: 'no', 'pain-score': 4 })).toEqual({ hurts: 'no' });
  });
});
