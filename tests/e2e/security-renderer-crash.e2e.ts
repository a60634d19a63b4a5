/**
 * Renderer crash recovery in the browser shell: the kiosk page's renderer is killed (SIGKILL to
 * the real Chromium process) or hung in a busy loop mid-session; a fresh attract screen must be
 * back within 3 s, the failure logged and counted, and nothing of the session left on screen.
 */
import type { Page } from '@playwright/test';
import { expect, KioskDriver, test } from './support/kiosk-fixture.ts';
import type { BrowserShell } from '../../electron/browser-shell/browser-shell.ts';

const recoveryBudgetMs = 3_000;

/** The real OS process ids of this browser's renderers, from Chromium's own process list. */
async function rendererPids(shell: BrowserShell): Promise<number[]> {
  const cdp = await shell.browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number }> };
  await cdp.detach();
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

/** The kiosk page's own renderer: the one whose CPU time grows while the page computes. */
async function kioskRendererPid(shell: BrowserShell): Promise<number> {
  const cdp = await shell.browser.newBrowserCDPSession();
  const cpuTimes = async () => {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime]));
  };
  const before = await cpuTimes();
  await shell.page.evaluate('const end = Date.now() + 400; while (Date.now() < end) {}');
  const after = await cpuTimes();
  await cdp.detach();
  const busiest = [...after].sort(([a, cpuA], [b, cpuB]) => cpuB - (before.get(b) ?? cpuB) - (cpuA - (before.get(a) ?? cpuA)))[0];
  if (!busiest) throw new Error('no renderer process found');
  return busiest[0];
}

async function screenOf(page: Page): Promise<string | null> {
  return page
    .locator('[data-screen]')
    .getAttribute('data-screen', { timeout: 200 })
    .catch(() => null);
}

/** Waits for a fresh attract screen on the shell's live page; returns how long it took. */
async function waitForAttract(shell: BrowserShell, since: number): Promise<number> {
  await expect.poll(async () => screenOf(shell.page), { timeout: recoveryBudgetMs + 5_000, intervals: [50] }).toBe('attract');
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

test('a killed renderer comes back to a fresh attract screen within 3 s, logged and counted', async ({ shell, kiosk, logLines }) => {
  await midSession(kiosk);
  const crashedPage = shell.page;
  const pids = await rendererPids(shell);
  expect(pids.length).toBeGreaterThan(0);

  const killedAt = Date.now();
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  const elapsed = await waitForAttract(shell, killedAt);
  console.info(`renderer killed → attract screen in ${elapsed} ms`);
  expect(elapsed).toBeLessThan(recoveryBudgetMs);

  expect(shell.page).not.toBe(crashedPage);
  expect(shell.core.counters.today().rendererRecoveries).toBe(1);
  const lines = parsed(logLines);
  expect(lines.some((l) => l.msg === 'kiosk renderer failure' && l.failure?.kind === 'render-process-gone')).toBe(true);
  expect(lines.some((l) => l.msg === 'renderer recovered: fresh attract screen')).toBe(true);

  // A working, fresh session: nothing of the last patient's answers.
  const fresh = new KioskDriver(shell.page);
  await fresh.start();
  await expect(shell.page.locator('.tiles .tile[data-code="lower-back"]')).toBeVisible();
  await expect(shell.page.locator('.tiles .tile[aria-pressed="true"], .tiles .tile[aria-checked="true"]')).toHaveCount(0);
});

test('a hung renderer (busy loop) is killed and back on a fresh attract screen within 3 s, logged and counted', async ({ shell, kiosk, logLines }) => {
  await midSession(kiosk);
  const hungAt = Date.now();
  // Never resolves: the page's main thread spins until the shell kills its renderer.
  void shell.page.evaluate('for (;;) {}').catch(() => undefined);
  const elapsed = await waitForAttract(shell, hungAt);
  console.info(`renderer hung → attract screen in ${elapsed} ms`);
  expect(elapsed).toBeLessThan(recoveryBudgetMs);

  expect(shell.core.counters.today().rendererRecoveries).toBe(1);
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
  expect(shell.core.counters.today().rendererRecoveries).toBe(0);
});

test('a renderer that is slow to answer but not looping (a loaded machine) keeps the patient’s session', async ({ shell, kiosk }) => {
  await midSession(kiosk);
  await kiosk.answer(['bending']);
  // SIGSTOP: the renderer neither answers nor burns CPU, as on a starved machine. Well past the
  // hang timeout, yet short of the deadlock limit, it must be left alone.
  const pids = await rendererPids(shell);
  for (const pid of pids) process.kill(pid, 'SIGSTOP');
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  for (const pid of pids) process.kill(pid, 'SIGCONT');
  await expect(shell.page.locator('h1.question')).toBeVisible();
  await expect(shell.page.locator('.tiles .tile[aria-pressed="true"]')).toHaveCount(1);
  expect(shell.core.counters.today().rendererRecoveries).toBe(0);
});

test('a summary being laid out while the kiosk page is slow to answer is never taken for the hung renderer', async ({ shell, kiosk, logLines }) => {
  // On a loaded machine the kiosk page can miss heartbeats while a print is laid out. The
  // watchdog judges the renderers of the kiosk's browser; when the PDF page lived there too, the
  // busy PDF renderer was killed as the "hung" one and the patient's print failed.
  await midSession(kiosk);
  await shell.core.print.printTestPage(); // the PDF renderer is up and warm
  // Only the kiosk page lives in the browser the watchdog watches.
  expect(shell.browser.contexts().flatMap((context) => context.pages())).toEqual([shell.page]);

  const kioskPid = await kioskRendererPid(shell);
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
  expect(shell.core.counters.today().rendererRecoveries).toBe(0);
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
  expect(shell.core.counters.today().rendererRecoveries).toBe(0);
});
