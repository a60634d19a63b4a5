import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import './front-desk-alert.css';

/**
 * Shown at once after a red-flag answer. The first thing is help where the patient is: staff are
 * being told (the kiosk prints an urgent slip by itself), so stay or go to the desk if you can.
 * Going on with the questions is the secondary action.
 */
export function FrontDeskAlertScreen(props: { header: React.ReactNode; slip: 'none' | 'printing' | 'printed' | 'failed'; onContinue: () => void }) {
  const { t } = useTranslation();
  const title = useRef<HTMLHeadingElement>(null);
  // Screen readers land on the message itself, not on whatever was focused before.
  useEffect(() => title.current?.focus(), []);
  return (
    <ScreenLayout
      labelledBy="alert-title"
      tone="alert"
      header={props.header}
      footer={
        <button type="button" className="button button--secondary" onClick={props.onContinue} data-testid="alert-continue">
          {t('alert.continue')}
        </button>
      }
    >
      <div className="alert-panel" role="alert" data-slip={props.slip}>
        <svg className="alert-panel__icon" viewBox="0 0 96 96" aria-hidden="true" focusable="false">
          <circle cx="48" cy="48" r="46" />
          <path d="M48 22v32" />
          <circle cx="48" cy="70" r="5" />
        </svg>
        <h1 id="alert-title" ref={title} tabIndex={-1} data-speak>
          {t('alert.title')}
        </h1>
        {props.slip === 'failed' ? (
          <p className="alert__failed" data-speak data-testid="alert-slip-failed">
            {t('alert.slipFailed')}
          </p>
        ) : (
          <>
            <p className="lead" data-speak>
              {t('alert.body')}
            </p>
            <p className="alert__note" data-speak>
              {t('alert.wave')}
            </p>
          </>
        )}
      </div>
    </ScreenLayout>
  );
}
