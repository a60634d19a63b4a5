import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffPinMaxDigits, staffPinMinDigits } from '../../../shared/staff/staff-schemas.ts';

const digitRows = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
] as const;

export interface PinPadProps {
  readonly title: string;
  readonly prompt: string;
  /** A calm message under the dots (a wrong PIN, a lockout, a mismatch). */
  readonly message?: string | null;
  readonly disabled?: boolean;
  /** Changing it clears the digits (e.g. after a wrong PIN). */
  readonly clearKey?: number;
  readonly onSubmit: (pin: string) => void;
  readonly onCancel?: () => void;
  /** Closes itself after this many seconds without a tap (the pad a patient may stumble on). */
  readonly autoCloseSeconds?: number;
}

/** An on-screen PIN pad: big keys, dots for the digits, never the digits themselves. */
export function PinPad(props: PinPadProps) {
  const { t } = useTranslation();
  const [digits, setDigits] = useState('');
  const [lastTouch, setLastTouch] = useState(() => Date.now());
  const onCancel = useRef(props.onCancel);
  onCancel.current = props.onCancel;

  useEffect(() => setDigits(''), [props.clearKey]);

  useEffect(() => {
    if (!props.autoCloseSeconds) return;
    const timer = setTimeout(() => onCancel.current?.(), props.autoCloseSeconds * 1000);
    return () => clearTimeout(timer);
  }, [props.autoCloseSeconds, lastTouch]);

  const touch = () => setLastTouch(Date.now());
  const press = (digit: string) => {
    touch();
    setDigits((current) => (current.length < staffPinMaxDigits ? current + digit : current));
  };
  const canSubmit = !props.disabled && digits.length >= staffPinMinDigits;
  const submit = () => {
    touch();
    if (!canSubmit) return;
    props.onSubmit(digits);
  };

  return (
    <div className="pin-pad" role="group" aria-labelledby="pin-pad-title">
      <h2 id="pin-pad-title">{props.title}</h2>
      <p className="lead">{props.prompt}</p>
      <div
        className="pin-pad__dots"
        aria-live="polite"
        aria-label={t('staff.pinPad.entered', { count: digits.length })}
        data-testid="pin-dots"
        data-count={digits.length}
      >
        {Array.from({ length: staffPinMaxDigits }, (_, index) => (
          <span key={index} className={`pin-pad__dot${index < digits.length ? ' is-on' : ''}`} aria-hidden="true" />
        ))}
      </div>
      <p className="pin-pad__message" role="status">
        {props.message ?? ''}
      </p>
      <div className="pin-pad__keys" aria-label={t('staff.pinPad.label')}>
        {digitRows.map((row) =>
          row.map((digit) => (
            <button
              key={digit}
              type="button"
              className="pin-pad__key"
              disabled={props.disabled}
              data-digit={digit}
              aria-label={t('staff.pinPad.digit', { digit })}
              onClick={() => press(digit)}
            >
              {digit}
            </button>
          )),
        )}
        <button
          type="button"
          className="pin-pad__key pin-pad__key--action"
          disabled={props.disabled || digits.length === 0}
          onClick={() => {
            touch();
            setDigits((current) => current.slice(0, -1));
          }}
        >
          {t('staff.pinPad.delete')}
        </button>
        <button
          type="button"
          className="pin-pad__key"
          disabled={props.disabled}
          data-digit="0"
          aria-label={t('staff.pinPad.digit', { digit: '0' })}
          onClick={() => press('0')}
        >
          0
        </button>
        <button type="button" className="pin-pad__key pin-pad__key--ok" disabled={!canSubmit} onClick={submit}>
          {t('staff.pinPad.ok')}
        </button>
      </div>
      {props.onCancel ? (
        <button type="button" className="button button--secondary pin-pad__cancel" onClick={props.onCancel}>
          {t('staff.pinPad.cancel')}
        </button>
      ) : null}
    </div>
  );
}
