/**
 * The provisioning file: clinic IT sets clinic details, languages, printer, paper, timeouts and
 * the staff PIN hash for many kiosks at once. What it sets is managed: staff see it but cannot
 * change it. The kiosk only reads this file; a missing file means nothing is managed. Each field
 * is checked on its own: a bad one is left out and reported (name and reason, never its value) on
 * the staff screen and in the log, and every good one still applies, so one phone number that is
 * too long cannot drop the PIN hash and open the kiosk's PIN setup.
 *
 * Where it lives:
 *   Linux    /etc/backtalk/provision.json
 *   Windows  %ProgramData%\Backtalk\provision.json
 *   macOS    /Library/Application Support/Backtalk/provision.json
 *   any OS   the path in BACKTALK_PROVISION_FILE, when set (development and tests only: a
 *            packaged kiosk ignores it, so nobody can point it at a file they wrote)
 *
 * Trust: on Linux and macOS the file and its folder must be owned by root and not writable by
 * group or others, or the file is refused as a whole (logged, and shown to staff): otherwise
 * whoever can write it could set the staff PIN. On Windows the installer gives the folder to
 * Administrators (build/windows/installer.nsh); the owner is not checked in code there.
 *
 * Example (every key optional except version):
 *   {
 *     "version": 1,
 *     "settings": { "clinicName": "Riverside Physical Therapy", "clinicPhone": "555-0134",
 *                   "languages": ["en", "es"], "defaultLanguage": "en", "printer": "FrontDesk",
 *                   "paperSize": "letter", "idleSeconds": 90 },
 *     "staffPinHash": "scrypt$17$8$1$...$..."        (from: npm run provision -- hash-pin)
 *     "staffSetupCodeHash": "scrypt$17$8$1$...$..."  (from: npm run provision -- setup-code)
 *   }
 *
 * Without a PIN hash (here or set earlier on this kiosk) the kiosk stays locked: "Staff setup
 * needed: call IT". A setup code lets staff choose the first PIN on the kiosk, once.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { kioskSettingsFieldsSchema, type KioskSettingKey, type KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import type { FieldProblem, SettingsProblem } from '../../../shared/staff/staff-schemas.ts';
import { pinHashSchema, type PinHash } from '../staff/pin-hash.ts';

export const provisionFileEnv = 'BACKTALK_PROVISION_FILE';

const settingShapes = kioskSettingsFieldsSchema.shape;

/**
 * The whole file's format, in one place: published as JSON Schema (docs/provision.schema.json,
 * `npm run provision -- schema`) for clinic IT's editors and tools. The loader below checks the
 * same shapes field by field, so one bad field is left out instead of the whole file.
 */
export const provisioningFileSchema = z
  .object({
    // Lets an editor find this schema; the kiosk ignores it.
    $schema: z.string().describe('Optional: where an editor finds this schema. The kiosk ignores it.').optional(),
    version: z.literal(1).describe('The format version. Always 1.'),
    settings: kioskSettingsFieldsSchema
      .partial()
      .strict()
      .describe('Kiosk settings this file manages: staff see them but cannot change them. Leave a setting out to let staff set it.')
      .optional(),
    staffPinHash: pinHashSchema.describe('The staff PIN, hashed. Make it with: backtalk --hash-pin (or npm run provision -- hash-pin).').optional(),
    staffSetupCodeHash: pinHashSchema
      .describe('A one-time setup code, hashed: staff choose the first PIN on the kiosk with it. Make it with: backtalk --provision setup-code.')
      .optional(),
  })
  .strict()
  .meta({
    title: 'Backtalk provisioning file',
    description: 'Linux: /etc/backtalk/provision.json; Windows: %ProgramData%\\Backtalk\\provision.json. See docs/INSTALL.md.',
  });

const topLevelKeys = provisioningFileSchema.keyof().options;

/** The provisioning file's JSON Schema (draft 2020-12), generated from provisioningFileSchema. */
export function provisioningJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(provisioningFileSchema, { io: 'input' });
  return { $schema, $id: 'https://backtalk.example/schemas/provision.schema.json', ...schema };
}

export interface Provisioning {
  readonly file: string;
  readonly settings: Partial<KioskSettings>;
  readonly staffPinHash: PinHash | null;
  /** The hash of a one-time setup code: staff may choose the first PIN on the kiosk with it. */
  readonly staffSetupCodeHash: PinHash | null;
}

export interface ProvisioningLoad {
  /** Null when there is no usable provisioning file. */
  readonly provisioning: Provisioning | null;
  readonly problem: SettingsProblem | null;
}

