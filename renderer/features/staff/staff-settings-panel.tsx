import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { printModes, type KioskSettingKey, type KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import type { SettingsPatch, SettingsProblem, StaffSettingsView } from '../../../shared/staff/staff-schemas.ts';
import { TextEntryDialog } from './on-screen-keyboard.tsx';
import { ChoiceSettingRow, languageNames, StepperSettingRow, TextSettingRow } from './setting-rows.tsx';

type SecondsKey = 'idleSeconds' | 'idleCountdownSeconds' | 'thankYouSeconds';
/** Steps and bounds match the settings schema in shared/settings. */
const secondsControls: ReadonlyArray<{ key: SecondsKey; step: number; min: number; max: number }> = [
  { key: 'idleSeconds', step: 15, min: 15, max: 900 },
  { key: 'idleCountdownSeconds', step: 5, min: 5, max: 120 },
  { key: 'thankYouSeconds', step: 5, min: 5, max: 120 },
];

/**
 * What went wrong with the settings files. When both copies of the settings were lost, the kiosk
 * stays closed to patients until staff confirm the factory settings (`onConfirmDefaults`).
 */
export function SettingsProblems(props: { problems: readonly SettingsProblem[]; settingsLost?: boolean; onConfirmDefaults?: () => void }) {
  const { t } = useTranslation();
  if (props.problems.length === 0) return null;
  return (
    <div className="staff-card staff-card--warning" role="alert" data-testid="settings-problems">
      <h3>{t('staff.settings.problemsTitle')}</h3>
      <ul>
        {props.problems.map((problem) => (
          <li key={`${problem.source}-${problem.file}`}>
            {t('staff.settings.problem', {
              file: problem.file,
              what: t(`staff.settings.problemKind.${problem.kind}`, { fields: problem.fields.join(', ') }),
              recovery: t(`staff.settings.recovery.${problem.recovery}`),
            })}
            {problem.details && problem.details.length > 0 ? (
              <ul data-testid="settings-problem-details">
                {problem.details.map((detail) => (
                  <li key={detail.field}>
                    <code>{detail.field}</code>: {detail.reason}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {props.settingsLost && props.onConfirmDefaults ? (
        <>
          <p>{t('staff.settings.confirmDefaultsHint')}</p>
          <button type="button" className="button button--primary" onClick={props.onConfirmDefaults} data-testid="confirm-settings">
            {t('staff.settings.confirmDefaults')}
          </button>
        </>
      ) : null}
    </div>
  );
}

export function StaffSettingsPanel(props: { view: StaffSettingsView; onPatch: (patch: SettingsPatch) => Promise<boolean> }) {
  const { t } = useTranslation();
  const { settings, managed } = props.view;
  const [editing, setEditing] = useState<'clinicName' | 'clinicPhone' | null>(null);
  const isManaged = (key: KioskSettingKey) => managed.includes(key);

  const toggleLanguage = (language: Language) => {
    const offered = settings.languages.includes(language)
      ? settings.languages.filter((l) => l !== language)
      : languages.filter((l) => l === language || settings.languages.includes(l));
    if (offered.length === 0) return;
    const patch: SettingsPatch = { languages: offered };
    if (!offered.includes(settings.defaultLanguage) && !isManaged('defaultLanguage')) patch.defaultLanguage = offered[0];
    void props.onPatch(patch);
  };

  return (
    <section className="staff-panel" aria-labelledby="staff-settings-title">
      <h2 id="staff-settings-title">{t('staff.tabs.settings')}</h2>
      <SettingsProblems problems={props.view.problems} />
      {props.view.provisionFile ? <p className="hint">{t('staff.settings.provisioned', { file: props.view.provisionFile })}</p> : null}
      <TextSettingRow setting="clinicName" shown={settings.clinicName} managed={isManaged('clinicName')} onChange={() => setEditing('clinicName')} />
      <TextSettingRow
        setting="clinicPhone"
        shown={settings.clinicPhone || t('staff.settings.noPhone')}
        managed={isManaged('clinicPhone')}
        onChange={() => setEditing('clinicPhone')}
      />
      <ChoiceSettingRow
        setting="languages"
        managed={isManaged('languages')}
        choices={languages.map((language) => ({
          key: language,
          lang: language,
          label: languageNames[language],
          selected: settings.languages.includes(language),
          onChoose: () => toggleLanguage(language),
        }))}
      />
      <ChoiceSettingRow
        setting="defaultLanguage"
        managed={isManaged('defaultLanguage')}
        choices={settings.languages.map((language) => ({
          key: language,
          lang: language,
          label: languageNames[language],
          selected: settings.defaultLanguage === language,
          onChoose: () => void props.onPatch({ defaultLanguage: language }),
        }))}
      />
      {secondsControls.map(({ key, step, min, max }) => (
        <StepperSettingRow
          key={key}
          setting={key}
          managed={isManaged(key)}
          value={settings[key]}
          step={step}
          min={min}
          max={max}
          onSet={(value) => void props.onPatch({ [key]: value })}
        />
      ))}
      <ChoiceSettingRow
        setting="printMode"
        managed={isManaged('printMode')}
        choices={printModes.map((mode) => ({
          key: mode,
          label: t(`staff.settings.printModes.${mode}`),
          selected: settings.printMode === mode,
          onChoose: () => void props.onPatch({ printMode: mode }),
        }))}
      />

      {editing ? (
        <TextEntryDialog
          label={t(`staff.settings.${editing}`)}
          initial={settings[editing] satisfies KioskSettings[typeof editing]}
          maxLength={editing === 'clinicName' ? 80 : 40}
          layout={editing === 'clinicName' ? 'text' : 'phone'}
          onCancel={() => setEditing(null)}
          onSave={(value) => {
            void props.onPatch({ [editing]: value }).then((saved) => saved && setEditing(null));
          }}
        />
      ) : null}
    </section>
  );
}
