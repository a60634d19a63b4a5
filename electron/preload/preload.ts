/**
 * The sandboxed preload: exposes one named method per IPC channel at `window.backtalk`, and
 * nothing else (never ipcRenderer, never a generic invoke). Its type comes from the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeApi } from '../../shared/ipc/bridge-api.ts';
import { bridgeGlobalName, bridgeMethodName, ipcChannels } from '../../shared/ipc/ipc-channels.ts';

const bridge = Object.fromEntries(
  ipcChannels.map((channel) => [bridgeMethodName(channel), (request: unknown) => ipcRenderer.invoke(channel, request)]),
) as unknown as BridgeApi;

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
