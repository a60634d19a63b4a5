/** A real headless Chromium (Debian's) and its PDF renderer, shared by the printing tests of one file. */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, defaultChromiumPath } from '../../../../electron/browser-shell/browser-shell.ts';
import { createChromiumPdfRenderer } from '../../../../electron/browser-shell/chromium-pdf-renderer.ts';

export async function startChromiumPdf() {
  const browser: Browser = await chromium.launch({ executablePath: defaultChromiumPath, headless: true, args: chromiumArgs });
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
