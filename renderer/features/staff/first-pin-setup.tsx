import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { StaffSession } from '../../../shared/staff/staff-schemas.ts';
import { PinPad } from './pin-pad.tsx';
import { staffErrorKey } from './staff-api.ts';

/** First start without a provisioned PIN: staff choose one (twice) before any patient can begin. */
export function FirstPinSetup(props: { bridge: BridgeApi; onDone: (session: StaffSession) => void }) {
  const { t } = useTranslation();
  const [first, setFirst] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [clearKey, setClearKey] = useState(0);

  const submit = async (pin: string) => {
    setClearKey((key) => key + 1);
    if (first === null) {
      setFirst(pin);
      setMessage(null);
      return;
    }
    if (pin !== first) {
      setFirst(null);
      setMessage(t('staff.firstPin.mismatch'));
      return;
    }
    setBusy(true);
    const result = await props.bridge.staffSetFirstPin({ pin });
    setBusy(false);
    if (result.ok) props.onDone(result.value);
    else {
      setFirst(null);
      setMessage(t(staffErrorKey(result.error)));
    }
  };

  return (
    <main className="screen staff-screen" aria-labelledby="first-pin-title" data-staff-screen="first-pin">
      <div className="screen__body staff-first-pin">
        <h1 id="first-pin-title">{t('staff.firstPin.title')}</h1>
        <p className="lead">{t('staff.firstPin.body')}</p>
        <PinPad
          title={first === null ? t('staff.firstPin.enter') : t('staff.firstPin.confirm')}
          prompt={t('staff.firstPin.tooShort')}
          message={message}
          disabled={busy}
          clearKey={clearKey}
          onSubmit={(pin) => void submit(pin)}
        />
      </div>
    </main>
  );
}
