import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import { useCountdown } from '../../components/use-countdown.ts';

export function ThankYouScreen(props: { seconds: number; header: React.ReactNode; onDone: () => void }) {
  const { t } = useTranslation();
  const left = useCountdown(props.seconds, props.onDone);
  return (
    <ScreenLayout
      labelledBy="thanks-title"
      header={props.header}
      footer={
        <button type="button" className="button button--secondary" onClick={props.onDone}>
          {t('thanks.now')}
        </button>
      }
    >
      <div className="thanks">
        <h1 id="thanks-title">{t('thanks.title')}</h1>
        <p className="lead">{t('thanks.body')}</p>
        <p className="countdown" aria-live="polite" data-testid="countdown">
          {t('thanks.countdown', { seconds: left })}
        </p>
      </div>
    </ScreenLayout>
  );
}
