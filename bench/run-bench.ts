/**
 * `npm run bench [-- --check] [--only a,b] [--sessions N]`: runs every figure module, writes
 * bench/results.json with the machine it ran on, prints a table. --check exits 1 when any figure
 * misses its target; --only runs some modules; --sessions shortens the soak.
 * A module that throws is reported as a failed figure rather than stopping the run.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchFigure } from './bench-figure.ts';
import { measureAlert } from './figures/alert-figures.ts';
import { measureAssess } from './figures/assess-figures.ts';
import { measureBaselineFigures } from './figures/baseline-figures.ts';
import { measureColdStart } from './figures/cold-start-figures.ts';
import { measurePrint } from './figures/print-figures.ts';
import { measureRecovery } from './figures/recovery-figures.ts';
import { measureRenderer } from './figures/renderer-figures.ts';
import { measureSoak } from './figures/soak-figures.ts';

export interface FigureModule {
  readonly name: string;
  readonly measure: () => Promise<BenchFigure[]>;
}

/** Add a module here to add its figures to the bench. */
export const figureModules: FigureModule[] = [
  // Baselines first, while the machine is quietest; later modules reuse them for their ratios.
  { name: 'baseline', measure: measureBaselineFigures },
  { name: 'assess', measure: measureAssess },
  { name: 'cold-start', measure: measureColdStart },
  { name: 'print', measure: measurePrint },
  { name: 'alert', measure: measureAlert },
  { name: 'renderer', measure: measureRenderer },
  { name: 'recovery', measure: measureRecovery },
  // The soak last: it takes the longest (about 25 minutes for 300 sessions).
  { name: 'soak', measure: measureSoak },
];

export async function runFigureModules(modules: readonly FigureModule[]): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const module of modules) {
    try {
      figures.push(...(await module.measure()));
    } catch (error) {
      figures.push({
        figure: module.name,
        unit: '-',
        target: 'runs without error',
        value: Number.NaN,
        pass: false,
        note: `module threw: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return figures;
}

export function machineInfo(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    node: process.version,
  };
}

export function formatTable(figures: readonly BenchFigure[]): string {
  const rows = figures.map((f) => [
    f.figure,
    Number.isNaN(f.value) ? 'error' : f.value.toLocaleString('en-US'),
    f.min !== undefined && f.max !== undefined ? `${f.min.toLocaleString('en-US')}..${f.max.toLocaleString('en-US')}` : '',
    f.unit,
    (f.baselines ?? []).map((b) => `${b.ratio}x ${b.name}`).join('; '),
    f.target,
    f.pass ? 'pass' : 'MISS',
    f.note ?? '',
  ]);
  const header = ['figure', 'value', 'range', 'unit', 'vs baseline', 'target', 'result', 'note'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] as number))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** --check turns a missed target into a non-zero exit; without it the bench only reports. */
export function exitCodeFor(figures: readonly BenchFigure[], check: boolean): number {
  return check && figures.some((figure) => !figure.pass) ? 1 : 0;
}

/** `--only baseline,soak` runs just those modules (names as in `figureModules`). */
export function selectModules(modules: readonly FigureModule[], argv: readonly string[]): FigureModule[] {
  const at = argv.indexOf('--only');
  if (at === -1) return [...modules];
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !modules.some((module) => module.name === name));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes module names from: ${modules.map((module) => module.name).join(', ')} (got "${argv[at + 1] ?? ''}")`);
  }
  return modules.filter((module) => names.includes(module.name));
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const figures = await runFigureModules(selectModules(figureModules, process.argv.slice(2)));
  const results = { machine: machineInfo(), figures };
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatTable(figures)}\n`);
  process.exitCode = exitCodeFor(figures, check);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main().catch((error: unknown) => {
    process.stderr.write(`The bench could not run: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
