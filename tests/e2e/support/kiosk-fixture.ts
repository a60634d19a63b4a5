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
import { startBrowserShell, type BrowserShell } from '../../../electron/browser-shell/browser-shell.ts';
import { createStreamLogger } from '../../../electron/core/logging/logger.ts';
import { hashPin, type ScryptCost } from '../../../electron/core/staff/pin-hash.ts';
import { seedStaffPinHash } from '../../../electron/core/staff/staff-state-store.ts';
import { findItem } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import { clearScreeningAnswers } from '../../../shared/summary/sample-answers.ts';
import type { AnswerValue, Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import type { KioskSettings } from '../../../shared/settings/kiosk-settings.ts';
import { ensureTestQueue, testPrinter } from './cups-test-queue.ts';

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
  printStuckAfterMs: number;
  shell: BrowserShell;
  page: Page;
  dataDir: string;
  logLines: string[];
  kiosk: KioskDriver;
}

/** Taps through the patient flow by linkId, as a patient would: big buttons only. */
export class KioskDriver {
  /** The screening answers `start()` gave, so `answerAll` knows they were asked. */
  private screeningGiven: Readonly<Record<string, AnswerValue>> = {};

  constructor(readonly page: Page) {}

  screen() {
    return this.page.locator('[data-screen]');
  }

  async expectScreen(name: string) {
    await expect(this.screen()).toHaveAttribute('data-screen', name);
  }

  /**
   * Starts a check-in (in `language`, else the kiosk's current one) and answers the screening questions that come first (red flags, then risk
   * markers): "no" to each unless `screening` says otherwise, continuing past any front-desk
   * alert. Ends on the first question about the cracking. With `stayOnScreening`, it stops on
   * the first safety question instead.
   */
  async start(
    options: { language?: Language; screening?: Readonly<Record<string, AnswerValue>>; onAlert?: () => Promise<void>; stayOnScreening?: boolean } = {},
  ) {
    // The start button of `language`, or the first one (the kiosk's current language).
    const buttons = this.page.getByRole('button', { name: /^(Start in English|Empezar en español)$/ });
    await (options.language ? buttons.and(this.page.locator(`[lang="${options.language}"]`)) : buttons.first()).click();
    await this.expectScreen('privacy');
    await this.page.locator('.screen__footer .button--primary').click();
    if (options.stayOnScreening) return;
    const answers = { ...clearScreeningAnswers, ...options.screening };
    this.screeningGiven = answers;
    for (let step = 0; step < 40; step++) {
      const screen = await this.screen().getAttribute('data-screen');
      if (screen === 'front-desk-alert') {
        await options.onAlert?.();
        // Going on is the alert's secondary action (staying for staff is the first).
        await this.page.getByTestId('alert-continue').click();
        continue;
      }
      const linkId = await this.currentLinkId();
      if (!linkId) throw new Error(`Unexpected screen ${screen} during the screening questions`);
      if (findItem(linkId)?.section === 'about') return;
      await this.answerPage(answers);
      await this.next();
      await expect(this.page.locator(`#question-${linkId}`)).toHaveCount(0);
    }
    throw new Error('Never got past the screening questions');
  }

  /** The linkId of the question page on screen (its first item's), or null when not on a question. */
  async currentLinkId(): Promise<string | null> {
    const heading = this.page.locator('h1.question');
    if ((await heading.count()) === 0) return null;
    const id = await heading.getAttribute('id');
    return id?.replace(/^question-/, '') ?? null;
  }

