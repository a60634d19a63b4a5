/** From a soak report to the bench's figures: each target decides pass or miss. */
import { describe, expect, it } from 'vitest';
import { soakFigures } from '../../../bench/figures/soak-figures.ts';
import type { SoakReport, SoakSample } from '../../../bench/soak/soak-metrics.ts';

function report(sample: (session: number) => Partial<SoakSample>, failures: SoakReport['failures'] = []): SoakReport {
  const samples = Array.from({ length: 31 }, (_, session): SoakSample => ({
    session,
    path: session === 0 ? 'none' : session % 7 === 0 ? 'idle-reset' : 'painful',
    ok: !failures.some((failure) => failure.session === session),
    durationMs: 4000,
    heapMB: 3,
    domNodes: 46,
    documentNodes: 40,
    detachedNodes: 0,
    eventListeners: 166,
    documents: 1,
    rssMB: 180,
    nodeHeapMB: 50,
    ...sample(session),
  }));
  return { sessions: 30, printed: 26, languageSwitches: 12, wallMs: 150_000, samples, failures, errorLogLines: 0, rendererRecoveries: 0 };
}

const byName = (figures: ReturnType<typeof soakFigures>, prefix: string) => {
  const figure = figures.find((f) => f.figure.startsWith(prefix));
  if (!figure) throw new Error(`no figure ${prefix}`);
  return figure;
};

describe('soakFigures', () => {
  it('passes a flat soak with no failures', () => {
    const figures = soakFigures(report(() => ({})));
    expect(figures.map((f) => f.pass)).toEqual([true, true, true, true, true]);
    expect(byName(figures, 'soak: renderer heap growth')).toMatchObject({
      figure: 'soak: renderer heap growth, session 10 → 30',
      value: 0,
      unit: 'MB',
      target: '<= 5',
    });
    expect(byName(figures, 'soak: renderer heap growth').note).toMatch(/median of sessions 10-14 vs the last 5/);
    expect(byName(figures, 'soak: failed sessions').note).toMatch(/30 sessions \(26 painful, 4 idle-reset\), 26 printed and deleted, 12 language switches/);
  });

  it('measures heap growth and misses the target past 5 MB', () => {
    const heap = byName(soakFigures(report((session) => ({ heapMB: 3 + session * 0.2 }))), 'soak: renderer heap growth');
    // Sessions 10-14 (median 12) to 26-30 (median 28): 16 sessions x 0.2 MB.
    expect(heap.value).toBeCloseTo(3.2);
    expect(heap.pass).toBe(true);
    const worse = byName(soakFigures(report((session) => ({ heapMB: 3 + session * 0.5 }))), 'soak: renderer heap growth');
    expect(worse.value).toBeCloseTo(8);
    expect(worse.pass).toBe(false);
    expect(worse.note).toMatch(/slope 512 KB\/session/);
  });

  it('misses when DOM nodes or listeners are left behind after the last session', () => {
    const figures = soakFigures(report((session) => ({ documentNodes: session === 30 ? 46 : 40, eventListeners: 166 + (session > 0 ? 1 : 0) })));
    expect(byName(figures, 'soak: DOM nodes')).toMatchObject({ value: 46, target: '<= 40 (before session 1)', pass: false });
    expect(byName(figures, 'soak: event listeners')).toMatchObject({ value: 167, pass: false });
  });

  it('counts a leaked screen held outside the document as left behind', () => {
    const figures = soakFigures(report((session) => ({ detachedNodes: session >= 20 ? 12 : 0 })));
    expect(byName(figures, 'soak: DOM nodes')).toMatchObject({ value: 52, pass: false });
    expect(byName(figures, 'soak: DOM nodes').note).toMatch(/12 after the last session/);
  });

  it("does not count the test driver's Attr nodes (Memory.getDOMCounters' total) against the app, but reports them", () => {
    const figures = soakFigures(report((session) => ({ domNodes: session === 0 ? 46 : 53 })));
    expect(byName(figures, 'soak: DOM nodes')).toMatchObject({ value: 40, pass: true });
    expect(byName(figures, 'soak: DOM nodes').note).toMatch(/Memory\.getDOMCounters went 46 → 53/);
  });

  it('misses the RSS target past 20 MB and counts failed sessions', () => {
    const figures = soakFigures(
      report((session) => ({ rssMB: 180 + session * 2 }), [{ session: 3, path: 'painful', error: 'Printing ended in phase failed' }]),
    );
    expect(byName(figures, 'soak: main-process RSS')).toMatchObject({ value: 32, pass: false });
    const failed = byName(figures, 'soak: failed sessions');
    expect(failed).toMatchObject({ value: 1, pass: false });
    expect(failed.note).toMatch(/first failure: session 3 \(painful\): Printing ended in phase failed/);
  });
});
