import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CountdownRing } from '../../components/countdown-ring.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { useCountdown } from '../../components/use-countdown.ts';

/**
 * "Are you still there?" with a visible countdown; at zero the whole session is wiped. Escape
 * means "I'm still here": a key press proves someone is at the kiosk, and staying wipes nothing.
 */
export function StillThereDialog(props: { seconds: number; onStay: () => void; onTimeout: () => void }) {
  const { t } = useTranslation();
  const left = useCountdown(props.seconds, props.onTimeout);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <ModalDialog alert labelledBy="idle-title" describedBy="idle-body" onCancel={props.onStay}>
      <h2 id="idle-title">{t('idle.title')}</h2>
      <CountdownRing left={left} total={props.seconds} testId="idle-seconds" />
      <p id="idle-body" className="lead">
        {t('idle.body', { seconds: left })}
      </p>
      <button ref={stay} type="button" className="button button--primary button--huge" onClick={props.onStay}>
        {t('idle.stay')}
      </button>
    </ModalDialog>
  );
}
