import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../components/screen-layout.tsx';

/** Calm but unmissable: shown at once after a red-flag answer, then the patient may go on. */
export function FrontDeskAlertScreen(props: { header: React.ReactNode; onContinue: () => void }) {
  const { t } = useTranslation();
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
      <div className="alert" role="alert">
        <span className="alert__icon" aria-hidden="true">!</span>
        <h1 id="alert-title">{t('alert.title')}</h1>
        <p className="lead">{t('alert.body')}</p>
      </div>
    </ScreenLayout>
  );
}
