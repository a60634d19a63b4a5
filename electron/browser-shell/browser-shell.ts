/**
 * The browser shell: the same main-process core as the Electron app, with the built renderer in
 * Debian's Chromium (playwright-core). The page reaches the core only through `window.backtalk`,
 * whose calls travel over a Playwright binding into the real IPC router. Used by `npm start`
 * where no Electron binary exists (a preview, marked as one) and by the end-to-end tests. It is
 * not a clinic kiosk: it lacks the Electron shell's key filter, navigation guards and exit gate
 * (docs/SECURITY.md, "Electron shell and browser preview").
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { KioskSettings } from '../../shared/settings/kiosk-settings.ts';
import { browserAppOrigin, isTrustedSenderUrl, resolveAppFile, securityHeaders } from '../core/app-content/app-content.ts';
import type { Logger } from '../core/logging/logger.ts';
import { forbiddenSenderReply } from '../core/ipc/ipc-router.ts';
import { createMainCore, type MainCore } from '../core/main-core.ts';
import type { CupsClient } from '../core/printing/cups-client.ts';
import { bridgeBindingName, bridgeInstallScript } from './bridge-script.ts';
import { createChromiumPdfRenderer } from './chromium-pdf-renderer.ts';
import { chromiumArgs, chromiumExecutable, chromiumSandbox, launchHeadlessChromium } from './chromium.ts';
import { relaunchingBrowser } from './relaunching-browser.ts';
import { openKioskPage, watchKioskRenderer } from './renderer-watchdog.ts';

/** The first screen a started kiosk shows: the attract screen, or with no staff PIN known, the locked "staff setup needed" screen. */
export const firstScreenSelector = '[data-screen="attract"], [data-staff-screen="setup-needed"]';

export interface BrowserShellOptions {
  readonly rendererDir: string;
  readonly dataDir: string;
  readonly logger: Logger;
  readonly headless: boolean;
  readonly preview?: boolean;
  readonly viewport?: { width: number; height: number };
  readonly initialSettings?: Partial<KioskSettings>;
  readonly cups?: CupsClient;
  readonly now?: () => Date;
  readonly printStuckAfterMs?: number;
  /** The provisioning file (defaults to the documented path for this OS). */
  readonly provisionFile?: string;
  /** Seconds without a touch before staff mode closes itself. */
  readonly staffIdleSeconds?: number;
  /** Extra Chromium flags (the kiosk adds --kiosk when headed). */
  readonly extraArgs?: readonly string[];
  /** How long the page may miss its heartbeat before it is treated as hung and killed. */
  readonly hangTimeoutMs?: number;
  /** Called when renderer failures keep coming (the launcher exits so its supervisor restarts it). */
  readonly onRendererGiveUp?: () => void;
  /** The patient's "reduce motion" setting as the page sees it (default: Chromium's, no preference). */
  readonly reducedMotion?: 'reduce' | 'no-preference';
  /**
   * A headless Chromium for laying out summaries that the caller owns and keeps running (the
   * end-to-end tests share one per worker: starting one for every test was about a fifth of a
   * shell's start-up CPU). The shell opens its own context in it and never closes the browser.
   * Default: the shell starts its own once the first screen shows.
   */
  readonly pdfBrowser?: () => Promise<Browser>;
}

