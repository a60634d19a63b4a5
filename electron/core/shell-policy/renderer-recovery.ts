/**
 * Carries out the crash policy for one kiosk page, in either shell: logs each failure (reasons
 * and counts only), counts each recovery, and calls the shell's own force-crash, reload and
 * relaunch. A failure while a reload is already pending does not stack a second one.
 */
import type { Logger } from '../logging/logger.ts';
import type { CrashPolicy, RecoveryAction, RendererFailure } from './crash-policy.ts';

export interface RecoveryTarget {
  /** Kills the hung renderer at once (Electron: forcefullyCrashRenderer; Chromium: CDP Page.crash). */
  forceCrash(): void | Promise<void>;
  /** Loads a fresh attract screen. */
  reload(): Promise<void>;
  /** Restarts the app (the last resort). */
  relaunch(): void;
}

export interface RendererRecoveryOptions {
  readonly policy: CrashPolicy;
  readonly target: RecoveryTarget;
  readonly logger: Logger;
  readonly counters: { increment(name: 'rendererRecoveries'): void };
  readonly setTimer?: (run: () => void, delayMs: number) => unknown;
}

export interface RendererRecovery {
  /** Reports a failure; resolves with what was decided (once it is under way). */
  report(failure: RendererFailure): RecoveryAction;
  /** True while a reload is scheduled or running. */
  readonly recovering: boolean;
}

export function createRendererRecovery(options: RendererRecoveryOptions): RendererRecovery {
  const { policy, target, logger, counters } = options;
  const setTimer = options.setTimer ?? ((run, delayMs) => setTimeout(run, delayMs));
  let pendingReload = false;

  function runReload(attempt: number) {
    target.reload().then(
      () => {
        pendingReload = false;
        logger.info({ attempt }, 'renderer recovered: fresh attract screen');
      },
      (error: unknown) => {
        pendingReload = false;
        logger.error({ attempt, err: error instanceof Error ? error.message : String(error) }, 'renderer reload failed');
      },
    );
  }

  return {
    get recovering() {
      return pendingReload;
    },
    report(failure) {
      if (pendingReload && failure.kind !== 'unresponsive') {
        logger.warn({ failure: failure.kind }, 'renderer failure during recovery; reload already pending');
        return { type: 'ignore' };
      }
      const action = policy.decide(failure);
      logger.error({ failure, action: action.type }, 'kiosk renderer failure');
      switch (action.type) {
        case 'ignore':
          break;
        case 'force-crash':
          void Promise.resolve()
            .then(() => target.forceCrash())
            .catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'force-crash failed'));
          break;
        case 'reload':
          pendingReload = true;
          counters.increment('rendererRecoveries');
          setTimer(() => runReload(action.attempt), action.delayMs);
          break;
        case 'relaunch':
          counters.increment('rendererRecoveries');
          logger.error({}, 'too many renderer failures; relaunching the app');
          target.relaunch();
          break;
      }
      return action;
    },
  };
}
