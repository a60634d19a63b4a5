/**
 * Crash and hang recovery for the browser shell, with the same policy as the Electron shell
 * (electron/core/shell-policy): a renderer that crashes is replaced by a fresh page on the
 * attract screen; a renderer that stops answering a heartbeat is killed first. Playwright cannot
 * navigate a crashed page, so recovery opens a new one; `KioskPage.current` is always the live one.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Logger } from '../core/logging/logger.ts';
import { createCrashPolicy, defaultCrashPolicyOptions } from '../core/shell-policy/crash-policy.ts';
import { createRendererRecovery } from '../core/shell-policy/renderer-recovery.ts';

export interface KioskPage {
  /** The live kiosk page (replaced after a crash). */
  readonly current: Page;
  /** Loads a fresh attract screen, in a new page when the current one crashed. */
  fresh(): Promise<void>;
  onNewPage(listener: (page: Page) => void): void;
}

/** Opens the kiosk page at `url` and closes any other page (popups are never part of the kiosk). */
export async function openKioskPage(context: BrowserContext, url: string): Promise<KioskPage> {
  let current: Page | null = null;
  let opening = true;
  const listeners: Array<(page: Page) => void> = [];
  const crashed = new WeakSet<Page>();

  context.on('page', (extra) => {
    if (!opening && extra !== current) void extra.close().catch(() => undefined); // already gone with the browser
  });
  const adopt = (page: Page) => {
    page.on('crash', () => crashed.add(page));
    current = page;
    opening = false;
    for (const listener of listeners) listener(page);
    return page;
  };
  const first = adopt(await context.newPage());
  await first.goto(url);

  return {
    get current() {
      return current ?? first;
    },
    async fresh() {
      const old = current ?? first;
      if (!crashed.has(old) && !old.isClosed()) {
        await old.goto(url);
        return;
      }
      opening = true;
      const page = adopt(await context.newPage());
      void old.close().catch(() => undefined);
      await page.goto(url);
    },
    onNewPage(listener) {
      listeners.push(listener);
    },
  };
}

/** A renderer that burns at least this share of a core while it does not answer is looping. */
const busyLoopCpuShare = 0.6;
/** How late our own heartbeat timer may fire before we blame ourselves, not the renderer. */
const ownStallToleranceMs = 300;
/**
 * How long the CPU is watched before a silent renderer counts as looping. Long enough that a
 * legitimate long task (a slow machine laying out the result screen) finishes and answers in it;
 * a 100 ms sample once caught such a task mid-flight and killed a patient's session.
 */
const cpuSampleMs = 700;

/** Each renderer process of the browser (its OS process id) with the CPU time it has used so far, in seconds. */
export async function rendererCpuTimes(cdp: CDPSession): Promise<Map<number, number>> {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime]));
}

/** The renderer whose CPU time grew most between two samples (a renderer new since `before` counts from zero). */
export function busiestBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): { pid: number; grew: number } | undefined {
  return [...after].map(([pid, cpu]) => ({ pid, grew: cpu - (before.get(pid) ?? cpu) })).sort((a, b) => b.grew - a.grew)[0];
}

/**
 * Finds the renderer that is busy-looping. Chromium's DevTools protocol lists the browser's
 * processes with their CPU time; a looping renderer's grows by most of a core per second.
 */
async function findLoopingRenderer(cdp: CDPSession): Promise<{ looping: number | null; all: number[] }> {
  const before = await rendererCpuTimes(cdp);
  await new Promise((resolve) => setTimeout(resolve, cpuSampleMs));
  const after = await rendererCpuTimes(cdp);
  const busiest = busiestBetween(before, after);
  const looping = busiest && busiest.grew >= (busyLoopCpuShare * cpuSampleMs) / 1000 ? busiest.pid : null;
  return { looping, all: [...after.keys()] };
}

