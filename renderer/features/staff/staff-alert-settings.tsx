import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import type { KioskSettingKey } from '../../../shared/settings/kiosk-settings.ts';
import type { SettingsPatch, StaffSettingsView } from '../../../shared/staff/staff-schemas.ts';
import { TextEntryDialog } from './on-screen-keyboard.tsx';
import { ManagedNote } from './staff-settings-panel.tsx';

const languageNames: Record<Language, string> = { en: 'English', es: 'Español' };

/** US and territory zones offered on the kiosk; IT can set any IANA zone in the provisioning file. */
const offeredTimeZones = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
] as const;

/** Red-flag escalation settings: kiosk name, emergency number, time zone, staff language, chime. */
export function StaffAlertSettings(props: { view: StaffSettingsView; onPatch: (patch: SettingsPatch) => Promise<boolean> }) {
  const { t } = useTranslation();
  const { settings, managed } = props.view;
  const [editing, setEditing] = useState<'kioskName' | 'emergencyNumber' | null>(null);
  const isManaged = (key: KioskSettingKey) => managed.includes(key);
  const computerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones =
    settings.timeZone && !(offeredTimeZones as readonly string[]).includes(settings.timeZone) ? [...offeredTimeZones, settings.timeZone] : offeredTimeZones;

  const textRow = (key: 'kioskName' | 'emergencyNumber') => (
    <div className="staff-row" data-setting={key}>
      <div className="staff-row__label">
        <span>{t(`staff.settings.${key}`)}</span>
        <ManagedNote managed={isManaged(key)} />
      </div>
      <div className="staff-row__value" data-testid={`value-${key}`}>
        {settings[key]}
      </div>
      <button type="button" className="button button--secondary" disabled={isManaged(key)} onClick={() => setEditing(key)}>
        {t('staff.settings.change')}
      </button>
    </div>
  );

  return (
    <section className="staff-panel" aria-labelledby="staff-alert-settings-title" data-testid="alert-settings">
      <h2 id="staff-alert-settings-title">{t('staff.alerts.settingsTitle')}</h2>
      {textRow('kioskName')}
      {textRow('emergencyNumber')}
      <div className="staff-row staff-row--stacked" data-setting="timeZone">
        <div className="staff-row__label">
          <span id="time-zone-label">{t('staff.settings.timeZone')}</span>
          <ManagedNote managed={isManaged('timeZone')} />
        </div>
        <div className="staff-choices" role="group" aria-labelledby="time-zone-label">
          <button
            type="button"
            className="chip"
            aria-pressed={settings.timeZone === null}
            disabled={isManaged('timeZone')}
            onClick={() => void props.onPatch({ timeZone: null })}
          >
            {t('staff.settings.timeZoneComputer', { zone: computerZone })}
          </button>
          {zones.map((zone) => (
            <button
              key={zone}
              type="button"
              className="chip"
              data-zone={zone}
              aria-pressed={settings.timeZone === zone}
              disabled={isManaged('timeZone')}
              onClick={() => void props.onPatch({ timeZone: zone })}
            >
              {zone.replace(/_/g, ' ')}
            </button>
          ))}
        </div>
      </div>
      <div className="staff-row" data-setting="staffLanguage">
        <div className="staff-row__label">
          <span id="staff-language-label">{t('staff.settings.staffLanguage')}</span>
          <ManagedNote managed={isManaged('staffLanguage')} />
        </div>
        <div className="staff-choices" role="group" aria-labelledby="staff-language-label">
          {languages.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              className="chip"
              aria-pressed={settings.staffLanguage === language}
              disabled={isManaged('staffLanguage')}
              onClick={() => void props.onPatch({ staffLanguage: language })}
            >
              {languageNames[language]}
            </button>
          ))}
        </div>
      </div>
      <div className="staff-row" data-setting="attentionChime">
        <div className="staff-row__label">
          <span id="chime-label">{t('staff.settings.attentionChime')}</span>
          <ManagedNote managed={isManaged('attentionChime')} />
        </div>
        <div className="staff-choices" role="group" aria-labelledby="chime-label">
          {([true, false] as const).map((on) => (
            <button
              key={String(on)}
              type="button"
              className="chip"
              aria-pressed={settings.attentionChime === on}
              disabled={isManaged('attentionChime')}
              onClick={() => void props.onPatch({ attentionChime: on })}
            >
              {t(on ? 'staff.settings.on' : 'staff.settings.off')}
            </button>
          ))}
        </div>
      </div>
      {editing ? (
        <TextEntryDialog
          label={t(`staff.settings.${editing}`)}
          initial={settings[editing]}
          maxLength={editing === 'kioskName' ? 40 : 20}
          layout={editing === 'kioskName' ? 'text' : 'phone'}
          onCancel={() => setEditing(null)}
          onSave={(value) => {
            void props.onPatch({ [editing]: value }).then((saved) => saved && setEditing(null));
          }}
        />
      ) : null}
    </section>
  );
}
