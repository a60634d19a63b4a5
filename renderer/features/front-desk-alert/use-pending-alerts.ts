import { useEffect, useState } from 'react';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { PendingAlerts } from '../../../shared/ipc/ipc-contract.ts';

/** How often the screen asks the main process whether alerts still wait for staff. */
const pendingPollMs = 2_000;

const none: PendingAlerts = { open: 0, failed: false };

/**
 * Red-flag alerts still waiting for staff, as the main process knows them. The session's own
 * flags end with the session, but the "Staff needed" band must not: after an idle reset, a Back
 * to the attract screen or a reloaded renderer it stays up from this until staff acknowledge.
 * Asked at once whenever `askAgainOn` changes (an acknowledgement, a slip's new state), and every
 * two seconds. A failed reply keeps what was last known.
 */
export function usePendingAlerts(bridge: Pick<BridgeApi, 'alertPending'>, askAgainOn: string): PendingAlerts {
  const [pending, setPending] = useState<PendingAlerts>(none);
  useEffect(() => {
    let stopped = false;
    const ask = async () => {
      const reply = await bridge.alertPending({});
      if (stopped || !reply.ok) return;
      const { open, failed } = reply.value;
      setPending((known) => (known.open === open && known.failed === failed ? known : { open, failed }));
    };
    void ask();
    const timer = setInterval(() => void ask(), pendingPollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [bridge, askAgainOn]);
  return pending;
}
