/**
 * What the shell does when the kiosk page's renderer dies, hangs, or a helper process dies: a
 * small state machine, shared by the Electron shell and the browser shell, with no I/O.
 *
 *   hung renderer            → force-crash it now (waiting only strands the patient longer)
 *   renderer or child gone   → reload a fresh attract screen; the first at once, later ones
 *                              spaced by a cooldown so a crash loop cannot spin the CPU
 *   too many in a short time → relaunch the whole app (the last resort)
 */

export type RendererFailure =
  | { readonly kind: 'render-process-gone'; readonly reason: string; readonly exitCode?: number }
  | { readonly kind: 'child-process-gone'; readonly processType: string; readonly reason: string }
  | { readonly kind: 'unresponsive' };

export type RecoveryAction =
  /** Nothing to do (a helper process that exited cleanly). */
  | { readonly type: 'ignore' }
  /** Kill the hung renderer; its `gone` event then drives the reload. */
  | { readonly type: 'force-crash' }
  /** Load a fresh attract screen after `delayMs`. `attempt` counts recoveries in the window. */
  | { readonly type: 'reload'; readonly delayMs: number; readonly attempt: number }
  /** Restart the app. */
  | { readonly type: 'relaunch' };

export interface CrashPolicyOptions {
  /** Minimum time between two reloads. */
  readonly cooldownMs: number;
  /** Reloads allowed within `windowMs` before the app is relaunched instead. */
  readonly maxReloads: number;
  readonly windowMs: number;
  readonly now: () => number;
}

export const defaultCrashPolicyOptions = {
  cooldownMs: 2_000,
  maxReloads: 5,
  windowMs: 5 * 60_000,
} as const satisfies Omit<CrashPolicyOptions, 'now'>;

export interface CrashPolicy {
  decide(failure: RendererFailure): RecoveryAction;
}

export function createCrashPolicy(options: CrashPolicyOptions): CrashPolicy {
  /** When each reload in the current window was scheduled to run. */
  let reloads: number[] = [];

  function scheduleReload(): RecoveryAction {
    const now = options.now();
    reloads = reloads.filter((at) => now - at < options.windowMs);
    if (reloads.length >= options.maxReloads) {
      reloads = [];
      return { type: 'relaunch' };
    }
    const last = reloads.at(-1);
    const runAt = last === undefined ? now : Math.max(now, last + options.cooldownMs);
    reloads.push(runAt);
    return { type: 'reload', delayMs: runAt - now, attempt: reloads.length };
  }

  return {
    decide(failure) {
      switch (failure.kind) {
        case 'unresponsive':
          return { type: 'force-crash' };
        case 'child-process-gone':
          // Chromium restarts a helper that exited on purpose; only a crash can blank the screen.
          return failure.reason === 'clean-exit' ? { type: 'ignore' } : scheduleReload();
        case 'render-process-gone':
          return scheduleReload();
      }
    },
  };
}
