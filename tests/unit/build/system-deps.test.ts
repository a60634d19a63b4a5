/**
 * A newcomer's machine is bare: every program the code, its tests and its scripts run must be
 * installed by scripts/system-deps.sh, not found by luck on the machine that wrote the test.
 * This reads the calls out of the source and the table out of the script, and (on Debian) asks
 * dpkg whether each named package is really installed once the script has run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = readFileSync(path.join(root, 'scripts/system-deps.sh'), 'utf8');

/** `[cmd]=pkg` pairs of the script's `provides` table. */
function providesTable(): Map<string, string> {
  const table = /declare -A provides=\(([\s\S]*?)\n\)/.exec(script)?.[1] ?? '';
  return new Map([...table.matchAll(/\[([\w-]+)\]=([\w.+-]+)/g)].map((m) => [m[1] as string, m[2] as string]));
}

function packageList(name: string): string[] {
  const list = new RegExp(`^${name}=\\(([^)]*)\\)`, 'm').exec(script)?.[1] ?? '';
  return list.split(/\s+/).filter(Boolean);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|mjs|cjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Programs started by name: `spawn('lp', …)`, `execFileSync('identify', …)`, `runCupsCommand('lpstat', …)`. */
function calledPrograms(source: string): string[] {
  const calls = source.matchAll(/\b(?:spawn|spawnSync|execFile|execFileSync|runCupsCommand)\(\s*'([a-z][\w.-]*)'/g);
  return [...calls].map((m) => m[1] as string);
}

// Part of every Debian and Ubuntu base system (Essential: yes), or of Node.js itself (npm, npx):
// never missing where the project can run at all.
// apt-cache: apt is Priority required, not Essential; the one test that runs it skips without it.
const essential = new Set(['sleep', 'sh', 'bash', 'kill', 'dpkg', 'npm', 'npx', 'apt-cache']);

describe('scripts/system-deps.sh', () => {
  const provides = providesTable();

  it('reads the calls it guards against (the scan finds a known call)', () => {
    expect(calledPrograms("execFileSync('identify', ['-format'])")).toEqual(['identify']);
    expect(calledPrograms("await runCupsCommand('lpstat', ['-r'])")).toEqual(['lpstat']);
    expect(provides.size).toBeGreaterThan(10);
  });

  it('names the package of every program the code, tests, scripts and bench run', () => {
    const unlisted: string[] = [];
    for (const dir of ['electron', 'tests', 'scripts', 'bench']) {
      for (const file of sourceFiles(path.join(root, dir))) {
        for (const program of calledPrograms(readFileSync(file, 'utf8'))) {
          if (!essential.has(program) && !provides.has(program)) unlisted.push(`${program} (${path.relative(root, file)})`);
        }
      }
    }
    expect(unlisted, 'programs system-deps.sh does not install').toEqual([]);
  });

  it('installs every package its table names in test mode', () => {
    const installed = new Set([...packageList('runtime_pkgs'), ...packageList('test_pkgs')]);
    const notInstalled = [...new Set(provides.values())].filter((pkg) => !installed.has(pkg));
    expect(notInstalled).toEqual([]);
  });

  it.runIf(spawnSync('dpkg', ['--version']).status === 0)('left every package installed on this Debian machine (dpkg -s)', () => {
    const missing = [...packageList('runtime_pkgs'), ...packageList('test_pkgs')].filter(
      (pkg) => spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status !== 0,
    );
    expect(missing).toEqual([]);
  });
});
