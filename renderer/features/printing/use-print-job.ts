import { useCallback, useEffect, useRef, useState } from 'react';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { IpcErrorCode } from '../../../shared/ipc/ipc-result.ts';
import type { Answers, Language } from '../../../shared/questionnaire/questionnaire-types.ts';

export type PrintPhase =
  | { readonly phase: 'idle' }
  | { readonly phase: 'declined' }
  | { readonly phase: 'printing'; readonly jobId: string | null }
  | { readonly phase: 'done' }
  | { readonly phase: 'failed'; readonly code: IpcErrorCode | 'stuck' };

const pollMs = 400;

/**
 * Submits the summary and follows the job until the printer is done or has failed. The answers
 * stay in the flow's memory the whole time, so "Try again" resubmits the same summary.
 */
export function usePrintJob(bridge: BridgeApi, answers: Answers, language: Language) {
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
    setState({ phase: 'printing', jobId: null });
    const submitted = await bridge.printSubmit({ answers, language });
    if (!current()) return;
    if (!submitted.ok) return setState({ phase: 'failed', code: submitted.error.code });
    const { jobId } = submitted.value;
    setState({ phase: 'printing', jobId });
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      if (!current()) return;
      const status = await bridge.printStatus({ jobId });
      if (!current()) return;
      if (!status.ok) return setState({ phase: 'failed', code: status.error.code });
      if (status.value.state === 'done') return setState({ phase: 'done' });
      if (status.value.state === 'failed') return setState({ phase: 'failed', code: 'print-failed' });
      if (status.value.state === 'stuck') return setState({ phase: 'failed', code: 'stuck' });
    }
  }, [bridge, answers, language]);

  const decline = useCallback(() => setState({ phase: 'declined' }), []);
  return { state, print, decline };
}
