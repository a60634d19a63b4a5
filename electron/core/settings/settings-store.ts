/**
 * The kiosk's settings file (`settings.json` in the data folder): versioned and migrated,
 * zod-validated on every read and write, written atomically with a last good copy, so neither a
 * crash mid-write nor a corrupt file can stop the kiosk. Settings the provisioning file sets are
 * laid over the stored ones and cannot be changed here.
 */
import path from 'node:path';
import {
  defaultKioskSettings,
  kioskSettingKeys,
  kioskSettingsSchema,
  type KioskSettingKey,
  type KioskSettings,
} from '../../../shared/settings/kiosk-settings.ts';
import type { SettingsProblem } from '../../../shared/staff/staff-schemas.ts';
import { KioskError } from '../kiosk-error.ts';
import type { Logger } from '../logging/logger.ts';
import { createDurableJsonFile } from './durable-json-file.ts';
import { parseSettingsFile, serializeSettings } from './settings-migrations.ts';

export interface SettingsStore {
  /** The settings in force: the stored ones with the provisioned ones on top. */
  get(): KioskSettings;
  /** Changes stored settings; rejects managed keys and invalid results. Resolves once on disk. */
  update(patch: Partial<KioskSettings>): Promise<KioskSettings>;
  /** Keys the provisioning file sets. */
  managedKeys(): KioskSettingKey[];
  /** What was wrong with the settings file at start, until the next successful save. */
  problems(): SettingsProblem[];
  /**
   * Neither the file nor its last good copy was usable, so the factory settings are in force, and
   * staff have not saved (confirmed) settings since: the kiosk stays closed to patients meanwhile.
   */
  lost(): boolean;
}

export interface SettingsStoreOptions {
  readonly dataDir: string;
  readonly logger: Logger;
  /** Settings used when the data folder has no settings file yet. */
  readonly initial?: Partial<KioskSettings>;
  /** Settings the provisioning file sets (managed: staff cannot change them). */
  readonly provisioned?: Partial<KioskSettings>;
}

export const settingsFileName = 'settings.json';

/** Lays the managed settings over the stored ones; the default language follows the languages offered. */
function effectiveSettings(stored: KioskSettings, provisioned: Partial<KioskSettings>): KioskSettings {
  const merged = { ...stored, ...provisioned };
  if (!merged.languages.includes(merged.defaultLanguage)) merged.defaultLanguage = merged.languages[0] ?? stored.defaultLanguage;
  return kioskSettingsSchema.parse(merged);
}

export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const { logger } = options;
  const provisioned = options.provisioned ?? {};
  const managed = kioskSettingKeys.filter((key) => key in provisioned);
  const durable = createDurableJsonFile({ file: path.join(options.dataDir, settingsFileName), parse: parseSettingsFile, serialize: serializeSettings });

  const initial = kioskSettingsSchema.safeParse({ ...defaultKioskSettings, ...options.initial });
  const loaded = durable.load();
  let stored: KioskSettings = loaded.value ?? (initial.success ? initial.data : defaultKioskSettings);
  let problem: SettingsProblem | null = loaded.problem ? { source: 'settings-file', ...loaded.problem, fields: [...loaded.problem.fields] } : null;
  if (problem)
    logger.warn(
      { file: settingsFileName, kind: problem.kind, fields: problem.fields, recovery: problem.recovery },
      'settings file unusable; kept the kiosk running',
    );
  if (loaded.needsSave) {
    durable.save(stored).catch((error: unknown) => logger.error({ file: settingsFileName, err: String(error) }, 'settings write failed'));
  }
  let current = effectiveSettings(stored, provisioned);
  let updates: Promise<unknown> = Promise.resolve();

  return {
    get: () => current,
    managedKeys: () => [...managed],
    problems: () => (problem ? [problem] : []),
    lost: () => problem?.recovery === 'defaults',
    update(patch) {
      // One change at a time, each built on the one before: staff tapping Less three times and
      // then a chip faster than the disk writes once lost every change but the last to finish.
      const result = updates.then(() => applyUpdate(patch));
      updates = result.catch(() => undefined); // a refused change does not stop the next
      return result;
    },
  };

  async function applyUpdate(patch: Partial<KioskSettings>): Promise<KioskSettings> {
    const touched = managed.filter((key) => key in patch);
    if (touched.length > 0) throw new KioskError('managed-setting', 'That setting is managed by the provisioning file.');
    const parsed = kioskSettingsSchema.safeParse({ ...stored, ...patch });
    if (!parsed.success) throw new KioskError('bad-request', 'Those settings are not valid.');
    await durable.save(parsed.data).catch((error: unknown) => {
      logger.error({ file: settingsFileName, err: String(error) }, 'settings write failed');
      throw new KioskError('internal', 'The settings could not be saved.');
    });
    stored = parsed.data;
    problem = null;
    current = effectiveSettings(stored, provisioned);
    return current;
  }
}
