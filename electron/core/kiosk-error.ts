import type { IpcErrorCode } from '../../shared/ipc/ipc-result.ts';

/**
 * The one error type services throw on purpose. The router turns it into a typed IPC error;
 * its message is calm, plain English and never holds patient data.
 */
export class KioskError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KioskError';
  }
}
