/**
 * The settings file's schema versions and the steps between them. Each step takes the file as
 * the previous version wrote it and returns the next version; the last version is parsed with
 * the shared settings schema. Add a version by adding one step here (and a test with a real old file).
 *
 *   v1 (walking skeleton): the bare settings object, no version field.
 *   v2: { schemaVersion: 2, settings: {...} }, so the file can say what it is.
 *   v3: red-flag escalation settings (alert printer, chime, staff language, emergency number,
 *       time zone, kiosk name), each starting at its default.
 */
import { z } from 'zod';
import { defaultKioskSettings, kioskSettingsSchema, type KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import { issueFields, type ParseOutcome } from './durable-json-file.ts';

export const currentSettingsVersion = 3;

export const settingsFileSchema = z.object({
  schemaVersion: z.literal(currentSettingsVersion),
  settings: kioskSettingsSchema,
});
export type SettingsFile = z.infer<typeof settingsFileSchema>;

const versionedSchema = z.object({ schemaVersion: z.number().int().min(1) }).loose();
const objectSchema = z.record(z.string(), z.unknown());

/** Step n turns a version-n file into a version-(n+1) file. */
const migrations: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> = {
  // Keys the skeleton never wrote get their defaults; unknown keys are dropped by the schema.
  1: (bare) => ({ schemaVersion: 2, settings: { ...defaultKioskSettings, ...bare } }),
  2: (file) => ({ schemaVersion: 3, settings: { ...escalationDefaults, ...objectOf(file['settings']) } }),
};

const escalationDefaults: Partial<KioskSettings> = {
  alertPrinter: defaultKioskSettings.alertPrinter,
  attentionChime: defaultKioskSettings.attentionChime,
  staffLanguage: defaultKioskSettings.staffLanguage,
  emergencyNumber: defaultKioskSettings.emergencyNumber,
  timeZone: defaultKioskSettings.timeZone,
  kioskName: defaultKioskSettings.kioskName,
};

function objectOf(value: unknown): Record<string, unknown> {
  const parsed = objectSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

export function fileVersion(raw: Record<string, unknown>): number {
  const versioned = versionedSchema.safeParse(raw);
  return versioned.success ? versioned.data.schemaVersion : 1;
}

/** Brings any known version of the settings file up to the current one and validates it. */
export function parseSettingsFile(raw: unknown): ParseOutcome<KioskSettings> {
  const object = objectSchema.safeParse(raw);
  if (!object.success) return { ok: false, kind: 'invalid', fields: ['(file)'] };
  let file = object.data;
  const startVersion = fileVersion(file);
  if (startVersion > currentSettingsVersion) return { ok: false, kind: 'newer-version', fields: [] };
  for (let version = startVersion; version < currentSettingsVersion; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, kind: 'invalid', fields: ['schemaVersion'] };
    file = step(file);
  }
  const parsed = settingsFileSchema.safeParse(file);
  if (!parsed.success) {
    const inSettings = parsed.error.issues.every((issue) => issue.path[0] === 'settings' && issue.path.length > 1);
    return { ok: false, kind: 'invalid', fields: inSettings ? issueFields(parsed.error.issues, 1) : issueFields(parsed.error.issues) };
  }
  return { ok: true, value: parsed.data.settings, migrated: startVersion !== currentSettingsVersion };
}

export function serializeSettings(settings: KioskSettings): SettingsFile {
  return { schemaVersion: currentSettingsVersion, settings };
}
