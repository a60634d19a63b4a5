/**
 * `npm start` on a machine without a display: instead of a kiosk nobody can see, one made-up
 * patient walks through the real renderer and main-process core. Every screen is saved as a
 * PNG, the sheet the kiosk prints is saved as a PDF (the printer is a folder), and the
 * assessment is written to the terminal.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assessAnswers } from '../../shared/assessment/assess-answers.ts';
import { sampleCases } from '../../shared/summary/sample-answers.ts';
import { formatAssessment } from '../cli/assess-cli.ts';
import type { Logger } from '../core/logging/logger.ts';
import { hashPin } from '../core/staff/pin-hash.ts';
import { seedStaffPinHash } from '../core/staff/staff-state-store.ts';
import { startBrowserShell } from './browser-shell.ts';
import { createFolderPrinter, folderPrinterName } from './folder-printer.ts';
import { tourPatientScreens } from './kiosk-driver/patient-tour.ts';

/** The walkthrough's patient: painful, frequent grinding, no red flag (see shared/summary/sample-answers.ts). */
export const walkthroughAnswers = sampleCases.painful;

export interface WalkthroughResult {
  readonly outDir: string;
  readonly screenshots: readonly string[];
  readonly printedPdf: string | null;
  readonly assessmentText: string;
}

export async function runPreviewWalkthrough(options: {
  readonly rendererDir: string;
  readonly outDir: string;
  readonly logger: Logger;
}): Promise<WalkthroughResult> {
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  // A throwaway data folder: the walk leaves no settings, counts or logs in the preview's own.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-walkthrough-'));
  const printer = createFolderPrinter(options.outDir);
  const shell = await (async () => {
    await seedStaffPinHash(dataDir, await hashPin(String(Math.random()).slice(2, 10)));
    return startBrowserShell({
      rendererDir: options.rendererDir,
      dataDir,
      logger: options.logger,
      headless: true,
      preview: true,
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
      cups: printer,
      provisionFile: path.join(dataDir, 'no-provisioning.json'),
      initialSettings: { clinicName: 'Riverside Physical Therapy (preview)', printer: folderPrinterName, alertPrinter: folderPrinterName, printMode: 'auto' },
    });
  })();
  const screenshots: string[] = [];
  try {
    const { page } = shell;
    await tourPatientScreens(page, {
      language: 'en',
      mode: 'default',
      answers: walkthroughAnswers,
      visit: async (screen) => {
        // The kiosk prints by itself on the result screen: show it once the sheet is out.
        if (screen === 'result') await page.locator('[data-print-phase="done"], [data-print-phase="failed"]').waitFor({ timeout: 30_000 });
        const file = path.join(options.outDir, `${String(screenshots.length + 1).padStart(2, '0')}-${screen}.png`);
        await page.screenshot({ path: file, animations: 'disabled' });
        screenshots.push(file);
      },
    });
  } finally {
    await shell.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    outDir: options.outDir,
    screenshots,
    printedPdf: printer.printed[0] ?? null,
    assessmentText: formatAssessment(assessAnswers(walkthroughAnswers)),
  };
}

/** What the terminal shows after the walk: where everything is, the assessment, and how to see the real kiosk. */
export function describeWalkthrough(result: WalkthroughResult): string {
  const pngs = readdirSync(result.outDir).filter((name) => name.endsWith('.png'));
  return [
    'No display here, so Chromium ran headless and one made-up patient walked through the kiosk.',
    `Walkthrough folder: ${result.outDir}`,
    `  ${pngs.length} screenshots, one per screen (${pngs[0] ?? 'none'} ... ${pngs.at(-1) ?? 'none'})`,
    `  the printed sheet: ${result.printedPdf ? path.basename(result.printedPdf) : 'not printed (see the log)'}`,
    '',
    result.assessmentText,
    '',
    'To use the kiosk for real:',
    '  - on a machine with a display, run `npm start` (a Chromium window; `npm start -- --kiosk` for full screen);',
    '  - on a clinic kiosk, install the packaged app (docs/INSTALL.md).',
  ].join('\n');
}
