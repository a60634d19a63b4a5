/**
 * A child process for the crash-mid-write test: it rewrites the settings file through the real
 * settings store as fast as it can, until the test kills it (SIGKILL) at a random moment.
 */
import { mkdirSync } from 'node:fs';
import type { Logger } from '../../../../electron/core/logging/logger.ts';
import { createSettingsStore } from '../../../../electron/core/settings/settings-store.ts';
import { exitWithParent } from '../support/exit-with-parent.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: settings-writer-child <dataDir>');
mkdirSync(dataDir, { recursive: true });
// No pino here: the child must start fast, 200 times.
const silent = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent } as unknown as Logger;
exitWithParent();
const store = createSettingsStore({ dataDir, logger: silent });
let n = Math.floor(Math.random() * 1e6);
process.stdout.write('ready\n');
for (;;) {
  n++;
  // Long values make each write take longer, so kills land mid-write more often.
  await store.update({ clinicName: `Clinic ${n} ${'x'.repeat(60)}`.slice(0, 80), idleSeconds: 15 + (n % 800), clinicPhone: String(n).padStart(12, '0') });
}
