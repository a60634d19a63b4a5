/**
 * The soak's measurements and what they add up to. Pure: the soak writes samples, these
 * functions turn them into growth figures, and the tests check the arithmetic.
 */
import { z } from 'zod';
import { median } from '../bench-figure.ts';
import { sessionPaths } from './soak-plan.ts';

/** Measured on the attract screen after each session (session 0: before the first one). */
export const soakSampleSchema = z.object({
  session: z.number().int().min(0),
  path: z.enum([...sessionPaths, 'none']),
  ok: z.boolean(),
  durationMs: z.number().min(0),
  /** Renderer JS heap in use after forced garbage collection (CDP HeapProfiler.collectGarbage). */
  heapMB: z.number(),
  /** Every live node the renderer counts (CDP Memory.getDOMCounters), Attr nodes the test driver made included. */
  domNodes: z.number().int(),
  /** Nodes in the live document, shadow roots included (CDP DOM.getDocument). */
  documentNodes: z.number().int(),
  /** Nodes in detached trees something still holds: a screen that unmounted but leaked (CDP DOM.getDetachedDomNodes). */
  detachedNodes: z.number().int(),
  eventListeners: z.number().int(),
  documents: z.number().int(),
  /** The main process (Node: core + browser driver), after global.gc(). */
  rssMB: z.number(),
  nodeHeapMB: z.number(),
});
export type SoakSample = z.infer<typeof soakSampleSchema>;

export const soakFailureSchema = z.object({ session: z.number().int(), path: z.string(), error: z.string() });
export type SoakFailure = z.infer<typeof soakFailureSchema>;

export const soakReportSchema = z.object({
  sessions: z.number().int().min(1),
  printed: z.number().int(),
  languageSwitches: z.number().int(),
  wallMs: z.number(),
  samples: z.array(soakSampleSchema).min(1),
  failures: z.array(soakFailureSchema),
  /** Log lines at error level from the core during the soak (they hold no patient data). */
  errorLogLines: z.number().int(),
  /** Crashed or hung renderers the shell's watchdog replaced during the soak. */
  rendererRecoveries: z.number().int(),
});
export type SoakReport = z.infer<typeof soakReportSchema>;

/** Growth is measured from this session on: the first sessions warm up caches and the JIT. */
export const growthFromSession = 10;
/** Each end of a growth figure is the median of this many sessions, so one noisy sample cannot decide it. */
export const growthWindow = 5;

export interface Growth {
  readonly from: number;
  readonly to: number;
  /** Median of the window ending the run minus the median of the window starting at `fromSession`. */
  readonly growth: number;
  /** Least-squares slope over the sessions from `fromSession` on, per session. */
  readonly slopePerSession: number;
  readonly firstSession: number;
  readonly lastSession: number;
  /** Sessions in each end's median (fewer than `growthWindow` in a short run). */
  readonly window: number;
}

/**
 * How much `value` grew from `fromSession` to the end of the run, each end the median of a
 * window of sessions. Session 0 (before any session) is never part of a growth window.
 */
export function growthOf(
  samples: readonly SoakSample[],
  value: (sample: SoakSample) => number,
  fromSession = growthFromSession,
  window = growthWindow,
): Growth {
  const sessions = samples.filter((sample) => sample.session >= 1).sort((a, b) => a.session - b.session);
  if (sessions.length === 0) throw new Error('The soak recorded no sessions.');
  const afterFrom = sessions.filter((sample) => sample.session >= fromSession);
  // A run too short to reach `fromSession` is measured over all its sessions.
  const measured = afterFrom.length >= 2 ? afterFrom : sessions;
  const size = Math.max(1, Math.min(window, Math.floor(measured.length / 2)));
  const from = median(measured.slice(0, size).map(value));
  const to = median(measured.slice(-size).map(value));
  return {
    from,
    to,
    growth: to - from,
    slopePerSession: leastSquaresSlope(measured.map((sample) => [sample.session, value(sample)] as const)),
    firstSession: (measured[0] as SoakSample).session,
    lastSession: (measured.at(-1) as SoakSample).session,
    window: size,
  };
}

/** The slope of the least-squares line through `points`; 0 for fewer than two distinct x. */
export function leastSquaresSlope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const [x, y] of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

export interface CountReturn {
  /** Session 0: the fresh attract screen before anyone touched the kiosk. */
  readonly baseline: number;
  /** After the last session. */
  readonly final: number;
  /** The highest count after any session (a leak that a later session cleaned up shows here). */
  readonly max: number;
  readonly back: boolean;
}

/** Whether a count (DOM nodes, event listeners) is back to its session-0 baseline at the end. */
export function countReturn(samples: readonly SoakSample[], value: (sample: SoakSample) => number): CountReturn {
  const sorted = [...samples].sort((a, b) => a.session - b.session);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) throw new Error('The soak recorded no samples.');
  const baseline = value(first);
  const final = value(last);
  return { baseline, final, max: Math.max(...sorted.map(value)), back: final <= baseline };
}
