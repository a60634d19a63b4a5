import { useTranslation } from 'react-i18next';
import { CountdownRing } from '../../components/countdown-ring.tsx';
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
        <svg className="thanks__art" viewBox="0 0 96 96" aria-hidden="true" focusable="false">
          <circle cx="48" cy="48" r="44" />
          <path d="M28 50l13 13 27-29" />
        </svg>
        <h1 id="thanks-title" data-speak>
          {t('thanks.title')}
        </h1>
        <p className="lead" data-speak>
          {t('thanks.body')}
        </p>
        <p className="countdown" data-testid="countdown">
          <CountdownRing left={left} total={props.seconds} />
          <span className="countdown__text">{t('thanks.countdown', { seconds: left })}</span>
        </p>
      </div>
    </ScreenLayout>
  );
}