  /** Every linkId answered on the page on screen: one, or each row of a page of several (the bendy-joint questions). */
  async currentLinkIds(): Promise<string[]> {
    const rows = await this.page
      .locator('.question-row[data-link-id]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-link-id') ?? ''));
    if (rows.length > 0) return rows;
    const linkId = await this.currentLinkId();
    return linkId ? [linkId] : [];
  }

  /**
   * Answers the question on screen with `value` (codes or a scale number); undefined skips it.
   * On a page of several questions, `linkId` names the row to answer.
   */
  async answer(value: AnswerValue | undefined, linkId?: string) {
    const scope = linkId === undefined ? this.page.locator(':root') : this.page.locator(`.question-row[data-link-id="${linkId}"]`);
    if (typeof value === 'number') {
      await scope.locator(`.scale__number[data-value="${value}"]`).click();
    } else if (typeof value === 'string') {
      await scope.locator(`.tiles .tile[data-code="${value}"]`).click();
    } else if (value) {
      for (const code of value) await scope.locator(`.tiles .tile[data-code="${code}"]`).click();
    }
  }

  /** Answers each question on the page on screen from `answers` (a page may hold several). */
  async answerPage(answers: Readonly<Record<string, AnswerValue>>): Promise<string[]> {
    const linkIds = await this.currentLinkIds();
    const several = linkIds.length > 1;
    for (const linkId of linkIds) await this.answer(answers[linkId], several ? linkId : undefined);
    return linkIds;
  }

  async next() {
    await this.page.locator('.screen__footer .button--primary').click();
  }

  /**
   * Answers every question from `answers` (skipping the rest; screening questions default to
   * "no", since they cannot be skipped) until the review screen, continuing past the front-desk
   * alert. A given answer to a question that was never asked on the way (a screening answer
   * given after `start()` already passed the screening) fails loudly rather than being dropped.
   */
  async answerAll(given: Readonly<Record<string, AnswerValue>>, options: { onAlert?: () => Promise<void> } = {}) {
    const answers = { ...clearScreeningAnswers, ...given };
    const asked = new Set<string>();
    const check = () => {
      const answeredAtStart = (linkId: string) => JSON.stringify(this.screeningGiven[linkId]) === JSON.stringify(given[linkId]);
      const missed = Object.keys(given).filter((linkId) => !asked.has(linkId) && findItem(linkId)?.section !== 'about' && !answeredAtStart(linkId));
      if (missed.length > 0) throw new Error(`answerAll was given ${missed.join(', ')} but never asked them: pass screening answers to start({ screening })`);
    };
    for (let step = 0; step < 60; step++) {
      const screen = await this.screen().getAttribute('data-screen');
      if (screen === 'review') {
        check();
        return;
      }
      if (screen === 'front-desk-alert') {
        await options.onAlert?.();
        // Going on is the alert's secondary action (staying for staff is the first).
        await this.page.getByTestId('alert-continue').click();
        continue;
      }
      const linkId = await this.currentLinkId();
      if (!linkId) throw new Error(`Unexpected screen ${screen}`);
      for (const onPage of await this.answerPage(answers)) asked.add(onPage);
      await this.next();
      await expect(this.page.locator(`#question-${linkId}`)).toHaveCount(0);
    }
    throw new Error('Never reached the review screen');
  }
}

export const test = base.extend<KioskFixtures>({
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
  printStuckAfterMs: [60_000, { option: true }],
  logLines: async ({}, use) => {
    await use([]);
  },
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  shell: async ({ kioskSettings, kioskViewport, dataDir, logLines, printStuckAfterMs, staffPin, provisionFile, staffIdleSeconds }, use) => {
    ensureTestQueue();
    if (staffPin !== null) await seedStaffPinHash(dataDir, await hashPin(staffPin, testPinCost));
    const stream = new PassThrough();
    stream.setEncoding('utf8').on('data', (chunk: string) => logLines.push(...chunk.split('\n').filter(Boolean)));
    const shell = await startBrowserShell({
      rendererDir,
      dataDir,
      headless: true,
      logger: createStreamLogger(stream),
      viewport: kioskViewport,
      printStuckAfterMs,
      // Always a file inside the test's data folder, so the machine's own provisioning never leaks in.
      provisionFile,
      staffIdleSeconds,
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

export { expect };
