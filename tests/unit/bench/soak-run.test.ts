/**
 * The soak itself, for real over its first two sessions: a painful one, then a red flag, through
 * the browser shell, the real core and CUPS. A red flag leaves the "Staff needed" band up for the
 * next patients until staff acknowledge it; the soak acknowledges it as staff do, so the attract
 * screen it measures at the end is the one it measured before session 1. Without that, the
 * "back to baseline" figures counted the band (84 → 90 nodes, 176 → 177 listeners) and missed.
 */
import { expect, it } from 'vitest';
import { soakFigures } from '../../../bench/figures/soak-figures.ts';
import { runSoak } from '../../../bench/soak/run-soak.ts';
import { planSession } from '../../../bench/soak/soak-plan.ts';

it('a red-flag session ends back on the attract screen it started from: the band acknowledged, nodes and listeners as before', async () => {
  expect(planSession(2).path).toBe('red-flag');
  const report = await runSoak(2, () => undefined);
  expect(report.failures).toEqual([]);
  const figures = soakFigures(report);
  for (const name of ['soak: DOM nodes back to baseline', 'soak: event listeners back to baseline']) {
    const figure = figures.find((f) => f.figure === name);
    expect(figure, name).toMatchObject({ pass: true });
  }
}, 120_000);
