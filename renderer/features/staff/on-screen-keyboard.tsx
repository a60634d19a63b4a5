import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog.tsx';

/** Letters for clinic names (Spanish ñ and accents included); digits and signs for phone numbers. */
const layouts = {
  text: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'ñ'],
    ['z', 'x', 'c', 'v', 'b', 'n', 'm', 'á', 'é', 'í'],
    ['ó', 'ú', '&', "'", '-', '.', ',', '(', ')', '/'],
  ],
  phone: [
    ['1', '2', '3'],
    ['4', '5', '6'],
    ['7', '8', '9'],
    ['+', '0', '-'],
    ['(', ')', '.'],
  ],
} as const;

export type KeyboardLayout = keyof typeof layouts;

/** Staff-only text entry on the touchscreen (patients never type). */
export function OnScreenKeyboard(props: { layout: KeyboardLayout; onKey: (text: string) => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const [shift, setShift] = useState(props.layout === 'text');
  const type = (key: string) => {
    props.onKey(shift ? key.toLocaleUpperCase() : key);
    if (shift) setShift(false);
  };
  return (
    <div className={`keyboard keyboard--${props.layout}`} role="group" aria-label={t('staff.keyboard.label')}>
      {layouts[props.layout].map((row, index) => (
        <div key={index} className="keyboard__row">
          {row.map((key) => (
            <button key={key} type="button" className="keyboard__key" data-key={key} onClick={() => type(key)}>
              {shift ? key.toLocaleUpperCase() : key}
            </button>
          ))}
        </div>
      ))}
      <div className="keyboard__row">
        {props.layout === 'text' ? (
          <button type="button" className="keyboard__key keyboard__key--wide" aria-pressed={shift} onClick={() => setShift((on) => !on)}>
            {t('staff.keyboard.shift')}
          </button>
        ) : null}
        <button type="button" className="keyboard__key keyboard__key--space" data-key=" " onClick={() => props.onKey(' ')}>
          {t('staff.keyboard.space')}
        </button>
        <button type="button" className="keyboard__key keyboard__key--wide" onClick={props.onDelete}>
          {t('staff.keyboard.delete')}
        </button>
      </div>
    </div>
  );
}

/** A dialog to edit one line of text with the on-screen keyboard. */
export function TextEntryDialog(props: {
  label: string;
  initial: string;
  maxLength: number;
  layout: KeyboardLayout;
  onSave: (value: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.initial);
  return (
    <ModalDialog className="staff-dialog staff-dialog--wide" labelledBy="text-entry-label" onCancel={props.onCancel}>
      <h2 id="text-entry-label">{props.label}</h2>
      <output className="text-entry__value" aria-live="polite" data-testid="text-entry-value">
        {value}
        <span className="text-entry__caret" aria-hidden="true" />
      </output>
      <OnScreenKeyboard
        layout={props.layout}
        onKey={(text) => setValue((current) => (current.length < props.maxLength ? current + text : current))}
        onDelete={() => setValue((current) => current.slice(0, -1))}
      />
      <div className="staff-actions">
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('staff.keyboard.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={() => props.onSave(value.trim())}>
          {t('staff.keyboard.save')}
        </button>
      </div>
    </ModalDialog>
  );
}
