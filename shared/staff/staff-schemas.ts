/**
 * What staff mode sends and receives over the bridge: PINs, the staff session, the staff view of
 * the settings (with the keys the provisioning file manages) and the front desk's counts.
 * Numbers and settings only: nothing here can hold a patient's answer.
 */
import { z } from 'zod';
import { kioskSettingKeys, kioskSettingsFieldsSchema, kioskSettingsSchema } from '../settings/kiosk-settings.ts';

export const staffPinMinDigits = 4;
export const staffPinMaxDigits = 8;

/** A staff PIN: 4 to 8 digits, typed on the on-screen pad. */
export const staffPinSchema = z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits.');

/**
 * The one-time setup code clinic IT prints with `npm run provision -- setup-code`: 8 digits, typed
 * on the same pad, and only its hash is in the provisioning file.
 */
export const staffSetupCodeDigits = 8;
export const staffSetupCodeSchema = z.string().regex(/^\d{8}$/, 'A setup code is 8 digits.');

/**
 * Whether staff entry can open: `set` (a PIN is known), `setup-allowed` (no PIN yet, and IT
 * allowed one first-PIN setup with a setup code), `call-it` (no PIN known and no setup allowed:
 * the kiosk stays locked until IT provisions a PIN hash or a setup code).
 */
export const staffPinStates = ['set', 'setup-allowed', 'call-it'] as const;
export type StaffPinState = (typeof staffPinStates)[number];

/** An opaque staff session token (32 random bytes, base64url). */
export const staffTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const staffStatusSchema = z.object({
  /** Anything but `set` keeps the kiosk locked ("Staff setup needed: call IT"); never a PIN setup for the public. */
  pinState: z.enum(staffPinStates),
  /** The PIN comes from the provisioning file, so it cannot be changed on the kiosk. */
  pinManaged: z.boolean(),
  /** Seconds until another PIN may be tried; 0 when not locked out. */
  lockedForSeconds: z.number().int().min(0),
  /** Wrong PINs still allowed before the next pause (0 once the pauses have begun). */
  triesBeforePause: z.number().int().min(0),
});
export type StaffStatus = z.infer<typeof staffStatusSchema>;

export const staffSessionSchema = z.object({
  staffToken: staffTokenSchema,
  /** Staff mode closes itself after this many seconds without a touch. */
  idleSeconds: z.number().int().min(5).max(3600),
});
export type StaffSession = z.infer<typeof staffSessionSchema>;

export const settingsProblemSources = ['settings-file', 'provisioning-file', 'staff-file'] as const;
export const settingsProblemKinds = [
  /** The file could not be read at all (permissions, disk error). */
  'unreadable',
  /** The file is not JSON (cut short, overwritten, edited by hand). */
  'not-json',
  /** JSON, but some values are not allowed (see `fields`). */
  'invalid',
  /** Written by a newer Backtalk than this one. */
  'newer-version',
  /** A provisioning file someone other than root could have written (see `details`). */
  'untrusted',
] as const;
export const settingsRecoveries = ['last-good-copy', 'defaults', 'ignored', 'fields-ignored'] as const;

/** One field that was not allowed, and why (the rule it broke, never its value). */
export const fieldProblemSchema = z.object({ field: z.string().max(64), reason: z.string().max(200) });
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/** Something wrong with a settings, staff or provisioning file that the kiosk worked around. */
export const settingsProblemSchema = z.object({
  source: z.enum(settingsProblemSources),
  kind: z.enum(settingsProblemKinds),
  /** The setting names that were wrong (for `invalid`); never their values. */
  fields: z.array(z.string().max(64)).max(20),
  /** Why each field was refused (provisioning file), when known. */
  details: z.array(fieldProblemSchema).max(20).optional(),
  /** What the kiosk runs with instead. */
  recovery: z.enum(settingsRecoveries),
  /** Where IT can look (a path on this computer). */
  file: z.string(),
});
export type SettingsProblem = z.infer<typeof settingsProblemSchema>;

export const managedSettingKeySchema = z.enum(kioskSettingKeys);

export const staffSettingsViewSchema = z.object({
  settings: kioskSettingsSchema,
  /** Keys set by the provisioning file: shown as managed, not editable. */
  managed: z.array(managedSettingKeySchema),
  pinManaged: z.boolean(),
  /** The provisioning file in use, or null when there is none. */
  provisionFile: z.string().nullable(),
  problems: z.array(settingsProblemSchema),
  /** The settings were lost in both copies and staff have not confirmed them (the kiosk is closed to patients). */
  settingsLost: z.boolean(),
});
export type StaffSettingsView = z.infer<typeof staffSettingsViewSchema>;

/** A change to some settings; the cross-field rules are checked on the merged result. */
export const settingsPatchSchema = kioskSettingsFieldsSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { error: 'Nothing to change.' });
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The counts the front desk sees, in the spec's order. */
export const staffCountNames = ['started', 'finished', 'printed', 'printFailures', 'redFlags', 'alertSlipsPrinted', 'alertSlipFailures', 'timedOut'] as const;
export type StaffCountName = (typeof staffCountNames)[number];

export const staffDayCountsSchema = z.object(
  Object.fromEntries(staffCountNames.map((name) => [name, z.number().int().min(0)])) as Record<StaffCountName, z.ZodNumber>,
);
export type StaffDayCounts = z.infer<typeof staffDayCountsSchema>;

const dayKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const staffCountsSchema = z.object({
  today: z.object({ date: dayKeySchema, counts: staffDayCountsSchema }),
  /** Earlier days with any counts, newest first (kept for 90 days). */
  earlier: z.array(z.object({ date: dayKeySchema, counts: staffDayCountsSchema })),
});
export type StaffCounts = z.infer<typeof staffCountsSchema>;
