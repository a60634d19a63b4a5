/**
 * Renderer crash recovery in the browser shell: the kiosk page's renderer is killed (SIGKILL to
 * the real Chromium process) or hung in a busy loop mid-session; a fresh attract screen must come
 * back by itself, the failure logged and counted, and nothing of the session left on screen.
 * How fast (the 3 s target) is a bench figure (`npm run bench -- --only recovery`): on two shared
 * cores a timed test measured the other worker as much as the kiosk. Here the bound is the
 * watchdog's deadlock limit, so a hang that was waited out instead of killed still fails.
 */
import type { Page } from '@playwright/test';
import { expect, KioskDriver, test } from './support/kiosk-fixture.ts';
import { countsSoFar } from './support/counts-so-far.ts';
import type { BrowserShell } from '../../electron/browser-shell/browser-shell.ts';
import { busiestRendererPid, rendererPids } from '../../electron/browser-shell/kiosk-driver/renderer-processes.ts';
import { defaultDeadlockAfterMs } from '../../electron/browser-shell/renderer-watchdog.ts';

/** Slower than this, the watchdog waited a hang out as a deadlock instead of killing the loop. */
const recoveryBoundMs = defaultDeadlockAfterMs;

async function screenOf(page: Page): Promise<string | null> {
  return page
    .locator('[data-screen]')
    .getAttribute('data-screen', { timeout: 200 })
    .catch(() => null);
}

/** Waits for a fresh attract screen on the shell's live page; returns how long it took. */
async function waitForAttract(shell: BrowserShell, since: number): Promise<number> {
  await expect.poll(async () => screenOf(shell.page), { timeout: recoveryBoundMs + 5_000, intervals: [50] }).toBe('attract');
  return Date.now() - since;
}

async function midSession(kiosk: KioskDriver) {
  await kiosk.start();
  await kiosk.answer(['lower-back']);
  await kiosk.next();
  await expect(kiosk.page.locator('h1.question')).toBeVisible();
}

function parsed(logLines: readonly string[]) {
  return logLines.map((line) => JSON.parse(line) as { msg?: string; failure?: { kind?: string } });
}

test('a killed renderer comes back to a fresh attract screen by itself, logged and counted', async ({ shell, kiosk, logLines }) => {
  await midSession(kiosk);
  const crashedPage = shell.page;
  const pids = await rendererPids(shell.browser);
  expect(pids.length).toBeGreaterThan(0);

  const killedAt = Date.now();
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  const elapsed = await waitForAttract(shell, killedAt);
  console.info(`renderer killed → attract screen in ${elapsed} ms`);
  expect(elapsed).toBeLessThan(recoveryBoundMs);

  expect(shell.page).not.toBe(crashedPage);
  expect(countsSoFar(shell.core.counters).rendererRecoveries).toBe(1);
  const lines = parsed(logLines);
  expect(lines.some((l) => l.msg === 'kiosk renderer failure' && l.failure?.kind === 'render-process-gone')).toBe(true);
  expect(lines.some((l) => l.msg === 'renderer recovered: fresh attract screen')).toBe(true);

  // A working, fresh session: nothing of the last patient's answers.
  const fresh = new KioskDriver(shell.page);
  await fresh.start();
  await expect(shell.page.locator('.tiles .tile[data-code="lower-back"]')).toBeVisible();
  await expect(shell.page.locator('.tiles .tile[aria-pressed="true"], .tiles .tile[aria-checked="true"]')).toHaveCount(0);
});

test('a hung renderer (busy loop) is killed, not waited out, and back on a fresh attract screen, logged and counted', async ({ shell, kiosk, logLines }) => {
  await midSession(kiosk);
  const hungAt = Date.now();
  // Never resolves: the page's main thread spins until the shell kills its renderer.
  void shell.page.evaluate('for (;;) {}').catch(() => undefined);
  const elapsed = await waitForAttract(shell, hungAt);
  console.info(`renderer hung → attract screen in ${elapsed} ms`);
  expect(elapsed).toBeLessThan(recoveryBoundMs);

  expect(countsSoFar(shell.core.counters).rendererRecoveries).toBe(1);
  const lines = parsed(logLines);
  expect(lines.some((l) => l.msg === 'kiosk renderer failure' && l.failure?.kind === 'unresponsive')).toBe(true);
  expect(lines.some((l) => l.msg === 'killing hung renderer')).toBe(true);
  expect(lines.some((l) => l.msg === 'renderer recovered: fresh attract screen')).toBe(true);

  const fresh = new KioskDriver(shell.page);
  await fresh.start();
  await expect(shell.page.locator('h1.question')).toBeVisible();
});

