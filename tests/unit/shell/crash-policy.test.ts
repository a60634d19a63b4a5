import { describe, expect, it } from 'vitest';
import { createCrashPolicy, defaultCrashPolicyOptions, type RendererFailure } from '../../../electron/core/shell-policy/crash-policy.ts';

const gone: RendererFailure = { kind: 'render-process-gone', reason: 'crashed', exitCode: 139 };

function policyAt(start = 1_000_000) {
  let now = start;
  const policy = createCrashPolicy({ cooldownMs: 2_000, maxReloads: 3, windowMs: 60_000, now: () => now });
  return { policy, advance: (ms: number) => (now += ms) };
}

describe('the crash policy', () => {
  it('reloads the first time at once', () => {
    const { policy } = policyAt();
    expect(policy.decide(gone)).toEqual({ type: 'reload', delayMs: 0, attempt: 1 });
  });

  it('force-crashes a hung renderer instead of waiting for it', () => {
    const { policy } = policyAt();
    expect(policy.decide({ kind: 'unresponsive' })).toEqual({ type: 'force-crash' });
    // Deciding to kill does not use up a reload.
    expect(policy.decide(gone)).toEqual({ type: 'reload', delayMs: 0, attempt: 1 });
  });

  it('spaces reloads by the cooldown', () => {
    const { policy, advance } = policyAt();
    policy.decide(gone);
    advance(500);
    expect(policy.decide(gone)).toEqual({ type: 'reload', delayMs: 1_500, attempt: 2 });
    // A third failure right away waits for the second reload's slot plus a cooldown.
    expect(policy.decide(gone)).toEqual({ type: 'reload', delayMs: 3_500, attempt: 3 });
  });

  it('relaunches the app when the cap is reached within the window, then starts counting again', () => {
    const { policy, advance } = policyAt();
    for (let i = 0; i < 3; i++) {
      expect(policy.decide(gone).type).toBe('reload');
      advance(5_000);
    }
    expect(policy.decide(gone)).toEqual({ type: 'relaunch' });
    expect(policy.decide(gone)).toEqual({ type: 'reload', delayMs: 0, attempt: 1 });
  });

  it('forgets failures older than the window', () => {
    const { policy, advance } = policyAt();
    for (let i = 0; i < 3; i++) {
      policy.decide(gone);
      advance(30_000);
    }
    // The first reload is now 90 s old: out of the 60 s window, so this is not the fourth.
    expect(policy.decide(gone).type).toBe('reload');
  });

  it('reloads after a crashed helper process but ignores one that exited cleanly', () => {
    const { policy } = policyAt();
    expect(policy.decide({ kind: 'child-process-gone', processType: 'GPU', reason: 'clean-exit' })).toEqual({ type: 'ignore' });
    expect(policy.decide({ kind: 'child-process-gone', processType: 'GPU', reason: 'crashed' }).type).toBe('reload');
  });

  it('has defaults that keep the first recovery instant and bound a crash loop', () => {
    expect(defaultCrashPolicyOptions.cooldownMs).toBeLessThanOrEqual(3_000);
    expect(defaultCrashPolicyOptions.maxReloads).toBeGreaterThanOrEqual(3);
    const policy = createCrashPolicy({ ...defaultCrashPolicyOptions, now: () => 0 });
    expect(policy.decide(gone)).toMatchObject({ type: 'reload', delayMs: 0 });
  });
});
