/**
 * The IPC contract: for every channel in `ipc-channels.ts`, the zod schema of its request and
 * of its reply. The preload's bridge type, the main-process router and the renderer's calls are
 * all derived from this one table.
 */
import { z } from 'zod';
import type { IpcChannel } from './ipc-channels.ts';
import { languages } from '../questionnaire/questionnaire-types.ts';
import { kioskSettingsSchema } from '../settings/kiosk-settings.ts';
import { sessionEvents } from './session-events.ts';

export interface ChannelSpec {
  readonly request: z.ZodType;
  readonly reply: z.ZodType;
}

const linkIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const codeSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/** The transport shape of answers; the main process checks them item by item against the questionnaire. */
export const answersPayloadSchema = z
  .record(linkIdSchema, z.union([codeSchema, z.array(codeSchema).max(32).readonly(), z.number().int().min(0).max(100)]))
  .refine((answers) => Object.keys(answers).length <= 128, { message: 'Too many answers.' });

export const printJobStates = ['queued', 'printing', 'done', 'failed', 'stuck'] as const;
export type PrintJobState = (typeof printJobStates)[number];

export const printJobStatusSchema = z.object({
  jobId: z.string(),
  state: z.enum(printJobStates),
  /** A calm staff-facing reason when the state is failed or stuck. */
  reason: z.string().optional(),
});
export type PrintJobStatus = z.infer<typeof printJobStatusSchema>;

export const ipcContract = {
  'kiosk:get-config': {
    request: z.object({}).strict(),
    reply: z.object({
      settings: kioskSettingsSchema,
      shell: z.enum(['electron', 'browser']),
      /** True when the renderer runs in the browser preview instead of the packaged kiosk. */
      preview: z.boolean(),
    }),
  },
  'session:record': {
    request: z.object({ event: z.enum(sessionEvents) }).strict(),
    reply: z.object({ recorded: z.literal(true) }),
  },
  'print:submit': {
    request: z.object({ answers: answersPayloadSchema, language: z.enum(languages) }).strict(),
    reply: z.object({ jobId: z.string(), printer: z.string() }),
  },
  'print:status': {
    request: z.object({ jobId: z.string().min(1).max(160) }).strict(),
    reply: printJobStatusSchema,
  },
} as const satisfies { readonly [C in IpcChannel]: ChannelSpec };

export type IpcContract = typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>;
export type IpcParsedRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>;
export type IpcReply<C extends IpcChannel> = z.output<IpcContract[C]['reply']>;
