import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../components/screen-layout.tsx';

/** The welcome: what this is, one huge "Touch to start", and every language at once. */
export function AttractScreen(props: { header: React.ReactNode; languageSwitch: React.ReactNode; onStart: () => void }) {
  const { t } = useTranslation();
  return (
    <ScreenLayout labelledBy="attract-title" header={props.header}>
      <div className="attract">
        <svg className="attract__art" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle cx="60" cy="60" r="58" className="attract__art-disc" />
          {[30, 44, 58, 72, 86].map((y) => (
            <rect key={y} x="48" y={y - 5} width="24" height="10" rx="5" className="attract__art-bone" />
          ))}
          <path d="M60 18v84" className="attract__art-line" />
        </svg>
        <h1 id="attract-title" data-speak>
          {t('attract.title')}
        </h1>
        <p className="lead" data-speak>
          {t('attract.body')}
        </p>
        <button type="button" className="button button--primary button--huge attract__start" onClick={props.onStart}>
          {t('attract.start')}
        </button>
        <div className="attract__languages">{props.languageSwitch}</div>
      </div>
    </ScreenLayout>
  );
}
