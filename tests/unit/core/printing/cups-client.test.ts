/**
 * The CUPS client against the machine's real cupsd, on a private cups-pdf queue: real `lpstat`
 * output parsed, real jobs submitted on stdin, followed with ipptool and cancelled.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCupsClient, parseLpstatPrinters } from '../../../../electron/core/printing/cups-client.ts';
import { KioskError } from '../../../../electron/core/kiosk-error.ts';
import { addUnitQueue, removeUnitQueue, tinyPdf, waitFor } from './cups-unit-queue.ts';

const unitQueue = 'PrintingUnitClient';

const lpstat = () => execFileSync('lpstat', ['-p', '-a', '-d'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: 'C' } });

describe('CUPS client (real cupsd)', () => {
  const cups = createCupsClient();
  beforeAll(() => addUnitQueue(unitQueue));
  afterAll(() => removeUnitQueue(unitQueue));

  it('parses the real lpstat output for a ready, a paused and a rejecting queue', () => {
    const ready = parseLpstatPrinters(lpstat()).find((p) => p.name === unitQueue);
    expect(ready).toMatchObject({ name: unitQueue, enabled: true, accepting: true });

    execFileSync('cupsdisable', ['-r', 'Out of paper', unitQueue]);
    try {
      const paused = parseLpstatPrinters(lpstat()).find((p) => p.name === unitQueue);
      expect(paused).toMatchObject({ enabled: false, accepting: true, message: 'Out of paper' });
      execFileSync('cupsreject', [unitQueue]);
      const rejecting = parseLpstatPrinters(lpstat()).find((p) => p.name === unitQueue);
      expect(rejecting).toMatchObject({ enabled: false, accepting: false });
    } finally {
      execFileSync('cupsenable', [unitQueue]);
      execFileSync('cupsaccept', [unitQueue]);
    }
  });

  it('keeps a queue that is printing right now (lpstat says "now printing")', () => {
    const sample = [
      'printer Busy now printing Busy-17.  enabled since Wed Nov 25 13:08:17 2026',
      '\tThe printer may not exist or is unavailable at this time.',
      'printer Idle is idle.  enabled since Wed Nov 25 13:08:17 2026',
      'Busy accepting requests since Wed Nov 25 13:08:17 2026',
      'Idle not accepting requests since Wed Nov 25 13:08:17 2026 -',
      '\tRejecting Jobs',
      'system default destination: Idle',
    ].join('\n');
    expect(parseLpstatPrinters(sample)).toEqual([
      { name: 'Busy', enabled: true, accepting: true, message: 'The printer may not exist or is unavailable at this time.', isDefault: false },
      { name: 'Idle', enabled: true, accepting: false, message: '', isDefault: true },
    ]);
  });

  it('lists the queue through listPrinters', async () => {
    const printers = await cups.listPrinters();
    expect(printers.map((p) => p.name)).toContain(unitQueue);
    await expect(cups.isInstalled()).resolves.toBe(true);
    await expect(cups.isSchedulerRunning()).resolves.toBe(true);
  });

  it('submits a PDF on stdin, returns the CUPS job id and follows it to completed', async () => {
    const { jobId, printer } = await cups.submit(tinyPdf(), { printer: unitQueue, media: 'Letter', title: 'unit test' });
    expect(printer).toBe(unitQueue);
    expect(jobId).toMatch(new RegExp(`^${unitQueue}-\\d+$`));
    await waitFor(async () => (await cups.jobState(jobId)) === 'completed');
  });

  it('cancels a job that waits in a paused queue', async () => {
    execFileSync('cupsdisable', [unitQueue]);
    try {
      const { jobId } = await cups.submit(tinyPdf(), { printer: unitQueue, title: 'unit test' });
      expect(await cups.jobState(jobId)).toBe('pending');
      await cups.cancel(jobId);
      await waitFor(async () => (await cups.jobState(jobId)) === 'canceled');
    } finally {
      execFileSync('cupsenable', [unitQueue]);
    }
  });

  it('explains a queue that does not exist or rejects jobs', async () => {
    await expect(cups.submit(tinyPdf(), { printer: 'NoSuchBacktalkQueue', title: 'unit test' })).rejects.toMatchObject({ code: 'printer-not-found' });
    execFileSync('cupsreject', [unitQueue]);
    try {
      const error = await cups.submit(tinyPdf(), { printer: unitQueue, title: 'unit test' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KioskError);
      expect(error).toMatchObject({ code: 'printer-unavailable' });
    } finally {
      execFileSync('cupsaccept', [unitQueue]);
    }
  });
});
