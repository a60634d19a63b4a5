/**
 * HTML → PDF through Chromium, for the browser shell and the tests. It renders the same HTML the
 * Electron shell renders with `printToPDF`. One warm page is reused, one job at a time.
 *
 * Not `page.pdf()`: Playwright asks for `Page.printToPDF` as a stream, and Chromium backs that
 * stream with a temp file in $TMPDIR (`.org.chromium.Chromium.*`, unlinked at once but holding
 * the whole PDF on disk until the job ends). `ReturnAsBase64` hands the PDF back in the CDP reply,
 * in memory only.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { PaperSpec } from '../core/printing/paper.ts';
import { mmToInches, receiptHeightMm, type PdfRenderer, type RenderedPdf } from '../core/printing/pdf-renderer.ts';

interface WarmPage {
  readonly page: Page;
  readonly cdp: CDPSession;
}

export function createChromiumPdfRenderer(getBrowser: () => Promise<Browser>): PdfRenderer & { warm(): Promise<void>; close(): Promise<void> } {
  let context: BrowserContext | null = null;
  let warm: WarmPage | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  // Read through a call after an await: a plain read there looks unchanged to the type checker.
  const isClosed = (): boolean => closed;

  async function ensurePage(): Promise<WarmPage> {
    if (warm && !warm.page.isClosed()) return warm;
    if (closed) throw new Error('The PDF renderer is closed');
    const browser = await getBrowser();
    // Its own context: no bridge, no routes, nothing shared with the kiosk page; offline.
    const opened = await browser.newContext({ offline: true, javaScriptEnabled: true });
    // Closed while the context was opening (a shell closed right after its first screen): in a
    // browser the renderer does not own, nothing else would ever close it.
    if (isClosed()) {
      await opened.close().catch(() => undefined);
      throw new Error('The PDF renderer is closed');
    }
    context = opened;
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    warm = { page, cdp: await context.newCDPSession(page) };
    return warm;
  }

  async function render(html: string, paper: PaperSpec): Promise<RenderedPdf> {
    const { page, cdp } = await ensurePage();
    await page.setContent(html, { waitUntil: 'load' });
    let heightMm = paper.heightMm;
    if (heightMm === null) {
      const contentPx = Number(await page.evaluate('document.documentElement.scrollHeight'));
      heightMm = receiptHeightMm(contentPx, paper);
    }
    const margin = mmToInches(paper.marginMm);
    const { data } = await cdp.send('Page.printToPDF', {
      transferMode: 'ReturnAsBase64',
      paperWidth: mmToInches(paper.widthMm),
      paperHeight: mmToInches(heightMm),
      printBackground: true,
      preferCSSPageSize: paper.heightMm !== null,
      marginTop: margin,
      marginBottom: margin,
      marginLeft: margin,
      marginRight: margin,
    });
    return { bytes: new Uint8Array(Buffer.from(data, 'base64')), widthMm: paper.widthMm, heightMm };
  }

  /** The summary must not outlive its job, not even in a hidden page's DOM. */
  async function blank(): Promise<void> {
    if (warm && !warm.page.isClosed()) await warm.page.goto('about:blank').catch(() => undefined);
  }

  return {
    renderPdf(html, paper) {
      const job = queue.then(() => render(html, paper));
      // The page is blanked before the next job starts, but the caller (an urgent slip on its way
      // to the printer) does not wait for it.
      queue = job.catch(() => undefined).then(blank);
      return job;
    },
    /** Opens the page ahead of the first job, so an urgent slip is not held up by a cold start. */
    warm() {
      const next = queue.then(() => ensurePage()).then(() => undefined);
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      closed = true;
      await context?.close().catch(() => undefined);
      context = null;
      warm = null;
    },
  };
}
