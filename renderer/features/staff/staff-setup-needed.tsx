import { useTranslation } from 'react-i18next';

/**
 * The locked kiosk when no staff PIN is known (a new install, an unreadable staff file, a
 * provisioning file without a usable PIN hash): patients and staff alike are told to call IT.
 * It never offers a PIN setup; where IT allowed one, it hides behind the staff entry.
 */
export function StaffSetupNeeded() {
  const { t } = useTranslation();
  return (
    <main className="screen" aria-labelledby="setup-needed-title" data-staff-screen="setup-needed">
      <div className="screen__body">
        <h1 id="setup-needed-title">{t('staff.setupNeeded.title')}</h1>
        <p className="lead" role="status">
          {t('staff.setupNeeded.body')}
        </p>
      </div>
    </main>
  );
}

/**
 * The locked kiosk when its settings were lost (both copies unusable): the factory printer, alert
 * printer and emergency number may be wrong for this clinic, so patients are asked to see the
 * front desk, and staff to confirm the settings in staff mode (behind the usual staff entry).
 */
export function SettingsLost() {
  const { t } = useTranslation();
  return (
    <main className="screen" aria-labelledby="settings-lost-title" data-screen="settings-lost">
      <div className="screen__body">
        <h1 id="settings-lost-title">{t('staff.settingsLost.title')}</h1>
        <p className="lead" role="status">
          {t('staff.settingsLost.body')}
        </p>
        <p className="hint">{t('staff.settingsLost.staff')}</p>
      </div>
    </main>
  );
}
