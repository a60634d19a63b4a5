import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { StaffSession } from '../../../shared/staff/staff-schemas.ts';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { StaffAlertsPanel } from './staff-alerts-panel.tsx';
import { createStaffApi } from './staff-api.ts';

/**
 * Staff tapped the "Staff needed" band and more than one alert waits: some may be from an earlier
 * patient, so each is shown (time, slip state) before staff acknowledge them, rather than the one
 * PIN clearing alerts nobody has seen. Over the patient's screen: their session goes on after.
 */
export function AlertsReviewDialog(props: { bridge: BridgeApi; session: StaffSession; onDone: () => void }) {
  const { t } = useTranslation();
  const { bridge, session, onDone } = props;
  const api = useMemo(() => createStaffApi(bridge, session.staffToken, onDone), [bridge, session.staffToken, onDone]);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  return (
    <ModalDialog
      className="staff-dialog staff-dialog--wide alerts-review"
      labelledBy="alerts-review-title"
      describedBy="alerts-review-hint"
      testId="alerts-review"
      onCancel={onDone}
    >
      <h2 id="alerts-review-title">{t('staff.alerts.reviewTitle')}</h2>
      <p id="alerts-review-hint" className="hint">
        {t('staff.alerts.reviewHint')}
      </p>
      <p className="staff-notice" role="status" data-tone={notice?.tone}>
        {notice?.text ?? ''}
      </p>
      <StaffAlertsPanel api={api} onNotice={setNotice} onAcknowledged={onDone} />
      <button type="button" className="button" onClick={onDone} data-testid="alerts-review-close">
        {t('staff.alerts.notNow')}
      </button>
    </ModalDialog>
  );
}
