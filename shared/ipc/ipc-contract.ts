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
import {
  settingsPatchSchema,
  staffCountsSchema,
  staffPinSchema,
  staffSetupCodeSchema,
  staffSessionSchema,
  staffSettingsViewSchema,
  staffStatusSchema,
  staffTokenSchema,
} from '../staff/staff-schemas.ts';

export interface ChannelSpec {
  readonly request: z.ZodType;
  readonly reply: z.ZodType;
}

const linkIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const codeSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/** The transport shape of answers; the main process checks them item by item against the questionnaire. */
export const answersPayloadSchema = z
  .record(linkIdSchema, z.union([codeSchema, z.array(codeSchema).max(32).readonly(), z.number().int().min(0).max(100)]))
  .refine((answers) => Object.keys(answers).length <= 128, { error: 'Too many answers.' });

export const printJobStates = ['queued', 'printing', 'done', 'failed', 'stuck'] as const;

export const printJobStatusSchema = z.object({
  jobId: z.string(),
  state: z.enum(printJobStates),
  /** A calm staff-facing reason when the state is failed or stuck. */
  reason: z.string().optional(),
  /** Why a failed job failed, so the patient screen can say it plainly. */
  failure: z.enum(['printer-unavailable', 'printer-not-found', 'print-system-down', 'print-failed']).optional(),
});
export type PrintJobStatus = z.infer<typeof printJobStatusSchema>;

/** A print queue as the print system reports it. */
export const printerInfoSchema = z.object({
  name: z.string(),
  state: z.enum(['ready', 'paused', 'rejecting']),
  isDefault: z.boolean(),
  /** The print system's own message for the queue (e.g. a backend error); empty when none. */
  message: z.string(),
});
export type PrinterInfo = z.infer<typeof printerInfoSchema>;

export const printerStates = ['ready', 'paused', 'rejecting', 'missing', 'cups-down'] as const;

/** The chosen printer's state for the staff screen; never holds patient data. */
export const printerStatusSchema = z.object({
  /** The queue the kiosk prints to; null when no printer is chosen and there is no default. */
  printer: z.string().nullable(),
  state: z.enum(printerStates),
  lastError: z.string().nullable(),
  /** CUPS keeps printed documents in its spool (PreserveJobFiles): staff should be warned. */
  keepsJobFiles: z.boolean(),
});
export type PrinterStatus = z.infer<typeof printerStatusSchema>;

export const printSubmittedSchema = z.object({ jobId: z.string(), printer: z.string() });

/** A safety answer that raised a red flag this session (sticky: sent even if the answer changed). */
export const raisedFlagSchema = z.object({ linkId: linkIdSchema, code: codeSchema }).strict();
const raisedFlagsSchema = z.array(raisedFlagSchema).max(32);

export const alertIdSchema = z.string().regex(/^alert-[0-9]{1,9}$/);
export const alertStates = ['printing', 'printed', 'failed'] as const;

/** An urgent slip's fate; no patient data (no flags, no answers). */
export const alertStatusSchema = z.object({
  alertId: alertIdSchema,
  state: z.enum(alertStates),
  /** Staff-facing reason when the slip failed (queue name and print-system message). */
  reason: z.string().optional(),
});
export type AlertStatus = z.infer<typeof alertStatusSchema>;

/** Red-flag alerts staff have not acknowledged yet: a count, and whether any slip failed to print. */
export const pendingAlertsSchema = z.object({ open: z.number().int().min(0), failed: z.boolean() });
export type PendingAlerts = z.infer<typeof pendingAlertsSchema>;

/** A red-flag alert as staff see it: when, where the slip went, whether it printed. */
export const staffAlertSchema = alertStatusSchema.extend({
  raisedAt: z.string(),
  printer: z.string().nullable(),
  acknowledged: z.boolean(),
});
export type StaffAlert = z.infer<typeof staffAlertSchema>;

/** The request of a staff-only channel: the staff session token plus the channel's own fields. */
function staffRequest<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ staffToken: staffTokenSchema, ...shape }).strict();
}

