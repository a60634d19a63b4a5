/**
 * The installers create the provisioning folder with admin-only rights (issue #13): the deb's
 * post-install script (its Backtalk part run for real on a scratch folder) and the NSIS include
 * (text only: NSIS and icacls cannot run here). electron-builder's own schema check accepts both
 * options (tests/unit/build/packaged-app.test.ts builds with the whole config).
 */
import { spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../../build/electron-builder.config.cjs') as { deb: { afterInstall: string }; nsis: { include: string } };
const repoFile = (file: string) => new URL(`../../../${file}`, import.meta.url);

let scratch = '';
afterEach(() => scratch && rmSync(scratch, { recursive: true, force: true }));

describe('deb post-install script', () => {
  const script = readFileSync(repoFile(config.deb.afterInstall), 'utf8');

  it("keeps electron-builder's own steps (it replaces them) and is valid bash", () => {
    const builtIn = readFileSync(require.resolve('app-builder-lib/templates/linux/after-install.tpl'), 'utf8').split('\n').slice(1).join('\n');
    expect(script).toContain(builtIn.trim());
    expect(spawnSync('bash', ['-n', fileURLToPath(repoFile(config.deb.afterInstall))]).status).toBe(0);
  });

  it('makes /etc/backtalk root-owned and writable by root only, even where it was left open', () => {
    const section = /# --- Backtalk provisioning folder ---\n([\s\S]*?)# --- end Backtalk provisioning folder ---/.exec(script)?.[1];
    expect(section).toContain('backtalk_provision_folder /etc/backtalk');
    scratch = mkdtempSync(path.join(os.tmpdir(), 'backtalk-deb-'));
    const folder = path.join(scratch, 'etc-backtalk');
    mkdirSync(folder, { mode: 0o777 });
    chownSync(folder, 65534, 65534);
    const run = spawnSync('bash', ['-c', (section ?? '').replace('backtalk_provision_folder /etc/backtalk', `backtalk_provision_folder '${folder}'`)]);
    expect(run.status, run.stderr.toString()).toBe(0);
    const stats = statSync(folder);
    expect({ uid: stats.uid, gid: stats.gid, mode: stats.mode & 0o777 }).toEqual({ uid: 0, gid: 0, mode: 0o755 });
  });
});

describe('NSIS include', () => {
  it('creates %ProgramData%\\Backtalk with inheritance removed and write rights for SYSTEM and Administrators only', () => {
    const nsh = readFileSync(repoFile(config.nsis.include), 'utf8');
    expect(nsh).toMatch(/!macro customInstall[\s\S]*!macroend/);
    expect(nsh).toContain('CreateDirectory "$COMMONAPPDATA\\Backtalk"');
    const icacls = /icacls\.exe[^\n]*/.exec(nsh)?.[0] ?? '';
    expect(icacls).toContain('/inheritance:r');
    expect(icacls).toContain('*S-1-5-18:(OI)(CI)F');
    expect(icacls).toContain('*S-1-5-32-544:(OI)(CI)F');
    // Users (the kiosk account) may only read and list.
    expect(icacls).toContain('*S-1-5-32-545:(OI)(CI)RX');
    expect(icacls).not.toMatch(/S-1-5-32-545:\(OI\)\(CI\)[FMW]/);
  });
});