/** The documented location for this OS, unless BACKTALK_PROVISION_FILE names another (never in a packaged kiosk). */
export function defaultProvisionFilePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  options: { readonly packaged?: boolean } = {},
): string {
  const override = options.packaged ? undefined : env[provisionFileEnv]?.trim();
  if (override) return override;
  // A packaged kiosk reads no environment here either: a user can set their own ProgramData, and
  // Windows does not check a file's owner the way the Linux check below does.
  if (platform === 'win32') return path.win32.join((options.packaged ? undefined : env['ProgramData']) ?? 'C:\\ProgramData', 'Backtalk', 'provision.json');
  if (platform === 'darwin') return '/Library/Application Support/Backtalk/provision.json';
  return '/etc/backtalk/provision.json';
}

/** The first rule a value broke, in zod's words (which name the rule, not the value). */
function reasonOf(error: z.ZodError): string {
  return (error.issues[0]?.message ?? 'not allowed').slice(0, 200);
}

const objectSchema = z.record(z.string(), z.unknown());

/** Checks the settings one by one: the good ones are kept, each bad one is named with its reason. */
function parseSettings(raw: unknown, bad: FieldProblem[]): Partial<KioskSettings> {
  const object = objectSchema.safeParse(raw);
  if (!object.success) {
    bad.push({ field: 'settings', reason: 'must be an object of settings' });
    return {};
  }
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object.data)) {
    // Own keys only: "constructor" or "toString" must be "not a setting", not a member of every object.
    const shape = Object.hasOwn(settingShapes, key) ? (settingShapes as Record<string, z.ZodType | undefined>)[key] : undefined;
    if (!shape) {
      bad.push({ field: key.slice(0, 64), reason: 'not a Backtalk setting' });
      continue;
    }
    const parsed = shape.safeParse(value);
    if (parsed.success) settings[key] = parsed.data;
    else bad.push({ field: key, reason: reasonOf(parsed.error) });
  }
  const kept = settings as Partial<KioskSettings>;
  if (kept.languages && kept.defaultLanguage && !kept.languages.includes(kept.defaultLanguage)) {
    delete kept.defaultLanguage;
    bad.push({ field: 'defaultLanguage' satisfies KioskSettingKey, reason: 'The default language must be one of the languages offered.' });
  }
  return kept;
}

function parseHash(raw: unknown, field: string, bad: FieldProblem[]): PinHash | null {
  if (raw === undefined) return null;
  const parsed = pinHashSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  bad.push({ field, reason: reasonOf(parsed.error) });
  return null;
}

/** Why a file (or folder) is not trusted to set the staff PIN, or null when it is root's alone. */
function untrustedBecause(stats: Stats, what: 'file' | 'folder'): string | null {
  if (stats.uid !== 0) return `the ${what} is not owned by root`;
  if ((stats.mode & 0o022) !== 0) return `the ${what} is writable by group or others`;
  return null;
}

export interface LoadProvisioningOptions {
  /** Refuse a file that is not root's alone (default: everywhere but Windows, where the installer sets the folder's rights). */
  readonly requireRootOwner?: boolean;
}

export function loadProvisioning(file: string, options: LoadProvisioningOptions = {}): ProvisioningLoad {
  const problem = (kind: SettingsProblem['kind'], fields: string[] = [], details?: FieldProblem[]): ProvisioningLoad => ({
    provisioning: null,
    problem: { source: 'provisioning-file', kind, fields, ...(details ? { details } : {}), recovery: 'ignored', file },
  });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { provisioning: null, problem: null } : problem('unreadable');
  }
  if (options.requireRootOwner ?? process.platform !== 'win32') {
    const reason = untrustedBecause(statSync(file), 'file') ?? untrustedBecause(statSync(path.dirname(file)), 'folder');
    if (reason) return problem('untrusted', [], [{ field: '(file)', reason: `${reason}; fix with: sudo chown root:root and chmod 644 (folder 755)` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return problem('not-json');
  }
  const object = objectSchema.safeParse(raw);
  if (!object.success) return problem('invalid', ['(file)']);
  // The version says what the other fields mean: without a known one, nothing else can be trusted.
  const version = object.data['version'];
  if (typeof version === 'number' && version > 1) return problem('newer-version');
  if (version !== 1) return problem('invalid', ['version']);

  const bad: FieldProblem[] = [];
  for (const key of Object.keys(object.data)) {
    if (!(topLevelKeys as readonly string[]).includes(key)) bad.push({ field: key.slice(0, 64), reason: 'not a provisioning field' });
  }
  const provisioning: Provisioning = {
    file,
    settings: object.data['settings'] === undefined ? {} : parseSettings(object.data['settings'], bad),
    staffPinHash: parseHash(object.data['staffPinHash'], 'staffPinHash', bad),
    staffSetupCodeHash: parseHash(object.data['staffSetupCodeHash'], 'staffSetupCodeHash', bad),
  };
  const details = bad.slice(0, 20);
  return {
    provisioning,
    problem:
      details.length === 0
        ? null
        : { source: 'provisioning-file', kind: 'invalid', fields: details.map((entry) => entry.field), details, recovery: 'fields-ignored', file },
  };
}
