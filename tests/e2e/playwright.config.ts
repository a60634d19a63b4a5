import { defineConfig } from '@playwright/test';

// The end-to-end tests drive the browser shell (real main-process core, real Chromium, real CUPS).
// One worker: the tests share the machine's CUPS queue and its PDF output folder.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: process.env['BACKTALK_PW_JSON'] ? [['list'], ['json', { outputFile: process.env['BACKTALK_PW_JSON'] }]] : [['list']],
  outputDir: '../../test-results/e2e',
});
