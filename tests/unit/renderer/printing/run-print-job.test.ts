/**
 * What the result screen shows while the summary prints: each phase the main process reports,
 * and the calm problem a patient reads when it fails. The bridge here plays back the replies the
 * IPC contract allows (the real bridge and core are driven end to end in tests/e2e).
 */
import { describe, expect, it } from 'vitest';
import type { PrintJobStatus } from '../../../../shared/ipc/ipc-contract.ts';
import { ipcFail, ipcOk, type IpcResult } from '../../../../shared/ipc/ipc-result.ts';
import { runPrintJob, type PrintPhase } from '../../../../renderer/features/printing/use-print-job.ts';

const request = { answers: { hurts: 'no' }, language: 'en' as const, raisedFlags: [] };

function bridgeReplying(submit: IpcResult<{ jobId: string; printer: string }>, statuses: IpcResult<PrintJobStatus>[]) {
  const asked: string[] = [];
  return {
    asked,
    bridge: {
      printSubmit: async () => (asked.push('submit'), submit),
      printStatus: async ({ jobId }: { jobId: string }) => {
        asked.push(`status ${jobId}`);
        const next = statuses.shift();
        if (!next) throw new Error('asked for a status after the job ended');
        return next;
      },
    },
  };
}

async function phasesOf(bridge: Parameters<typeof runPrintJob>[0], isCurrent: () => boolean = () => true): Promise<PrintPhase[]> {
  const phases: PrintPhase[] = [];
  await runPrintJob(
    bridge,
    request,
    (phase) => phases.push(phase),
    isCurrent,
    async () => undefined,
  );
  return phases;
}

describe('runPrintJob', () => {
  it('sending → queued → printing → done, polling the job it was given', async () => {
    const { bridge, asked } = bridgeReplying(ipcOk({ jobId: 'KioskPDF-7', printer: 'KioskPDF' }), [
      ipcOk({ jobId: 'KioskPDF-7', state: 'queued' }),
      ipcOk({ jobId: 'KioskPDF-7', state: 'printing' }),
      ipcOk({ jobId: 'KioskPDF-7', state: 'done' }),
    ]);
    expect(await phasesOf(bridge)).toEqual([
      { phase: 'printing', step: 'sending', jobId: null },
      { phase: 'printing', step: 'queued', jobId: 'KioskPDF-7' },
      { phase: 'printing', step: 'queued', jobId: 'KioskPDF-7' },
      { phase: 'printing', step: 'printing', jobId: 'KioskPDF-7' },
      { phase: 'done' },
    ]);
    expect(asked).toEqual(['submit', 'status KioskPDF-7', 'status KioskPDF-7', 'status KioskPDF-7']);
  });

  it('a refused submit shows its problem; an unknown error code shows the general one', async () => {
    expect((await phasesOf(bridgeReplying(ipcFail('printer-not-found', 'x'), []).bridge)).at(-1)).toEqual({ phase: 'failed', problem: 'printer-not-found' });
    expect((await phasesOf(bridgeReplying(ipcFail('internal', 'x'), []).bridge)).at(-1)).toEqual({ phase: 'failed', problem: 'print-failed' });
  });

  it('a failed or stuck job ends in its problem', async () => {
    const failed = bridgeReplying(ipcOk({ jobId: 'j', printer: 'p' }), [
      ipcOk({ jobId: 'j', state: 'failed', failure: 'printer-unavailable', reason: 'paused' }),
    ]);
    expect((await phasesOf(failed.bridge)).at(-1)).toEqual({ phase: 'failed', problem: 'printer-unavailable' });
    const stuck = bridgeReplying(ipcOk({ jobId: 'j', printer: 'p' }), [ipcOk({ jobId: 'j', state: 'stuck' })]);
    expect((await phasesOf(stuck.bridge)).at(-1)).toEqual({ phase: 'failed', problem: 'stuck' });
  });

  it('stops reporting (and polling) once a newer attempt or an unmount took over', async () => {
    let current = true;
    const { bridge, asked } = bridgeReplying(ipcOk({ jobId: 'j', printer: 'p' }), [
      ipcOk({ jobId: 'j', state: 'queued' }),
      ipcOk({ jobId: 'j', state: 'done' }),
    ]);
    const phases: PrintPhase[] = [];
    await runPrintJob(
      bridge,
      request,
      (phase) => phases.push(phase),
      () => current,
      async () => {
        current = false;
      },
    );
    expect(phases).toEqual([
      { phase: 'printing', step: 'sending', jobId: null },
      { phase: 'printing', step: 'queued', jobId: 'j' },
    ]);
    expect(asked).toEqual(['submit']);
  });
});
