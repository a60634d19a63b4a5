// First: zod must know it may not eval before any schema is built (see the module).
import './zod-without-eval.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import { staffSetupCodeDigits, type StaffSession } from '../../../shared/staff/staff-schemas.ts';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { PinPad } from './pin-pad.tsx';
import { staffErrorKey } from './staff-api.ts';
import { unlockPadCloseSeconds } from './staff-unlock-dialog.tsx';

/** After a wrong code, the PIN already chosen is kept (`chosenPin`): only the code is asked again. */
type Step =
  | { readonly name: 'code'; readonly chosenPin: string | null }
  | { readonly name: 'pin'; readonly code: string }
  | { readonly name: 'confirm'; readonly code: string; readonly pin: string };

/**
 * The first staff PIN, only where IT allowed it: behind the hidden staff entry of the locked
 * kiosk, staff type IT's one-time setup code, then the new PIN twice. The main process checks the
 * code against the provisioned hash; a wrong code counts toward the lockout like a wrong PIN.
 */
export function FirstPinSetup(props: { bridge: BridgeApi; onDone: (session: StaffSession) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'code', chosenPin: null });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [clearKey, setClearKey] = useState(0);

  const restart = (text: string, chosenPin: string | null = null) => {
    setStep({ name: 'code', chosenPin });
    setMessage(text);
  };

  const send = async (setupCode: string, pin: string) => {
    setBusy(true);
    const result = await props.bridge.staffSetFirstPin({ setupCode, pin });
    setBusy(false);
    if (result.ok) return props.onDone(result.value);
    if (result.error.code === 'pin-wrong') restart(t('staff.firstPin.codeWrong'), pin);
    else if (result.error.code === 'conflict') restart(t('staff.setupNeeded.body'));
    else restart(t(staffErrorKey(result.error)), pin);
  };

  const submit = async (digits: string) => {
    setClearKey((key) => key + 1);
    if (step.name === 'code') {
      if (digits.length !== staffSetupCodeDigits) return setMessage(t('staff.firstPin.codeLength'));
      if (step.chosenPin !== null) return send(digits, step.chosenPin);
      setStep({ name: 'pin', code: digits });
      return setMessage(null);
    }
    if (step.name === 'pin') {
      setStep({ name: 'confirm', code: step.code, pin: digits });
      return setMessage(null);
    }
    if (digits !== step.pin) return restart(t('staff.firstPin.mismatch'));
    await send(step.code, digits);
  };

  const title = step.name === 'code' ? t('staff.firstPin.code') : step.name === 'pin' ? t('staff.firstPin.enter') : t('staff.firstPin.confirm');
  return (
    <ModalDialog className="staff-dialog" labelledBy="pin-pad-title" testId="first-pin-dialog" staffScreen="first-pin" onCancel={props.onClose}>
      <p className="lead">{t('staff.firstPin.body')}</p>
      <PinPad
        title={title}
        prompt={step.name === 'code' ? t('staff.firstPin.codeLength') : t('staff.firstPin.tooShort')}
        message={message}
        disabled={busy}
        clearKey={clearKey}
        onSubmit={(digits) => void submit(digits)}
        onCancel={props.onClose}
        autoCloseSeconds={unlockPadCloseSeconds * 3}
      />
    </ModalDialog>
  );
}
