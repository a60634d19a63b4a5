/**
 * Wrong PINs lock staff entry with growing delays: five tries, then 30 seconds, doubling with each
 * further wrong PIN, up to an hour. Pure functions of the failure count and the clock, so the
 * state that matters (count and lock end) is two numbers in the staff file and survives restarts.
 */
export interface LockoutPolicy {
  /** Wrong PINs allowed before the first lock. */
  readonly freeAttempts: number;
  readonly firstLockSeconds: number;
  readonly maxLockSeconds: number;
}

export const defaultLockoutPolicy: LockoutPolicy = { freeAttempts: 5, firstLockSeconds: 30, maxLockSeconds: 3600 };

/** Seconds to lock after the `failedAttempts`-th wrong PIN in a row (0: no lock yet). */
export function lockSecondsAfter(failedAttempts: number, policy: LockoutPolicy = defaultLockoutPolicy): number {
  if (failedAttempts < policy.freeAttempts) return 0;
  const doublings = Math.min(failedAttempts - policy.freeAttempts, 30);
  return Math.min(policy.firstLockSeconds * 2 ** doublings, policy.maxLockSeconds);
}

/** Whole seconds left on a lock; a lock end further away than the maximum (a clock set back) is capped. */
export function secondsLeft(lockedUntilMs: number | null, nowMs: number, policy: LockoutPolicy = defaultLockoutPolicy): number {
  if (lockedUntilMs === null || lockedUntilMs <= nowMs) return 0;
  return Math.min(Math.ceil((lockedUntilMs - nowMs) / 1000), policy.maxLockSeconds);
}
