import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { printModes, type KioskSettingKey, type KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import type { SettingsPatch, SettingsProblem, StaffSettingsView } from '../../../shared/staff/staff-schemas.ts';
import { TextEntryDialog } from './on-screen-keyboard.tsx';

const languageNames: Record<Language, string> = { en: 'English', es: 'Español' };

type SecondsKey = 'idleSeconds' | 'idleCountdownSeconds' | 'thankYouSeconds';
/** Steps and bounds match the settings schema in shared/settings. */
const secondsControls: ReadonlyArray<{ key: SecondsKey; step: number; min: number; max: number }> = [
  { key: 'idleSeconds', step: 15, min: 15, max: 900 },
  { key: 'idleCountdownSeconds', step: 5, min: 5, max: 120 },
  { key: 'thankYouSeconds', step: 5, min: 5, max: 120 },
];

export function ManagedNote(props: { managed: boolean }) {
  const { t } = useTranslation();
  return props.managed ? (
    <span className="managed-badge" data-testid="managed">
      {t('staff.settings.managed')}
    </span>
  ) : null;
}

export function SettingsProblems(props: { problems: readonly SettingsProblem[] }) {
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

  const textRow = (key: 'clinicName' | 'clinicPhone', shown: string) => (
    <div className="staff-row" data-setting={key}>
      <div className="staff-row__label">
        <span>{t(`staff.settings.${key}`)}</span>
        <ManagedNote managed={isManaged(key)} />
      </div>
      <div className="staff-row__value" data-testid={`value-${key}`}>
        {shown}
      </div>
      <button type="button" className="button button--secondary" disabled={isManaged(key)} onClick={() => setEditing(key)}>
        {t('staff.settings.change')}
      </button>
    </div>
  );

  return (
    <section className="staff-panel" aria-labelledby="staff-settings-title">
      <h2 id="staff-settings-title">{t('staff.tabs.settings')}</h2>
      <SettingsProblems problems={props.view.problems} />
      {props.view.provisionFile ? <p className="hint">{t('staff.settings.provisioned', { file: props.view.provisionFile })}</p> : null}
      {textRow('clinicName', settings.clinicName)}
      {textRow('clinicPhone', settings.clinicPhone || t('staff.settings.noPhone'))}

      <div className="staff-row" data-setting="languages">
        <div className="staff-row__label">
          <span id="languages-label">{t('staff.settings.languages')}</span>
          <ManagedNote managed={isManaged('languages')} />
        </div>
        <div className="staff-choices" role="group" aria-labelledby="languages-label">
          {languages.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              className="chip"
              aria-pressed={settings.languages.includes(language)}
              disabled={isManaged('languages')}
              onClick={() => toggleLanguage(language)}
            >
              {languageNames[language]}
            </button>
          ))}
        </div>
      </div>

      <div className="staff-row" data-setting="defaultLanguage">
        <div className="staff-row__label">
          <span id="default-language-label">{t('staff.settings.defaultLanguage')}</span>
          <ManagedNote managed={isManaged('defaultLanguage')} />
        </div>
        <div className="staff-choices" role="group" aria-labelledby="default-language-label">
          {settings.languages.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              className="chip"
              aria-pressed={settings.defaultLanguage === language}
              disabled={isManaged('defaultLanguage')}
              onClick={() => void props.onPatch({ defaultLanguage: language })}
            >
              {languageNames[language]}
            </button>
          ))}
        </div>
      </div>

      {secondsControls.map(({ key, step, min, max }) => {
        const value = settings[key];
        return (
          <div key={key} className="staff-row" data-setting={key}>
            <div className="staff-row__label">
              <span id={`${key}-label`}>{t(`staff.settings.${key}`)}</span>
              <ManagedNote managed={isManaged(key)} />
            </div>
            <div className="stepper" role="group" aria-labelledby={`${key}-label`}>
              <button
                type="button"
                className="button button--secondary stepper__button"
                disabled={isManaged(key) || value <= min}
                onClick={() => void props.onPatch({ [key]: Math.max(min, value - step) })}
              >
                {t('staff.settings.less')}
              </button>
              <output className="stepper__value" data-testid={`value-${key}`} data-seconds={value}>
                {t('staff.settings.seconds', { count: value })}
              </output>
              <button
                type="button"
                className="button button--secondary stepper__button"
                disabled={isManaged(key) || value >= max}
                onClick={() => void props.onPatch({ [key]: Math.min(max, value + step) })}
              >
                {t('staff.settings.more')}
              </button>
            </div>
          </div>
        );
      })}

      <div className="staff-row" data-setting="printMode">
        <div className="staff-row__label">
          <span id="print-mode-label">{t('staff.settings.printMode')}</span>
          <ManagedNote managed={isManaged('printMode')} />
        </div>
        <div className="staff-choices" role="group" aria-labelledby="print-mode-label">
          {printModes.map((mode) => (
            <button
              key={mode}
              type="button"
              className="chip"
              aria-pressed={settings.printMode === mode}
              disabled={isManaged('printMode')}
              onClick={() => void props.onPatch({ printMode: mode })}
            >
              {t(`staff.settings.printModes.${mode}`)}
            </button>
          ))}
        </div>
      </div>

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
