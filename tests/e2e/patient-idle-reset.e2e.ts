/**
 * Idle on every screen: "Are you still there?" with a countdown, then a full reset that leaves
 * nothing of the patient in the DOM, in web storage, in history or behind the bridge. The page's
 * clock is Playwright's fake clock, so the idle time passes at once instead of in real seconds.
 */
import type { Page } from '@playwright/test';
import { bridgeMethodName, ipcChannels } from '../../shared/ipc/ipc-channels.ts';
import { expect, test, type KioskDriver } from './support/kiosk-fixture.ts';
import { countsSoFar } from './support/counts-so-far.ts';

const idleSeconds = 15;
const countdownSeconds = 5;
test.use({ kioskSettings: { idleSeconds, idleCountdownSeconds: countdownSeconds, thankYouSeconds: 120, printMode: 'ask' } });

/** Texts and codes only this patient's answers would put on screen or in a log. */
const traces = ['Lower back', 'Grinding or rubbing', '60 to 74', 'lower-back', 'grinding', '60-74'];

/** Leaves a trace in every kind of web storage, as a careless page might: the reset must clear it. */
async function leaveStorageTraces(page: Page) {
  await page.evaluate(async () => {
    localStorage.setItem('answer', 'lower-back');
    sessionStorage.setItem('answer', 'lower-back');
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('patient-traces', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('answers');
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
    });
    history.pushState({ answer: 'lower-back' }, '', '#review');
  });
}

const screens: Record<string, (kiosk: KioskDriver, page: Page) => Promise<void>> = {
  privacy: async (kiosk, page) => {
    await page.locator('.attract__start').first().click();
  },
  question: async (kiosk) => {
    await kiosk.start();
    await kiosk.answer(['lower-back']);
  },
  // The five bendy-joint questions share one page (reached here by "Change" from review).
  'bendy-joint page': async (kiosk) => {
    await kiosk.start();
    await kiosk.answerAll({ where: ['lower-back'], feel: ['grinding'], age: '60-74' });
    await kiosk.page.locator('[data-link-id="hypermobility-hands-floor"]').click();
    await kiosk.answer('yes', 'hypermobility-thumb');
  },
  'front-desk-alert': async (kiosk) => {
    await kiosk.start();
    await kiosk.answerAll({ where: ['lower-back'], feel: ['grinding'], age: '60-74' });
    await kiosk.page.locator('[data-link-id="safety-cancer-history"]').click();
    await kiosk.answer('yes');
    await kiosk.next();
  },
  review: async (kiosk) => {
    await kiosk.start();
    await kiosk.answerAll({ where: ['lower-back'], feel: ['grinding'], age: '60-74' });
  },
  result: async (kiosk) => {
    await kiosk.start();
    await kiosk.answerAll({ where: ['lower-back'], feel: ['grinding'], age: '60-74' });
    await kiosk.next();
  },
  'thank-you': async (kiosk) => {
    await kiosk.start();
    await kiosk.answerAll({ where: ['lower-back'], feel: ['grinding'], age: '60-74' });
    await kiosk.next();
    await kiosk.page.getByRole('button', { name: 'I am done' }).click();
  },
};

for (const [screen, goTo] of Object.entries(screens)) {
  test(`idle on ${screen}: asks, counts down, then wipes everything`, async ({ page, kiosk, shell, logLines }) => {
    await page.clock.install();
    await shell.reload();
    await goTo(kiosk, page);
    await kiosk.expectScreen(screen === 'bendy-joint page' ? 'question' : screen);
    // Switch modes too: the next patient must get the defaults back.
    await page.locator('.language-switch button[lang="es"]').click();
    await page.getByTestId('contrast').click();
    await page.getByTestId('text-size').click();
    await leaveStorageTraces(page);

    // Just before the idle time nothing happens; then the check appears with its countdown.
    await page.clock.fastForward(idleSeconds * 1000 - 1000);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.clock.fastForward(1500);
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('¿Sigue ahí?');
    await expect(page.getByTestId('idle-seconds')).toHaveText(String(countdownSeconds));
    await page.clock.fastForward(2000);
    await expect(page.getByTestId('idle-seconds')).toHaveText(String(countdownSeconds - 2));
    await page.clock.fastForward(countdownSeconds * 1000);

    await kiosk.expectScreen('attract');
    await expect(dialog).toHaveCount(0);
    expect(countsSoFar(shell.core.counters).timedOut).toBe(1);

    // DOM: nothing of the answers, the defaults back.
    const html = await page.content();
    for (const trace of traces) expect(html).not.toContain(trace);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'standard');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '0');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Does your back crack or pop when you twist?');

    // Web storage of every kind is empty.
    await expect
      .poll(() =>
        page.evaluate(async () => ({
          local: localStorage.length,
          session: sessionStorage.length,
          databases: (await indexedDB.databases()).length,
          caches: 'caches' in window ? (await caches.keys()).length : 0,
          hash: location.hash,
          historyState: history.state as unknown,
        })),
      )
      .toEqual({ local: 0, session: 0, databases: 0, caches: 0, hash: '', historyState: null });

    // The bridge is the contract's methods and nothing else; the core logged none of the answers.
    const bridgeKeys = await page.evaluate(() => Object.keys((window as unknown as { backtalk: object }).backtalk).sort());
    expect(bridgeKeys).toEqual(ipcChannels.map((channel) => bridgeMethodName(channel)).sort());
    for (const trace of traces) expect(logLines.join('\n')).not.toContain(trace);

    // The next patient cannot get back in: browser back stays here, and a new start is empty.
    await page.goBack().catch(() => undefined);
    await kiosk.expectScreen('attract');
    await kiosk.start({ stayOnScreening: true });
    await expect(page.locator('.tile[aria-pressed="true"], .tile[aria-checked="true"]')).toHaveCount(0);
    await page.locator('.screen__footer .button--secondary').click();
    await kiosk.expectScreen('privacy');
  });
}

test('"I\'m still here" keeps the patient where they were, answers and all', async ({ page, kiosk, shell }) => {
  await page.clock.install();
  await shell.reload();
  await kiosk.start();
  await kiosk.answer(['neck']);
  await page.clock.fastForward(idleSeconds * 1000 + 500);
  await page.getByRole('button', { name: "I'm still here" }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.locator('.tile[data-code="neck"]')).toHaveAttribute('aria-pressed', 'true');
  // The idle timer starts over after the answer: the check comes back only after a full idle time.
  await page.clock.fastForward(idleSeconds * 1000 - 1000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(countsSoFar(shell.core.counters).timedOut).toBe(0);
});

test('a kiosk that runs all day keeps no trail of its sessions in the page', async ({ page, kiosk, shell }) => {
  await shell.reload();
  for (let session = 0; session < 4; session += 1) {
    await kiosk.start({ stayOnScreening: true });
    await kiosk.answer('no');
    await page.locator('.screen__footer .button--secondary').click();
    await kiosk.expectScreen('privacy');
    await page.locator('.screen__footer .button--secondary').click();
    await kiosk.expectScreen('attract');
  }
  // Four sessions through attract, privacy and a question: at most one timeline entry per screen.
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((entry) => entry.name));
  expect(marks.length).toBeGreaterThan(0);
  expect(new Set(marks).size).toBe(marks.length);
  expect(marks.length).toBeLessThanOrEqual(3);
});
