import { describe, expect, it } from 'vitest';
import { createPatientFlowMachine, initialFlowState, type FlowEvent, type FlowState } from '../../../../renderer/app/patient-flow/patient-flow-machine.ts';
import { startTally, tallySession, type SessionTally } from '../../../../renderer/app/patient-flow/session-tally.ts';
import { backtalkQuestionnaire, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { SessionEvent } from '../../../../shared/ipc/session-events.ts';

const machine = createPatientFlowMachine(backtalkQuestionnaire);

/** Plays events through the real machine and records what the app would count after each one. */
function countsFor(events: readonly FlowEvent[], from: FlowState = initialFlowState('en')): { state: FlowState; recorded: SessionEvent[] } {
  let state = from;
  let tally: SessionTally = startTally(state);
  const recorded: SessionEvent[] = [];
  for (const event of events) {
    state = machine.reduce(state, event);
    const step = tallySession(tally, state);
    tally = step.tally;
    recorded.push(...step.events);
  }
  return { state, recorded };
}

/** Answers every page calmly ("no" to the screening, a body region) and goes on to review. */
function toReview(): FlowEvent[] {
  const events: FlowEvent[] = [{ type: 'start' }, { type: 'accept-privacy' }];
  let state = events.reduce((s, e) => machine.reduce(s, e), initialFlowState('en'));
  for (let step = 0; step < 60 && state.screen.name === 'question'; step++) {
    for (const item of machine.currentPage(state)!.items) {
      const value = item.linkId === 'risk-onset-age' ? '20-50' : item.required ? 'no' : item.kind === 'body-regions' ? ['neck'] : undefined;
      if (value !== undefined) events.push({ type: 'answer', linkId: item.linkId, value });
    }
    events.push({ type: 'next' });
    state = events.reduce((s, e) => machine.reduce(s, e), initialFlowState('en'));
  }
  return events;
}

describe('session tally (the front desk counts)', () => {
  it('counts a check-in started once past the privacy note, and finished once at the result', () => {
    const { state, recorded } = countsFor([...toReview(), { type: 'next' }, { type: 'finish' }]);
    expect(state.screen.name).toBe('thank-you');
    expect(recorded).toEqual(['started', 'finished']);
  });

  it('counts nothing for a patient who reads the privacy note and goes back', () => {
    expect(countsFor([{ type: 'start' }, { type: 'back' }, { type: 'start' }, { type: 'back' }]).recorded).toEqual([]);
  });

  it('counts "started" once even when the patient goes back to the privacy note and on again', () => {
    const { recorded } = countsFor([{ type: 'start' }, { type: 'accept-privacy' }, { type: 'back' }, { type: 'accept-privacy' }]);
    expect(recorded).toEqual(['started']);
  });

  it('counts "finished" once even when the patient goes back from the result to review and on again', () => {
    const { recorded } = countsFor([...toReview(), { type: 'next' }, { type: 'back' }, { type: 'next' }]);
    expect(recorded).toEqual(['started', 'finished']);
  });

  it('counts a red flag when it is raised, though the patient walks away before the alert shows', () => {
    const { recorded } = countsFor([
      { type: 'start' },
      { type: 'accept-privacy' },
      { type: 'answer', linkId: safetyLinkIds[0]!, value: 'yes' },
      { type: 'idle' },
      { type: 'reset', language: 'en' },
    ]);
    expect(recorded).toEqual(['started', 'red-flag']);
  });

  it('counts each red flag raised, once, however the answer changes after', () => {
    const [first, second] = safetyLinkIds;
    const { recorded } = countsFor([
      { type: 'start' },
      { type: 'accept-privacy' },
      { type: 'answer', linkId: first!, value: 'yes' },
      { type: 'next' },
      { type: 'continue-after-alert' },
      { type: 'answer', linkId: second!, value: 'unsure' },
      { type: 'answer', linkId: second!, value: 'no' },
      { type: 'answer', linkId: second!, value: 'yes' },
      { type: 'next' },
    ]);
    expect(recorded).toEqual(['started', 'red-flag', 'red-flag']);
  });

  it('starts afresh after a reset: the next patient is counted too', () => {
    const first = countsFor([{ type: 'start' }, { type: 'accept-privacy' }, { type: 'reset', language: 'en' }, { type: 'start' }, { type: 'accept-privacy' }]);
    expect(first.recorded).toEqual(['started', 'started']);
  });

  it('counts nothing for a change that is not a move (a language, the still-there check)', () => {
    const { recorded } = countsFor([{ type: 'set-language', language: 'es' }, { type: 'start' }, { type: 'idle' }, { type: 'still-here' }]);
    expect(recorded).toEqual([]);
  });
});
