import { describe, expect, it } from 'vitest';
import { answersSchema, answerValueSchema, itemAnswerSchema, parseAnswers } from '../../../../shared/questionnaire/answer-schemas.ts';
import { backtalkQuestionnaire, findItem } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { QuestionnaireItem } from '../../../../shared/questionnaire/questionnaire-types.ts';

const item = (linkId: string): QuestionnaireItem => findItem(linkId) as QuestionnaireItem;

/**
 * Pins the answer schema's fields: every linkId, its kind and its codes. Changing any of these
 * breaks printed QR codes and therapists' tools, so it must be a deliberate, versioned change.
 */
const pinnedFields: Record<string, string> = {
  'safety-urine-retention': 'yes-no-unsure: yes no unsure',
  'safety-incontinence': 'yes-no-unsure: yes no unsure',
  'safety-saddle-numbness': 'yes-no-unsure: yes no unsure',
  'safety-sexual-change': 'yes-no-unsure: yes no unsure',
  'safety-both-legs': 'yes-no-unsure: yes no unsure',
  'safety-weakness-walking': 'yes-no-unsure: yes no unsure',
  'safety-fever': 'yes-no-unsure: yes no unsure',
  'safety-injecting-drugs': 'yes-no-unsure: yes no unsure',
  'safety-weak-immune': 'yes-no-unsure: yes no unsure',
  'safety-recent-infection': 'yes-no-unsure: yes no unsure',
  'safety-recent-operation': 'yes-no-unsure: yes no unsure',
  'safety-trauma': 'yes-no-unsure: yes no unsure',
  'safety-fragility-pain': 'yes-no-unsure: yes no unsure',
  'safety-cancer-history': 'yes-no-unsure: yes no unsure',
  'safety-weight-loss': 'yes-no-unsure: yes no unsure',
  'safety-night-pain': 'yes-no-unsure: yes no unsure',
  'risk-onset-age': 'single-choice: under-20 20-50 over-50 no-back-pain unsure',
  'risk-middle-back-pain': 'yes-no-unsure: yes no unsure',
  where: 'body-regions: neck upper-back middle-back lower-back',
  triggers: 'multi-choice: twisting bending after-still on-purpose unsure',
  frequency: 'single-choice: rarely weekly daily many-a-day unsure',
  hurts: 'yes-no-unsure: yes no unsure',
  'pain-score': 'scale: 0..10',
  feel: 'multi-choice: single-pop snap-slide grinding slip-in-out locking unusual unsure',
  symptoms: 'multi-choice: stiffness soreness swelling spreading-pain numb-tingling weakness none',
  'past-injury': 'multi-choice: fracture sprain ligament-tear surgery fall-accident none unsure',
  'hypermobility-hands-floor': 'yes-no-unsure: yes no unsure',
  'hypermobility-thumb': 'yes-no-unsure: yes no unsure',
  'hypermobility-child-splits': 'yes-no-unsure: yes no unsure',
  'hypermobility-dislocation': 'yes-no-unsure: yes no unsure',
  'hypermobility-double-jointed': 'yes-no-unsure: yes no unsure',
  age: 'single-choice: under-30 30-44 45-59 60-74 75-plus',
  habits: 'multi-choice: sitting driving repetitive none',
  limits: 'single-choice: not-at-all a-little quite-a-bit a-lot',
  duration: 'single-choice: under-6-weeks 6-weeks-3-months 3-12-months over-a-year unsure',
};

describe('answer schemas', () => {
  it('pins the fields (linkId, kind, codes) of the answer schema', () => {
    const actual = Object.fromEntries(
      backtalkQuestionnaire.items.map((entry) => [
        entry.linkId,
        entry.kind === 'scale' ? `scale: ${entry.scale?.min}..${entry.scale?.max}` : `${entry.kind}: ${entry.options.map((option) => option.code).join(' ')}`,
      ]),
    );
    expect(actual).toEqual(pinnedFields);
    // The schema accepts exactly these linkIds.
    for (const linkId of Object.keys(pinnedFields)) {
      const schema = itemAnswerSchema(item(linkId));
      const value =
        linkId === 'pain-score'
          ? 5
          : item(linkId).kind === 'multi-choice' || item(linkId).kind === 'body-regions'
            ? [item(linkId).options[0]?.code]
            : item(linkId).options[0]?.code;
      expect(schema.safeParse(value).success, linkId).toBe(true);
      expect(answersSchema.safeParse({ [linkId]: value }).success, linkId).toBe(true);
    }
  });

  it('answerValueSchema accepts the three shapes only', () => {
    expect(answerValueSchema.safeParse('yes').success).toBe(true);
    expect(answerValueSchema.safeParse(['a', 'b']).success).toBe(true);
    expect(answerValueSchema.safeParse(3).success).toBe(true);
    for (const bad of ['', [], 1.5, null, true, { a: 1 }, [1]]) expect(answerValueSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('accepts a valid, incomplete response', () => {
    expect(parseAnswers({ where: ['neck', 'lower-back'], hurts: 'yes', 'pain-score': 0, 'safety-fever': 'unsure' })).toEqual({
      ok: true,
      answers: { where: ['neck', 'lower-back'], hurts: 'yes', 'pain-score': 0, 'safety-fever': 'unsure' },
    });
    expect(parseAnswers({})).toEqual({ ok: true, answers: {} });
  });

  it.each([
    [{ hurts: 'maybe' }, 'hurts'],
    [{ hurts: ['yes'] }, 'hurts'],
    [{ 'pain-score': 11 }, 'pain-score'],
    [{ 'pain-score': -1 }, 'pain-score'],
    [{ 'pain-score': 2.5 }, 'pain-score'],
    [{ 'pain-score': '5' }, 'pain-score'],
    [{ where: 'neck' }, 'where'],
    [{ where: [] }, 'where'],
    [{ where: ['knee'] }, 'where'],
    [{ where: ['neck', 'neck'] }, 'where'],
    [{ symptoms: ['none', 'stiffness'] }, 'symptoms'],
    [{ 'past-injury': ['unsure', 'none'] }, 'past-injury'],
    [{ age: '18-29' }, 'age'],
    [{ favourite: 'blue' }, 'favourite'],
  ])('rejects %j with an error naming the item', (input, linkId) => {
    const result = parseAnswers(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) expect(error.startsWith(`${linkId}:`), error).toBe(true);
    }
  });

  it('rejects input that is not an object', () => {
    for (const bad of [null, 'hurts=yes', 42, ['yes']]) {
      const result = parseAnswers(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join(' ')).toMatch(/object/);
    }
  });

  it('reports every bad item, not only the first', () => {
    const result = parseAnswers({ hurts: 'maybe', age: 'old', where: ['neck'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.split(':')[0]).sort()).toEqual(['age', 'hurts']);
  });
});
