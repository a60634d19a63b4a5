/** The questionnaire definition follows PRODUCT.md's flow and the fixed interface. */
import { describe, expect, it } from 'vitest';
import { backtalkQuestionnaire, findItem, hypermobilityLinkIds, riskLinkIds, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { languages } from '../../../../shared/questionnaire/questionnaire-types.ts';

const items = backtalkQuestionnaire.items;

describe('backtalkQuestionnaire', () => {
  it('has unique linkIds and unique option codes per item', () => {
    expect(new Set(items.map((item) => item.linkId)).size).toBe(items.length);
    for (const item of items) expect(new Set(item.options.map((option) => option.code)).size, item.linkId).toBe(item.options.length);
  });

  it('asks the safety items first, then the two risk markers, then 15 to 25 about items', () => {
    expect(backtalkQuestionnaire.version).toBe('2.0.0');
    const about = items.filter((item) => item.section === 'about');
    expect(about.length).toBeGreaterThanOrEqual(15);
    expect(about.length).toBeLessThanOrEqual(25);
    expect(items.slice(0, safetyLinkIds.length).map((item) => item.linkId)).toEqual([...safetyLinkIds]);
    expect(items.slice(safetyLinkIds.length, safetyLinkIds.length + 2).map((item) => item.linkId)).toEqual(['risk-onset-age', 'risk-middle-back-pain']);
    expect(riskLinkIds).toEqual(['risk-onset-age', 'risk-middle-back-pain']);
    expect(items.slice(safetyLinkIds.length + 2).every((item) => item.section === 'about')).toBe(true);
  });

  it('covers every red flag of PRODUCT.md step 3, one idea per question', () => {
    expect(safetyLinkIds).toEqual([
      'safety-urine-retention',
      'safety-incontinence',
      'safety-saddle-numbness',
      'safety-sexual-change',
      'safety-both-legs',
      'safety-weakness-walking',
      'safety-fever',
      'safety-injecting-drugs',
      'safety-weak-immune',
      'safety-recent-infection',
      'safety-recent-operation',
      'safety-trauma',
      'safety-fragility-pain',
      'safety-cancer-history',
      'safety-weight-loss',
      'safety-night-pain',
    ]);
    // One question each: a single question mark, and no "Or ...?" second question.
    for (const linkId of safetyLinkIds) {
      const text = findItem(linkId)?.text;
      expect(text?.en.match(/\?/g), linkId).toHaveLength(1);
      expect(text?.en, linkId).not.toMatch(/\? Or /);
    }
    expect(findItem('safety-cancer-history')?.text.es).toBe('¿Tiene o ha tenido cáncer?');
  });

  it('names steroids as cortisone or prednisone in Spanish wherever it asks about them', () => {
    for (const linkId of ['safety-weak-immune', 'safety-fragility-pain']) {
      const item = findItem(linkId);
      const spanish = `${item?.text.es} ${item?.help?.es}`;
      expect(spanish, linkId).toMatch(/esteroides/);
      expect(spanish, linkId).toMatch(/cortisona o prednisona/);
    }
  });

  it('words the hypermobility questionnaire faithfully (Hakim and Grahame 2003)', () => {
    expect(findItem('hypermobility-thumb')?.text.en).toMatch(/bend your thumb to touch your forearm/);
    expect(findItem('hypermobility-thumb')?.text.es).toMatch(/pulgar.*antebrazo/);
    expect(findItem('hypermobility-dislocation')?.text.en).toMatch(/^As a child or teenager/);
    expect(findItem('hypermobility-dislocation')?.text.es).toMatch(/rótula/);
    expect(findItem('hypermobility-child-splits')?.text.es).toMatch(/^De niño o niña/);
  });

  it('Spanish is gender-neutral and free of calques', () => {
    for (const item of items) {
      for (const text of [item.text.es, item.help?.es ?? '', ...item.options.map((option) => option.text.es)]) {
        expect(text, item.linkId).not.toMatch(/\bsentado\b|\bDe niño, ¿|apliquen|coyuntura|dedo gordo/);
      }
    }
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
      if (item.kind !== 'multi-choice')
        expect(
          item.options.some((option) => option.exclusive),
          item.linkId,
        ).toBe(false);
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
      expect(
        items.find((item) => item.linkId === linkId)?.options.map((option) => option.code),
        linkId,
      ).toContain('unsure');
    }
  });
});
