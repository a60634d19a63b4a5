/**
 * The print service with real parts: settings and counters in a temporary folder, the Chromium PDF
 * renderer, and the machine's cupsd with a private cups-pdf queue. What staff see (printer status,
 * the test page) and what the patient screen is told when a queue breaks after the job went in.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCounterStore, type CounterStore } from '../../../../electron/core/counters/counter-store.ts';
import { KioskError } from '../../../../electron/core/kiosk-error.ts';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import { createCupsClient } from '../../../../electron/core/printing/cups-client.ts';
import { readJobRetention } from '../../../../electron/core/printing/cups-job-retention.ts';
import { createCupsPrintBackend } from '../../../../electron/core/printing/print-backend.ts';
import { createPrintService, type PrintService } from '../../../../electron/core/printing/print-service.ts';
import { createSettingsStore, type SettingsStore } from '../../../../electron/core/settings/settings-store.ts';
import type { PrintJobStatus } from '../../../../shared/ipc/ipc-contract.ts';
import { sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { startChromiumPdf } from './chromium-for-tests.ts';
import { addUnitQueue, printedPdf, removeFile, removeUnitQueue, waitFor } from './cups-unit-queue.ts';

const unitQueue = 'PrintingUnitService';

describe('print service (real CUPS, real Chromium)', () => {
  let chromium: Awaited<ReturnType<typeof startChromiumPdf>>;
  let dataDir: string;
  let settings: SettingsStore;
  let counters: CounterStore;
  let service: PrintService;
  const logLines: string[] = [];

  beforeAll(async () => {
    addUnitQueue(unitQueue);
    chromium = await startChromiumPdf();
  });
  afterAll(async () => {
    await chromium.close();
    removeUnitQueue(unitQueue);
  });
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-print-'));
    const stream = new PassThrough();
    stream.setEncoding('utf8').on('data', (chunk: string) => logLines.push(chunk));
    const logger = createStreamLogger(stream);
    settings = createSettingsStore({ dataDir, logger, initial: { printer: unitQueue, paperSize: 'letter', clinicName: 'Riverside Physical Therapy' } });
    // The counters' own fixed clock: on the real one, a test running across midnight counted on two days.
    counters = createCounterStore({ dataDir, logger, now: () => new Date('2026-03-14T15:30:00Z') });
    service = createPrintService({
      backend: createCupsPrintBackend({ cups: createCupsClient(), pdf: chromium.pdf }),
      settings,
      counters,
      logger,
      now: () => new Date('2026-03-14T15:30:00Z'),
      stuckAfterMs: 5_000,
      followEveryMs: 250,
    });
    return async () => {
      service.close();
      await counters.flush();
      rmSync(dataDir, { recursive: true, force: true });
    };
  });

  async function finalStatus(jobId: string): Promise<PrintJobStatus> {
    let status: PrintJobStatus = { jobId, state: 'queued' };
    await waitFor(async () => {
      status = await service.jobStatus(jobId);
      return !['queued', 'printing'].includes(status.state);
    });
    return status;
  }

  it('lists the queue and reports it ready, with whether CUPS keeps job files', async () => {
    expect((await service.listPrinters()).find((p) => p.name === unitQueue)).toMatchObject({ state: 'ready' });
    const status = await service.printerStatus();
    expect(status).toEqual({ printer: unitQueue, state: 'ready', lastError: null, keepsJobFiles: (await readJobRetention()).keepsJobFiles });
  });

  it('reports a paused, a rejecting and a missing queue, with a last error staff can read', async () => {
    execFileSync('cupsdisable', ['-r', 'Paper jam', unitQueue]);
    try {
      expect(await service.printerStatus()).toMatchObject({ state: 'paused', lastError: expect.stringContaining('Paper jam') });
    } finally {
      execFileSync('cupsenable', [unitQueue]);
    }
    execFileSync('cupsreject', [unitQueue]);
    try {
      expect(await service.printerStatus()).toMatchObject({ state: 'rejecting', lastError: expect.stringContaining('not accepting') });
    } finally {
      execFileSync('cupsaccept', [unitQueue]);
    }
    await settings.update({ printer: 'NoSuchBacktalkQueue' });
    expect(await service.printerStatus()).toMatchObject({ printer: 'NoSuchBacktalkQueue', state: 'missing' });
  });

  it('prints a test page marked as a sample, with no patient data, without touching the patient counts', async () => {
    await settings.update({ paperSize: 'receipt-80mm' });
    const { jobId, printer } = await service.printTestPage();
    expect(printer).toBe(unitQueue);
    expect(await finalStatus(jobId)).toEqual({ jobId, state: 'done' });
    const file = await printedPdf(jobId);
    try {
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('SAMPLE: test print with made-up answers. Not a patient.');
      expect(text).toContain('Riverside Physical Therapy');
    } finally {
      removeFile(file);
    }
    expect(counters.today()).toMatchObject({ printed: 0, printFailures: 0 });
  });

  it('prints a patient summary and counts it', async () => {
    const { jobId } = await service.printSummary(sampleCases.painful, 'en');
    expect(await finalStatus(jobId)).toEqual({ jobId, state: 'done' });
    removeFile(await printedPdf(jobId));
    expect(counters.today()).toMatchObject({ printed: 1, printFailures: 0 });
    // The log knows the job, never the answers.
    expect(logLines.join('')).not.toContain('grinding');
  });

  it('tells at once when the queue is paused after the job went in, and withdraws the job', async () => {
    // A job ahead of ours keeps the printer busy (its device never answers), so ours waits in the
    // queue; then the queue is paused, as staff or CUPS itself (after a printer error) would.
    execFileSync('lpadmin', ['-p', unitQueue, '-v', 'socket://127.0.0.1:9']);
    execFileSync('lp', ['-d', unitQueue, '-t', 'blocker', '/usr/share/cups/data/default.pdf']);
    try {
      const { jobId } = await service.printSummary(sampleCases['no-worry'], 'es');
      expect(await service.jobStatus(jobId)).toMatchObject({ state: 'queued' });
      execFileSync('cupsdisable', [unitQueue]);
      expect(await finalStatus(jobId)).toMatchObject({ state: 'failed', failure: 'printer-unavailable' });
      expect(counters.today().printFailures).toBe(1);
      const open = execFileSync('lpstat', ['-W', 'not-completed', '-o', unitQueue], { encoding: 'utf8' });
      expect(open).not.toContain(`${jobId} `);
    } finally {
      execFileSync('cancel', ['-a', unitQueue]);
      execFileSync('lpadmin', ['-p', unitQueue, '-v', 'cups-pdf:/']);
      execFileSync('cupsenable', [unitQueue]);
    }
  });

  it('withdraws a job reported failed while the print system was down, once it answers again', async () => {
    // Found in review: CUPS stopping mid-job made the job "failed", but it stayed in the spool and
    // printed when CUPS came back: for nobody, or beside the patient's retry.
    const real = createCupsPrintBackend({ cups: createCupsClient(), pdf: chromium.pdf });
    let down = false;
    const whileDown = new KioskError('print-system-down', 'The print system (CUPS) is not running.');
    const flaky = createPrintService({
      backend: {
        ...real,
        jobState: (jobId) => (down ? Promise.reject(whileDown) : real.jobState(jobId)),
        cancel: (jobId) => (down ? Promise.reject(whileDown) : real.cancel(jobId)),
      },
      settings,
      counters,
      logger: createStreamLogger(new PassThrough()),
      now: () => new Date('2026-03-14T15:30:00Z'),
      stuckAfterMs: 60_000,
      followEveryMs: 250,
    });
    // A job ahead of ours keeps the printer busy, so ours waits in the spool.
    execFileSync('lpadmin', ['-p', unitQueue, '-v', 'socket://127.0.0.1:9']);
    execFileSync('lp', ['-d', unitQueue, '-t', 'blocker', '/usr/share/cups/data/default.pdf']);
    try {
      const { jobId } = await flaky.printSummary(sampleCases['no-worry'], 'en');
      down = true;
      await waitFor(async () => (await flaky.jobStatus(jobId)).state === 'failed');
      expect(await flaky.jobStatus(jobId)).toMatchObject({ failure: 'print-system-down' });
      const waiting = () => execFileSync('lpstat', ['-W', 'not-completed', '-o', unitQueue], { encoding: 'utf8' });
      expect(waiting()).toContain(`${jobId} `);
      down = false;
      await waitFor(async () => !waiting().includes(`${jobId} `), 10_000);
      expect(counters.today()).toMatchObject({ printed: 0, printFailures: 1 });
    } finally {
      flaky.close();
      execFileSync('cancel', ['-a', unitQueue]);
      execFileSync('lpadmin', ['-p', unitQueue, '-v', 'cups-pdf:/']);
    }
  });

  it('reports a job the printer never finishes as stuck after the timeout, and cancels it', async () => {
    execFileSync('lpadmin', ['-p', unitQueue, '-v', 'socket://127.0.0.1:9']);
    try {
      const { jobId } = await service.printSummary(sampleCases.painful, 'en');
      const status = await finalStatus(jobId);
      expect(status).toMatchObject({ state: 'stuck', reason: expect.stringContaining('5 seconds') });
      expect(counters.today()).toMatchObject({ printed: 0, printFailures: 1 });
      expect(await service.printerStatus()).toMatchObject({ state: 'ready' });
      const open = execFileSync('lpstat', ['-W', 'not-completed', '-o', unitQueue], { encoding: 'utf8' });
      expect(open).not.toContain(`${jobId} `);
    } finally {
      execFileSync('cancel', ['-a', unitQueue]);
      execFileSync('lpadmin', ['-p', unitQueue, '-v', 'cups-pdf:/']);
    }
  });

  it('follows a job no screen asks about any more: a stuck one is cancelled and counted, a printed one is counted', async () => {
    // Found in review: only the screen's questions moved a job on. A patient who walked away from
    // a jammed printer left the job in the queue, to print later for nobody, and it was never counted.
    execFileSync('lpadmin', ['-p', unitQueue, '-v', 'socket://127.0.0.1:9']);
    try {
      const { jobId } = await service.printSummary(sampleCases.painful, 'en');
      await waitFor(async () => counters.today().printFailures === 1, 15_000);
      const open = execFileSync('lpstat', ['-W', 'not-completed', '-o', unitQueue], { encoding: 'utf8' });
      expect(open).not.toContain(`${jobId} `);
      expect(await service.jobStatus(jobId)).toMatchObject({ state: 'stuck' });
    } finally {
      execFileSync('cancel', ['-a', unitQueue]);
      execFileSync('lpadmin', ['-p', unitQueue, '-v', 'cups-pdf:/']);
    }
    const { jobId } = await service.printSummary(sampleCases['no-worry'], 'en');
    await waitFor(async () => counters.today().printed === 1, 15_000);
    removeFile(await printedPdf(jobId));
    expect(counters.today()).toMatchObject({ printed: 1, printFailures: 1 });
  });

  it('refuses answers that are not answers, and counts nothing', async () => {
    await expect(service.printSummary({ where: 'the moon' }, 'en')).rejects.toMatchObject({ code: 'bad-request' });
    expect(counters.today()).toMatchObject({ printed: 0, printFailures: 0 });
  });
});
