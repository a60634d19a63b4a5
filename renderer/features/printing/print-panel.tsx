import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { RaisedFlag } from '../../../shared/assessment/assessment-types.ts';
import type { Answers, Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import type { PrintMode } from '../../../shared/settings/kiosk-settings.ts';
import { usePrintJob } from './use-print-job.ts';

const stepNumber = { sending: 1, queued: 2, printing: 3 } as const;

/**
 * Print progress and outcome, shown above the summary so the summary is never out of sight.
 * In "ask" mode nothing prints until the patient taps Print; "Don't print" is always allowed.
 * "auto" prints once a session: back on this screen after a print (Back to review and on again),
 * the app passes "ask", so no second sheet goes to the tray unasked.
 */
export function PrintPanel(props: {
  bridge: BridgeApi;
  answers: Answers;
  language: Language;
  mode: PrintMode;
  /** Red flags raised this session (sticky): printed even if the answer was changed. */
  raisedFlags: readonly RaisedFlag[];
  /** A red-flag sheet goes to the front desk, not to the therapist. */
  urgent: boolean;
  /** Told when a print starts, so the session prints by itself only once (see the flow machine). */
  onPrintStarted: () => void;
}) {
  const { t } = useTranslation();
  const { state, print: printJob, decline } = usePrintJob(props.bridge, props.answers, props.language, props.raisedFlags);
  const { onPrintStarted } = props;
  const print = useCallback(() => {
    onPrintStarted();
    return printJob();
  }, [onPrintStarted, printJob]);
  const [askedDesk, setAskedDesk] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (props.mode === 'auto' && !started.current) {
      started.current = true;
      void print();
    }
  }, [props.mode, print]);

  const retry = () => {
    setAskedDesk(false);
    void print();
  };

  return (
    <section className={`print-panel print-panel--${state.phase}`} aria-live="polite" data-print-phase={state.phase}>
      {state.phase === 'idle' ? (
        <>
          <p>{t('print.ask')}</p>
          <div className="print-panel__actions">
            <button type="button" className="button button--primary" onClick={() => void print()}>
              {t('print.start')}
            </button>
            <button type="button" className="button button--secondary" onClick={decline}>
              {t('print.decline')}
            </button>
          </div>
        </>
      ) : null}
      {state.phase === 'declined' ? (
        <div className="print-panel__row">
          <p>{t('print.notPrinted')}</p>
          <button type="button" className="button button--secondary" onClick={() => void print()}>
            {t('print.start')}
          </button>
        </div>
      ) : null}
      {state.phase === 'printing' ? (
        <div role="status" data-print-step={state.step}>
          <p className="print-panel__status">
            <span className="spinner" aria-hidden="true" />{' '}
            {state.step === 'sending' ? t('print.sending') : state.step === 'queued' ? t('print.waiting') : t('print.printing')}
          </p>
          <progress max={3} value={stepNumber[state.step]} aria-label={t('print.steps', { step: stepNumber[state.step] })} />
        </div>
      ) : null}
      {state.phase === 'done' ? (
        <div role="status">
          <p className="print-panel__status">{t('print.done')}</p>
          <p>{t(props.urgent ? 'print.doneHintUrgent' : 'print.doneHint')}</p>
        </div>
      ) : null}
      {state.phase === 'failed' ? (
        <div role="alert" data-print-problem={state.problem}>
          <p className="print-panel__status">{t(`print.problem.${state.problem}`)}</p>
          <p>{askedDesk ? t('print.askDeskHint') : t('print.failedHint')}</p>
          <div className="print-panel__actions">
            <button type="button" className="button button--primary" onClick={retry}>
              {t('print.retry')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAskedDesk(true)} aria-pressed={askedDesk}>
              {t('print.askDesk')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
