/**
 * backtalk-provision: tools for clinic IT's provisioning file (see electron/core/settings/provisioning.ts).
 * Run from a checkout with `npm run provision -- ...` (electron/cli/provision-cli.ts), or on an
 * installed kiosk through the app itself: `backtalk --hash-pin`, `backtalk --provision <command> ...`
 * (electron/main/main.ts), so IT needs neither npm nor a checkout there.
 *
 *   npm run provision -- hash-pin          prints a staff PIN hash for "staffPinHash"
 *   npm run provision -- setup-code [--write FILE]
 *                                          prints a one-time setup code for the first staff PIN and
 *                                          its hash for "staffSetupCodeHash" (or writes it into FILE)
 *   npm run provision -- set-pin --data-dir DIR
 *                                          sets the staff PIN in a kiosk's data folder (imaging, recovery,
 *                                          the npm start preview); the PIN is read as for hash-pin
 *   npm run provision -- clear-lockout --data-dir DIR
 *                                          ends a staff lockout (IT's override); restart the kiosk after
 *   npm run provision -- check [file]      checks a provisioning file (default: this OS's path)
 *   npm run provision -- schema            prints the provisioning file's JSON Schema (docs/provision.schema.json)
 *
 * The PIN is read from a hidden prompt (asked twice), or from the first line of stdin when piped
 * (`printf '2468\n' | npm run -s provision -- hash-pin`); never from the command line, where it
 * would land in shell history and the process list. Exit codes: 0 ok, 2 bad input.
 */
import { randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { staffPinSchema, staffSetupCodeDigits } from '../../shared/staff/staff-schemas.ts';
import { defaultProvisionFilePath, loadProvisioning, provisioningJsonSchema } from '../core/settings/provisioning.ts';
import { hashPin } from '../core/staff/pin-hash.ts';
import { clearStaffLockout, createStaffStateStore } from '../core/staff/staff-state-store.ts';
import type { CliIo } from './terminal-io.ts';

const usage = [
  'usage: npm run provision -- hash-pin          (type the PIN at the prompt, or pipe it on stdin)',
  '       npm run provision -- setup-code [--write FILE]   (a one-time code for the first staff PIN)',
  '       npm run provision -- set-pin --data-dir DIR       (PIN at the prompt or on stdin)',
  "       npm run provision -- clear-lockout --data-dir DIR (the kiosk user's data folder)",
  '       npm run provision -- check [file]      (default file: ' + defaultProvisionFilePath() + ')',
  "       npm run provision -- schema            (the provisioning file's JSON Schema)",
  'On an installed kiosk: backtalk --hash-pin, or backtalk --provision <command> [options] (same commands).',
].join('\n');

/** 8 random digits, from the OS's secure generator. */
function newSetupCode(): string {
  return Array.from({ length: staffSetupCodeDigits }, () => String(randomInt(10))).join('');
}

/** Adds (or replaces) the setup-code hash in a provisioning file, keeping everything else. */
function writeSetupCodeHash(file: string, staffSetupCodeHash: string): void {
  let current: Record<string, unknown> = { version: 1 };
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) current = parsed as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file} is not a readable JSON provisioning file; fix it first.`);
  }
  // Mode 0644: the kiosk reads it; only its owner (root) may write it.
  writeFileSync(file, `${JSON.stringify({ ...current, staffSetupCodeHash }, null, 2)}\n`, { mode: 0o644 });
}

async function setupCodeCommand(rest: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...rest], options: { write: { type: 'string' } }, strict: true });
  const code = newSetupCode();
  const hash = await hashPin(code);
  if (values.write) writeSetupCodeHash(values.write, hash);
  io.out(`Setup code: ${code}`);
  io.out('Give it to the staff member who sets the first staff PIN on the kiosk (hidden staff entry). It works once.');
  io.out(values.write ? `Its hash is now in ${values.write} ("staffSetupCodeHash").` : `Add to the provisioning file: "staffSetupCodeHash": "${hash}"`);
  return 0;
}

async function readValidPin(io: CliIo): Promise<string | null> {
  const pin = await readPin(io);
  if (pin === null) return null;
  const parsed = staffPinSchema.safeParse(pin);
  if (parsed.success) return parsed.data;
  io.err('backtalk-provision: a staff PIN is 4 to 8 digits (0-9).');
  return null;
}

async function setPinCommand(rest: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...rest], options: { 'data-dir': { type: 'string' } }, strict: true });
  const dataDir = values['data-dir'];
  if (!dataDir) {
    io.err(usage);
    return 2;
  }
  const pin = await readValidPin(io);
  if (pin === null) return 2;
  const store = createStaffStateStore(dataDir);
  // A new PIN starts with a clean slate: no wrong-PIN count, no lock.
  await store.save({ ...store.get(), pinHash: await hashPin(pin), failedAttempts: 0, lockedUntilMs: null });
  io.out(`Staff PIN set in ${dataDir}. Restart the kiosk so it reads it. (A PIN hash in the provisioning file still wins.)`);
  return 0;
}

async function clearLockoutCommand(rest: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...rest], options: { 'data-dir': { type: 'string' } }, strict: true });
  const dataDir = values['data-dir'];
  if (!dataDir) {
    io.err(usage);
    return 2;
  }
  const outcome = await clearStaffLockout(dataDir);
  const messages = {
    cleared: `Staff lockout cleared in ${dataDir}. Restart the kiosk so it reads the cleared count.`,
    'not-locked': `Staff entry in ${dataDir} is not locked; nothing to clear.`,
    'no-staff-file': `There is no staff file in ${dataDir}; is this the kiosk user's data folder?`,
    unreadable: `The staff file in ${dataDir} cannot be read; provision a PIN hash instead (see docs/INSTALL.md).`,
  } as const;
  if (outcome === 'cleared' || outcome === 'not-locked') io.out(messages[outcome]);
  else io.err(`backtalk-provision: ${messages[outcome]}`);
  return outcome === 'cleared' || outcome === 'not-locked' ? 0 : 2;
}

