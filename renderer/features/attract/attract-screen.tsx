import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../components/screen-layout.tsx';

export function AttractScreen(props: { clinicName: string; languageSwitch: React.ReactNode; onStart: () => void }) {
  const { t } = useTranslation();
  return (
    <ScreenLayout labelledBy="attract-title" header={<span className="clinic-name">{props.clinicName}</span>}>
      <div className="attract">
        <h1 id="attract-title">{t('attract.title')}</h1>
        <p className="lead">{t('attract.body')}</p>
        <button type="button" className="button button--primary button--huge" onClick={props.onStart}>
          {t('attract.start')}
        </button>
        <div className="attract__languages">{props.languageSwitch}</div>
      </div>
    </ScreenLayout>
  );
}
