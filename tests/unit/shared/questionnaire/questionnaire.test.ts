/** The questionnaire definition follows PRODUCT.md's flow and the fixed interface. */
import { describe, expect, it } from 'vitest';
import { backtalkQuestionnaire, hypermobilityLinkIds, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { languages } from '../../../../shared/questionnaire/questionnaire-types.ts';

const items = backtalkQuestionnaire.items;

describe('backtalkQuestionnaire', () => {
  it('has unique linkIds and unique option codes per item', () => {
    expect(new Set(items.map((item) => item.linkId)).size).toBe(items.length);
    for (const item of items) expect(new Set(item.options.map((option) => option.code)).size, item.linkId).toBe(item.options.length);
  });

  it('has 15 to 25 about items, then the six safety items last', () => {
    const about = items.filter((item) => item.section === 'about');
    expect(about.length).toBeGreaterThanOrEqual(15);
    expect(about.length).toBeLessThanOrEqual(25);
    expect(items.slice(-6).map((item) => item.linkId)).toEqual([...safetyLinkIds]);
    expect(items.slice(0, -6).every((item) => item.section === 'about')).toBe(true);
  });

  it('safety items are required yes-no-unsure items that are always asked', () => {
    for (const item of items.filter((candidate) => candidate.section === 'safety')) {
      expect(item).toMatchObject({ kind: 'yes-no-unsure', required: true });
      expect(item.enableWhen).toBeUndefined();
      expect(item.options.map((option) => option.code)).toEqual(['yes', 'no', 'unsure']);
    }
  });

  it('has the five hypermobility screen items (Hakim and Grahame 2003) as yes-no-unsure about items', () => {
    expect(hypermobilityLinkIds).toHaveLength(5);
    for (const linkId of hypermobilityLinkIds) {
      expect(items.find((item) => item.linkId === linkId)).toMatchObject({ kind: 'yes-no-unsure', section: 'about' });
    }
  });

  it('asks where it cracks with the four body-region codes', () => {
    const where = items.find((item) => item.kind === 'body-regions');
    expect(where?.options.map((option) => option.code)).toEqual(['neck', 'upper-back', 'middle-back', 'lower-back']);
  });

  it('asks the pain score (0 to 10) only when it hurts', () => {
    expect(items.find((item) => item.linkId === 'pain-score')).toMatchObject({
      kind: 'scale',
      scale: { min: 0, max: 10 },
      enableWhen: [{ linkId: 'hurts', operator: 'equals', code: 'yes' }],
    });
  });

  it('each conditional item depends on an earlier item and an existing code', () => {
    items.forEach((item, index) => {
      for (const condition of item.enableWhen ?? []) {
        const controller = items.findIndex((candidate) => candidate.linkId === condition.linkId);
        expect(controller, item.linkId).toBeGreaterThanOrEqual(0);
        expect(controller, item.linkId).toBeLessThan(index);
        if ('code' in condition) expect(items[controller]?.options.map((option) => option.code)).toContain(condition.code);
      }
    });
  });

  it('kinds match their options: choices have options, scales have a scale, exclusive only in multi-choice', () => {
    for (const item of items) {
      if (item.kind === 'scale') {
        expect(item.scale, item.linkId).toBeDefined();
        expect(item.options).toHaveLength(0);
      } else {
        expect(item.options.length, item.linkId).toBeGreaterThan(1);
      }
      if (item.kind !== 'multi-choice') expect(item.options.some((option) => option.exclusive), item.linkId).toBe(false);
    }
  });

  it('every text exists in English and Spanish', () => {
    for (const item of items) {
      const texts = [item.text, item.shortLabel, ...(item.help ? [item.help] : []), ...item.options.map((option) => option.text)];
      for (const text of texts) for (const language of languages) expect(text[language].trim().length, item.linkId).toBeGreaterThan(0);
    }
  });

  it('offers "not sure" where a patient may honestly not know', () => {
    for (const linkId of ['triggers', 'frequency', 'hurts', 'feel', 'past-injury', 'duration', ...hypermobilityLinkIds, ...safetyLinkIds]) {
      expect(items.find((item) => item.linkId === linkId)?.options.map((option) => option.code), linkId).toContain('unsure');
    }
  });
});
