/**
 * The layering lint (build/dependency-cruiser.cjs) must pass on the project and must fail on each
 * kind of crossing. The crossings are real files in a scratch tree, cruised with the real config.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const depcruise = path.join(repo, 'node_modules/.bin/depcruise');
const config = path.join(repo, 'build/dependency-cruiser.cjs');

function cruise(cwd: string, targets: string[]) {
  const result = spawnSync(depcruise, ['--config', config, '--output-type', 'err', ...targets], { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('layering lint', () => {
  let scratch: string;
  let scratchResult: { status: number | null; output: string };
  const files: Record<string, string> = {
    'shared/uses-react.ts': "import React from 'react';\nexport const s = React;\n",
    'shared/uses-node.ts': "import os from 'node:os';\nexport const s = os;\n",
    'renderer/uses-fs.ts': "import fs from 'node:fs';\nexport const r = fs;\n",
    'renderer/uses-core.ts': "import { c } from '../electron/core/c.ts';\nexport const r = c;\n",
    'electron/core/c.ts': 'export const c = 1;\n',
    'electron/core/uses-electron.ts': "import { app } from 'electron';\nexport const d = app;\n",
    'electron/main/uses-renderer.ts': "import { ok } from '../../renderer/ok.ts';\nexport const m = ok;\n",
    'renderer/ok.ts': 'export const ok = 1;\n',
    'renderer/features/a/a.ts': "import { b } from '../b/b.ts';\nexport const a = b;\n",
    'renderer/features/b/b.ts': 'export const b = 1;\n',
    'electron/core/cycle-one.ts': "import { two } from './cycle-two.ts';\nexport const one = () => two;\n",
    'electron/core/cycle-two.ts': "import { one } from './cycle-one.ts';\nexport const two = () => one;\n",
    'tests/e2e/support/helper.ts': 'export const helper = 1;\n',
    'bench/uses-tests.ts': "import { helper } from '../tests/e2e/support/helper.ts';\nexport const b = helper;\n",
    'scripts/uses-tests.ts': "import { helper } from '../tests/e2e/support/helper.ts';\nexport const s = helper;\n",
  };

  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'backtalk-lint-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      writeFileSync(path.join(scratch, file), text);
    }
    symlinkSync(path.join(repo, 'node_modules'), path.join(scratch, 'node_modules'));
    writeFileSync(
      path.join(scratch, 'tsconfig.base.json'),
      JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, moduleResolution: 'Bundler', module: 'ESNext' } }),
    );
    scratchResult = cruise(scratch, ['shared', 'electron', 'renderer', 'tests', 'scripts', 'bench']);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('passes on the project itself', () => {
    const result = cruise(repo, ['shared', 'electron', 'renderer', 'tests', 'scripts', 'bench']);
    expect(result.output).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });

  it.each([
    ['shared-only-pure-packages', 'shared/uses-react.ts'],
    ['shared-no-runtime-modules', 'shared/uses-node.ts'],
    ['renderer-no-node-builtins', 'renderer/uses-fs.ts'],
    ['renderer-no-electron-or-node', 'renderer/uses-core.ts'],
    ['core-without-electron', 'electron/core/uses-electron.ts'],
    ['electron-never-imports-renderer', 'electron/main/uses-renderer.ts'],
    ['features-are-independent', 'renderer/features/a/a.ts'],
    ['no-circular', 'electron/core/cycle-one.ts'],
    ['tools-never-import-tests', 'bench/uses-tests.ts'],
    ['tools-never-import-tests', 'scripts/uses-tests.ts'],
  ])('fails on %s (%s)', (rule, file) => {
    expect(scratchResult.status).not.toBe(0);
    expect(scratchResult.output).toMatch(new RegExp(`error ${rule}: ${file.replace(/[.]/g, '\\.')}`));
  });
});
