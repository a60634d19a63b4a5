/**
 * The provisioning file: clinic IT sets clinic details, languages, printer, paper, timeouts and
 * the staff PIN hash for many kiosks at once. What it sets is managed: staff see it but cannot
 * change it. The kiosk only reads this file; a missing file means nothing is managed, and a bad
 * one is ignored and reported on the staff screen (it never stops the kiosk).
 *
 * Where it lives:
 *   Linux    /etc/backtalk/provision.json
 *   Windows  %ProgramData%\Backtalk\provision.json
 *   macOS    /Library/Application Support/Backtalk/provision.json
 *   any OS   the path in BACKTALK_PROVISION_FILE, when set
 *
 * Example (every key optional except version):
 *   {
 *     "version": 1,
 *     "settings": { "clinicName": "Riverside Physical Therapy", "clinicPhone": "555-0134",
 *                   "languages": ["en", "es"], "defaultLanguage": "en", "printer": "FrontDesk",
 *                   "paperSize": "letter", "idleSeconds": 90 },
 *     "staffPinHash": "scrypt$15$8$1$...$..."   (from: npm run provision -- hash-pin)
 *   }
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { kioskSettingsFieldsSchema, type KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import type { SettingsProblem } from '../../../shared/staff/staff-schemas.ts';
import { pinHashSchema, type PinHash } from '../staff/pin-hash.ts';
import { issueFields } from './durable-json-file.ts';

export const provisionFileEnv = 'BACKTALK_PROVISION_FILE';

export const provisionFileSchema = z
  .object({
    version: z.literal(1),
    settings: kioskSettingsFieldsSchema
      .partial()
      .strict()
      .refine((s) => !s.languages || !s.defaultLanguage || s.languages.includes(s.defaultLanguage), {
        message: 'The default language must be one of the languages offered.',
        path: ['defaultLanguage'],
      })
      .optional(),
    staffPinHash: pinHashSchema.optional(),
  })
  .strict();

export interface Provisioning {
  readonly file: string;
  readonly settings: Partial<KioskSettings>;
  readonly staffPinHash: PinHash | null;
}

export interface ProvisioningLoad {
  /** Null when there is no usable provisioning file. */
  readonly provisioning: Provisioning | null;
  readonly problem: SettingsProblem | null;
}

/** The documented location for this OS, unless BACKTALK_PROVISION_FILE names another. */
export function defaultProvisionFilePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env[provisionFileEnv]?.trim();
  if (override) return override;
  if (platform === 'win32') return path.win32.join(env['ProgramData'] ?? 'C:\\ProgramData', 'Backtalk', 'provision.json');
  if (platform === 'darwin') return '/Library/Application Support/Backtalk/provision.json';
  return '/etc/backtalk/provision.json';
}

export function loadProvisioning(file: string): ProvisioningLoad {
  const problem = (kind: SettingsProblem['kind'], fields: string[] = []): ProvisioningLoad => ({
    provisioning: null,
    problem: { source: 'provisioning-file', kind, fields, recovery: 'ignored', file },
  });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { provisioning: null, problem: null } : problem('unreadable');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return problem('not-json');
  }
  const parsed = provisionFileSchema.safeParse(raw);
  if (!parsed.success) {
    const version = z.object({ version: z.number() }).loose().safeParse(raw);
    if (version.success && version.data.version > 1) return problem('newer-version');
    const nested = parsed.error.issues.every((issue) => issue.path[0] === 'settings' && issue.path.length > 1);
    return problem('invalid', nested ? issueFields(parsed.error.issues, 1) : issueFields(parsed.error.issues));
  }
  return {
    provisioning: { file, settings: parsed.data.settings ?? {}, staffPinHash: parsed.data.staffPinHash ?? null },
    problem: null,
  };
}
