/** What the touchscreen reports for the front desk's counts (numbers only). Zod-free for the renderer bundle. */
export const sessionEvents = ['started', 'finished', 'timed-out', 'red-flag'] as const;
export type SessionEvent = (typeof sessionEvents)[number];
