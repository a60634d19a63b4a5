/**
 * The real OS processes behind a browser shell's pages, from Chromium's own process list, so a
 * test or the bench can kill or starve the kiosk's renderer as a crash or a hang would.
 */
import type { Browser } from 'playwright-core';
import { busiestBetween, rendererCpuTimes } from '../renderer-watchdog.ts';

/** The process ids of every renderer of this browser. */
export async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    return [...(await rendererCpuTimes(cdp)).keys()];
  } finally {
    await cdp.detach();
  }
}

/** The renderer whose CPU time grows most while `busy` runs (the page that ran it). */
export async function busiestRendererPid(browser: Browser, busy: () => Promise<unknown>): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const before = await rendererCpuTimes(cdp);
    await busy();
    const busiest = busiestBetween(before, await rendererCpuTimes(cdp));
    if (!busiest) throw new Error('no renderer process found');
    return busiest.pid;
  } finally {
    await cdp.detach();
  }
}
