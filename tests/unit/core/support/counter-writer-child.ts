/**
 * Child process for storage-crash.test.ts: increments the real counter store as fast as it can
 * (each increment is an atomic, fsynced write) until the parent kills it.
 */
import { createCounterStore } from '../../../../electron/core/counters/counter-store.ts';
import type { Logger } from '../../../../electron/core/logging/logger.ts';
import { exitWithParent } from './exit-with-parent.ts';

const [dataDir, clock] = process.argv.slice(2);
if (!dataDir || !clock) throw new Error('usage: counter-writer-child <dataDir> <ISO time>');
// The parent's fixed clock: on the real one, a run across midnight counted on two days.
const now = new Date(clock);
const quiet = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet } as unknown as Logger;
exitWithParent();
const store = createCounterStore({ dataDir, now: () => now, logger: quiet });
process.stdout.write(`ready ${store.today().started}\n`);
// Bundled as CommonJS (write-file-atomic needs __filename), so no top-level await.
void (async () => {
  for (;;) {
    store.increment('started');
    await store.flush();
  }
})();
