import type { RaisedFlag } from '../../../shared/assessment/assessment-types.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { Answers, Language } from '../../../shared/questionnaire/questionnaire-types.ts';

/** What went wrong, as the patient screen explains it. */
export const printProblems = ['printer-unavailable', 'printer-not-found', 'print-system-down', 'stuck', 'print-failed'] as const;
export type PrintProblem = (typeof printProblems)[number];

export type PrintPhase =
  | { readonly phase: 'idle' }
  | { readonly phase: 'declined' }
  /** sending: the summary is being laid out and handed over; queued: the printer has it but has not started. */
  | { readonly phase: 'printing'; readonly step: 'sending' | 'queued' | 'printing'; readonly jobId: string | null }
  | { readonly phase: 'done' }
  | { readonly phase: 'failed'; readonly problem: PrintProblem };

const pollMs = 400;

function asProblem(code: string): PrintProblem {
  return (printProblems as readonly string[]).includes(code) ? (code as PrintProblem) : 'print-failed';
}

/**
 * Submits the summary and follows the job until the printer is done or has failed. The answers
 * stay in the flow's memory the whole time, so "Try again" resubmits the same summary.
 */
export function usePrintJob(bridge: BridgeApi, answers: Answers, language: Language, raisedFlags: readonly RaisedFlag[]) {
  const [state, setState] = useState<PrintPhase>({ phase: 'idle' });
  const alive = useRef(true);
  const attempt = useRef(0);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const print = useCallback(async () => {
    const mine = ++attempt.current;
    const current = () => alive.current && attempt.current === mine;
    setState({ phase: 'printing', step: 'sending', jobId: null });
    const submitted = await bridge.printSubmit({ answers, language, raisedFlags: [...raisedFlags] });
    if (!current()) return;
    if (!submitted.ok) return setState({ phase: 'failed', problem: asProblem(submitted.error.code) });
    const { jobId } = submitted.value;
    setState({ phase: 'printing', step: 'queued', jobId });
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      if (!current()) return;
      const status = await bridge.printStatus({ jobId });
      if (!current()) return;
      if (!status.ok) return setState({ phase: 'failed', problem: asProblem(status.error.code) });
      const { state: jobState } = status.value;
      if (jobState === 'done') return setState({ phase: 'done' });
      if (jobState === 'failed') return setState({ phase: 'failed', problem: asProblem(status.value.failure ?? 'print-failed') });
      if (jobState === 'stuck') return setState({ phase: 'failed', problem: 'stuck' });
      setState({ phase: 'printing', step: jobState, jobId });
    }
  }, [bridge, answers, language, raisedFlags]);

  const decline = useCallback(() => setState({ phase: 'declined' }), []);
  return { state, print, decline };
}
