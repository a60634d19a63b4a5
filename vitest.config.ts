import { defineConfig } from 'vitest/config';

// Unit and service tests live under tests/unit, mirroring the source tree; end-to-end tests
// (tests/e2e) run under Playwright instead. Two projects, so the everyday loop stays fast:
// - unit: pure code and in-process services on real temp files (`npm run test:unit`);
// - integration: tests that start processes, real CUPS or Chromium, or crash-loop a writer
//   (`npm run test:integration`). `npm test` runs both.
const integration = [
  'tests/unit/core/printing/**/*.test.ts',
  'tests/unit/core/alerts/**/*.test.ts',
  'tests/unit/core/storage-crash.test.ts',
  'tests/unit/core/settings/settings-crash.test.ts',
  'tests/unit/core/ipc/ipc-fuzz.test.ts',
  'tests/unit/shell/electronegativity.test.ts',
  'tests/unit/build/**/*.test.ts',
  'tests/unit/cli/**/*.test.ts',
  'tests/unit/bench/run-bench-check.test.ts',
  'tests/unit/bench/heap-snapshot-diff.test.ts',
  'tests/unit/bench/soak-chart.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'], exclude: integration },
      },
      {
        extends: true,
        test: { name: 'integration', include: integration },
      },
    ],
  },
});
