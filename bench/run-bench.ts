/**
 * `npm run bench [-- --check]`: runs every figure module, writes bench/results.json with the
 * machine it ran on, prints a table. --check exits 1 when any figure misses its target.
 * A module that throws is reported as a failed figure rather than stopping the run.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchFigure } from './bench-figure.ts';
import { measureAssess } from './figures/assess-figures.ts';

export interface FigureModule {
  readonly name: string;
  readonly measure: () => Promise<BenchFigure[]>;
}

/** Add a module here to add its figures to the bench. */
export const figureModules: FigureModule[] = [{ name: 'assess', measure: measureAssess }];

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
    f.target,
    f.pass ? 'pass' : 'MISS',
    f.note ?? '',
  ]);
  const header = ['figure', 'value', 'range', 'unit', 'target', 'result', 'note'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] as number)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const figures = await runFigureModules(figureModules);
  const results = { machine: machineInfo(), figures };
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatTable(figures)}\n`);
  if (check && figures.some((figure) => !figure.pass)) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
