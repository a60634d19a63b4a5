/**
 * HTML → PDF through Chromium (`page.pdf`), for the browser shell and the tests. It renders the
 * same HTML the Electron shell renders with `printToPDF`. One warm page is reused, one job at a time.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PaperSpec } from '../core/printing/paper.ts';
import { mmToInches, receiptHeightMm, type PdfRenderer, type RenderedPdf } from '../core/printing/pdf-renderer.ts';

export function createChromiumPdfRenderer(getBrowser: () => Promise<Browser>): PdfRenderer & { close(): Promise<void> } {
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function ensurePage(): Promise<Page> {
    if (page && !page.isClosed()) return page;
    const browser = await getBrowser();
    // Its own context: no bridge, no routes, nothing shared with the kiosk page; offline.
    context = await browser.newContext({ offline: true, javaScriptEnabled: true });
    await context.route('**/*', (route) => route.abort());
    page = await context.newPage();
    return page;
  }

  async function render(html: string, paper: PaperSpec): Promise<RenderedPdf> {
    const target = await ensurePage();
    await target.setContent(html, { waitUntil: 'load' });
    const widthIn = `${mmToInches(paper.widthMm)}in`;
    let heightMm = paper.heightMm;
    if (heightMm === null) {
      const contentPx = Number(await target.evaluate('document.documentElement.scrollHeight'));
      heightMm = receiptHeightMm(contentPx, paper);
    }
    const pdf = await target.pdf({
      width: widthIn,
      height: `${mmToInches(heightMm)}in`,
      printBackground: true,
      preferCSSPageSize: paper.heightMm !== null,
      margin: { top: `${paper.marginMm}mm`, bottom: `${paper.marginMm}mm`, left: `${paper.marginMm}mm`, right: `${paper.marginMm}mm` },
    });
    return { bytes: new Uint8Array(pdf), widthMm: paper.widthMm, heightMm };
  }

  return {
    renderPdf(html, paper) {
      const next = queue.then(() => render(html, paper));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await context?.close().catch(() => undefined);
      context = null;
      page = null;
    },
  };
}
