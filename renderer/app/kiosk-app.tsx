import { useEffect, useState } from 'react';
import type { BridgeApi } from '../../shared/ipc/bridge-api.ts';
import type { IpcReply } from '../../shared/ipc/ipc-contract.ts';
import { getKioskBridge } from './bridge/kiosk-bridge.ts';
import { messagesEn } from './i18n/messages-en.ts';
import { PatientApp } from './patient-app.tsx';

type KioskConfig = IpcReply<'kiosk:get-config'>;

/** Loads the kiosk's configuration over the bridge, then hands over to the patient flow. */
export function KioskApp() {
  const [bridge] = useState<BridgeApi | null>(getKioskBridge);
  const [config, setConfig] = useState<KioskConfig | null>(null);
  const [failed, setFailed] = useState(bridge === null);

  useEffect(() => {
    if (!bridge) return;
    void bridge.kioskGetConfig({}).then((result) => (result.ok ? setConfig(result.value) : setFailed(true)));
  }, [bridge]);

  if (failed || !bridge) {
    return (
      <main className="screen">
        <div className="screen__body">
          <p className="lead" role="alert">
            {messagesEn.errors.noBridge}
          </p>
        </div>
      </main>
    );
  }
  if (!config) return null;
  return (
    <>
      {config.preview ? (
        <div className="preview-ribbon" role="note">
          {messagesEn.preview}
        </div>
      ) : null}
      <PatientApp bridge={bridge} settings={config.settings} />
    </>
  );
}
