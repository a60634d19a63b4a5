/**
 * What a test kiosk has counted since its data folder was made, across calendar days. The kiosk
 * counts per local day, so a test that read only today's counts failed when its sessions crossed
 * midnight (a CI run at 23:55: 11 of 50 sessions "today"). Each test has a fresh data folder, so
 * every day on file belongs to it.
 */
import { counterNames, emptyDayCounts, type CounterStore, type DayCounts } from '../../../electron/core/counters/counter-store.ts';

export function countsSoFar(counters: Pick<CounterStore, 'history'>): DayCounts {
  const total = emptyDayCounts();
  for (const day of Object.values(counters.history())) {
    for (const name of counterNames) total[name] += day[name];
  }
  return total;
}
