import { useTranslation } from 'react-i18next';
import './front-desk-alert.css';

/**
 * A large, high-contrast band across the top of every patient screen while a red flag waits for
 * staff: readable from the desk. Staff tap it to acknowledge (with their PIN). When the urgent
 * slip could not print, it tells the patient to wave to staff or ask someone nearby. Behind the
 * "Are you still there?" dialog it is inert like the rest of the screen (the dialog is modal).
 */
export function StaffNeededBand(props: { slip: 'none' | 'printing' | 'printed' | 'failed'; chime: 'played' | 'off' | 'silent'; onStaff: () => void }) {
  const { t } = useTranslation();
  return (
    <aside className="staff-band" aria-labelledby="staff-band-title" data-testid="staff-needed-band" data-slip={props.slip} data-chime={props.chime}>
      <div className="staff-band__text">
        <p id="staff-band-title" className="staff-band__title">
          {t('alert.band')}
        </p>
        {props.slip === 'failed' ? (
          <p className="staff-band__failed" role="alert" data-testid="slip-failed">
            {t('alert.slipFailed')}
          </p>
        ) : null}
      </div>
      <button type="button" className="staff-band__button" onClick={props.onStaff}>
        {t('alert.bandButton')}
      </button>
    </aside>
  );
}
