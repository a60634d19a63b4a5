/**
 * A crash mid-write never leaves a broken settings file: a child process rewrites it through the
 * real settings store, and is killed with SIGKILL at a random moment, 200 times. After every
 * kill, the file on disk (read raw, not through the store's recovery) is a complete, valid
 * settings file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import { settingsFileSchema } from '../../../../electron/core/settings/settings-migrations.ts';
import { createSettingsStore } from '../../../../electron/core/settings/settings-store.ts';
import { killLeftoverWriters, runWriterAndKill } from '../support/writer-processes.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const kills = 200;
const parallel = 2;
const quietLogger = createStreamLogger(new Writable({ write: (_chunk, _encoding, done) => done() }));
let childScript = '';
let workDir = '';

beforeAll(async () => {
  // Bundled once, so each of the 200 children starts in plain Node (no TypeScript loader) in ~0.1 s.
  // Inside the repo so the child resolves zod, pino and write-file-atomic from node_modules.
  const outDir = mkdtempSync(path.join(repoRoot, 'node_modules', '.staff-crash-child-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    // zod bundled in (its many files are most of a cold start); write-file-atomic stays the real package.
    ssr: { noExternal: ['zod'] },
    build: {
      ssr: path.join(repoRoot, 'tests/unit/core/settings/settings-writer-child.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'esm', entryFileNames: 'settings-writer-child.mjs' } },
    },
  });
  childScript = path.join(outDir, 'settings-writer-child.mjs');
  workDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-crash-'));
}, 60_000);

afterAll(() => {
  killLeftoverWriters();
  if (childScript) rmSync(path.dirname(childScript), { recursive: true, force: true });
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('settings file under SIGKILL', () => {
  it(`is valid after each of ${kills} kills at random points during writes`, async () => {
    const lanes = Array.from({ length: parallel }, (_, lane) => {
      const dataDir = path.join(workDir, `lane-${lane}`);
      mkdirSync(dataDir, { recursive: true });
      return (async () => {
        // The kiosk has been set up before: there is a good file to lose.
        await createSettingsStore({ dataDir, logger: quietLogger }).update({ clinicName: 'Before the crashes' });
        let caughtMidWrite = 0;
        for (let round = 0; round < kills / parallel; round++) {
          // Lets it write for a random 0–60 ms after it is ready.
          await runWriterAndKill(childScript, [dataDir], Math.random() * 60);
          // A temp file left behind means the kill hit between writing and renaming.
          if (readdirSync(dataDir).some((name) => /^settings(\.last-good)?\.json\.\d+$/.test(name))) caughtMidWrite++;
          const raw = readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
          const parsed = settingsFileSchema.safeParse(JSON.parse(raw));
          expect(parsed.success, `round ${round}: ${raw.slice(0, 120)}`).toBe(true);
        }
        return caughtMidWrite;
      })();
    });
    const caught = (await Promise.all(lanes)).reduce((sum, count) => sum + count, 0);
    // The kills really landed inside writes, not only between them.
    expect(caught).toBeGreaterThan(kills / 10);
  }, 180_000);
});
