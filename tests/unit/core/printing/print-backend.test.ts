/**
 * Backend choice and the silent-print backend's job states. Electron cannot run here, so the
 * silent printer is an in-memory stand-in that records what it was asked to print: it tests the
 * backend's own logic (ids, states, the default printer), not Electron's printing.
 */
import { describe, expect, it } from 'vitest';
import { paperSpecs } from '../../../../electron/core/printing/paper.ts';
import {
  checkQueueIn,
  choosePrintBackendKind,
  createSystemPrintBackend,
  isCommandOnPath,
  systemDefaultPrinterName,
  type SilentPrinter,
} from '../../../../electron/core/printing/print-backend.ts';

describe('choosing the printer backend', () => {
  it.each([
    [{ requested: 'auto', cupsInstalled: true, silentPrintAvailable: true }, 'cups'],
    [{ requested: 'auto', cupsInstalled: false, silentPrintAvailable: true }, 'system'],
    [{ requested: 'auto', cupsInstalled: false, silentPrintAvailable: false }, 'cups'],
    [{ requested: 'system', cupsInstalled: true, silentPrintAvailable: true }, 'system'],
    [{ requested: 'system', cupsInstalled: true, silentPrintAvailable: false }, 'cups'],
    [{ requested: 'cups', cupsInstalled: false, silentPrintAvailable: true }, 'cups'],
  ] as const)('%o → %s', (facts, kind) => {
    expect(choosePrintBackendKind(facts)).toBe(kind);
  });

  it('finds the CUPS clients on this machine, and nothing on an empty PATH', () => {
    expect(isCommandOnPath('lp')).toBe(true);
    expect(isCommandOnPath('lp', { PATH: '' })).toBe(false);
    expect(isCommandOnPath('lp', { PATH: 'C:\\Windows\\System32' }, 'win32')).toBe(false);
  });
});

describe('finding the queue among the printers', () => {
  const printers = [
    { name: 'Front', state: 'ready', isDefault: true, message: '' },
    { name: 'Back', state: 'paused', isDefault: false, message: 'Out of paper' },
  ] as const;
  it('reports the named queue, the default for null, and missing otherwise', () => {
    expect(checkQueueIn(printers, 'Back')).toEqual({ state: 'paused', printer: 'Back', message: 'Out of paper' });
    expect(checkQueueIn(printers, null)).toEqual({ state: 'ready', printer: 'Front', message: '' });
    expect(checkQueueIn(printers, 'Gone')).toMatchObject({ state: 'missing', printer: 'Gone' });
    expect(checkQueueIn([], null)).toMatchObject({ state: 'missing', printer: null });
  });
});

describe('silent-print backend', () => {
  function recordingPrinter(outcome: { ok: true } | { ok: false; reason: string }) {
    const printed: { deviceName: string | null; html: string }[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const printer: SilentPrinter = {
      listPrinters: async () => [{ name: 'EPSON_TM_T88', isDefault: false, ready: true, message: '' }],
      async print(html, _paper, deviceName) {
        printed.push({ html, deviceName });
        await gate;
        return outcome;
      },
    };
    return { printer, printed, release };
  }

  it('follows a job from printing to done, and prints to the chosen device', async () => {
    const { printer, printed, release } = recordingPrinter({ ok: true });
    const backend = createSystemPrintBackend(printer);
    expect(await backend.checkQueue('EPSON_TM_T88')).toMatchObject({ state: 'ready' });
    const job = await backend.submit('<p>sheet</p>', paperSpecs['receipt-80mm'], { printer: 'EPSON_TM_T88', title: 't' });
    expect(await backend.jobState(job.jobId)).toEqual({ state: 'printing' });
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await backend.jobState(job.jobId)).toEqual({ state: 'done' });
    expect(printed).toEqual([{ html: '<p>sheet</p>', deviceName: 'EPSON_TM_T88' }]);
    expect(await backend.keepsJobFiles()).toBe(false);
  });

  it('reports a refused job as failed with the reason, and uses the OS default printer when none is chosen', async () => {
    const { printer, printed, release } = recordingPrinter({ ok: false, reason: 'Invalid printer settings' });
    const backend = createSystemPrintBackend(printer);
    const queue = await backend.checkQueue(null);
    expect(queue).toEqual({ state: 'ready', printer: systemDefaultPrinterName, message: '' });
    const job = await backend.submit('<p>x</p>', paperSpecs.letter, { printer: queue.printer ?? '', title: 't' });
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await backend.jobState(job.jobId)).toMatchObject({ state: 'failed', reason: expect.stringContaining('Invalid printer settings') });
    expect(printed[0]?.deviceName).toBeNull();
    await expect(backend.jobState('system-999')).rejects.toMatchObject({ code: 'job-not-found' });
  });
});
