/**
 * The real OS processes behind a browser shell's pages, from Chromium's own process list, so a
 * test or the bench can kill or starve the kiosk's renderer as a crash or a hang would.
 */
import type { Browser } from 'playwright-core';

interface ProcessInfo {
  readonly processInfo: ReadonlyArray<{ type: string; id: number; cpuTime: number }>;
}

/** The process ids of every renderer of this browser. */
export async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as ProcessInfo;
    return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } finally {
    await cdp.detach();
  }
}

/** The renderer whose CPU time grows most while `busy` runs (the page that ran it). */
export async function busiestRendererPid(browser: Browser, busy: () => Promise<unknown>): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const cpuTimes = async () => {
      const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as ProcessInfo;
      return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime]));
    };
    const before = await cpuTimes();
    await busy();
    const after = await cpuTimes();
    const grown = [...after].map(([pid, cpu]) => [pid, cpu - (before.get(pid) ?? cpu)] as const).sort(([, a], [, b]) => b - a);
    const busiest = grown[0];
    if (!busiest) throw new Error('no renderer process found');
    return busiest[0];
  } finally {
    await cdp.detach();
  }
}
