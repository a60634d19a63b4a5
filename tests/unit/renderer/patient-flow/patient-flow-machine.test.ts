import { describe, expect, it } from 'vitest';
import {
  canLeaveQuestion,
  createPatientFlowMachine,
  initialFlowState,
  nextTextSize,
  type FlowEvent,
  type FlowState,
} from '../../../../renderer/app/patient-flow/patient-flow-machine.ts';
import { backtalkQuestionnaire, hypermobilityLinkIds, riskLinkIds, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { redFlagRaisedBy } from '../../../../shared/assessment/red-flag-rule.ts';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import type { Questionnaire, QuestionnaireItem } from '../../../../shared/questionnaire/questionnaire-types.ts';

const machine = createPatientFlowMachine(backtalkQuestionnaire);
const run = (events: readonly FlowEvent[], from: FlowState = initialFlowState('en')) => events.reduce((state, event) => machine.reduce(state, event), from);
const linkIdOf = (state: FlowState) => (state.screen.name === 'question' ? state.screen.linkId : state.screen.name);

/** The answer a patient with nothing to report gives to a required question. */
function calmAnswer(item: QuestionnaireItem): string | string[] | undefined {
  if (item.linkId === 'risk-onset-age') return '20-50';
  if (item.kind === 'yes-no-unsure' && item.required) return 'no';
  if (item.kind === 'body-regions' && item.required) return ['neck'];
  return undefined;
}

/** Answers the question on screen (required ones calmly) and goes on, until the review screen or `until`. */
function answerThrough(state: FlowState, given: Record<string, string | string[] | number> = {}, until?: string): FlowState {
  let current = state;
  for (let step = 0; step < 80 && current.screen.name !== 'review'; step++) {
    if (until !== undefined && linkIdOf(current) === until) return current;
    if (current.screen.name === 'front-desk-alert') {
      current = machine.reduce(current, { type: 'continue-after-alert' });
      continue;
    }
    const page = machine.currentPage(current);
    if (!page) throw new Error(`stuck on ${current.screen.name}`);
    for (const item of page.items) {
      const value = given[item.linkId] ?? calmAnswer(item);
      if (value !== undefined) current = machine.reduce(current, { type: 'answer', linkId: item.linkId, value });
    }
    current = machine.reduce(current, { type: 'next' });
  }
  return current;
}

const started = run([{ type: 'start' }, { type: 'accept-privacy' }]);
/** Past the screening questions (all "no"), on the first question about the cracking. */
const atWhere = answerThrough(started, {}, 'where');
const currentItem = (state: FlowState) => machine.currentPage(state)?.items[0];

describe('patient flow machine', () => {
  it('goes attract → privacy → the first safety question, with progress counted by part ("Part 2 of 4")', () => {
    expect(run([{ type: 'start' }]).screen).toEqual({ name: 'privacy' });
    expect(linkIdOf(started)).toBe(safetyLinkIds[0]);
    expect(machine.progress(started)).toMatchObject({ index: 1, total: 4, part: { id: 'screening' } });
    expect(linkIdOf(atWhere)).toBe('where');
    expect(machine.progress(atWhere)).toMatchObject({ index: 2, total: 4, part: { id: 'where-when' } });
  });

  it('keeps the total of parts and the bar steady whatever the answers: the bar only moves forward', () => {
    for (const hurts of ['yes', 'no'] as const) {
      const seen: { index: number; total: number; fraction: number }[] = [];
      let state = started;
      for (let step = 0; step < 80 && state.screen.name === 'question'; step++) {
        const progress = machine.progress(state);
        if (!progress) throw new Error('a question page without progress');
        seen.push({ index: progress.index, total: progress.total, fraction: progress.fraction });
        state = (() => {
          const page = machine.currentPage(state)!;
          let next = state;
          for (const item of page.items) {
            const value = item.linkId === 'hurts' ? hurts : calmAnswer(item);
            if (value !== undefined) next = machine.reduce(next, { type: 'answer', linkId: item.linkId, value });
          }
          return machine.reduce(next, { type: 'next' });
        })();
      }
      expect(new Set(seen.map((entry) => entry.total))).toEqual(new Set([4]));
      expect(seen.map((entry) => entry.index)).toEqual([...seen.map((entry) => entry.index)].sort((a, b) => a - b));
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.fraction).toBeGreaterThan(seen[i - 1]!.fraction);
      expect(seen.at(-1)!.fraction).toBe(1);
    }
  });

  it('asks the five bendy-joint questions on one page: five answers, one Next', () => {
    let state = answerThrough(atWhere, {}, hypermobilityLinkIds[0]);
    const page = machine.currentPage(state)!;
    expect(page.items.map((item) => item.linkId)).toEqual(hypermobilityLinkIds);
    expect(page.group?.id).toBe('hypermobility');
    // Every item on the page takes its own answer; an item of another page does not.
    state = run(
      hypermobilityLinkIds.map((linkId, i) => ({ type: 'answer', linkId, value: i % 2 === 0 ? 'yes' : 'no' }) as const),
      state,
    );
    expect(run([{ type: 'answer', linkId: 'age', value: '30-44' }], state).answers['age']).toBeUndefined();
    expect(hypermobilityLinkIds.map((linkId) => state.answers[linkId])).toEqual(['yes', 'no', 'yes', 'no', 'yes']);
    const next = run([{ type: 'next' }], state);
    expect(linkIdOf(next)).toBe('age');
    expect(linkIdOf(run([{ type: 'back' }], next))).toBe(hypermobilityLinkIds[0]);
    // From review, any of the five opens the page, and Next comes straight back.
    const review = answerThrough(next);
    const editing = run([{ type: 'edit', linkId: hypermobilityLinkIds[3]! }], review);
    expect(editing.screen).toEqual({ name: 'question', linkId: hypermobilityLinkIds[0], fromReview: true });
    const changed = run([{ type: 'answer', linkId: hypermobilityLinkIds[3]!, value: 'unsure' }, { type: 'next' }], editing);
    expect(changed.screen.name).toBe('review');
    expect(changed.answers[hypermobilityLinkIds[3]!]).toBe('unsure');
  });

  it('asks every safety question, then the risk markers, before anything about the cracking', () => {
    const seen: string[] = [];
    let state = started;
    while (state.screen.name === 'question' && linkIdOf(state) !== 'where') {
      seen.push(linkIdOf(state));
      // Nothing can be skipped on the way: "next" without an answer stays put.
      expect(run([{ type: 'next' }], state).screen).toEqual(state.screen);
      const item = currentItem(state)!;
      state = run([{ type: 'answer', linkId: item.linkId, value: calmAnswer(item) }, { type: 'next' }], state);
      if (seen.length > 40) break;
    }
    expect(seen).toEqual([...safetyLinkIds, ...riskLinkIds]);
  });

  it('asks every enabled question once, in order, then shows review, result and thank-you', () => {
    const seen: string[] = [];
    let state = started;
    for (let step = 0; step < 80 && state.screen.name === 'question'; step++) {
      const page = machine.currentPage(state)!;
      seen.push(...page.items.map((item) => item.linkId));
      for (const item of page.items) {
        const value = calmAnswer(item);
        if (value !== undefined) state = machine.reduce(state, { type: 'answer', linkId: item.linkId, value });
      }
      state = machine.reduce(state, { type: 'next' });
    }
    expect(seen).toEqual(machine.items({}).map((item) => item.linkId));
    expect(state.screen.name).toBe('review');
    state = run([{ type: 'next' }, { type: 'finish' }], state);
    expect(state.screen.name).toBe('thank-you');
  });

  it('shows the pain score only after "it hurts", and drops it when that answer changes', () => {
    let state = run([{ type: 'answer', linkId: 'where', value: ['neck'] }], atWhere);
    state = answerThrough(state, { hurts: 'yes', 'pain-score': 7 });
    expect(state.answers['pain-score']).toBe(7);
    state = run([{ type: 'edit', linkId: 'hurts' }, { type: 'answer', linkId: 'hurts', value: 'no' }, { type: 'next' }], state);
    expect(state.screen.name).toBe('review');
    expect(state.answers['pain-score']).toBeUndefined();
    expect(machine.items(state.answers).some((item) => item.linkId === 'pain-score')).toBe(false);
  });

  it('will not leave a required question unanswered (the guard)', () => {
    expect(linkIdOf(run([{ type: 'next' }], started))).toBe(safetyLinkIds[0]);
    expect(canLeaveQuestion(currentItem(started)!, {})).toBe(false);
    expect(linkIdOf(run([{ type: 'next' }], atWhere))).toBe('where');
    let state = answerThrough(started);
    state = run([{ type: 'edit', linkId: safetyLinkIds[3]! }, { type: 'answer', linkId: safetyLinkIds[3]!, value: undefined }, { type: 'next' }], state);
    expect(linkIdOf(state)).toBe(safetyLinkIds[3]);
    // Back from review goes to the last question asked.
    expect(linkIdOf(run([{ type: 'back' }], answerThrough(started)))).toBe('duration');
  });

  it.each(safetyLinkIds)('a "yes" to %s shows the front-desk alert at once, once, then goes on', (linkId) => {
    let state = answerThrough(started, { where: ['lower-back'] });
    state = run([{ type: 'edit', linkId }, { type: 'answer', linkId, value: 'yes' }, { type: 'next' }], state);
    expect(state.screen).toEqual({ name: 'front-desk-alert', then: { name: 'review' } });
    expect(run([{ type: 'back' }], state).screen.name).toBe('front-desk-alert');
    state = run([{ type: 'continue-after-alert' }], state);
    expect(state.screen.name).toBe('review');
    // Editing the same answer again does not alert twice.
    state = run([{ type: 'edit', linkId }, { type: 'next' }], state);
    expect(state.screen.name).toBe('review');
  });

  it('calls staff for exactly the answers the assessment flags: one red-flag rule, owned by the rule table', () => {
    for (const linkId of safetyLinkIds) {
      for (const code of ['yes', 'no', 'unsure']) {
        const at = answerThrough(started, {}, linkId);
        const after = run([{ type: 'answer', linkId, value: code }, { type: 'next' }], at);
        const flagged = assessAnswers({ [linkId]: code }).redFlags.length > 0;
        expect({ linkId, code, alert: after.screen.name === 'front-desk-alert' }).toEqual({ linkId, code, alert: flagged });
        expect(redFlagRaisedBy(linkId, code) !== null).toBe(flagged);
      }
    }
  });

  it('does not call staff for an item the rule table has no red flag for, whatever its section says', () => {
    // The machine once restated the rule ("a safety item answered yes or not sure"), so the two
    // could drift apart; it now asks the rule table, which has no flag for "hurts".
    const relabelled: Questionnaire = {
      ...backtalkQuestionnaire,
      items: backtalkQuestionnaire.items.map((item) => (item.linkId === 'hurts' ? { ...item, section: 'safety' } : item)),
    };
    const drifted = createPatientFlowMachine(relabelled);
    let state = answerThrough(started, {}, 'hurts');
    state = [{ type: 'answer', linkId: 'hurts', value: 'yes' }, { type: 'next' }].reduce((s, e) => drifted.reduce(s, e as FlowEvent), state);
    expect(state.screen.name).toBe('question');
    expect(state.raised).toEqual([]);
    expect(assessAnswers({ hurts: 'yes' }).redFlags).toEqual([]);
  });

  it('treats "not sure" on a safety question as a red flag, and "no" as none', () => {
    const toSafety = answerThrough(started, { [safetyLinkIds[0]!]: 'unsure' });
    expect(toSafety.raised).toEqual([{ linkId: safetyLinkIds[0], code: 'unsure' }]);
    // The alert comes at once, before the next safety question.
    const alerted = run([{ type: 'answer', linkId: safetyLinkIds[0]!, value: 'unsure' }, { type: 'next' }], started);
    expect(alerted.screen).toEqual({ name: 'front-desk-alert', then: { name: 'question', linkId: safetyLinkIds[1], fromReview: false } });
    // A risk marker is not a red flag: no alert.
    expect(answerThrough(started, { 'risk-onset-age': 'over-50', 'risk-middle-back-pain': 'yes' }).raised).toEqual([]);
    const calm = answerThrough(started);
    expect(calm.raised).toEqual([]);
    expect(calm.attention).toBe('none');
  });

  it('keeps a raised flag when the answer is changed to "no", and calls staff once until they acknowledge', () => {
    const linkId = safetyLinkIds[0]!;
    let state = answerThrough(started, { [linkId]: 'yes' });
    expect(state.attention).toBe('needed');
    expect(state.alertRound).toBe(1);
    state = run([{ type: 'edit', linkId }, { type: 'answer', linkId, value: 'no' }, { type: 'next' }], state);
    expect(state.screen.name).toBe('review');
    expect(state.answers[linkId]).toBe('no');
    expect(state.raised).toEqual([{ linkId, code: 'yes' }]);
    expect(state.attention).toBe('needed');
    // A second flag while staff are already called does not call them again.
    const second = safetyLinkIds[1]!;
    state = run(
      [{ type: 'edit', linkId: second }, { type: 'answer', linkId: second, value: 'unsure' }, { type: 'next' }, { type: 'continue-after-alert' }],
      state,
    );
    expect(state.alertRound).toBe(1);
    state = run([{ type: 'alert-slip', state: 'failed' }, { type: 'staff-acknowledged' }], state);
    expect(state.attention).toBe('acknowledged');
    // After staff acknowledged, a new flag calls them again (a new urgent slip).
    const third = safetyLinkIds[2]!;
    state = run([{ type: 'edit', linkId: third }, { type: 'answer', linkId: third, value: 'yes' }, { type: 'next' }], state);
    expect(state.attention).toBe('needed');
    expect(state.alertRound).toBe(2);
    expect(state.alertSlip).toBe('none');
    // The session ends: everything is forgotten.
    const fresh = run([{ type: 'reset', language: 'en' }], state);
    expect([fresh.raised, fresh.attention, fresh.alertRound, fresh.alertSlip]).toEqual([[], 'none', 0, 'none']);
  });

  it('calls staff the moment a red-flag answer is given, even when the page is left by Back', () => {
    // Found in review: a "yes" given from review and left with Back never reached staff, since
    // staff were called only on Next.
    const review = answerThrough(started);
    const linkId = 'safety-incontinence';
    const answered = run(
      [
        { type: 'edit', linkId },
        { type: 'answer', linkId, value: 'yes' },
      ],
      review,
    );
    expect(answered.raised).toEqual([{ linkId, code: 'yes' }]);
    expect([answered.attention, answered.alertRound]).toEqual(['needed', 1]);
    const left = run([{ type: 'back' }], answered);
    expect(left.screen).toEqual({ name: 'front-desk-alert', then: { name: 'review' } });
    expect(run([{ type: 'continue-after-alert' }], left).screen.name).toBe('review');
    // Back from a first-pass page: the alert, then the page before.
    const second = safetyLinkIds[1]!;
    const onSecond = answerThrough(started, {}, second);
    const back = run([{ type: 'answer', linkId: second, value: 'unsure' }, { type: 'back' }], onSecond);
    expect(back.screen).toEqual({ name: 'front-desk-alert', then: { name: 'question', linkId: safetyLinkIds[0], fromReview: false } });
    // Shown once: the next move after the alert goes straight on.
    const onward = run([{ type: 'continue-after-alert' }, { type: 'next' }], back);
    expect(linkIdOf(onward)).toBe(second);
  });

  it('has staff called for a "yes" the patient never moved on from (walked away, then the idle check)', () => {
    const asked = run([{ type: 'answer', linkId: safetyLinkIds[0]!, value: 'yes' }, { type: 'idle' }], started);
    expect(asked.raised).toEqual([{ linkId: safetyLinkIds[0], code: 'yes' }]);
    expect([asked.attention, asked.alertRound]).toEqual(['needed', 1]);
  });

  it('calls staff again for a new flag when the last urgent slip failed to print', () => {
    const [first, second] = safetyLinkIds;
    let state = run([{ type: 'answer', linkId: first!, value: 'yes' }, { type: 'next' }, { type: 'alert-slip', state: 'failed' }], started);
    expect(state.alertRound).toBe(1);
    state = run([{ type: 'continue-after-alert' }, { type: 'answer', linkId: second!, value: 'yes' }], state);
    expect(state.alertRound).toBe(2);
    expect(state.alertSlip).toBe('none');
  });

  it('ends the session when the patient goes back past the privacy note: the attract screen keeps nothing', () => {
    // Found in review: Back, Back, Back to the attract screen kept the answers and the raised flag
    // for whoever started next.
    const answered = run([{ type: 'answer', linkId: safetyLinkIds[0]!, value: 'yes' }, { type: 'next' }, { type: 'continue-after-alert' }], started);
    const attract = run([{ type: 'back' }, { type: 'back' }, { type: 'back' }], answered);
    expect(attract.screen.name).toBe('attract');
    expect(attract).toEqual(initialFlowState('en', answered.session + 1));
  });

  it('remembers that the summary went to the printer, through Back to review and on again, until the session ends', () => {
    // Found in review: with printing set to "auto", Result → Back → Result printed a second sheet.
    const result = run([{ type: 'next' }], answerThrough(started));
    expect(result.screen.name).toBe('result');
    expect(result.summaryPrinted).toBe(false);
    const printed = run([{ type: 'summary-printing' }], result);
    expect(printed.summaryPrinted).toBe(true);
    expect(run([{ type: 'back' }, { type: 'next' }], printed)).toMatchObject({ screen: { name: 'result' }, summaryPrinted: true });
    expect(run([{ type: 'reset', language: 'en' }], printed).summaryPrinted).toBe(false);
  });

  it('edits one answer from review and comes straight back to review', () => {
    const review = answerThrough(started, { frequency: 'daily' });
    const editing = run([{ type: 'edit', linkId: 'frequency' }], review);
    expect(editing.screen).toEqual({ name: 'question', linkId: 'frequency', fromReview: true });
    const back = run([{ type: 'answer', linkId: 'frequency', value: 'rarely' }, { type: 'next' }], editing);
    expect(back.screen.name).toBe('review');
    expect(back.answers['frequency']).toBe('rarely');
    expect(run([{ type: 'back' }], editing).screen.name).toBe('review');
    expect(run([{ type: 'edit', linkId: 'not-an-item' }], review)).toBe(review);
  });

  it('goes back one question at a time, and from the first question to privacy', () => {
    const second = run([{ type: 'answer', linkId: safetyLinkIds[0]!, value: 'no' }, { type: 'next' }], started);
    expect(linkIdOf(second)).toBe(safetyLinkIds[1]);
    expect(linkIdOf(run([{ type: 'back' }], second))).toBe(safetyLinkIds[0]);
    expect(run([{ type: 'back' }, { type: 'back' }], second).screen.name).toBe('privacy');
    expect(run([{ type: 'back' }, { type: 'back' }, { type: 'back' }], second).screen.name).toBe('attract');
    expect(linkIdOf(run([{ type: 'back' }], atWhere))).toBe(riskLinkIds.at(-1));
  });

  it('keeps every answer when the language changes on any screen', () => {
    const state = run(
      [{ type: 'answer', linkId: 'where', value: ['neck', 'lower-back'] }, { type: 'next' }, { type: 'answer', linkId: 'triggers', value: ['twisting'] }],
      atWhere,
    );
    const switched = run([{ type: 'set-language', language: 'es' }], state);
    expect(switched.language).toBe('es');
    expect(switched.answers).toEqual(state.answers);
    expect(switched.screen).toEqual(state.screen);
  });

  it('changes text size in steps and contrast, and forgets both on reset', () => {
    expect([nextTextSize(0), nextTextSize(1), nextTextSize(2)]).toEqual([1, 2, 0]);
    const styled = run(
      [
        { type: 'set-text-size', textSize: 2 },
        { type: 'set-contrast', contrast: 'high' },
      ],
      started,
    );
    expect(styled.display).toEqual({ textSize: 2, contrast: 'high' });
    const reset = run([{ type: 'reset', language: 'en' }], styled);
    expect(reset.display).toEqual({ textSize: 0, contrast: 'standard' });
  });

  it('asks "are you still there?" on any screen but attract, and blocks taps behind it', () => {
    expect(run([{ type: 'idle' }]).stillThereCheck).toBe(false);
    const asking = run([{ type: 'idle' }], started);
    expect(asking.stillThereCheck).toBe(true);
    expect(run([{ type: 'answer', linkId: safetyLinkIds[0]!, value: 'no' }], asking).answers).toEqual({});
    expect(run([{ type: 'back' }], asking).screen).toEqual(asking.screen);
    const stayed = run([{ type: 'still-here' }], asking);
    expect(stayed.stillThereCheck).toBe(false);
    expect(stayed.screen).toEqual(started.screen);
  });

  it('a reset forgets every answer and escalation, starts a new session, and leaves nothing to go back to', () => {
    const review = answerThrough(run([{ type: 'set-language', language: 'es' }], started), { [safetyLinkIds[1]!]: 'yes' });
    const reset = run([{ type: 'reset', language: 'en' }], run([{ type: 'idle' }], review));
    expect(reset).toEqual(initialFlowState('en', review.session + 1));
    expect(run([{ type: 'back' }], reset).screen.name).toBe('attract');
    expect(run([{ type: 'edit', linkId: 'where' }], reset).screen.name).toBe('attract');
    expect(run([{ type: 'continue-after-alert' }, { type: 'finish' }, { type: 'next' }], reset).screen.name).toBe('attract');
  });

  it('ignores events that do not belong to the screen', () => {
    const attract = initialFlowState('en');
    for (const event of [
      { type: 'accept-privacy' },
      { type: 'next' },
      { type: 'finish' },
      { type: 'continue-after-alert' },
      { type: 'answer', linkId: 'where', value: ['neck'] },
    ] as const) {
      expect(machine.reduce(attract, event)).toBe(attract);
    }
    expect(run([{ type: 'answer', linkId: 'frequency', value: 'daily' }], started).answers).toEqual({});
  });
});
