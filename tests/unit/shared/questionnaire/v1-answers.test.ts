/** Reading version 1 answers (a QR printed before the split red-flag screen) as version 2. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import { safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { answersFromV1, v1SafetyMappings } from '../../../../shared/questionnaire/v1-answers.ts';

/** A typical v1 check-in, every v1 question answered, all safety answers "no" (as printed by version 1.0.0). */
const v1Fixture: unknown = JSON.parse(readFileSync(new URL('./fixtures/v1-answers.json', import.meta.url), 'utf8'));

function read(input: unknown) {
  const result = answersFromV1(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result;
}

describe('answersFromV1', () => {
  it('maps every v1 safety item onto v2 items only', () => {
    for (const mapping of Object.values(v1SafetyMappings)) {
      for (const linkId of [...mapping.onYes, ...mapping.onNo]) expect(safetyLinkIds).toContain(linkId);
      // A "no" never answers more than a "yes" would flag.
      for (const linkId of mapping.onNo) expect(mapping.onYes).toContain(linkId);
    }
  });

  it('a v1 all-clear sheet is read, but never as "common and harmless": v2 asks more', () => {
    const { answers, notes } = read(v1Fixture);
    expect(answers['safety-incontinence']).toBe('no');
    expect(answers['safety-saddle-numbness']).toBe('no');
    expect(answers['safety-trauma']).toBe('no');
    // Ideas v1 never asked stay unanswered.
    for (const linkId of [
      'safety-urine-retention',
      'safety-sexual-change',
      'safety-both-legs',
      'safety-fragility-pain',
      'safety-injecting-drugs',
      'safety-weak-immune',
      'safety-recent-infection',
      'safety-recent-operation',
      'risk-onset-age',
      'risk-middle-back-pain',
    ]) {
      expect(answers[linkId], linkId).toBeUndefined();
    }
    const result = assessAnswers(answers);
    expect(result.level).toBe('discuss-with-therapist');
    expect(result.guidance).toBe('could-not-tell');
    expect(result.missingKeyAnswers).toContain('safety-urine-retention');
    // v1 asked about a slipped shoulder or knee at any age: its "yes" does not count for the childhood item.
    expect(answers['hypermobility-dislocation']).toBe('unsure');
    expect(notes).toEqual(['hypermobility-dislocation: v1 "yes" (any age) read as "not sure"']);
  });

  it.each(Object.entries(v1SafetyMappings))('a v1 "yes" or "not sure" to %s raises every red flag it covered', (linkId, mapping) => {
    for (const code of ['yes', 'unsure']) {
      const result = assessAnswers(read({ [linkId]: code }).answers);
      expect(result.level).toBe('tell-front-desk-now');
      expect(result.redFlags.map((flag) => flag.linkId).sort()).toEqual([...mapping.onYes].sort());
      expect(result.redFlags.every((flag) => flag.code === code)).toBe(true);
    }
  });

  it('the old combined weakness and fall items: "no" answers only what they asked', () => {
    const { answers } = read({ 'safety-weakness': 'no', 'safety-fall': 'no' });
    expect(answers).toEqual({ 'safety-weakness-walking': 'no', 'safety-trauma': 'no' });
  });

  it('rejects what v1 could not have printed, naming the item', () => {
    expect(answersFromV1({ 'safety-fall': 'maybe' })).toEqual({ ok: false, errors: ['safety-fall: must be one of yes, no, unsure'] });
    expect(answersFromV1({ age: '200' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^age: /)] });
    expect(answersFromV1([])).toMatchObject({ ok: false });
  });
});
