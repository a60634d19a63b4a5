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
  printer: z.string().trim().min(1).max(127).regex(/^[^\s/#]+$/).nullable(),
  paperSize: z.enum(paperSizes),
});

export const kioskSettingsSchema = kioskSettingsFieldsSchema.refine((s) => s.languages.includes(s.defaultLanguage), {
  message: 'The default language must be one of the languages offered.',
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
};
