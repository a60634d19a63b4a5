/**
 * The renderer's only way to the main process: `window.backtalk`, installed by the preload (or
 * by the browser shell's harness). Its type is derived from the IPC contract in shared/.
 */
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import { bridgeGlobalName } from '../../../shared/ipc/ipc-channels.ts';

export function getKioskBridge(): BridgeApi | null {
  const candidate = (window as unknown as Record<string, unknown>)[bridgeGlobalName];
  return candidate && typeof candidate === 'object' ? (candidate as BridgeApi) : null;
}
