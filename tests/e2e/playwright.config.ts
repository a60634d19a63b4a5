import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// The end-to-end tests drive the browser shell (real main-process core, real Chromium, real CUPS).
// Test files run in parallel workers (BACKTALK_E2E_WORKERS, default one per core):
// each worker prints to its own cups-pdf queue and output folder (support/cups-test-queue.ts),
// and each test has its own data folder. Tests within a file stay in order, in one worker.
// The files that change what every worker shares run afterwards, one at a time ("serial"):
// print-system-down stops cupsd, and staff-preview runs `npm start`, which rebuilds dist/. (The
// faults of one queue, print-faults, touch only their worker's own queue and run in parallel.)
const serialFiles = ['print-system-down.e2e.ts', 'staff-preview.e2e.ts'];
// The 50-session privacy file takes about 4.5 min in one worker. Queued last (its place in the
// alphabet), it ran alone for the final 1.5 min while the other core idled; queued first, the
// other worker works through the short files beside it (parallel files 9.6 min instead of 10.5,
// back to back on the same machine).
const longFiles = ['security-privacy.e2e.ts'];
// One worker per core (BACKTALK_E2E_WORKERS overrides it). A third on the two cores was measured
// twice: on 2026-12-02 the parallel files took 15.8 min against 16.4, and on 2026-12-03 four
// interleaved runs of four files took 269 and 302 s against 284 and 289: the cores' idle time fell
// (18% → 12%), but the CPU the same tests used rose with the contention. Within the noise, so not kept.
const workers = Number(process.env['BACKTALK_E2E_WORKERS'] ?? availableParallelism());

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  workers,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // CI shares two cores between two workers and their browsers: a test that lost a timing race to
  // the other worker gets one more try there, and the report lists it as flaky (never as passed silently).
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['BACKTALK_PW_JSON'] ? [['list'], ['json', { outputFile: process.env['BACKTALK_PW_JSON'] }]] : [['list']],
  outputDir: '../../test-results/e2e',
  // Every new screen slides in (160 ms), and Playwright waits for a moving button to stand still
  // before it taps: with motion, a walk through the screens took 2–3× as long. The screens are the
  // same either way (the slide is CSS only, and the kiosk honours "reduce motion"); the full-flow
  // test in patient-flow.e2e.ts keeps the motion on. The fixture applies this to the shell's page.
  use: { reducedMotion: 'reduce' },
  projects: [
    { name: 'parallel-first', testMatch: longFiles },
    { name: 'parallel', testIgnore: [...serialFiles, ...longFiles] },
    // After the parallel run, alone. If a parallel test fails, Playwright skips this project;
    // `npm test` therefore runs it on its own (`--project serial --no-deps`) so it always reports.
    { name: 'serial', testMatch: serialFiles, dependencies: ['parallel-first', 'parallel'], workers: 1 },
  ],
});
