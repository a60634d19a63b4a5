import { useTranslation } from 'react-i18next';
import type { GuidanceLevel } from '../../../shared/assessment/assessment-types.ts';
import { CountdownRing } from '../../components/countdown-ring.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import { useCountdown } from '../../components/use-countdown.ts';

/** The ending matches the level: a red flag sends the patient to the desk now, never to a seat. */
const endingKeys = {
  'tell-front-desk-now': { title: 'thanks.urgentTitle', body: 'thanks.urgentBody' },
  'discuss-with-therapist': { title: 'thanks.title', body: 'thanks.discussBody' },
  'common-harmless': { title: 'thanks.title', body: 'thanks.body' },
} as const satisfies Record<GuidanceLevel, { title: string; body: string }>;

export function ThankYouScreen(props: { seconds: number; level: GuidanceLevel; header: React.ReactNode; onDone: () => void }) {
  const { t } = useTranslation();
  const left = useCountdown(props.seconds, props.onDone);
  const keys = endingKeys[props.level];
  return (
    <ScreenLayout
      labelledBy="thanks-title"
      tone={props.level === 'tell-front-desk-now' ? 'alert' : 'calm'}
      header={props.header}
      footer={
        <button type="button" className="button button--secondary" onClick={props.onDone}>
          {t('thanks.now')}
        </button>
      }
    >
      <div className="thanks" data-level={props.level}>
        <svg className="thanks__art" viewBox="0 0 96 96" aria-hidden="true" focusable="false">
          <circle cx="48" cy="48" r="44" />
          <path d="M28 50l13 13 27-29" />
        </svg>
        <h1 id="thanks-title" data-speak>
          {t(keys.title)}
        </h1>
        <p className="lead" data-speak>
          {t(keys.body)}
        </p>
        <p className="countdown" data-testid="countdown">
          <CountdownRing left={left} total={props.seconds} />
          <span className="countdown__text">{t('thanks.countdown', { seconds: left })}</span>
        </p>
      </div>
    </ScreenLayout>
  );
}
