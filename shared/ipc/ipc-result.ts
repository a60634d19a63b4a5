/**
 * Every bridge call resolves to an `IpcResult`: a value, or a typed error the screen can show
 * calmly. Nothing is ever thrown across the bridge.
 */
import { z } from 'zod';

export const ipcErrorCodes = [
  /** The payload did not match the channel's request schema. */
  'bad-request',
  /** No such channel. */
  'unknown-channel',
  /** The call did not come from the kiosk's own page. */
  'forbidden-sender',
  /** The chosen printer queue does not exist. */
  'printer-not-found',
  /** The queue exists but is paused or rejecting jobs. */
  'printer-unavailable',
  /** The print system (CUPS) is not running or not installed. */
  'print-system-down',
  /** The job was accepted but failed, was cancelled, or never finished. */
  'print-failed',
  /** A job id the print service does not know (for example after a restart). */
  'job-not-found',
  /** A staff-only request without an open staff session (or with an expired one). */
  'not-authorized',
  /** The staff PIN was wrong. */
  'pin-wrong',
  /** Too many wrong PINs: staff entry is locked for a while. */
  'locked-out',
  /** The setting (or the PIN) is set by the provisioning file, so staff cannot change it here. */
  'managed-setting',
  /** The request is valid but does not fit the kiosk's current state (e.g. a first PIN when one is set). */
  'conflict',
  /** Anything unexpected; the details are in the log, never on screen. */
  'internal',
] as const;

export const ipcErrorCodeSchema = z.enum(ipcErrorCodes);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;

export const ipcErrorSchema = z.object({
  code: ipcErrorCodeSchema,
  /** A calm, plain-English sentence for staff screens and logs; never contains patient data. */
  message: z.string(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function ipcFail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** Schema of a whole reply envelope for a given value schema (used when a reply crosses a transport). */
export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: ipcErrorSchema })]);
}
