import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../components/screen-layout.tsx';

/** Calm words, unmissable look: one solid red panel, shown at once after a red-flag answer; then the patient may go on. */
export function FrontDeskAlertScreen(props: { header: React.ReactNode; onContinue: () => void }) {
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
        <button type="button" className="button button--primary" onClick={props.onContinue}>
          {t('alert.continue')}
        </button>
      }
    >
      <div className="alert-panel" role="alert">
        <svg className="alert-panel__icon" viewBox="0 0 96 96" aria-hidden="true" focusable="false">
          <circle cx="48" cy="48" r="46" />
          <path d="M48 22v32" />
          <circle cx="48" cy="70" r="5" />
        </svg>
        <h1 id="alert-title" ref={title} tabIndex={-1} data-speak>
          {t('alert.title')}
        </h1>
        <p className="lead" data-speak>
          {t('alert.body')}
        </p>
      </div>
    </ScreenLayout>
  );
}
