/**
 * The two replies the first screen waits for (settings and whether a staff PIN is known), asked
 * for as soon as the script runs rather than after React's first commit: the round trips then
 * overlap with rendering, and a reload or crash recovery shows "Touch to start" sooner.
 */
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { IpcReply } from '../../../shared/ipc/ipc-contract.ts';
import type { IpcResult } from '../../../shared/ipc/ipc-result.ts';

type StartupReplies = readonly [IpcResult<IpcReply<'kiosk:get-config'>>, IpcResult<IpcReply<'staff:status'>>];

let pending: Promise<StartupReplies> | null = null;

const askForStartup = (bridge: BridgeApi): Promise<StartupReplies> => Promise.all([bridge.kioskGetConfig({}), bridge.staffStatus({})]);

/** Sends both requests now; the kiosk's first effect takes the replies. */
export function requestKioskStartup(bridge: BridgeApi): void {
  pending ??= askForStartup(bridge);
}

/** The early replies, once; later callers (and a page that never asked early) ask afresh. */
export function takeKioskStartup(bridge: BridgeApi): Promise<StartupReplies> {
  const replies = pending ?? askForStartup(bridge);
  pending = null;
  return replies;
}
