/**
 * The kiosk's settings: one schema shared by the settings file (main process), the staff
 * screens and the patient screens, so a setting means the same thing everywhere.
 */
import { z } from 'zod';
import { languages } from '../questionnaire/questionnaire-types.ts';

export const paperSizes = ['letter', 'a4', 'receipt-80mm'] as const;
export type PaperSize = (typeof paperSizes)[number];

export const printModes = ['auto', 'ask'] as const;
export type PrintMode = (typeof printModes)[number];

const languageSchema = z.enum(languages);

/** True when `zone` is an IANA time zone this runtime knows (e.g. "America/Chicago"). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const queueNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(127)
  .regex(/^[^\s/#]+$/);

/** The fields alone, without the cross-field rule (for partial shapes such as patches and provisioning). */
export const kioskSettingsFieldsSchema = z.object({
  clinicName: z.string().trim().min(1).max(80),
  clinicPhone: z.string().trim().max(40),
  languages: z.array(languageSchema).min(1).max(languages.length),
  defaultLanguage: languageSchema,
  /** Seconds without a touch before "Are you still there?". */
  idleSeconds: z.number().int().min(15).max(900),
  /** Seconds the "Are you still there?" countdown runs before a full reset. */
  idleCountdownSeconds: z.number().int().min(5).max(120),
  /** Seconds the thank-you screen counts down before the attract screen. */
  thankYouSeconds: z.number().int().min(5).max(120),
  printMode: z.enum(printModes),
  /** CUPS queue (or OS printer) name; null means the system default printer. */
  printer: queueNameSchema.nullable(),
  paperSize: z.enum(paperSizes),
  /** Where the urgent red-flag slip prints (e.g. the front-desk printer); null means the summary printer. */
  alertPrinter: queueNameSchema.nullable(),
  /** A short chime on the kiosk when a red flag is raised. */
  attentionChime: z.boolean(),
  /** The language staff read: the red-flag sheet's urgent block is also printed in it, and the slip is in it. */
  staffLanguage: languageSchema,
  /** The number on the red-flag sheet's emergency line. */
  emergencyNumber: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[0-9+()\- ]+$/),
  /** The clinic's IANA time zone for printed times; null means the computer's own zone. */
  timeZone: z.string().trim().min(1).max(64).refine(isValidTimeZone, { error: 'Not a known time zone.' }).nullable(),
  /** The kiosk's name on the urgent slip, so staff know which kiosk to go to. */
  kioskName: z.string().trim().min(1).max(40),
});

export const kioskSettingsSchema = kioskSettingsFieldsSchema.refine((s) => s.languages.includes(s.defaultLanguage), {
  error: 'The default language must be one of the languages offered.',
  path: ['defaultLanguage'],
});

export const kioskSettingKeys = kioskSettingsFieldsSchema.keyof().options;
export type KioskSettingKey = keyof KioskSettings;

export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const defaultKioskSettings: KioskSettings = {
  clinicName: 'Your Physical Therapy Clinic',
  clinicPhone: '',
  languages: ['en', 'es'],
  defaultLanguage: 'en',
  idleSeconds: 90,
  idleCountdownSeconds: 20,
  thankYouSeconds: 15,
  printMode: 'auto',
  printer: null,
  paperSize: 'letter',
  alertPrinter: null,
  attentionChime: true,
  staffLanguage: 'en',
  emergencyNumber: '911',
  timeZone: null,
  kioskName: 'Check-in kiosk',
};

/** The zone printed times use: the clinic's setting, else the computer's own. */
export function clinicTimeZone(settings: Pick<KioskSettings, 'timeZone'>): string {
  return settings.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