test('a busy but healthy page is not mistaken for a hung one', async ({ shell, kiosk }) => {
  await kiosk.start();
  // Half a second of work on the main thread, well inside the hang timeout.
  await shell.page.evaluate('const end = Date.now() + 500; while (Date.now() < end) {}');
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect(await screenOf(shell.page)).not.toBe('attract');
  expect(countsSoFar(shell.core.counters).rendererRecoveries).toBe(0);
});

test('a renderer that is slow to answer but not looping (a loaded machine) keeps the patient’s session', async ({ shell, kiosk }) => {
  await midSession(kiosk);
  await kiosk.answer(['bending']);
  // SIGSTOP: the renderer neither answers nor burns CPU, as on a starved machine. Well past the
  // hang timeout, yet short of the deadlock limit, it must be left alone.
  const pids = await rendererPids(shell.browser);
  for (const pid of pids) process.kill(pid, 'SIGSTOP');
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  for (const pid of pids) process.kill(pid, 'SIGCONT');
  await expect(shell.page.locator('h1.question')).toBeVisible();
  await expect(shell.page.locator('.tiles .tile[aria-pressed="true"]')).toHaveCount(1);
  expect(countsSoFar(shell.core.counters).rendererRecoveries).toBe(0);
});

test('a summary being laid out while the kiosk page is slow to answer is never taken for the hung renderer', async ({ shell, kiosk, logLines }) => {
  // On a loaded machine the kiosk page can miss heartbeats while a print is laid out. The
  // watchdog judges the renderers of the kiosk's browser; when the PDF page lived there too, the
  // busy PDF renderer was killed as the "hung" one and the patient's print failed.
  await midSession(kiosk);
  await shell.core.print.printTestPage(); // the PDF renderer is up and warm
  // Only the kiosk page lives in the browser the watchdog watches.
  expect(shell.browser.contexts().flatMap((context) => context.pages())).toEqual([shell.page]);

  const kioskPid = await busiestRendererPid(shell.browser, () => shell.page.evaluate('const end = Date.now() + 400; while (Date.now() < end) {}'));
  process.kill(kioskPid, 'SIGSTOP');
  // Starved for 4 s (past the hang timeout, short of the deadlock limit) while summaries are laid out.
  const resume = new Promise<void>((resolve) =>
    setTimeout(() => {
      process.kill(kioskPid, 'SIGCONT');
      resolve();
    }, 4_000),
  );
  const results: string[] = [];
  const startedAt = Date.now();
  while (Date.now() - startedAt < 3_500) {
    results.push(
      await shell.core.print.printTestPage().then(
        () => 'printed',
        (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
  await resume;
  expect(results.filter((result) => result !== 'printed')).toEqual([]);
  expect(parsed(logLines).filter((l) => l.msg === 'killing hung renderer')).toEqual([]);
  await expect(shell.page.locator('h1.question')).toBeVisible();
  expect(countsSoFar(shell.core.counters).rendererRecoveries).toBe(0);
});

test('a long but finite task on the kiosk page (a slow machine) keeps the patient’s session', async ({ shell, kiosk, logLines }) => {
  await midSession(kiosk);
  await kiosk.answer(['bending']);
  // 1.4 s of real work on the main thread: longer than the heartbeat's hang timeout, so the
  // watchdog looks; it ends while the watchdog watches, so it is busy, not looping.
  await shell.page.evaluate('const end = Date.now() + 1_400; while (Date.now() < end) {}');
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect(parsed(logLines).filter((l) => l.msg === 'killing hung renderer')).toEqual([]);
  await expect(shell.page.locator('.tiles .tile[aria-pressed="true"]')).toHaveCount(1);
  expect(countsSoFar(shell.core.counters).rendererRecoveries).toBe(0);
});
