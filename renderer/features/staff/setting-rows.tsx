/**
 * The rows every staff settings panel is made of: a label with its "managed by IT" note, then a
 * value with a Change button, a group of chips, or a stepper. One place, so every setting looks
 * and behaves alike and a setting IT manages is locked the same way everywhere.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import type { KioskSettingKey } from '../../../shared/settings/kiosk-settings.ts';

/** The settings these rows show (every one has its label under `staff.settings.<key>`). */
export type LabelledSettingKey = Exclude<KioskSettingKey, 'printer' | 'paperSize' | 'alertPrinter'>;

/** Each language named in itself, as staff and patients look for it. */
export const languageNames: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

export function ManagedNote(props: { managed: boolean }) {
  const { t } = useTranslation();
  return props.managed ? (
    <span className="managed-badge" data-testid="managed">
      {t('staff.settings.managed')}
    </span>
  ) : null;
}

function RowLabel(props: { setting: LabelledSettingKey; managed: boolean; labelId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="staff-row__label">
      <span id={props.labelId}>{t(`staff.settings.${props.setting}`)}</span>
      <ManagedNote managed={props.managed} />
    </div>
  );
}

/** A text setting: its value and a Change button that opens the on-screen keyboard. */
export function TextSettingRow(props: { setting: LabelledSettingKey; shown: string; managed: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="staff-row" data-setting={props.setting}>
      <RowLabel setting={props.setting} managed={props.managed} />
      <div className="staff-row__value" data-testid={`value-${props.setting}`}>
        {props.shown}
      </div>
      <button type="button" className="button button--secondary" disabled={props.managed} onClick={props.onChange}>
        {t('staff.settings.change')}
      </button>
    </div>
  );
}

export interface SettingChoice {
  readonly key: string;
  readonly label: ReactNode;
  readonly selected: boolean;
  readonly onChoose: () => void;
  /** The choice's own language (a language's name is written in that language). */
  readonly lang?: string;
  /** Extra data attributes tests and styles find the chip by, e.g. `{ 'data-zone': zone }`. */
  readonly data?: Readonly<Record<`data-${string}`, string>>;
}

/** A setting chosen from a few chips; `stacked` puts the chips under the label (long lists). */
export function ChoiceSettingRow(props: { setting: LabelledSettingKey; managed: boolean; choices: readonly SettingChoice[]; stacked?: boolean }) {
  const labelId = `${props.setting}-label`;
  return (
    <div className={props.stacked ? 'staff-row staff-row--stacked' : 'staff-row'} data-setting={props.setting}>
      <RowLabel setting={props.setting} managed={props.managed} labelId={labelId} />
      <div className="staff-choices" role="group" aria-labelledby={labelId}>
        {props.choices.map((choice) => (
          <button
            key={choice.key}
            type="button"
            lang={choice.lang}
            className="chip"
            aria-pressed={choice.selected}
            disabled={props.managed}
            onClick={choice.onChoose}
            {...choice.data}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** A number of seconds set with Less / More in fixed steps, within the schema's bounds. */
export function StepperSettingRow(props: {
  setting: LabelledSettingKey;
  managed: boolean;
  value: number;
  step: number;
  min: number;
  max: number;
  onSet: (value: number) => void;
}) {
  const { t } = useTranslation();
  const { setting, managed, value, step, min, max } = props;
  const labelId = `${setting}-label`;
  return (
    <div className="staff-row" data-setting={setting}>
      <RowLabel setting={setting} managed={managed} labelId={labelId} />
      <div className="stepper" role="group" aria-labelledby={labelId}>
        <button
          type="button"
          className="button button--secondary stepper__button"
          disabled={managed || value <= min}
          onClick={() => props.onSet(Math.max(min, value - step))}
        >
          {t('staff.settings.less')}
        </button>
        <output className="stepper__value" data-testid={`value-${setting}`} data-seconds={value}>
          {t('staff.settings.seconds', { count: value })}
        </output>
        <button
          type="button"
          className="button button--secondary stepper__button"
          disabled={managed || value >= max}
          onClick={() => props.onSet(Math.min(max, value + step))}
        >
          {t('staff.settings.more')}
        </button>
      </div>
    </div>
  );
}
