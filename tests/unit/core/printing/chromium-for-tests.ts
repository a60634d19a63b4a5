/** A real headless Chromium (Debian's) and its PDF renderer, shared by the printing tests of one file. */
import type { Browser } from 'playwright-core';
import { launchHeadlessChromium } from '../../../../electron/browser-shell/chromium.ts';
import { createChromiumPdfRenderer } from '../../../../electron/browser-shell/chromium-pdf-renderer.ts';

export async function startChromiumPdf() {
  const browser: Browser = await launchHeadlessChromium();
  const pdf = createChromiumPdfRenderer(async () => browser);
  return {
    browser,
    pdf,
    async close() {
      await pdf.close();
      await browser.close();
    },
  };
}
