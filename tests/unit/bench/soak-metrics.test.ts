/** The soak's arithmetic: growth windows, slopes, and whether counts came back to baseline. */
import { describe, expect, it } from 'vitest';
import { countReturn, growthOf, leastSquaresSlope, soakReportSchema, type SoakSample } from '../../../bench/soak/soak-metrics.ts';

function sample(session: number, heapMB: number, extra: Partial<SoakSample> = {}): SoakSample {
  return {
    session,
    path: session === 0 ? 'none' : 'painful',
    ok: true,
    durationMs: 1000,
    heapMB,
    domNodes: 46,
    documentNodes: 40,
    detachedNodes: 0,
    eventListeners: 166,
    documents: 1,
    rssMB: 150,
    nodeHeapMB: 50,
    ...extra,
  };
}

describe('growthOf', () => {
  it('measures from session 10 to the end, each end the median of five sessions', () => {
    // Flat at 3 MB until session 9 (warm-up, ignored), then +0.1 MB per session.
    const samples = Array.from({ length: 301 }, (_, session) => sample(session, session < 10 ? 3 : 3 + (session - 10) * 0.1));
    const growth = growthOf(samples, (s) => s.heapMB);
    expect(growth.firstSession).toBe(10);
    expect(growth.lastSession).toBe(300);
    expect(growth.window).toBe(5);
    // Median of sessions 10-14 is session 12 (3.2); of 296-300 is session 298 (31.8).
    expect(growth.from).toBeCloseTo(3.2);
    expect(growth.to).toBeCloseTo(31.8);
    expect(growth.growth).toBeCloseTo(28.6);
    expect(growth.slopePerSession).toBeCloseTo(0.1);
  });

  it('is not fooled by one noisy sample at either end', () => {
    const samples = Array.from({ length: 31 }, (_, session) => sample(session, 4));
    samples[10] = sample(10, 1);
    samples[30] = sample(30, 40);
    expect(growthOf(samples, (s) => s.heapMB).growth).toBe(0);
  });

  it('ignores session 0 and warm-up, and is zero for a flat run', () => {
    const samples = [sample(0, 1), ...Array.from({ length: 20 }, (_, i) => sample(i + 1, i < 9 ? 2 + i : 12))];
    const growth = growthOf(samples, (s) => s.heapMB);
    expect(growth.growth).toBe(0);
    expect(growth.slopePerSession).toBe(0);
  });

  it('measures a run shorter than the warm-up over all its sessions', () => {
    const samples = [sample(0, 1), sample(1, 2), sample(2, 3), sample(3, 4), sample(4, 5)];
    const growth = growthOf(samples, (s) => s.heapMB);
    expect(growth.firstSession).toBe(1);
    expect(growth.window).toBe(2);
    // Four sessions: two at each end, medians 2.5 and 4.5.
    expect(growth.growth).toBeCloseTo(2);
  });

  it('refuses a run with no sessions', () => {
    expect(() => growthOf([sample(0, 1)], (s) => s.heapMB)).toThrow(/no sessions/);
  });
});

describe('leastSquaresSlope', () => {
  it('fits a line', () => {
    expect(
      leastSquaresSlope([
        [1, 3],
        [2, 5],
        [3, 7],
      ]),
    ).toBeCloseTo(2);
    expect(
      leastSquaresSlope([
        [1, 1],
        [2, 0],
        [3, 1],
        [4, 0],
      ]),
    ).toBeCloseTo(-0.2);
  });
  it('is zero when there is nothing to fit', () => {
    expect(leastSquaresSlope([[1, 5]])).toBe(0);
    expect(
      leastSquaresSlope([
        [2, 1],
        [2, 9],
      ]),
    ).toBe(0);
  });
});

describe('countReturn', () => {
  const run = (nodes: number[]) => nodes.map((domNodes, session) => sample(session, 3, { domNodes }));
  it('is back when the last count is at or below the count before session 1', () => {
    expect(countReturn(run([46, 60, 46]), (s) => s.domNodes)).toEqual({ baseline: 46, final: 46, max: 60, back: true });
    expect(countReturn(run([46, 44]), (s) => s.domNodes).back).toBe(true);
  });
  it('is not back when nodes were left behind', () => {
    expect(countReturn(run([46, 47, 48]), (s) => s.domNodes)).toMatchObject({ final: 48, back: false });
  });
});

describe('soakReportSchema', () => {
  it('rejects a report without samples or with an unknown path', () => {
    const report = { sessions: 1, printed: 1, languageSwitches: 0, wallMs: 10, samples: [sample(0, 1)], failures: [], errorLogLines: 0, rendererRecoveries: 0 };
    expect(soakReportSchema.parse(report)).toEqual(report);
    expect(soakReportSchema.safeParse({ ...report, samples: [] }).success).toBe(false);
    expect(soakReportSchema.safeParse({ ...report, samples: [{ ...sample(1, 1), path: 'teleport' }] }).success).toBe(false);
  });
});