async function readPin(io: CliIo): Promise<string | null> {
  if (io.promptHidden) {
    const first = await io.promptHidden('New staff PIN (4 to 8 digits): ');
    const second = await io.promptHidden('Type it again: ');
    if (first !== second) {
      io.err('backtalk-provision: the two PINs do not match.');
      return null;
    }
    return first;
  }
  return (await io.readStdin()).split(/\r?\n/)[0]?.trim() ?? '';
}

/**
 * The provisioning command an installed app was started for, or null for a kiosk start:
 * `--hash-pin` (the common one) or `--provision <command> [args...]` (everything after it).
 */
export function parseProvisionRequest(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--provision');
  if (at !== -1) return argv.slice(at + 1);
  return argv.includes('--hash-pin') ? ['hash-pin'] : null;
}

export async function runProvisionCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'hash-pin' && rest.length === 0) {
    const pin = await readValidPin(io);
    if (pin === null) return 2;
    io.out(await hashPin(pin));
    return 0;
  }
  if (command === 'schema' && rest.length === 0) {
    io.out(JSON.stringify(provisioningJsonSchema(), null, 2));
    return 0;
  }
  if (command === 'set-pin') return setPinCommand(rest, io);
  if (command === 'setup-code') return setupCodeCommand(rest, io);
  if (command === 'clear-lockout') return clearLockoutCommand(rest, io);
  if (command === 'check' && rest.length <= 1) {
    const file = rest[0] ?? defaultProvisionFilePath();
    const { provisioning, problem } = loadProvisioning(file);
    if (problem) {
      if (problem.recovery === 'fields-ignored') {
        const bad = (problem.details ?? []).map((detail) => `${detail.field} (${detail.reason})`).join('; ');
        io.err(`backtalk-provision: ${file} has fields a kiosk would leave out: ${bad}. The other fields would apply.`);
        return 2;
      }
      const fields = problem.fields.length > 0 ? ` (${problem.fields.join(', ')})` : '';
      io.err(`backtalk-provision: ${file} is ${problem.kind}${fields}; a kiosk would ignore it.`);
      return 2;
    }
    if (!provisioning) {
      io.err(`backtalk-provision: there is no provisioning file at ${file}.`);
      return 2;
    }
    const managed = Object.keys(provisioning.settings);
    const pin = provisioning.staffPinHash
      ? 'managed'
      : provisioning.staffSetupCodeHash
        ? 'set on the kiosk with the setup code'
        : 'not provisioned (a new kiosk stays locked: "call IT")';
    io.out(`${file} is valid. Managed settings: ${managed.length > 0 ? managed.join(', ') : 'none'}. Staff PIN: ${pin}.`);
    return 0;
  }
  io.err(usage);
  return 2;
}
