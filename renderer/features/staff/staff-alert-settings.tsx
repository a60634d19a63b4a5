import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/questionnaire/questionnaire-types.ts';
import type { KioskSettingKey } from '../../../shared/settings/kiosk-settings.ts';
import type { SettingsPatch, StaffSettingsView } from '../../../shared/staff/staff-schemas.ts';
import { TextEntryDialog } from './on-screen-keyboard.tsx';
import { languageNames } from './setting-rows.tsx';
import { ChoiceSettingRow, TextSettingRow } from './setting-rows.tsx';

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

  return (
    <section className="staff-panel" aria-labelledby="staff-alert-settings-title" data-testid="alert-settings">
      <h2 id="staff-alert-settings-title">{t('staff.alerts.settingsTitle')}</h2>
      {(['kioskName', 'emergencyNumber'] as const).map((key) => (
        <TextSettingRow key={key} setting={key} shown={settings[key]} managed={isManaged(key)} onChange={() => setEditing(key)} />
      ))}
      <ChoiceSettingRow
        setting="timeZone"
        stacked
        managed={isManaged('timeZone')}
        choices={[
          {
            key: 'computer',
            label: t('staff.settings.timeZoneComputer', { zone: computerZone }),
            selected: settings.timeZone === null,
            onChoose: () => void props.onPatch({ timeZone: null }),
          },
          ...zones.map((zone) => ({
            key: zone,
            label: zone.replace(/_/g, ' '),
            selected: settings.timeZone === zone,
            onChoose: () => void props.onPatch({ timeZone: zone }),
            data: { 'data-zone': zone },
          })),
        ]}
      />
      <ChoiceSettingRow
        setting="staffLanguage"
        managed={isManaged('staffLanguage')}
        choices={languages.map((language) => ({
          key: language,
          lang: language,
          label: languageNames[language],
          selected: settings.staffLanguage === language,
          onChoose: () => void props.onPatch({ staffLanguage: language }),
        }))}
      />
      <ChoiceSettingRow
        setting="attentionChime"
        managed={isManaged('attentionChime')}
        choices={([true, false] as const).map((on) => ({
          key: String(on),
          label: t(on ? 'staff.settings.on' : 'staff.settings.off'),
          selected: settings.attentionChime === on,
          onChoose: () => void props.onPatch({ attentionChime: on }),
        }))}
      />
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
