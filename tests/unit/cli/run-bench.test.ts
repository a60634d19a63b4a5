/** The bench runner: failing modules are reported, not fatal; the table shows every figure. */
import { describe, expect, it } from 'vitest';
import { median, type BenchFigure } from '../../../bench/bench-figure.ts';
import { formatTable, machineInfo, runFigureModules } from '../../../bench/run-bench.ts';

const ok: BenchFigure = { figure: 'fast', unit: 'ops/s', target: '>= 10', value: 12, min: 11, max: 13, pass: true };

describe('run-bench', () => {
  it('reports a module that throws as a failed figure', async () => {
    const figures = await runFigureModules([
      { name: 'fast', measure: async () => [ok] },
      {
        name: 'broken',
        measure: async () => {
          throw new Error('no printer');
        },
      },
    ]);
    expect(figures[0]).toEqual(ok);
    expect(figures[1]).toMatchObject({ figure: 'broken', pass: false, note: 'module threw: no printer' });
    expect(Number.isNaN(figures[1]?.value)).toBe(true);
  });

  it('prints a table with each figure and its result', () => {
    const table = formatTable([ok, { ...ok, figure: 'slow', value: 3, pass: false }]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toMatch(/fast\s+12\s+11\.\.13\s+ops\/s\s+>= 10\s+pass/);
    expect(table).toMatch(/slow\s+3 .*MISS/);
  });

  it('records the machine', () => {
    expect(Object.keys(machineInfo()).sort()).toEqual(['cores', 'cpu', 'node', 'os']);
  });

  it('median of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
