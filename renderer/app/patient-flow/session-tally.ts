/**
 * The front desk's counts for one session, from the screens the flow moves through: numbers
 * only, never an answer. Pure, beside the flow machine, so the rules are tested without a browser:
 * - started: the patient went past the privacy note (once a session, even after Back to it)
 * - finished: review → result (once a session, even after Back to review and on again)
 * - red-flag: each red flag raised, when it is raised (the answer is given), whether or not the
 *   patient stays to see the front-desk alert
 * "timed-out" is not a screen change: the still-there check records it when it runs out.
 */
import type { SessionEvent } from '../../../shared/ipc/session-events.ts';
import type { FlowState, Screen } from './patient-flow-machine.ts';

export interface SessionTally {
  readonly session: number;
  readonly screen: Screen['name'];
  /** The once-a-session events already recorded this session. */
  readonly recorded: readonly SessionEvent[];
  /** How many red flags this session has raised so far. */
  readonly raised: number;
}

export function startTally(state: FlowState): SessionTally {
  return { session: state.session, screen: state.screen.name, recorded: [], raised: state.raised.length };
}

/** What to record now that the flow is in `state`, and the tally to keep for next time. */
export function tallySession(tally: SessionTally, state: FlowState): { readonly tally: SessionTally; readonly events: readonly SessionEvent[] } {
  const sameSession = tally.session === state.session;
  // A new session starts on the attract screen with nothing recorded.
  const from = sameSession ? tally.screen : 'attract';
  const recorded = sameSession ? tally.recorded : [];
  const raisedBefore = sameSession ? tally.raised : 0;
  const to = state.screen.name;
  const events: SessionEvent[] = [];
  if (from !== to) {
    if (from === 'privacy' && to !== 'attract' && !recorded.includes('started')) events.push('started');
    if (from === 'review' && to === 'result' && !recorded.includes('finished')) events.push('finished');
  }
  const once = [...events];
  for (let flag = raisedBefore; flag < state.raised.length; flag++) events.push('red-flag');
  return { tally: { session: state.session, screen: to, recorded: [...recorded, ...once], raised: state.raised.length }, events };
}
