/**
 * Child process for storage-crash.test.ts: increments the real counter store as fast as it can
 * (each increment is an atomic, fsynced write) until the parent kills it.
 */
import { createCounterStore } from '../../../../electron/core/counters/counter-store.ts';
import type { Logger } from '../../../../electron/core/logging/logger.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: counter-writer-child <dataDir>');
const quiet = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet } as unknown as Logger;
const store = createCounterStore({ dataDir, now: () => new Date(), logger: quiet });
process.stdout.write(`ready ${store.today().started}\n`);
// Bundled as CommonJS (write-file-atomic needs __filename), so no top-level await.
void (async () => {
  for (;;) {
    store.increment('started');
    await store.flush();
  }
})();
