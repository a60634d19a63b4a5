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
] as const;

export type IpcChannel = (typeof ipcChannels)[number];

/** The global the preload (or the browser shell's harness) installs the bridge under. */
export const bridgeGlobalName = 'backtalk';

type KebabToCamel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<KebabToCamel<Tail>>}`
  : S;

/** `'print:submit'` → `'printSubmit'`, `'kiosk:get-config'` → `'kioskGetConfig'`. */
export type BridgeMethodName<C extends string> = C extends `${infer Domain}:${infer Verb}`
  ? KebabToCamel<`${Domain}-${Verb}`>
  : never;

export function bridgeMethodName<C extends IpcChannel>(channel: C): BridgeMethodName<C> {
  return channel.replace(/[:-]([a-z])/g, (_match, letter: string) => letter.toUpperCase()) as BridgeMethodName<C>;
}

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (ipcChannels as readonly string[]).includes(value);
}
