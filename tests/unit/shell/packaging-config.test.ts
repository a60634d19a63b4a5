/**
 * The packaging config, checked with electron-builder's OWN validation (its JSON schema, via
 * app-builder-lib's validateConfiguration) and its own fuse translation (the step that flips the
 * fuses in the binary), since packaging itself cannot run without an Electron download.
 * Not verified here: building the installers, flipping fuses in a real binary, NSIS and deb
 * installation, and the asar integrity check at run time.
 */
import { readFileSync } from 'node:fs';
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

  it('has the npm scripts clinic IT and CI use', () => {
    const scripts = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['package:linux']).toContain('--linux');
    expect(scripts['package:win']).toContain('--win');
    expect(scripts['package']).toContain('build/electron-builder.config.cjs');
  });
});
