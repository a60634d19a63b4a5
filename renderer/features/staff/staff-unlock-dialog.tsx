// First: zod must know it may not eval before any schema is built (see the module).
import './zod-without-eval.ts';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { StaffSession } from '../../../shared/staff/staff-schemas.ts';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { PinPad } from './pin-pad.tsx';
import { staffErrorKey } from './staff-api.ts';

/** A patient who finds the hidden entry sees only this pad, and it goes away by itself. */
export const unlockPadCloseSeconds = 10;

/** The PIN pad over the current screen; on the right PIN, staff mode opens. */
export function StaffUnlockDialog(props: { bridge: BridgeApi; onUnlocked: (session: StaffSession) => void; onClose: () => void }) {
  const { bridge, onUnlocked } = props;
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [clearKey, setClearKey] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  const showLock = useCallback((seconds: number) => {
    setLockedUntil(Date.now() + seconds * 1000);
    setNow(Date.now());
  }, []);

  useEffect(() => {
    void bridge.staffStatus({}).then((result) => {
      if (result.ok && result.value.lockedForSeconds > 0) showLock(result.value.lockedForSeconds);
    });
  }, [bridge, showLock]);

  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  const lockedFor = lockedUntil === null ? 0 : Math.max(0, Math.ceil((lockedUntil - now) / 1000));
  useEffect(() => {
    if (lockedUntil !== null && lockedFor === 0) {
      setLockedUntil(null);
      setMessage(null);
    }
  }, [lockedFor, lockedUntil]);

  const submit = async (pin: string) => {
    setBusy(true);
    const result = await bridge.staffUnlock({ pin });
    setBusy(false);
    setClearKey((key) => key + 1);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    if (result.error.code === 'pin-wrong' || result.error.code === 'locked-out') {
      const status = await bridge.staffStatus({});
      if (status.ok && status.value.lockedForSeconds > 0) {
        showLock(status.value.lockedForSeconds);
        setMessage(null);
      } else if (status.ok) {
        const left = status.value.triesBeforePause;
        setMessage(left === 1 ? t('staff.unlock.wrongOne') : t('staff.unlock.wrong', { left }));
      }
      return;
    }
    setMessage(t(staffErrorKey(result.error)));
  };

  return (
    <ModalDialog className="staff-dialog" labelledBy="pin-pad-title" testId="staff-pin-dialog" onCancel={props.onClose}>
      <PinPad
        title={t('staff.entry.title')}
        prompt={t('staff.entry.hint')}
        message={lockedFor > 0 ? t('staff.unlock.locked', { seconds: lockedFor }) : message}
        disabled={busy || lockedFor > 0}
        clearKey={clearKey}
        onSubmit={(pin) => void submit(pin)}
        onCancel={props.onClose}
        autoCloseSeconds={unlockPadCloseSeconds}
      />
    </ModalDialog>
  );
}
