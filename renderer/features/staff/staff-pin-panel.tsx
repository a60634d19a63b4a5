import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PinPad } from './pin-pad.tsx';
import { staffErrorKey, type StaffApi } from './staff-api.ts';

type Step = 'current' | 'next' | 'confirm';

/** Change the staff PIN: the current one, then the new one twice, all on the on-screen pad. */
export function StaffPinPanel(props: { api: StaffApi; pinManaged: boolean }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('current');
  const [pins, setPins] = useState<{ current?: string; next?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [clearKey, setClearKey] = useState(0);

  if (props.pinManaged) {
    return (
      <section className="staff-panel" aria-labelledby="staff-pin-title">
        <h2 id="staff-pin-title">{t('staff.pin.title')}</h2>
        <p className="lead" data-testid="managed">
          {t('staff.pin.managed')}
        </p>
      </section>
    );
  }

  const restart = (text: string | null) => {
    setPins({});
    setStep('current');
    setMessage(text);
  };

  const submit = async (pin: string) => {
    setClearKey((key) => key + 1);
    if (step === 'current') {
      setPins({ current: pin });
      setStep('next');
      setMessage(null);
    } else if (step === 'next') {
      setPins((value) => ({ ...value, next: pin }));
      setStep('confirm');
    } else if (pin !== pins.next || !pins.current) {
      restart(t('staff.firstPin.mismatch'));
    } else {
      setBusy(true);
      const result = await props.api.changePin(pins.current, pin);
      setBusy(false);
      restart(result.ok ? t('staff.pin.changed') : t(staffErrorKey(result.error)));
    }
  };

  return (
    <section className="staff-panel" aria-labelledby="staff-pin-title">
      <h2 id="staff-pin-title">{t('staff.pin.title')}</h2>
      <PinPad
        title={t(`staff.pin.${step}`)}
        prompt={t('staff.firstPin.tooShort')}
        message={message}
        disabled={busy}
        clearKey={clearKey}
        onSubmit={(pin) => void submit(pin)}
      />
    </section>
  );
}
