/**
 * The bridge the renderer sees as its global `backtalk`: one named method per channel, its type
 * derived from the contract, so the preload, the browser harness and the renderer cannot drift.
 */
import type { BridgeMethodName, IpcChannel } from './ipc-channels.ts';
import type { IpcReply, IpcRequest } from './ipc-contract.ts';
import type { IpcResult } from './ipc-result.ts';

export type BridgeApi = {
  readonly [C in IpcChannel as BridgeMethodName<C>]: (request: IpcRequest<C>) => Promise<IpcResult<IpcReply<C>>>;
};
