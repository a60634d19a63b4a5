/**
 * When the kiosk withdraws a job itself (stuck past its time, or its queue paused after the job
 * went in), the screen must be told why, not "the print job was cancelled": found in CI, where
 * the service's own follower and the screen's question looked at the same job at once, and the
 * second look saw the kiosk's own cancel. A print system that behaves like CUPS: a cancelled
 * job reads as failed, "The print job was cancelled."
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCounterStore, type CounterStore } from '../../../../electron/core/counters/counter-store.ts';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import type { BackendJobState, PrintBackend } from '../../../../electron/core/printing/print-backend.ts';
import { createPrintService } from '../../../../electron/core/printing/print-service.ts';
import { createSettingsStore, type SettingsStore } from '../../../../electron/core/settings/settings-store.ts';
import { sampleCases } from '../../../../shared/summary/sample-answers.ts';

const logger = createStreamLogger(new PassThrough());
let dataDir: string;
let settings: SettingsStore;
let counters: CounterStore;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-withdrawal-'));
  settings = createSettingsStore({ dataDir, logger, initial: { printer: 'Front', paperSize: 'letter' } });
  counters = createCounterStore({ dataDir, logger, now: () => new Date('2026-03-14T15:30:00Z') });
});
afterEach(async () => {
  await counters.flush();
  rmSync(dataDir, { recursive: true, force: true });
});

/** One job that waits in its queue until cancelled; the cancel takes a moment, as a real one does. */
function printSystem(queuePausedLater = false) {
  let cancelled = false;
  let cancelStarted: () => void = () => undefined;
  const cancelling = new Promise<void>((resolve) => (cancelStarted = resolve));
  let checks = 0;
  const backend: PrintBackend = {
    kind: 'cups',
    listPrinters: () => Promise.resolve([]),
    // Ready when the job goes in; paused afterwards when asked to be.
    checkQueue: (printer) => Promise.resolve({ printer: printer ?? 'Front', state: queuePausedLater && checks++ > 0 ? 'paused' : 'ready', message: '' }),
    submit: () => Promise.resolve({ jobId: 'Front-7', printer: 'Front' }),
    jobState: (): Promise<BackendJobState> => Promise.resolve(cancelled ? { state: 'failed', reason: 'The print job was cancelled.' } : { state: 'queued' }),
    cancel: async () => {
      cancelled = true;
      cancelStarted();
      await new Promise((resolve) => setTimeout(resolve, 50));
    },
    keepsJobFiles: () => Promise.resolve(false),
  };
  return { backend, cancelling };
}

it('a job the kiosk withdrew as stuck is reported stuck to every look, even one made during the withdrawal', async () => {
  const { backend, cancelling } = printSystem();
  const service = createPrintService({ backend, settings, counters, logger, now: () => new Date(), stuckAfterMs: 0, followEveryMs: 60_000 });
  const { jobId } = await service.printSummary(sampleCases.painful, 'en');
  await new Promise((resolve) => setTimeout(resolve, 5));
  const first = service.jobStatus(jobId);
  await cancelling;
  const second = service.jobStatus(jobId);
  expect(await first).toMatchObject({ state: 'stuck' });
  expect(await second).toMatchObject({ state: 'stuck', reason: expect.stringContaining('had not printed') });
  expect(await service.jobStatus(jobId)).toMatchObject({ state: 'stuck' });
  expect(counters.today()).toMatchObject({ printFailures: 1 });
  service.close();
});

it('a job withdrawn because its queue was paused says the printer is paused, to every look', async () => {
  const { backend, cancelling } = printSystem(true);
  const service = createPrintService({ backend, settings, counters, logger, now: () => new Date(), stuckAfterMs: 60_000, followEveryMs: 60_000 });
  const { jobId } = await service.printSummary(sampleCases.painful, 'en');
  const first = service.jobStatus(jobId);
  await cancelling;
  const second = service.jobStatus(jobId);
  expect(await first).toMatchObject({ state: 'failed', failure: 'printer-unavailable' });
  expect(await second).toMatchObject({ state: 'failed', failure: 'printer-unavailable' });
  expect(counters.today()).toMatchObject({ printFailures: 1 });
  service.close();
});
