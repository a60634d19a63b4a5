import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAlert } from '../../../shared/ipc/ipc-contract.ts';
import { staffErrorKey, type StaffApi } from './staff-api.ts';

/**
 * Red-flag alerts staff have not acknowledged yet, a failed urgent slip first and loudest: it
 * stays here until staff acknowledge it. Times and printers only; never the flags or answers.
 * Acknowledge covers the alerts shown, never one raised since.
 */
export function StaffAlertsPanel(props: {
  api: StaffApi;
  onNotice: (notice: { tone: 'ok' | 'error'; text: string }) => void;
  /** After a successful acknowledgement (the band's review closes then). */
  onAcknowledged?: () => void;
}) {
  const { api, onNotice, onAcknowledged } = props;
  const { t, i18n } = useTranslation();
  const [alerts, setAlerts] = useState<StaffAlert[] | null>(null);
  const refresh = useCallback(async () => {
    const result = await api.listAlerts();
    if (result.ok) setAlerts(result.value.alerts);
  }, [api]);
  useEffect(() => void refresh(), [refresh]);

  if (!alerts || alerts.length === 0) {
    return alerts ? (
      <p className="hint" data-testid="alerts-none">
        {t('staff.alerts.none')}
      </p>
    ) : null;
  }
  const anyFailed = alerts.some((alert) => alert.state === 'failed');
  const acknowledge = async () => {
    const result = await api.acknowledgeAlerts(alerts.map((alert) => alert.alertId));
    onNotice(result.ok ? { tone: 'ok', text: t('staff.alerts.acknowledged') } : { tone: 'error', text: t(staffErrorKey(result.error)) });
    await refresh();
    if (result.ok) onAcknowledged?.();
  };
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language === 'es' ? 'es-US' : 'en-US', { timeStyle: 'short' }).format(new Date(iso));
  return (
    <div
      className={`staff-card${anyFailed ? ' staff-card--warning' : ''}`}
      role={anyFailed ? 'alert' : undefined}
      data-testid="staff-alerts"
      data-failed={anyFailed}
    >
      <h3>{t('staff.alerts.title')}</h3>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.alertId} data-alert-state={alert.state}>
            <strong>{t(`staff.alerts.state.${alert.state}`)}</strong> {t('staff.alerts.raisedAt', { time: time(alert.raisedAt) })}
            {alert.printer ? ` · ${t('staff.alerts.printer', { printer: alert.printer })}` : ''}
            {alert.reason ? ` · ${alert.reason}` : ''}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={() => void acknowledge()} data-testid="acknowledge-alerts">
        {t('staff.alerts.acknowledge')}
      </button>
    </div>
  );
}
