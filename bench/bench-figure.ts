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
   * For timings that depend on the machine: the baseline measured in the same run (e.g. an empty
   * page's load in the same Chromium), so figures from different machines can be compared.
   */
  baseline?: { name: string; value: number };
  /** value / baseline.value, rounded to two decimals. */
  ratio?: number;
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `figure` with its ratio to a baseline measured in the same run (ratio = value / baseline). */
export function withBaseline(figure: BenchFigure, baseline: { name: string; value: number }): BenchFigure {
  const ratio = ratioTo(figure.value, baseline.value);
  return ratio === undefined ? figure : { ...figure, baseline: { name: baseline.name, value: baseline.value }, ratio };
}

/** value / baseline to two decimals; undefined when either is not a positive finite number. */
export function ratioTo(value: number, baseline: number): number | undefined {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0 || value < 0) return undefined;
  return Math.round((value / baseline) * 100) / 100;
}
