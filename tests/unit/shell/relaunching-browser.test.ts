/**
 * The PDF browser the shell (and each e2e worker) starts on first use: one browser while it runs,
 * a new one once it has gone away, a failed start reported and retried, and nothing started just
 * to be closed. Real Chromium.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';
import { relaunchingBrowser } from '../../../electron/browser-shell/relaunching-browser.ts';

const launchChromium = () => launchHeadlessChromium();

describe.runIf(process.platform === 'linux')('relaunchingBrowser (real Chromium)', () => {
  it('gives one browser while it runs, and a new one after it went away', async () => {
    let launches = 0;
    const browsers = relaunchingBrowser(() => {
      launches++;
      return launchChromium();
    });
    const [first, again] = await Promise.all([browsers.get(), browsers.get()]);
    expect(again).toBe(first);
    expect(launches).toBe(1);

    await first.close();
    const second = await browsers.get();
    expect(second).not.toBe(first);
    expect(second.isConnected()).toBe(true);
    expect(launches).toBe(2);

    await browsers.close();
    expect(second.isConnected()).toBe(false);
  }, 60_000);

  it('reports a failed start and tries again on the next call', async () => {
    const failures: unknown[] = [];
    let fail = true;
    const browsers = relaunchingBrowser(
      () => (fail ? Promise.reject(new Error('no Chromium here')) : launchChromium()),
      (error) => failures.push(error),
    );
    await expect(browsers.get()).rejects.toThrow('no Chromium here');
    expect(failures).toHaveLength(1);
    fail = false;
    const browser: Browser = await browsers.get();
    expect(browser.isConnected()).toBe(true);
    await browsers.close();
    expect(browser.isConnected()).toBe(false);
  }, 60_000);

  it('closing before any use starts nothing', async () => {
    let launches = 0;
    const browsers = relaunchingBrowser(() => {
      launches++;
      return launchChromium();
    });
    await browsers.close();
    expect(launches).toBe(0);
  });
});