export const ipcContract = {
  'kiosk:get-config': {
    request: z.object({}).strict(),
    reply: z.object({
      settings: kioskSettingsSchema,
      /** True when the renderer runs in the browser preview instead of the packaged kiosk. */
      preview: z.boolean(),
      /**
       * True when neither the settings file nor its last good copy could be used: the kiosk holds
       * factory settings (the printer, the alert printer, the emergency number) that staff have
       * not confirmed, so it is closed to patients until they do.
       */
      settingsLost: z.boolean(),
    }),
  },
  'session:record': {
    request: z.object({ event: z.enum(sessionEvents) }).strict(),
    reply: z.object({ recorded: z.literal(true) }),
  },
  'print:submit': {
    request: z.object({ answers: answersPayloadSchema, language: z.enum(languages), raisedFlags: raisedFlagsSchema.optional() }).strict(),
    reply: z.object({ jobId: z.string(), printer: z.string() }),
  },
  'print:status': {
    request: z.object({ jobId: z.string().min(1).max(160) }).strict(),
    reply: printJobStatusSchema,
  },
  'alert:raise': {
    request: z.object({ flags: raisedFlagsSchema.min(1) }).strict(),
    reply: alertStatusSchema,
  },
  'alert:status': {
    request: z.object({ alertId: alertIdSchema }).strict(),
    reply: alertStatusSchema,
  },
  'alert:pending': {
    // Open to the patient screens, which keep the "Staff needed" band up from it across sessions
    // (an idle reset, a crash): how many alerts wait for staff, and whether a slip failed. No flags.
    request: z.object({}).strict(),
    reply: pendingAlertsSchema,
  },
  'alert:list': {
    request: staffRequest({}),
    reply: z.object({ alerts: z.array(staffAlertSchema) }),
  },
  'alert:acknowledge': {
    // The alerts staff were shown: one raised since stays open until they have seen it.
    request: staffRequest({ alertIds: z.array(alertIdSchema).min(1).max(100) }),
    reply: z.object({ acknowledged: z.number().int().min(0) }),
  },
  'printer:list': {
    request: staffRequest({}),
    reply: z.object({ printers: z.array(printerInfoSchema) }),
  },
  'printer:status': {
    request: staffRequest({}),
    reply: printerStatusSchema,
  },
  'printer:test-print': {
    request: staffRequest({}),
    reply: printSubmittedSchema,
  },
  'staff:status': {
    request: z.object({}).strict(),
    reply: staffStatusSchema,
  },
  'staff:set-first-pin': {
    // The setup code is checked in the main core against IT's provisioned hash, never here.
    request: z.object({ setupCode: staffSetupCodeSchema, pin: staffPinSchema }).strict(),
    reply: staffSessionSchema,
  },
  'staff:unlock': {
    request: z.object({ pin: staffPinSchema }).strict(),
    reply: staffSessionSchema,
  },
  'staff:lock': {
    request: staffRequest({}),
    reply: z.object({ closed: z.literal(true) }),
  },
  'staff:get-settings': {
    request: staffRequest({}),
    reply: staffSettingsViewSchema,
  },
  'staff:update-settings': {
    request: staffRequest({ patch: settingsPatchSchema }),
    reply: staffSettingsViewSchema,
  },
  'staff:confirm-settings': {
    // The settings were lost and staff checked the factory ones on screen: save them as they are.
    request: staffRequest({}),
    reply: staffSettingsViewSchema,
  },
  'staff:get-counts': {
    request: staffRequest({}),
    reply: staffCountsSchema,
  },
  'staff:change-pin': {
    request: staffRequest({ currentPin: staffPinSchema, newPin: staffPinSchema }),
    reply: z.object({ changed: z.literal(true) }),
  },
  'staff:reset-kiosk': {
    request: staffRequest({}),
    reply: z.object({ reset: z.literal(true) }),
  },
  'staff:exit-kiosk': {
    request: staffRequest({}),
    reply: z.object({ exiting: z.literal(true) }),
  },
} as const satisfies { readonly [C in IpcChannel]: ChannelSpec };

export type IpcContract = typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>;
export type IpcParsedRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>;
export type IpcReply<C extends IpcChannel> = z.output<IpcContract[C]['reply']>;
