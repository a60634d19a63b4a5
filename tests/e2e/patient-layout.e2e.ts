/**
 * The look of particular screens: the welcome's two start buttons, the "more below" cue, a chosen
 * answer against an action, and the result's order. Every screen's layout, at every size and in
 * every display mode, is checked by patient-screen-audit.e2e.ts.
 */
import { typicalVisitMinutes } from '../../shared/questionnaire/visit-length.ts';
import { backtalkQuestionnaire } from '../../shared/questionnaire/backtalk-questionnaire.ts';
import { expect, test } from './support/kiosk-fixture.ts';

test.describe('the look: welcome, answers, result', () => {
  test.use({ kioskViewport: { width: 1280, height: 800 }, kioskSettings: { printMode: 'ask' } });

  test('welcome: one equal start button per language, each starts in its own language, and an honest promise', async ({ page, kiosk }) => {
    const english = page.getByRole('button', { name: 'Start in English', exact: true });
    const spanish = page.getByRole('button', { name: 'Empezar en español', exact: true });
    const [a, b] = [await english.boundingBox(), await spanish.boundingBox()];
    expect(a && b && Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1).toBe(true);
    const minutes = { en: typicalVisitMinutes(backtalkQuestionnaire, 'en'), es: typicalVisitMinutes(backtalkQuestionnaire, 'es') };
    await expect(page.locator('.attract__promise [lang="en"]')).toHaveText(`No name · nothing saved · about ${minutes.en} minutes`);
    await expect(page.locator('.attract__promise [lang="es"]')).toHaveText(`Sin nombre · no se guarda nada · unos ${minutes.es} minutos`);
    await spanish.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await kiosk.expectScreen('privacy');
    await page.getByRole('button', { name: 'Atrás', exact: true }).click();
    await page.getByRole('button', { name: 'Start in English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await kiosk.expectScreen('privacy');
  });

  test('scrolling to the end moves nothing under the finger: the "more below" cue keeps its room when it goes', async ({ page, kiosk }) => {
    await kiosk.start();
    await kiosk.expectScreen('question');
    const body = page.locator('.screen__body');
    const cue = page.locator('[data-more-below]');
    // The body-map page overflows at this size, so the cue shows (else this test would say nothing).
    await expect(cue).toBeVisible();
    const heightWithCue = await body.evaluate((element) => element.clientHeight);
    // A finger scrolls to the end and comes down on the last tile where it sees it.
    const seen = await body.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
      return document.querySelector('.tile[data-code="lower-back"]')?.getBoundingClientRect().top ?? null;
    });
    await expect(cue).toBeHidden();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await body.evaluate((element) => element.clientHeight)).toBe(heightWithCue);
    expect(await page.locator('.tile[data-code="lower-back"]').evaluate((tile) => tile.getBoundingClientRect().top)).toBe(seen);
    await kiosk.answer(['neck', 'lower-back']);
  });

  for (const contrast of ['standard', 'high'] as const) {
    test(`a chosen answer never looks like an action (${contrast} contrast)`, async ({ page, kiosk }) => {
      if (contrast === 'high') await page.getByTestId('contrast').click();
      await kiosk.start();
      await kiosk.answer(['neck']);
      const look = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => {
            const style = getComputedStyle(element);
            return { background: style.backgroundColor, border: style.borderTopColor, tick: element.querySelector('.tile__mark svg') !== null };
          });
      const chosen = await look('.tile[aria-pressed="true"]');
      const unchosen = await look('.tile[aria-pressed="false"]');
      const action = await look('.screen__footer .button--primary');
      expect(chosen.tick).toBe(true);
      expect(action.tick).toBe(false);
      expect(chosen.background).not.toBe(action.background);
      expect(chosen.border).not.toBe(action.border);
      expect(chosen.background).not.toBe(unchosen.background);
      // The body picture lights the same region.
      await expect(page.locator('.body-map__band.is-on')).toHaveCount(1);
      await page.locator('[data-region="lower-back"]').click();
      await expect(page.locator('.tile[data-code="lower-back"]')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.body-map__band.is-on')).toHaveCount(2);
    });
  }

  test('result first: the verdict, then what to do now, then printing (no causes under a red flag); an urgent verdict is above the fold at the largest text', async ({
    page,
    kiosk,
  }) => {
    await page.getByTestId('text-size').click();
    await page.getByTestId('text-size').click();
    await kiosk.start({ screening: { 'safety-weakness-walking': 'yes' } });
    await kiosk.answerAll({ where: ['lower-back'] });
    await page.locator('.screen__footer .button--primary').click();
    await kiosk.expectScreen('result');
    const top = async (locator: ReturnType<typeof page.locator>) => (await locator.boundingBox())?.y ?? Number.NaN;
    const verdict = page.locator('.verdict');
    await expect(verdict).toHaveAttribute('data-level', 'tell-front-desk-now');
    const order = [await top(verdict), await top(page.getByRole('heading', { name: 'What you can do for now' })), await top(page.locator('.print-panel'))];
    expect(order).toEqual([...order].sort((x, y) => x - y));
    // A red-flag result explains no cause (as on the sheet).
    await expect(page.getByRole('heading', { name: 'What may be causing it' })).toHaveCount(0);
    const box = await verdict.boundingBox();
    const footer = await page.locator('.screen__footer').boundingBox();
    expect(box && footer && box.y >= 0 && box.y + box.height <= footer.y).toBe(true);
  });
});
