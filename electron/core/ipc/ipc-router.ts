/**
 * The main process's IPC router, in plain Node so it is tested without Electron. Every call is
 * parsed with the contract before a handler sees it, every reply is parsed before it leaves, and
 * every failure becomes a typed error value: nothing throws across the bridge.
 */
import type { z } from 'zod';
import { isIpcChannel, type IpcChannel } from '../../../shared/ipc/ipc-channels.ts';
import { ipcContract, type IpcParsedRequest, type IpcReply } from '../../../shared/ipc/ipc-contract.ts';
import { ipcFail, ipcOk, type IpcResult } from '../../../shared/ipc/ipc-result.ts';
import { KioskError } from '../kiosk-error.ts';
import type { Logger } from '../logging/logger.ts';

export type IpcHandlers = {
  readonly [C in IpcChannel]: (request: IpcParsedRequest<C>) => Promise<IpcReply<C>> | IpcReply<C>;
};

export interface IpcRouter {
  /** Never rejects: resolves to a value or a typed error. */
  handle(channel: unknown, payload: unknown): Promise<IpcResult<unknown>>;
}

/** Issue paths only: the values may be patient answers and must not reach the log. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}

/** What both shells answer a call from anything but the kiosk page's own main frame. */
export function forbiddenSenderReply(): IpcResult<never> {
  return ipcFail('forbidden-sender', 'That request did not come from the kiosk page.');
}

export function createIpcRouter(handlers: IpcHandlers, logger: Logger): IpcRouter {
  async function dispatch(channel: IpcChannel, payload: unknown): Promise<IpcResult<unknown>> {
    const spec = ipcContract[channel];
    const parsed = spec.request.safeParse(payload ?? {});
    if (!parsed.success) {
      logger.warn({ channel, issues: describeIssues(parsed.error) }, 'ipc request rejected');
      return ipcFail('bad-request', 'The request was not in the expected form.');
    }
    let value: unknown;
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      value = await handler(parsed.data);
    } catch (error) {
      if (error instanceof KioskError) {
        logger.warn({ channel, code: error.code, reason: error.message }, 'ipc request failed');
        return ipcFail(error.code, error.message);
      }
      logger.error({ channel, err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, 'ipc handler crashed');
      return ipcFail('internal', 'Something went wrong inside the kiosk.');
    }
    const reply = spec.reply.safeParse(value);
    if (!reply.success) {
      logger.error({ channel, issues: describeIssues(reply.error) }, 'ipc reply did not match the contract');
      return ipcFail('internal', 'Something went wrong inside the kiosk.');
    }
    return ipcOk(reply.data);
  }

  return {
    async handle(channel, payload) {
      if (!isIpcChannel(channel)) {
        logger.warn({ channel: typeof channel === 'string' ? channel.slice(0, 64) : typeof channel }, 'ipc unknown channel');
        return ipcFail('unknown-channel', 'That request is not something the kiosk knows.');
      }
      return dispatch(channel, payload);
    },
  };
}
