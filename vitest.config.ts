import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit and service tests live under tests/unit, mirroring the source tree; end-to-end tests
// (tests/e2e) run under Playwright instead. Projects, so the everyday loop stays fast:
// - unit: pure code and in-process services on real temp files (`npm run test:unit`, with
//   unit-isolated). These files neither mock modules nor leave global state behind (spies and
//   fake timers are restored in their own hooks), so they share one module graph per worker
//   thread instead of re-importing everything per file: most of the loop's time was imports.
// - unit-isolated: the one file that replaces modules (`vi.mock('electron')`), which must not
//   leak into the others, so it keeps its own module graph.
// - integration: tests that start processes, real CUPS or Chromium, ask the npm registry, or
//   crash-loop a writer (`npm run test:integration`). `npm test` runs all three.
const integration = [
  'tests/unit/core/printing/**/*.test.ts',
  'tests/unit/core/alerts/**/*.test.ts',
  'tests/unit/core/storage-crash.test.ts',
  'tests/unit/core/settings/settings-crash.test.ts',
  'tests/unit/core/ipc/ipc-fuzz.test.ts',
  'tests/unit/shell/electronegativity.test.ts',
  'tests/unit/shell/electron-support-window.test.ts',
  'tests/unit/shell/relaunching-browser.test.ts',
  'tests/unit/shell/chromium-launch.test.ts',
  'tests/unit/build/**/*.test.ts',
  'tests/unit/cli/**/*.test.ts',
  'tests/unit/bench/run-bench-check.test.ts',
  'tests/unit/bench/heap-snapshot-diff.test.ts',
  'tests/unit/bench/soak-chart.test.ts',
  'tests/unit/bench/soak-run.test.ts',
  'tests/unit/bench/app-node-count.test.ts',
  'tests/unit/bench/time-to-interactive.test.ts',
  'tests/unit/bench/assess-throughput.test.ts',
  'tests/unit/e2e-support/**/*.test.ts',
];
const mocksModules = ['tests/unit/shell/electron-shell-contract.test.ts'];

/**
 * Electronegativity (the security scan in electronegativity.test.ts) fetches translations and
 * Electron's release list with got 11. Offline it gives the fetch up and scans on, but on Node 24
 * got's retry timer still fires afterwards and throws where nothing can catch it. Those errors
 * (their stack runs through got) are the tool's own noise; every other unhandled error fails the run.
 */
const isOfflineGotRetry = (error: { stack?: string }) => (error.stack ?? '').includes('/node_modules/got/');
const unitFiles = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // False: not counted (see isOfflineGotRetry).
    onUnhandledError: (error) => !isOfflineGotRetry(error),
    // Every core, not vitest's default of one less: on the 2-core build machine that default is a
    // single worker, and the integration tests spend much of their time waiting on the processes,
    // CUPS jobs and browsers they start (CPU 46% idle; `npm test`'s vitest step took 173 s, 101 s
    // with two workers; a third gained nothing).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: unitFiles, exclude: [...integration, ...mocksModules], pool: 'threads', isolate: false },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: mocksModules },
      },
      {
        extends: true,
        test: { name: 'integration', include: integration },
      },
    ],
  },
});
