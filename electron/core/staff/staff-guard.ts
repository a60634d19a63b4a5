/**
 * The gate in front of every staff-only channel: the request's `staffToken` must be the open
 * staff session, or the handler never runs and the screen gets `not-authorized`. The channel list
 * lives in shared/ipc/ipc-channels.ts, so a new staff channel is gated by naming it there.
 */
import { staffOnlyChannels, type StaffOnlyChannel } from '../../../shared/ipc/ipc-channels.ts';
import type { IpcParsedRequest } from '../../../shared/ipc/ipc-contract.ts';
import type { IpcHandlers } from '../ipc/ipc-router.ts';
import { KioskError } from '../kiosk-error.ts';

// Compile-time check: every staff-only channel's request carries the token.
type CarriesToken = { [C in StaffOnlyChannel]: IpcParsedRequest<C> extends { staffToken: string } ? true : false }[StaffOnlyChannel];
const _everyStaffRequestCarriesToken: [CarriesToken] extends [true] ? true : never = true;

export function guardStaffChannels(handlers: IpcHandlers, isAuthorized: (token: string) => boolean): IpcHandlers {
  const guarded: Record<string, (request: never) => unknown> = { ...handlers };
  for (const channel of staffOnlyChannels) {
    const handler = handlers[channel] as (request: { staffToken: string }) => unknown;
    guarded[channel] = (request: { staffToken: string }) => {
      if (!isAuthorized(request.staffToken)) throw new KioskError('not-authorized', 'Staff mode is closed. Please enter the PIN again.');
      return handler(request);
    };
  }
  return guarded as unknown as IpcHandlers;
}
