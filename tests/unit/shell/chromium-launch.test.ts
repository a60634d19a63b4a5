/**
 * The tests, the bench and the PDF browser start Chromium through `launchHeadlessChromium`. Where
 * `npm test` installed the headless shell (scripts/system-deps.sh), the browser this process
 * starts must be it: the desktop Chromium runs headless too, so a wrong path would only show as an
 * end-to-end run that takes half as long again.
 */
import { readlinkSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumExecutable, launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';
import { processTree } from '../../e2e/support/open-files.ts';

/** The programs of this process's descendants, as /proc shows them (Debian starts the shell through a script). */
function descendantPrograms(): string[] {
  return processTree().flatMap((pid) => {
    try {
      return pid === process.pid ? [] : [readlinkSync(`/proc/${pid}/exe`)];
    } catch {
      return []; // Ended meanwhile.
    }
  });
}

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

it('starts the headless shell that system-deps.sh installed, with a working page', async () => {
  expect(chromiumExecutable(true), 'scripts/system-deps.sh test installs chromium-headless-shell').toBe('/usr/bin/chromium-headless-shell');
  browser = await launchHeadlessChromium();
  const page = await browser.newPage();
  await page.setContent('<p>ready</p>');
  await expect.poll(() => page.textContent('p')).toBe('ready');
  expect(descendantPrograms()).toContain('/usr/lib/chromium/chromium-headless-shell');
});
