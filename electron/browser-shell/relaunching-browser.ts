/**
 * A Chromium started on first use and started again once it has gone away (crashed or closed), so
 * a print never waits on a browser that is gone. The browser shell's own PDF browser and the
 * end-to-end tests' one per worker are both this.
 */
import type { Browser } from 'playwright-core';

export interface RelaunchingBrowser {
  /** The running browser, started now if none is (or the last one went away). */
  readonly get: () => Promise<Browser>;
  /** Closes the browser if one was started; never starts one. */
  close(): Promise<void>;
}

export function relaunchingBrowser(launch: () => Promise<Browser>, onLaunchError?: (error: unknown) => void): RelaunchingBrowser {
  let running: Promise<Browser> | null = null;
  const get = (): Promise<Browser> => {
    if (running) return running;
    const started = launch();
    const forget = () => {
      if (running === started) running = null; // the next call starts a new one
    };
    started.then(
      (browser) => browser.on('disconnected', forget),
      (error: unknown) => {
        onLaunchError?.(error);
        forget();
      },
    );
    running = started;
    return started;
  };
  return {
    get,
    async close() {
      await (await running?.catch(() => null))?.close().catch(() => undefined);
    },
  };
}