function killProcesses(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export interface RendererWatchdogOptions {
  readonly browser: Browser;
  readonly kioskPage: KioskPage;
  readonly logger: Logger;
  readonly counters: { increment(name: 'rendererRecoveries'): void };
  /** How long the page may take to answer a heartbeat before it counts as hung (when it is also looping). */
  readonly hangTimeoutMs?: number;
  /**
   * A page that does not answer but is not looping (a slow machine, a deadlock) is only killed
   * after this long, so a loaded kiosk never loses a patient's answers to a false alarm.
   */
  readonly deadlockAfterMs?: number;
  /** Heartbeats right after a navigation wait for the new page; they are not counted as a hang. */
  readonly navigationGraceMs?: number;
  readonly heartbeatIntervalMs?: number;
  /** The last resort after too many failures in a row (the launcher exits so its supervisor restarts it). */
  readonly onGiveUp?: () => void;
}

export const defaultHangTimeoutMs = 1_000;
export const defaultDeadlockAfterMs = 10_000;
export const defaultNavigationGraceMs = 2_000;

export function watchKioskRenderer(options: RendererWatchdogOptions): { stop(): void } {
  const { kioskPage, logger } = options;
  const hangTimeoutMs = options.hangTimeoutMs ?? defaultHangTimeoutMs;
  const intervalMs = options.heartbeatIntervalMs ?? 250;
  const deadlockAfterMs = options.deadlockAfterMs ?? defaultDeadlockAfterMs;
  const navigationGraceMs = options.navigationGraceMs ?? defaultNavigationGraceMs;
  let stopped = false;
  let cdp: Promise<CDPSession> | null = null;
  const browserCdp = () => (cdp ??= options.browser.newBrowserCDPSession());
  /** What the policy's force-crash kills: the looping renderer, or every renderer after a deadlock. */
  let toKill: number[] = [];
  let lastNavigationAt = Date.now();

  const recovery = createRendererRecovery({
    policy: createCrashPolicy({ ...defaultCrashPolicyOptions, now: () => Date.now() }),
    logger,
    counters: options.counters,
    target: {
      forceCrash: async () => {
        logger.warn({ renderers: toKill.length }, 'killing hung renderer');
        killProcesses(toKill);
      },
      reload: () => kioskPage.fresh(),
      relaunch: () => {
        if (options.onGiveUp) options.onGiveUp();
        else void kioskPage.fresh().catch(() => undefined);
      },
    },
  });

  const watch = (page: Page) => {
    page.on('crash', () => {
      if (!stopped) recovery.report({ kind: 'render-process-gone', reason: 'crashed' });
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) lastNavigationAt = Date.now();
    });
  };
  watch(kioskPage.current);
  kioskPage.onNewPage(watch);

  const sleep = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));
  void (async () => {
    let unansweredSince: number | null = null;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- stop() sets it from outside this loop
    while (!stopped) {
      await sleep(intervalMs);
      const page = kioskPage.current;
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- stop() and the recovery change these while we sleep
      if (stopped || recovery.recovering || page.isClosed()) continue;
      const askedAt = Date.now();
      let answered = false;
      const heartbeat = page.evaluate('1').then(
        () => 'alive' as const,
        () => 'gone' as const,
      );
      void heartbeat.then(() => (answered = true));
      const answer = await Promise.race([heartbeat, sleep(hangTimeoutMs)]);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- stop() and the recovery change these while we wait
      if (answer !== 'timeout' || stopped || recovery.recovering || page !== kioskPage.current) {
        unansweredSince = null;
        continue;
      }
      // Our own process was stalled (its timer fired late), so the page's answer may be waiting
      // unread behind it: not the renderer's fault.
      if (Date.now() - askedAt > hangTimeoutMs + ownStallToleranceMs) continue;
      if (Date.now() - lastNavigationAt < navigationGraceMs) continue;
      unansweredSince ??= Date.now() - hangTimeoutMs;
      // The browser may be closing (shutdown, a test's teardown): then there is nothing to judge.
      const found = await browserCdp()
        .then(findLoopingRenderer)
        .catch(() => {
          cdp = null;
          return null;
        });
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- stop() may have run while we waited
      if (!found || stopped) continue;
      // A page that answered while its CPU was watched was busy, not stuck.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the heartbeat's callback sets it while we wait
      if (answered) {
        unansweredSince = null;
        continue;
      }
      const { looping, all } = found;
      if (looping === null && Date.now() - unansweredSince < deadlockAfterMs) {
        logger.debug({ waitedMs: Date.now() - unansweredSince }, 'renderer slow to answer, not looping; waiting');
        continue;
      }
      toKill = looping === null ? all : [looping];
      unansweredSince = null;
      recovery.report({ kind: 'unresponsive' });
      // Give the kill and its crash event time to land before the next heartbeat.
      await sleep(hangTimeoutMs);
    }
  })().catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'renderer watchdog stopped'));

  return {
    stop() {
      stopped = true;
    },
  };
}
