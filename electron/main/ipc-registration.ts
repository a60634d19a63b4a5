import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../../shared/ipc/ipc-channels.ts';
import { ipcFail } from '../../shared/ipc/ipc-result.ts';
import { electronAppOrigin, isTrustedSenderUrl } from '../core/app-content/app-content.ts';
import type { IpcRouter } from '../core/ipc/ipc-router.ts';
import type { Logger } from '../core/logging/logger.ts';

/** Registers the plain-Node router for every channel, behind a sender-frame origin check. */
export function registerIpc(router: IpcRouter, logger: Logger): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url, electronAppOrigin)) {
        logger.warn({ channel }, 'ipc call from untrusted frame rejected');
        return ipcFail('forbidden-sender', 'That request did not come from the kiosk page.');
      }
      return router.handle(channel, payload);
    });
  }
}
