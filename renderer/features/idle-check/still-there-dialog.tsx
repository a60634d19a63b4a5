import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountdown } from '../../components/use-countdown.ts';

/** "Are you still there?" with a visible countdown; at zero the whole session is wiped. */
export function StillThereDialog(props: { seconds: number; onStay: () => void; onTimeout: () => void }) {
  const { t } = useTranslation();
  const left = useCountdown(props.seconds, props.onTimeout);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  const fraction = left / props.seconds;
  return (
    <div className="overlay">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
        <h2 id="idle-title">{t('idle.title')}</h2>
        <div className="dialog__countdown" aria-hidden="true">
          <svg viewBox="0 0 120 120" focusable="false">
            <circle cx="60" cy="60" r="52" className="dialog__ring-track" />
            <circle cx="60" cy="60" r="52" className="dialog__ring" pathLength={100} strokeDasharray={`${fraction * 100} 100`} transform="rotate(-90 60 60)" />
          </svg>
          <span className="dialog__seconds" data-testid="idle-seconds">
            {left}
          </span>
        </div>
        <p id="idle-body" className="lead">
          {t('idle.body', { seconds: left })}
        </p>
        <button ref={stay} type="button" className="button button--primary button--huge" onClick={props.onStay}>
          {t('idle.stay')}
        </button>
      </div>
    </div>
  );
}
