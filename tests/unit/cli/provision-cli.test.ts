import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runProvisionCli } from '../../../electron/cli/provision-commands.ts';
import type { CliIo } from '../../../electron/cli/terminal-io.ts';
import { hashPin, pinHashSchema, verifyPin } from '../../../electron/core/staff/pin-hash.ts';
import { loadProvisioning } from '../../../electron/core/settings/provisioning.ts';
import { createStaffStateStore, seedStaffPinHash } from '../../../electron/core/staff/staff-state-store.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let dir = '';
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-provision-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io(input: { stdin?: string; prompts?: string[] }) {
  const out: string[] = [];
  const err: string[] = [];
  const prompts = [...(input.prompts ?? [])];
  const cli: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    promptHidden: input.prompts ? () => Promise.resolve(prompts.shift() ?? '') : null,
    readStdin: () => Promise.resolve(input.stdin ?? ''),
  };
  return { cli, out, err };
}

describe('npm run provision -- hash-pin', () => {
  it('prints a hash of the PIN piped on stdin, through npm as clinic IT runs it', async () => {
    const result = spawnSync('npm', ['run', '-s', 'provision', '--', 'hash-pin'], { cwd: repoRoot, input: '2468\n', encoding: 'utf8' });
    expect(result.status).toBe(0);
    const hash = pinHashSchema.parse(result.stdout.trim());
    expect(await verifyPin('2468', hash)).toBe(true);
    expect(result.stdout).not.toContain('2468');
  }, 30_000);

  it('asks twice at a terminal prompt and refuses a mismatch', async () => {
    const ok = io({ prompts: ['97531', '97531'] });
    expect(await runProvisionCli(['hash-pin'], ok.cli)).toBe(0);
    expect(await verifyPin('97531', pinHashSchema.parse(ok.out[0]))).toBe(true);
    const mismatch = io({ prompts: ['97531', '97532'] });
    expect(await runProvisionCli(['hash-pin'], mismatch.cli)).toBe(2);
    expect(mismatch.err.join('')).toContain('do not match');
    expect(mismatch.out).toEqual([]);
  });

  it.each(['123', '123456789', '12a4', ''])('refuses %j (a PIN is 4 to 8 digits)', async (pin) => {
    const run = io({ stdin: `${pin}\n` });
    expect(await runProvisionCli(['hash-pin'], run.cli)).toBe(2);
    expect(run.err.join('')).toContain('4 to 8 digits');
  });

  it('never takes the PIN from the command line', async () => {
    const run = io({ stdin: '' });
    expect(await runProvisionCli(['hash-pin', '2468'], run.cli)).toBe(2);
    expect(run.err.join('')).toContain('usage');
  });
});

describe('npm run provision -- check', () => {
  it('says what a valid file manages, and rejects a broken one', async () => {
    const hash = io({ stdin: '2468' });
    await runProvisionCli(['hash-pin'], hash.cli);
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ version: 1, settings: { clinicName: 'Lakeside PT', paperSize: 'a4' }, staffPinHash: hash.out[0] }));
    const check = io({});
    expect(await runProvisionCli(['check', good], check.cli)).toBe(0);
    expect(check.out[0]).toContain('Managed settings: clinicName, paperSize. Staff PIN: managed.');

    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, settings: { idleSeconds: 1 } }));
    const badCheck = io({});
    expect(await runProvisionCli(['check', bad], badCheck.cli)).toBe(2);
    expect(badCheck.err[0]).toContain('fields a kiosk would leave out: idleSeconds');
  });
});

describe('npm run provision -- setup-code', () => {
  it('prints a one-time 8-digit code and writes only its hash into the provisioning file, keeping the rest', async () => {
    const file = path.join(dir, 'provision.json');
    writeFileSync(file, JSON.stringify({ version: 1, settings: { clinicName: 'Lakeside PT' } }));
    const run = io({});
    expect(await runProvisionCli(['setup-code', '--write', file], run.cli)).toBe(0);
    const code = /Setup code: (\d{8})/.exec(run.out.join('\n'))?.[1];
    expect(code).toMatch(/^\d{8}$/);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(code);
    const { provisioning, problem } = loadProvisioning(file);
    expect(problem).toBeNull();
    expect(provisioning?.settings.clinicName).toBe('Lakeside PT');
    expect(provisioning?.staffSetupCodeHash && (await verifyPin(code ?? '', provisioning.staffSetupCodeHash))).toBe(true);
  });
});

describe('npm run provision -- set-pin', () => {
  it('sets the PIN in a data folder that does not exist yet (a fresh install, or npm start on a bare machine)', async () => {
    const fresh = path.join(dir, 'not-yet', 'Backtalk Preview');
    const run = io({ stdin: '13579\n' });
    expect(await runProvisionCli(['set-pin', '--data-dir', fresh], run.cli)).toBe(0);
    expect(run.err).toEqual([]);
    const saved = createStaffStateStore(fresh).get();
    expect(await verifyPin('13579', pinHashSchema.parse(saved.pinHash))).toBe(true);
    expect(saved).toMatchObject({ failedAttempts: 0, lockedUntilMs: null });
  });
});

describe('npm run provision -- clear-lockout', () => {
  it("resets a locked kiosk's wrong-PIN count and keeps its PIN (IT's override), through npm", async () => {
    const pinHash = await hashPin('2468', { log2N: 14, r: 8, p: 1 });
    await seedStaffPinHash(dir, pinHash);
    const locked = createStaffStateStore(dir);
    await locked.save({ ...locked.get(), failedAttempts: 9, lockedUntilMs: Date.now() + 3600_000 });
    const result = spawnSync('npm', ['run', '-s', 'provision', '--', 'clear-lockout', '--data-dir', dir], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.stdout).toContain('Staff lockout cleared');
    expect(result.status).toBe(0);
    expect(createStaffStateStore(dir).get()).toMatchObject({ pinHash, failedAttempts: 0, lockedUntilMs: null });
  }, 30_000);

  it('refuses without a data folder, and says so when there is no staff file', async () => {
    const none = io({});
    expect(await runProvisionCli(['clear-lockout'], none.cli)).toBe(2);
    const empty = io({});
    expect(await runProvisionCli(['clear-lockout', '--data-dir', dir], empty.cli)).toBe(2);
    expect(empty.err.join('')).toContain('no staff file');
  });
});
