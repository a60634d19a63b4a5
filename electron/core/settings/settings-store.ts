/**
 * The kiosk's settings file (`settings.json` in the data folder): zod-validated on every read
 * and write, written atomically, so a crash mid-write leaves the old or the new file, never half.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { defaultKioskSettings, kioskSettingsSchema, type KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import { KioskError } from '../kiosk-error.ts';
import type { Logger } from '../logging/logger.ts';

export interface SettingsStore {
  get(): KioskSettings;
  update(patch: Partial<KioskSettings>): Promise<KioskSettings>;
}

export function createSettingsStore(options: { dataDir: string; logger: Logger; initial?: Partial<KioskSettings> }): SettingsStore {
  const file = path.join(options.dataDir, 'settings.json');
  let current: KioskSettings = { ...defaultKioskSettings, ...options.initial };
  try {
    const parsed = kioskSettingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) current = parsed.data;
    else options.logger.warn({ file: 'settings.json', issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'settings file invalid; using defaults');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.logger.warn({ file: 'settings.json' }, 'settings file unreadable; using defaults');
  }

  return {
    get: () => current,
    async update(patch) {
      const parsed = kioskSettingsSchema.safeParse({ ...current, ...patch });
      if (!parsed.success) throw new KioskError('bad-request', 'Those settings are not valid.');
      await writeFileAtomic(file, `${JSON.stringify(parsed.data, null, 2)}\n`, { fsync: true });
      current = parsed.data;
      return current;
    },
  };
}
