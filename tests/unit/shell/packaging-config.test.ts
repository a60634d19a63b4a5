/**
 * The packaging config, checked with electron-builder's OWN validation (its JSON schema, via
 * app-builder-lib's validateConfiguration) and its own fuse translation (the step that flips the
 * fuses in the binary), since packaging itself cannot run without an Electron download.
 * Not verified here: building the installers, flipping fuses in a real binary, NSIS and deb
 * installation, and the asar integrity check at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & { electronFuses: Record<string, boolean>; deb: { depends: string[] } };
const clinicConfig = require('../../../build/electron-builder.config.cjs') as Config;
const testBuildConfig = require('../../../build/electron-builder.test-build.config.cjs') as Config;
// The package entry first: its internal modules import each other in an order only it gets right.
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string | number, unknown>> } };
};
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: (config: unknown, logger: unknown) => Promise<void> };
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };

const validate = (config: unknown) => validateConfiguration(config, new DebugLogger(false));

describe('electron-builder configuration', () => {
  it.each([
    ['clinic build', clinicConfig],
    ['test build', testBuildConfig],
  ])('the %s passes electron-builder’s schema validation', async (_name, config) => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('the validation really rejects a misspelt option (so passing means something)', async () => {
    await expect(validate({ ...clinicConfig, electronFuses: { ...clinicConfig.electronFuses, runAsNod: false } })).rejects.toThrow(/Invalid configuration object/);
    await expect(validate({ ...clinicConfig, nsis: { oneClik: false } })).rejects.toThrow(/Invalid configuration object/);
  });

  it('builds AppImage and deb for Linux and NSIS for Windows', () => {
    expect(clinicConfig['linux']).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(clinicConfig['win']).toMatchObject({ target: [{ target: 'nsis' }] });
    expect(clinicConfig.deb.depends).toEqual(expect.arrayContaining(['cups-client', 'cups-ipp-utils']));
  });

  it('flips every hardening fuse, as electron-builder will write them', async () => {
    const fuses = await PlatformPackager.prototype.generateFuseConfig.call({}, clinicConfig.electronFuses);
    expect(fuses[FuseV1Options['RunAsNode'] as number]).toBe(false);
    expect(fuses[FuseV1Options['EnableNodeOptionsEnvironmentVariable'] as number]).toBe(false);
    expect(fuses[FuseV1Options['EnableNodeCliInspectArguments'] as number]).toBe(false);
    expect(fuses[FuseV1Options['EnableCookieEncryption'] as number]).toBe(true);
    expect(fuses[FuseV1Options['OnlyLoadAppFromAsar'] as number]).toBe(true);
    expect(fuses[FuseV1Options['EnableEmbeddedAsarIntegrityValidation'] as number]).toBe(true);
    expect(fuses[FuseV1Options['GrantFileProtocolExtraPrivileges'] as number]).toBe(false);
  });

  it('keeps CLI inspect on only in the test build (Playwright’s _electron needs it), and nothing else differs', async () => {
    const fuses = await PlatformPackager.prototype.generateFuseConfig.call({}, testBuildConfig.electronFuses);
    expect(fuses[FuseV1Options['EnableNodeCliInspectArguments'] as number]).toBe(true);
    const { enableNodeCliInspectArguments: _a, ...clinicRest } = clinicConfig.electronFuses;
    const { enableNodeCliInspectArguments: _b, ...testRest } = testBuildConfig.electronFuses;
    expect(testRest).toEqual(clinicRest);
    expect(testBuildConfig['directories']).not.toEqual(clinicConfig['directories']);
  });

  it('ships the Linux autostart units, which start the installed binary', () => {
    for (const file of ['backtalk-kiosk.desktop', 'backtalk-kiosk.service']) {
      const text = readFileSync(new URL(`../../../build/linux/${file}`, import.meta.url), 'utf8');
      expect(text).toContain('/opt/Backtalk/backtalk');
    }
    expect(readFileSync(new URL('../../../build/linux/backtalk-kiosk.service', import.meta.url), 'utf8')).toMatch(/^Restart=always$/m);
  });

  it('turns core dumps off in every systemd unit we ship or document (a dump holds patient answers)', () => {
    const shipped = readdirSync(new URL('../../../build/linux/', import.meta.url)).filter((name) => name.endsWith('.service'));
    const units = shipped.map((name) => ({ name, text: readFileSync(new URL(`../../../build/linux/${name}`, import.meta.url), 'utf8') }));
    const install = readFileSync(new URL('../../../docs/INSTALL.md', import.meta.url), 'utf8');
    const documented = [...install.matchAll(/```ini\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').filter((unit) => unit.includes('[Service]'));
    units.push(...documented.map((text, index) => ({ name: `docs/INSTALL.md unit ${index + 1}`, text })));
    expect(units.length).toBeGreaterThanOrEqual(2);
    for (const unit of units) expect(unit.text, unit.name).toMatch(/^LimitCORE=0$/m);
  });

  it('takes Backtalk.exe out of Windows Error Reporting on install, and back on uninstall', () => {
    const include = (clinicConfig['nsis'] as { include?: string }).include;
    expect(include).toBe('build/windows/installer.nsh');
    const script = readFileSync(new URL(`../../../${include}`, import.meta.url), 'utf8');
    const key = String.raw`"SOFTWARE\Microsoft\Windows\Windows Error Reporting\ExcludedApplications" "Backtalk.exe"`;
    expect(script).toMatch(new RegExp(String.raw`!macro customInstall[\s\S]*WriteRegDWORD HKLM ${escapeRegExp(key)} 1[\s\S]*?!macroend`));
    expect(script).toMatch(new RegExp(String.raw`!macro customUnInstall[\s\S]*DeleteRegValue HKLM ${escapeRegExp(key)}[\s\S]*?!macroend`));
    expect(`${String(clinicConfig['productName'])}.exe`).toBe('Backtalk.exe');
  });

  it('has the npm scripts clinic IT and CI use', () => {
    const scripts = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['package:linux']).toContain('--linux');
    expect(scripts['package:win']).toContain('--win');
    expect(scripts['package']).toContain('build/electron-builder.config.cjs');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
