/**
 * Every patient screen (each question, the front-desk alert, review, "still there?", result,
 * thank-you), in English and Spanish, in every display mode, on every screen size of
 * support/screen-sizes.ts, walked once per size and mode; on each screen:
 *
 * - nothing a patient must read or tap is cut off or out of reach (support/layout-problems.ts);
 * - every tappable thing is big enough and spaced from the next (support/touch-targets.ts);
 * - on the 1920×1080 landscape screen, no axe-core violation of WCAG 2.2 A/AA or of the AAA
 *   contrast rule (support/axe-violations.ts; the palette, not the size, decides those).
 *
 * The three checks share one walk because the walk is what costs: the e2e run is bound by CPU, and
 * a walk through real screens in real Chromium is most of it. A planted fault shows each check
 * reports what it finds.
 */
import { languages } from '../../shared/questionnaire/questionnaire-types.ts';
import { expect, test } from './support/kiosk-fixture.ts';
import { patientScreenSizes } from './support/screen-sizes.ts';
import { layoutProblemsOn } from './support/layout-problems.ts';
import { touchTargetProblemsOn } from './support/touch-targets.ts';
import { axeRendererHangTimeoutMs, axeViolationsOn } from './support/axe-violations.ts';
import { displayModeNames } from '../../electron/browser-shell/kiosk-driver/kiosk-driver.ts';
import { tourPatientScreens } from '../../electron/browser-shell/kiosk-driver/patient-tour.ts';

const idleSeconds = 30;
const axeScreenSize = 'landscape 1920×1080';
// A renamed size must not turn the axe check off without a word.
if (!patientScreenSizes.some((size) => size.name === axeScreenSize)) throw new Error(`No screen size named ${axeScreenSize} for the axe check`);

// Each test has its own shell, so the tests of this file may run in any worker.
test.describe.configure({ mode: 'parallel', timeout: 240_000 });

test.describe('the checks see a fault', () => {
  test.use({ kioskViewport: { width: 1280, height: 800 } });

  test('a button planted small, touching another and half out of sight is reported by the layout and touch-target checks', async ({ page, kiosk }) => {
    await kiosk.expectScreen('attract');
    expect(await layoutProblemsOn(page)).toEqual([]);
    expect((await touchTargetProblemsOn(page)).problems).toEqual([]);
    await page.evaluate(() => {
      const start = document.querySelector('.attract__start');
      const planted = Object.assign(document.createElement('button'), { textContent: 'Planted' });
      planted.style.cssText = 'position: fixed; right: -20px; bottom: 0; width: 40px; height: 30px';
      start?.after(planted);
      const touching = Object.assign(document.createElement('button'), { textContent: 'Touching' });
      touching.style.cssText = 'position: fixed; right: 24px; bottom: 0; width: 64px; height: 64px';
      start?.after(touching);
    });
    expect(await layoutProblemsOn(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^button "Planted" is (cut off by|outside the screen)/)]));
    expect((await touchTargetProblemsOn(page)).problems).toEqual(
      expect.arrayContaining(['"Planted" is 40×30 px (needs 48)', expect.stringMatching(/^"(Planted|Touching)" and "(Planted|Touching)" are -?\d+ px apart$/)]),
    );
  });
});

for (const size of patientScreenSizes) {
  const withAxe = size.name === axeScreenSize;
  test.describe(size.name, () => {
    test.use({
      kioskViewport: size.viewport,
      kioskSettings: { printMode: 'ask', idleSeconds, thankYouSeconds: 120 },
      ...(withAxe ? { rendererHangTimeoutMs: axeRendererHangTimeoutMs } : {}),
    });
    for (const mode of displayModeNames) {
      const checks = withAxe ? 'nothing cut off, targets big and spaced, no axe violations' : 'nothing cut off, targets big and spaced';
      test(`every screen, en and es, ${mode}: ${checks}`, async ({ page, shell }) => {
        // The page's clock is installed, so a long check does not let the patient's idle timers
        // run out mid-screen; the tour moves it on for the "still there?" check.
        await page.clock.install();
        await shell.reload();
        const layout: Record<string, string[]> = {};
        const touch: Record<string, string[]> = {};
        const accessibility: Record<string, unknown> = {};
        const visited: string[] = [];
        let measured = 0;
        for (const language of languages) {
          await tourPatientScreens(page, {
            language,
            mode,
            idleSeconds,
            visit: async (screen) => {
              const where = `${language} ${screen}`;
              visited.push(where);
              // One frame, so the "more below" cue has followed the last layout change.
              await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
              const targets = await touchTargetProblemsOn(page);
              measured += targets.measured;
              if (targets.problems.length > 0) touch[where] = targets.problems;
              const problems = await layoutProblemsOn(page);
              if (problems.length > 0) layout[where] = problems;
              if (withAxe) {
                const violations = await axeViolationsOn(page);
                if (violations.length > 0) accessibility[where] = violations;
              }
            },
          });
        }
        expect(visited).toEqual(
          expect.arrayContaining(
            languages.flatMap((language) =>
              [
                'attract',
                'privacy',
                'question-where',
                'question-pain-score',
                'question-hypermobility-hands-floor',
                'front-desk-alert',
                'review',
                'still-there',
                'result',
                'thank-you',
              ].map((screen) => `${language} ${screen}`),
            ),
          ),
        );
        expect(measured).toBeGreaterThan(200);
        expect.soft(layout, 'cut off or out of reach').toEqual({});
        expect.soft(touch, 'touch targets too small or too close').toEqual({});
        expect.soft(accessibility, 'axe violations').toEqual({});
      });
    }
  });
}
