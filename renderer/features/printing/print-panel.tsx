import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { Answers, Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import type { PrintMode } from '../../../shared/settings/kiosk-settings.ts';
import { usePrintJob } from './use-print-job.ts';

/** Print progress and outcome, shown above the summary so the summary is never out of sight. */
export function PrintPanel(props: { bridge: BridgeApi; answers: Answers; language: Language; mode: PrintMode }) {
  const { t } = useTranslation();
  const { state, print, decline } = usePrintJob(props.bridge, props.answers, props.language);
  const [askedDesk, setAskedDesk] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (props.mode === 'auto' && !started.current) {
      started.current = true;
      void print();
    }
  }, [props.mode, print]);

  return (
    <section className={`print-panel print-panel--${state.phase}`} aria-live="polite" data-print-phase={state.phase}>
      {state.phase === 'idle' ? (
        <div className="print-panel__actions">
          <button type="button" className="button button--primary" onClick={() => void print()}>
            {t('result.print')}
          </button>
          <button type="button" className="button button--secondary" onClick={decline}>
            {t('result.dontPrint')}
          </button>
        </div>
      ) : null}
      {state.phase === 'declined' ? (
        <div className="print-panel__row">
          <p>{t('print.notPrinted')}</p>
          <button type="button" className="button button--secondary" onClick={() => void print()}>
            {t('result.print')}
          </button>
        </div>
      ) : null}
      {state.phase === 'printing' ? (
        <p className="print-panel__status" role="status">
          <span className="spinner" aria-hidden="true" /> {t('print.printing')}
        </p>
      ) : null}
      {state.phase === 'done' ? (
        <div role="status">
          <p className="print-panel__status">{t('print.done')}</p>
          <p>{t('print.doneHint')}</p>
        </div>
      ) : null}
      {state.phase === 'failed' ? (
        <div role="alert" data-error-code={state.code}>
          <p className="print-panel__status">{t('print.failed')}</p>
          <p>{askedDesk ? t('print.askDeskHint') : t('print.failedHint')}</p>
          <div className="print-panel__actions">
            <button type="button" className="button button--primary" onClick={() => void print()}>
              {t('print.retry')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAskedDesk(true)}>
              {t('print.askDesk')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