export interface BrowserShell {
  readonly core: MainCore;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** The live kiosk page; after a renderer crash it is a new page. */
  readonly page: Page;
  readonly url: string;
  /** Navigates to a fresh attract screen (the crash-recovery path). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const executablePath = chromiumExecutable(options.headless);
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium was not found at ${executablePath}. Install it with: apt-get install chromium`);
  }
  if (!existsSync(`${options.rendererDir}/index.html`)) {
    throw new Error(`The built renderer was not found in ${options.rendererDir}. Run: npm run build`);
  }

  if (!chromiumSandbox.sandboxed) {
    options.logger.warn(
      { shell: 'browser', sandbox: false },
      'Chromium runs without its sandbox because this runs as root; run the preview as a normal user to keep it',
    );
  }
  // Chromium starts while the core reads its files: on a 2-core box the two overlap well.
  const browserStarting = chromium.launch({ executablePath, headless: options.headless, args: [...chromiumArgs, ...(options.extraArgs ?? [])] });
  browserStarting.catch(() => undefined); // awaited below; a failed launch throws there

  // Summaries are laid out in a headless browser of their own (headed Chromium cannot print to
  // PDF anyway). The watchdog judges the renderers of the kiosk's browser; when the PDF page
  // lived there, a busy PDF renderer was once killed as the "hung" kiosk page: a failed print.
  const ownPdfBrowser = relaunchingBrowser(
    () => launchHeadlessChromium(),
    (error) => options.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'PDF browser did not start'),
  );
  const pdf = createChromiumPdfRenderer(options.pdfBrowser ?? ownPdfBrowser.get);

  // Staff's "Exit kiosk" closes the browser (the launcher then stops); wired once the shell exists.
  let closeShell: () => Promise<void> = () => Promise.resolve();
  const closeStartingBrowser = () => void browserStarting.then((started) => started.close()).catch(() => undefined);
  let core: MainCore;
  try {
    core = createMainCore({
      dataDir: options.dataDir,
      preview: options.preview ?? false,
      pdf,
      logger: options.logger,
      cups: options.cups,
      now: options.now,
      initialSettings: options.initialSettings,
      printStuckAfterMs: options.printStuckAfterMs,
      provisionFile: options.provisionFile,
      staffIdleSeconds: options.staffIdleSeconds,
      requestExit: () => void closeShell(),
    });
  } catch (error) {
    closeStartingBrowser();
    throw error;
  }

  let browser: Browser;
  try {
    browser = await browserStarting;
  } catch (error) {
    await core.close();
    throw error;
  }
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1920, height: 1080 },
    serviceWorkers: 'block',
    acceptDownloads: false,
    permissions: [],
    hasTouch: true,
    locale: 'en-US',
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
  });

  // Deny every request by default; routes run newest first, so the app route below wins for our origin.
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await context.route(`${browserAppOrigin}/**`, async (route) => {
    const file = resolveAppFile(options.rendererDir, route.request().url(), browserAppOrigin);
    if (!file) return route.fulfill({ status: 404, body: 'Not found', headers: { ...securityHeaders } });
    try {
      const body = await readFile(file.filePath);
      return await route.fulfill({ status: 200, body, headers: { ...securityHeaders, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' } });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found', headers: { ...securityHeaders } });
    }
  });

  await context.exposeBinding(bridgeBindingName, async (source, channel: unknown, payload: unknown) => {
    // Same rule as the Electron shell: only our own page's main frame may call the core.
    if (source.frame !== source.page.mainFrame() || !isTrustedSenderUrl(source.frame.url(), browserAppOrigin)) {
      options.logger.warn({ channel: typeof channel === 'string' ? channel.slice(0, 64) : typeof channel }, 'ipc call from untrusted frame rejected');
      return forbiddenSenderReply();
    }
    return core.router.handle(channel, payload);
  });
  await context.addInitScript({ content: bridgeInstallScript() });

  const url = `${browserAppOrigin}/`;
  // One kiosk page; popups are closed; a crashed or hung renderer gets a fresh attract screen.
  const kioskPage = await openKioskPage(context, url);
  const watchdog = watchKioskRenderer({
    browser,
    kioskPage,
    logger: options.logger,
    counters: core.counters,
    hangTimeoutMs: options.hangTimeoutMs,
    onGiveUp: options.onRendererGiveUp,
  });
  // Start the PDF browser once the first screen shows, so the first print does not wait for it;
  // not sooner: a second Chromium starting beside the kiosk's first paint slows a cold start.
  void kioskPage.current
    .locator(firstScreenSelector)
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined) // no first screen: the first print starts the PDF browser itself
    .then(() => {
      if (closing) return;
      if (!options.pdfBrowser) void ownPdfBrowser.get().catch(() => undefined); // logged by ownPdfBrowser
      void pdf.warm().catch(() => undefined); // a failure here is retried by the first job
    });

  let closing: Promise<void> | null = null;
  const shell: BrowserShell = {
    core,
    browser,
    context,
    get page() {
      return kioskPage.current;
    },
    url,
    reload: () => kioskPage.fresh(),
    close() {
      closing ??= (async () => {
        watchdog.stop();
        await pdf.close();
        await core.close();
        await browser.close().catch(() => undefined);
        await ownPdfBrowser.close();
      })();
      return closing;
    },
  };
  closeShell = () => shell.close();
  return shell;
}
