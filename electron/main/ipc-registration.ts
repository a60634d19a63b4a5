import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../../shared/ipc/ipc-channels.ts';
import { electronAppOrigin, isTrustedSenderUrl } from '../core/app-content/app-content.ts';
import { forbiddenSenderReply, type IpcRouter } from '../core/ipc/ipc-router.ts';
import type { Logger } from '../core/logging/logger.ts';

/** Registers the plain-Node router for every channel, behind a sender-frame origin check. */
export function registerIpc(router: IpcRouter, logger: Logger): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url, electronAppOrigin)) {
        logger.warn({ channel }, 'ipc call from untrusted frame rejected');
        return forbiddenSenderReply();
      }
      return router.handle(channel, payload);
    });
  }
}
