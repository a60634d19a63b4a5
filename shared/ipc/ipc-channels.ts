/**
 * The names of every IPC channel, as `'domain:verb'`. This file has no dependencies so the
 * sandboxed preload can import it without pulling zod into its bundle; the schemas for each
 * channel live in `ipc-contract.ts`, which is type-checked to cover exactly these names.
 */
export const ipcChannels = [
  'kiosk:get-config',
  'session:record',
  'print:submit',
  'print:status',
  'alert:raise',
  'alert:status',
  'alert:pending',
  'alert:list',
  'alert:acknowledge',
  'printer:list',
  'printer:status',
  'printer:test-print',
  'staff:status',
  'staff:set-first-pin',
  'staff:unlock',
  'staff:lock',
  'staff:get-settings',
  'staff:update-settings',
  'staff:confirm-settings',
  'staff:get-counts',
  'staff:change-pin',
  'staff:reset-kiosk',
  'staff:exit-kiosk',
] as const;

export type IpcChannel = (typeof ipcChannels)[number];

/**
 * Channels only an open staff session may call: each request carries `staffToken`, and the main
 * core checks it before the handler runs (electron/core/staff/staff-guard.ts). The rest stay open
 * to the patient screens (including unlock and the first-start PIN).
 */
export const staffOnlyChannels = [
  'alert:list',
  'alert:acknowledge',
  'printer:list',
  'printer:status',
  'printer:test-print',
  'staff:lock',
  'staff:get-settings',
  'staff:update-settings',
  'staff:confirm-settings',
  'staff:get-counts',
  'staff:change-pin',
  'staff:reset-kiosk',
  'staff:exit-kiosk',
] as const satisfies readonly IpcChannel[];

export type StaffOnlyChannel = (typeof staffOnlyChannels)[number];

/** The global the preload (or the browser shell's harness) installs the bridge under. */
export const bridgeGlobalName = 'backtalk';

type KebabToCamel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<KebabToCamel<Tail>>}` : S;

/** `'print:submit'` → `'printSubmit'`, `'kiosk:get-config'` → `'kioskGetConfig'`. */
export type BridgeMethodName<C extends string> = C extends `${infer Domain}:${infer Verb}` ? KebabToCamel<`${Domain}-${Verb}`> : never;

export function bridgeMethodName<C extends IpcChannel>(channel: C): BridgeMethodName<C> {
  return channel.replace(/[:-]([a-z])/g, (_match, letter: string) => letter.toUpperCase()) as BridgeMethodName<C>;
}

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (ipcChannels as readonly string[]).includes(value);
}
