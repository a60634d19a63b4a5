/**
 * The reference machine: where the product's absolute speed targets (attract 250 ms, tap 50 ms,
 * print 500 ms, cold start 3 s) are meant to hold. Every timed target is judged as a ratio to a
 * yardstick measured beside it, because this shared machine's speed drifts from day to day; the
 * ratio that stands for an absolute target is that target over the yardstick's value on the
 * reference machine, all taken from one quiet bench run.
 *
 * Until 2026-12-04 the ratios were set by hand from yardsticks of a loaded day (a bare React page
 * in about 170 ms), so "1.5x" stood for 80-130 ms on a quiet machine, not 250 ms. One run now
 * holds every yardstick, and one rule turns it into every ratio target.
 */

/** The quiet run the yardsticks come from. */
export const referenceRun = {
  date: '2026-12-04',
  command: 'npm run bench -- --only baseline,cold-start,print,renderer',
  machine: '2-core AMD EPYC, Debian 12.11, Node 24, chromium-headless-shell, nothing else running',
} as const;

export type YardstickName = keyof typeof referenceYardsticks;

/** Each yardstick's value on the reference machine (ms), as the bench names it beside a figure. */
export const referenceYardsticks = {
  /** Median of 15 bare React page loads, each right before a kiosk reload. */
  bareReactInteractive: { ms: 78.9, what: 'a bare React page interactive' },
  /** p50 of 200 taps on the bare React page, each right after a kiosk tap. */
  bareReactTapP50: { ms: 11.6, what: 'a bare React tap painted, p50' },
  /** p95 of the same 200 taps. */
  bareReactTapP95: { ms: 14.5, what: 'a bare React tap painted, p95' },
  /** p95 of the bare React taps beside the language and display-mode switches. */
  bareReactSwitchTapP95: { ms: 14.2, what: 'a bare React tap painted, p95' },
  /** p95 of 24 one-line Chromium PDFs piped to `lp`, each right after a kiosk print. */
  barePrintP95: { ms: 90.8, what: 'a one-line Chromium PDF accepted by lp, p95' },
  /** Median of 5 Chromium cold starts to an empty page, each right before a kiosk cold start. */
  chromiumColdStart: { ms: 1108, what: "Chromium's own cold start" },
} as const satisfies Record<string, { ms: number; what: string }>;

/** The most a figure may be, as a multiple of its yardstick, to stand for `absoluteMs`. */
export interface RatioTarget {
  readonly maxRatio: number;
  /** What the ratio stands for, for the figure's note. */
  readonly standsFor: string;
  /** The yardstick's value on the reference machine, to show what a measured ratio would be there. */
  readonly yardstickMs: number;
}

/**
 * absolute / yardstick, rounded down to a tenth: a ratio target is never more generous than the
 * absolute target it stands for. Undefined when either is not a positive finite number.
 */
export function ratioFor(absoluteMs: number, yardstickMs: number): number | undefined {
  if (!(absoluteMs > 0) || !(yardstickMs > 0) || !Number.isFinite(absoluteMs) || !Number.isFinite(yardstickMs)) return undefined;
  // The epsilon keeps an exact multiple (3,000 / 600) from landing a hair under its tenth.
  return Math.floor((absoluteMs / yardstickMs) * 10 + 1e-9) / 10;
}

/** The ratio target that stands for `absoluteMs` on the reference machine, against `yardstick`. */
export function referenceTarget(absoluteMs: number, yardstick: YardstickName): RatioTarget {
  const { ms, what } = referenceYardsticks[yardstick];
  const maxRatio = ratioFor(absoluteMs, ms);
  if (maxRatio === undefined) throw new Error(`The reference machine has no usable value for ${yardstick}: ${ms} ms`);
  return {
    maxRatio,
    yardstickMs: ms,
    standsFor: `stands for <= ${absoluteMs.toLocaleString('en-US')} ms on the reference machine (${referenceRun.date}: ${what} in ${ms.toLocaleString('en-US')} ms)`,
  };
}
