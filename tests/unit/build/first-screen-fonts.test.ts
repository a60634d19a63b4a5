/**
 * The kiosk sets its text with `font-display: block`, so Chromium paints text invisible until its
 * font has arrived. The production build preloads the welcome's fonts from index.html: they are
 * fetched with the app's script, not after the app has rendered, and each is fetched once (a
 * preload in the wrong fetch mode is not reused, and the font comes twice).
 * A real Vite build, loaded in the browser shell (Chromium and the real core).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRenderer } from '../../../scripts/renderer-build.ts';
import { startPatientShell, type PatientShell } from '../../../electron/browser-shell/kiosk-driver/patient-shell.ts';

let rendererDir = '';
let kiosk: PatientShell;

beforeAll(async () => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-fonts-'));
  await buildRenderer(rendererDir);
  kiosk = await startPatientShell({ rendererDir, viewport: { width: 1280, height: 800 } });
}, 120_000);

afterAll(async () => {
  await kiosk.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe("the welcome's fonts", () => {
  it('are preloaded by index.html, in the fetch mode fonts use', () => {
    const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    const preloads = [...html.matchAll(/<link rel="preload" href="\.\/(assets\/[^"]+\.woff2)" as="font" type="font\/woff2" crossorigin="">/g)].map((m) => m[1]);
    expect(preloads.map((file) => path.basename(file ?? '').replace(/-[\w-]{8}\.woff2$/, ''))).toEqual([
      'atkinson-hyperlegible-latin-400-normal',
      'atkinson-hyperlegible-latin-700-normal',
    ]);
  });

  it('are each fetched once, by the preload, and have arrived before the welcome is on screen', async () => {
    const { page } = kiosk.shell;
    await page.waitForFunction(() => performance.getEntriesByName('backtalk:screen:attract').length > 0);
    const { fetches, welcomeAt } = await page.evaluate(() => ({
      fetches: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => ({
          font: entry.name.replace(/^.*\/|-[\w-]{8}\.woff2$/g, ''),
          by: (entry as PerformanceResourceTiming).initiatorType,
          arrivedAt: (entry as PerformanceResourceTiming).responseEnd,
        })),
      // Set in the effect after the welcome committed: before its first frame is painted.
      welcomeAt: (performance.getEntriesByName('backtalk:screen:attract')[0] as PerformanceEntry).startTime,
    }));
    expect(fetches.map(({ font, by }) => ({ font, by })).sort((a, b) => a.font.localeCompare(b.font))).toEqual([
      { font: 'atkinson-hyperlegible-latin-400-normal', by: 'link' },
      { font: 'atkinson-hyperlegible-latin-700-normal', by: 'link' },
    ]);
    for (const fetch of fetches) expect(fetch.arrivedAt).toBeLessThan(welcomeAt);
  });
});
