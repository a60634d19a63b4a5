/**
 * The tests, the bench and the PDF browser start Chromium through `launchHeadlessChromium`. Where
 * `npm test` installed the headless shell (scripts/system-deps.sh), the browser this process
 * starts must be it: the desktop Chromium runs headless too, so a wrong path would only show as an
 * end-to-end run that takes half as long again.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumExecutable, launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';

/** The programs of this process's descendants, as /proc shows them (Debian starts the shell through a script). */
function descendantPrograms(): string[] {
  const parentOf = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the command name in field 2 may hold spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parentOf.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const isOurs = (pid: number): boolean => {
    const parent = parentOf.get(pid);
    return parent === process.pid || (parent !== undefined && parent > 1 && isOurs(parent));
  };
  const programs: string[] = [];
  for (const pid of parentOf.keys()) {
    try {
      if (isOurs(pid)) programs.push(readlinkSync(`/proc/${pid}/exe`));
    } catch {
      // Ended meanwhile.
    }
  }
  return programs;
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
