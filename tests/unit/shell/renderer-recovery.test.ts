import { describe, expect, it, vi } from 'vitest';
import { createCrashPolicy } from '../../../electron/core/shell-policy/crash-policy.ts';
import { createRendererRecovery } from '../../../electron/core/shell-policy/renderer-recovery.ts';
import { captureLog } from './log-capture.ts';

function setup(options: { maxReloads?: number } = {}) {
  const timers: Array<{ run: () => void; delayMs: number }> = [];
  const target = { forceCrash: vi.fn(), reload: vi.fn(() => Promise.resolve()), relaunch: vi.fn() };
  const counts: string[] = [];
  const { logger, lines } = captureLog();
  const recovery = createRendererRecovery({
    policy: createCrashPolicy({ cooldownMs: 2_000, maxReloads: options.maxReloads ?? 5, windowMs: 60_000, now: () => 0 }),
    target,
    logger,
    counters: { increment: (name) => counts.push(name) },
    setTimer: (run, delayMs) => timers.push({ run, delayMs }),
  });
  return { recovery, target, counts, timers, lines };
}

describe('renderer recovery', () => {
  it('reloads a crashed renderer, counts it and logs it', async () => {
    const { recovery, target, counts, timers, lines } = setup();
    recovery.report({ kind: 'render-process-gone', reason: 'crashed', exitCode: 11 });
    expect(recovery.recovering).toBe(true);
    expect(counts).toEqual(['rendererRecoveries']);
    expect(timers).toHaveLength(1);
    expect(timers[0]?.delayMs).toBe(0);
    timers[0]?.run();
    await vi.waitFor(() => expect(recovery.recovering).toBe(false));
    expect(target.reload).toHaveBeenCalledOnce();
    await vi.waitFor(() =>
      expect(lines().map((l) => l['msg'])).toEqual(expect.arrayContaining(['kiosk renderer failure', 'renderer recovered: fresh attract screen'])),
    );
  });

  it('kills a hung renderer without counting a recovery yet', async () => {
    const { recovery, target, counts } = setup();
    expect(recovery.report({ kind: 'unresponsive' })).toEqual({ type: 'force-crash' });
    await vi.waitFor(() => expect(target.forceCrash).toHaveBeenCalledOnce());
    expect(counts).toEqual([]);
    expect(target.reload).not.toHaveBeenCalled();
  });

  it('does not stack a second reload while one is pending', () => {
    const { recovery, timers } = setup();
    recovery.report({ kind: 'render-process-gone', reason: 'crashed' });
    expect(recovery.report({ kind: 'render-process-gone', reason: 'crashed' })).toEqual({ type: 'ignore' });
    expect(timers).toHaveLength(1);
  });

  it('relaunches when reloads keep failing', async () => {
    const { recovery, target, timers } = setup({ maxReloads: 2 });
    for (let i = 0; i < 2; i++) {
      recovery.report({ kind: 'render-process-gone', reason: 'crashed' });
      timers.at(-1)?.run();
      await vi.waitFor(() => expect(recovery.recovering).toBe(false));
    }
    expect(recovery.report({ kind: 'render-process-gone', reason: 'oom' })).toEqual({ type: 'relaunch' });
    expect(target.relaunch).toHaveBeenCalledOnce();
  });

  it('logs a reload that fails and is ready for the next failure', async () => {
    const { recovery, target, timers, lines } = setup();
    target.reload.mockImplementationOnce(() => Promise.reject(new Error('window gone')));
    recovery.report({ kind: 'render-process-gone', reason: 'crashed' });
    timers[0]?.run();
    await vi.waitFor(() => expect(recovery.recovering).toBe(false));
    await vi.waitFor(() => expect(lines().some((l) => l['msg'] === 'renderer reload failed')).toBe(true));
  });
});
