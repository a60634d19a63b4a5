import type { RatioTarget } from './reference-machine.ts';

/** One measured figure of `npm run bench`, compared with its target. */
export interface BenchFigure {
  figure: string;
  unit: string;
  /** The target as people read it, e.g. ">= 100000". */
  target: string;
  /** The median of the runs. */
  value: number;
  min?: number;
  max?: number;
  pass: boolean;
  note?: string;
  /**
   * For timings that depend on the machine: the baselines measured in the same run (e.g. an empty
   * page's load in the same Chromium) and value / baseline, so figures from different machines
   * can be compared.
   */
  baselines?: BaselineRatio[];
}

export interface BaselineRatio {
  name: string;
  value: number;
  /** The figure's value / this baseline's value, rounded to two decimals. */
  ratio: number;
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * `figure` with its ratio to each baseline measured in the same run (ratio = value / baseline).
 * A baseline that is missing or zero adds nothing: no ratio is better than a meaningless one.
 */
export function withBaselines(figure: BenchFigure, ...baselines: readonly { name: string; value: number }[]): BenchFigure {
  const added = baselines.flatMap(({ name, value }) => {
    const ratio = ratioTo(figure.value, value);
    return ratio === undefined ? [] : [{ name, value, ratio }];
  });
  return added.length === 0 ? figure : { ...figure, baselines: [...(figure.baselines ?? []), ...added] };
}

/** The nearest-rank p-th percentile (0 < p <= 100) of a non-empty list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** value / baseline to two decimals; undefined when either is not a positive finite number. */
export function ratioTo(value: number, baseline: number): number | undefined {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0 || value < 0) return undefined;
  return Math.round((value / baseline) * 100) / 100;
}

/**
 * A timed figure judged by its ratio to a baseline measured at the same moment on the same
 * machine, not by its absolute value: a busy or slow machine slows both alike, so the ratio
 * survives noise that would flip an absolute target. The absolute value stays the figure's value;
 * the note names the absolute target the ratio stands for on the reference machine
 * (`reference-machine.ts`) and what the measured ratio comes to there.
 */
export function judgedByRatio(
  figure: Omit<BenchFigure, 'target' | 'pass' | 'baselines'>,
  baseline: { name: string; value: number },
  target: RatioTarget,
): BenchFigure {
  const ratio = ratioTo(figure.value, baseline.value);
  const there = ratio === undefined ? undefined : `${Math.round(ratio * target.yardstickMs).toLocaleString('en-US')} ms there at this ratio`;
  return {
    ...figure,
    target: `<= ${target.maxRatio}x ${baseline.name}`,
    pass: ratio !== undefined && ratio <= target.maxRatio,
    note: [figure.note, [target.standsFor, there].filter(Boolean).join(', ')].filter(Boolean).join('; '),
    baselines: ratio === undefined ? [] : [{ name: baseline.name, value: baseline.value, ratio }],
  };
}
