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
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
