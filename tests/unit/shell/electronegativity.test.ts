/**
 * Static security check: @doyensec/electronegativity on the BUILT Electron main process and
 * preload (plus the renderer's built index.html, which carries the page's CSP meta tag), built
 * privately into a temp folder. Expects no high or medium findings.
 *
 * Electronegativity only reads files ending in .js/.ts/.html, so the built .mjs/.cjs files are
 * copied unchanged under .js names; otherwise it would silently scan nothing.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  description: string;
}
type Electronegativity = (options: {
  input: string;
  electronVersionOverride: string;
  isRelative: boolean;
}) => Promise<{ issues: Finding[]; errors: Array<{ file: string; message: string }> }>;

const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity') as Electronegativity;
const electronVersion = (require('electron/package.json') as { version: string }).version;
const root = fileURLToPath(new URL('../../../', import.meta.url));

let workDir: string;
let scanDir: string;

async function scan(dir: string) {
  // It tries to fetch Electron's release list; offline it says so on the console and carries on.
  return runElectronegativity({ input: dir, electronVersionOverride: electronVersion, isRelative: true });
}

const serious = (findings: Finding[]) => findings.filter((f) => f.severity.name === 'HIGH' || f.severity.name === 'MEDIUM');

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'shell-electronegativity-'));
  const nodeOut = path.join(workDir, 'node');
  const rendererOut = path.join(workDir, 'renderer');
  await build({ configFile: path.join(root, 'build/vite.node.config.ts'), logLevel: 'error', build: { outDir: nodeOut, emptyOutDir: true } });
  await build({ configFile: path.join(root, 'build/vite.preload.config.ts'), logLevel: 'error', build: { outDir: nodeOut, emptyOutDir: false } });
  await build({ configFile: path.join(root, 'build/vite.renderer.config.ts'), logLevel: 'error', build: { outDir: rendererOut, emptyOutDir: true } });

  scanDir = path.join(workDir, 'scan');
  mkdirSync(scanDir);
  const built = readdirSync(nodeOut, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(mjs|cjs)$/.test(file));
  for (const file of built) copyFileSync(path.join(nodeOut, file), path.join(scanDir, file.replaceAll(path.sep, '_').replace(/\.(mjs|cjs)$/, '.js')));
  copyFileSync(path.join(rendererOut, 'index.html'), path.join(scanDir, 'index.html'));
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('electronegativity on the built shell', () => {
  it('scans the built main process and preload', () => {
    const files = readdirSync(scanDir);
    expect(files).toEqual(expect.arrayContaining(['main.js', 'preload.js', 'index.html']));
    expect(readFileSync(path.join(scanDir, 'main.js'), 'utf8')).toContain('new BrowserWindow(');
    expect(readFileSync(path.join(scanDir, 'preload.js'), 'utf8')).toContain('exposeInMainWorld');
  });

  it('flags a deliberately unsafe window here (so a clean result means something)', async () => {
    const control = path.join(workDir, 'control');
    mkdirSync(control);
    writeFileSync(
      path.join(control, 'unsafe.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true } });\n",
    );
    const { issues } = await scan(control);
    // Without will-navigate, setWindowOpenHandler and a permission handler, the global checks fire too.
    expect(serious(issues).map((f) => f.id)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']),
    );
  }, 60_000);

  it('finds no high or medium issue', async () => {
    const { issues, errors } = await scan(scanDir);
    expect(errors.filter((e) => !e.message.includes('tolerable'))).toEqual([]);
    const report = serious(issues).map((f) => {
      const line = readFileSync(path.join(scanDir, f.file), 'utf8').split('\n')[f.location.line - 1]?.trim() ?? '';
      return `${f.severity.name} ${f.id} ${f.file}:${f.location.line} ${line.slice(0, 80)}`;
    });
    expect(report).toEqual([]);
  }, 60_000);
});
