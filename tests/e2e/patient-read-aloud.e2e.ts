/**
 * Read-aloud. This machine's Chromium has no speech voices, which is the "no voice" case: the
 * button must not show. For the reading itself, a recording stand-in for the platform's speech
 * synthesis (installed before the app loads, with the voices a kiosk might have) takes the place
 * of the missing voices, and the test checks what the app asked it to say, in which language.
 */
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/kiosk-fixture.ts';

test('no voice on this machine: no read-aloud button on any screen', async ({ page, kiosk }) => {
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  await expect(page.getByTestId('text-size')).toBeVisible();
  await expect(page.getByTestId('read-aloud')).toHaveCount(0);
  await kiosk.start();
  await expect(page.getByTestId('read-aloud')).toHaveCount(0);
});

/** A voice as the platform lists it: `lang`, and a trailing " (network)" for a cloud voice. */
async function installRecordingSpeech(context: BrowserContext, voiceLanguages: readonly string[]) {
  await context.addInitScript((langs: readonly string[]) => {
    const spoken: { text: string; lang: string; voice: string }[] = [];
    const voices = langs.map((entry) => {
      const [lang = '', kind] = entry.split(' ');
      const localService = kind !== '(network)';
      return { lang, name: `Voice ${lang}${localService ? '' : ' online'}`, localService, default: false, voiceURI: entry };
    });
    class RecordingUtterance extends EventTarget {
      voice: { name: string } | null = null;
      lang = '';
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {
        super();
      }
    }
    const synthesis = Object.assign(new EventTarget(), {
      spoken,
      getVoices: () => voices,
      speak: (utterance: RecordingUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? '' }),
      cancel: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: RecordingUtterance, configurable: true });
  }, voiceLanguages);
}

const spoken = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window.speechSynthesis as unknown as { spoken: { text: string; lang: string; voice: string }[] }).spoken);

test('with voices, the speaker button reads the question and its answers in the chosen language', async ({ page, kiosk, shell }) => {
  await installRecordingSpeech(shell.context, ['en-US', 'es-MX']);
  await shell.reload();
  await kiosk.start();
  await kiosk.answer(['neck']);
  await kiosk.next();
  await page.getByTestId('read-aloud').click();
  let said = await spoken(page);
  expect(said).toHaveLength(1);
  expect(said[0]?.voice).toBe('Voice en-US');
  expect(said[0]?.text).toContain('What makes it crack?');
  expect(said[0]?.text).toContain('Twisting or turning');
  expect(said[0]?.text).toContain('I crack it on purpose');
  await expect(page.getByTestId('read-aloud')).toHaveAttribute('aria-pressed', 'true');

  await page.locator('.language-switch button[lang="es"]').click();
  await page.getByTestId('read-aloud').click();
  said = await spoken(page);
  expect(said[1]?.voice).toBe('Voice es-MX');
  expect(said[1]?.text).toContain('¿Qué hace que cruja?');
  expect(said[1]?.text).toContain('Girar el cuerpo');
});

test('the bendy-joint page is read whole: its heading, then each of the five questions with its answers, in order', async ({ page, kiosk, shell }) => {
  await installRecordingSpeech(shell.context, ['en-US', 'es-MX']);
  await shell.reload();
  await kiosk.start();
  await kiosk.answerAll({ where: ['neck'] });
  await page.locator('[data-link-id="hypermobility-hands-floor"]').click();
  await page.getByTestId('read-aloud').click();
  const [said] = await spoken(page);
  const text = said?.text ?? '';
  const order = [
    'How much do your joints bend?',
    'Can you put your hands flat on the floor',
    'Can you bend your thumb',
    'As a child, could you twist your body',
    'did your shoulder or kneecap slip out',
    'Do you think you are "double-jointed"?',
  ].map((part) => text.indexOf(part));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(text.match(/Not sure/g)).toHaveLength(5);
});

test('a language without a voice gets no speaker button', async ({ page, kiosk, shell }) => {
  await installRecordingSpeech(shell.context, ['en-GB']);
  await shell.reload();
  await kiosk.start();
  await expect(page.getByTestId('read-aloud')).toBeVisible();
  await page.locator('.language-switch button[lang="es"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Dónde le cruje la espalda?');
  await expect(page.getByTestId('read-aloud')).toHaveCount(0);
});

test('network voices are never used: the screen is read only by an on-device voice', async ({ page, kiosk, shell }) => {
  // Chrome lists its cloud voices first; one of them, with localService false, would get the text.
  await installRecordingSpeech(shell.context, ['en-US (network)', 'en-US', 'es-US (network)']);
  await shell.reload();
  await kiosk.start();
  await page.getByTestId('read-aloud').click();
  const said = await spoken(page);
  expect(said).toHaveLength(1);
  expect(said[0]?.voice).toBe('Voice en-US');
  // Spanish has only a network voice here: no button rather than a cloud voice.
  await page.locator('.language-switch button[lang="es"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Dónde le cruje la espalda?');
  await expect(page.getByTestId('read-aloud')).toHaveCount(0);
});
