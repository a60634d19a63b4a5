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
 * Submits the summary and follows the job until the printer is done or has failed, reporting
 * each phase. Stops quietly once `isCurrent` says a newer attempt (or an unmount) took over.
 */
export async function runPrintJob(
  bridge: Pick<BridgeApi, 'printSubmit' | 'printStatus'>,
  request: Parameters<BridgeApi['printSubmit']>[0],
  report: (phase: PrintPhase) => void,
  isCurrent: () => boolean,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  report({ phase: 'printing', step: 'sending', jobId: null });
  const submitted = await bridge.printSubmit(request);
  if (!isCurrent()) return;
  if (!submitted.ok) return report({ phase: 'failed', problem: asProblem(submitted.error.code) });
  const { jobId } = submitted.value;
  report({ phase: 'printing', step: 'queued', jobId });
  for (;;) {
    await wait(pollMs);
    if (!isCurrent()) return;
    const status = await bridge.printStatus({ jobId });
    if (!isCurrent()) return;
    if (!status.ok) return report({ phase: 'failed', problem: asProblem(status.error.code) });
    const { state: jobState } = status.value;
    if (jobState === 'done') return report({ phase: 'done' });
    if (jobState === 'failed') return report({ phase: 'failed', problem: asProblem(status.value.failure ?? 'print-failed') });
    if (jobState === 'stuck') return report({ phase: 'failed', problem: 'stuck' });
    report({ phase: 'printing', step: jobState, jobId });
  }
}

/**
 * The print job as the result screen sees it. The answers stay in the flow's memory the whole
 * time, so "Try again" resubmits the same summary.
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
    await runPrintJob(bridge, { answers, language, raisedFlags: [...raisedFlags] }, setState, () => alive.current && attempt.current === mine);
  }, [bridge, answers, language, raisedFlags]);

  const decline = useCallback(() => setState({ phase: 'declined' }), []);
  return { state, print, decline };
}
