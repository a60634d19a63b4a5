/**
 * Playwright fixtures: each test gets a fresh browser shell (real main-process core with its own
 * data folder, real Chromium, real CUPS queue) and a driver that answers questions the way a
 * patient taps them.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startBrowserShell, type BrowserShell } from '../../../electron/browser-shell/browser-shell.ts';
import { launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';
import { KioskDriver } from '../../../electron/browser-shell/kiosk-driver/kiosk-driver.ts';
import { relaunchingBrowser } from '../../../electron/browser-shell/relaunching-browser.ts';
import { createStreamLogger } from '../../../electron/core/logging/logger.ts';
import { hashPin, type ScryptCost } from '../../../electron/core/staff/pin-hash.ts';
import { seedStaffPinHash } from '../../../electron/core/staff/staff-state-store.ts';
import type { KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import { ensureTestQueue, testPrinter } from '../../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';

/** The built renderer; BACKTALK_RENDERER_DIR points elsewhere (e.g. a private build while others rebuild dist/). */
export const rendererDir = process.env['BACKTALK_RENDERER_DIR'] ?? fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

/** The staff PIN every test kiosk has unless a test says otherwise (set as if staff chose it at first start). */
export const testStaffPin = '2468';

/**
 * Seeded hashes use scrypt's lowest accepted cost, so fixtures start fast. The verifier reads the
 * cost from each hash, and hashes the kiosk makes itself use the production cost.
 */
export const testPinCost: ScryptCost = { log2N: 14, r: 8, p: 1 };

/** The provisioning file a test kiosk reads (written to its data folder), or null for none. */
export interface TestProvisioning {
  readonly settings?: Partial<KioskSettings>;
  /** A PIN to hash into `staffPinHash` (managed PIN). */
  readonly staffPin?: string;
  /** A one-time setup code to hash into `staffSetupCodeHash` (IT allows the first PIN on the kiosk). */
  readonly setupCode?: string;
  /** Extra top-level fields written as they are (e.g. a bad one). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface KioskFixtures {
  kioskSettings: Partial<KioskSettings>;
  /** The staff PIN already set in the data folder; null starts with no PIN (locked: "Staff setup needed"). */
  staffPin: string | null;
  provisioning: TestProvisioning | null;
  staffIdleSeconds: number;
  /** Where the test kiosk looks for its provisioning file (inside dataDir; absent unless `provisioning` is set). */
  provisionFile: string;
  kioskViewport: { width: number; height: number };
  /** How far the core's clock runs ahead of the real one (ms; default 0, the real clock). */
  kioskClockShiftMs: number;
  printStuckAfterMs: number;
  /**
   * How long the page may miss the watchdog's heartbeat (default: the kiosk's own). A test that
   * blocks the page on purpose for seconds (putting axe-core in) raises it, so its own tooling is
   * not taken for a hung page and killed.
   */
  rendererHangTimeoutMs: number | undefined;
  shell: BrowserShell;
  page: Page;
  dataDir: string;
  logLines: string[];
  kiosk: KioskDriver;
}

interface WorkerFixtures {
  /**
   * One headless Chromium per worker for laying out summaries, which every test's shell borrows
   * (its own context in it) instead of starting its own. The e2e run is bound by CPU, and a
   * shell's start, first screen and close cost about 4.6 CPU-seconds with its own PDF browser and
   * 3.7 borrowing one (12 starts each, interleaved). Started on first use; again if it went away.
   */
  pdfBrowser: () => Promise<Browser>;
}

export const test = base.extend<KioskFixtures, WorkerFixtures>({
  pdfBrowser: [
    async ({}, use) => {
      const shared = relaunchingBrowser(() => launchHeadlessChromium());
      await use(shared.get);
      await shared.close();
    },
    { scope: 'worker' },
  ],
  kioskSettings: [{}, { option: true }],
  staffPin: [testStaffPin, { option: true }],
  provisioning: [null, { option: true }],
  staffIdleSeconds: [120, { option: true }],
  provisionFile: async ({ dataDir, provisioning }, use) => {
    const file = path.join(dataDir, 'provision.json');
    if (provisioning) {
      const staffPinHash = provisioning.staffPin ? await hashPin(provisioning.staffPin, testPinCost) : undefined;
      const staffSetupCodeHash = provisioning.setupCode ? await hashPin(provisioning.setupCode, testPinCost) : undefined;
      writeFileSync(file, JSON.stringify({ version: 1, settings: provisioning.settings, staffPinHash, staffSetupCodeHash, ...provisioning.extra }, null, 2));
    }
    await use(file);
  },
  kioskViewport: [{ width: 1920, height: 1080 }, { option: true }],
  kioskClockShiftMs: [0, { option: true }],
  printStuckAfterMs: [60_000, { option: true }],
  rendererHangTimeoutMs: [undefined, { option: true }],
  logLines: async ({}, use) => {
    await use([]);
  },
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  shell: async (
    {
      kioskSettings,
      kioskViewport,
      kioskClockShiftMs,
      reducedMotion,
      dataDir,
      logLines,
      printStuckAfterMs,
      staffPin,
      provisionFile,
      staffIdleSeconds,
      rendererHangTimeoutMs,
      pdfBrowser,
    },
    use,
  ) => {
    ensureTestQueue();
    if (staffPin !== null) await seedStaffPinHash(dataDir, await hashPin(staffPin, testPinCost));
    const stream = new PassThrough();
    stream.setEncoding('utf8').on('data', (chunk: string) => logLines.push(...chunk.split('\n').filter(Boolean)));
    const shell = await startBrowserShell({
      rendererDir,
      dataDir,
      headless: true,
      logger: createStreamLogger(stream),
      now: kioskClockShiftMs === 0 ? undefined : () => new Date(Date.now() + kioskClockShiftMs),
      viewport: kioskViewport,
      // Playwright's own option (set in playwright.config.ts), applied to the shell's own context.
      reducedMotion: reducedMotion ?? undefined,
      printStuckAfterMs,
      // Always a file inside the test's data folder, so the machine's own provisioning never leaks in.
      provisionFile,
      staffIdleSeconds,
      hangTimeoutMs: rendererHangTimeoutMs,
      pdfBrowser,
      initialSettings: { clinicName: 'Riverside Physical Therapy', clinicPhone: '555-0134', printer: testPrinter, ...kioskSettings },
    });
    await use(shell);
    await shell.close();
  },
  page: async ({ shell }, use) => {
    await use(shell.page);
  },
  kiosk: async ({ page }, use) => {
    await use(new KioskDriver(page));
  },
});

export { expect, KioskDriver };
