/**
 * `npm run screenshots`: builds the renderer privately, walks every patient screen through the
 * real browser shell and writes PNGs to docs/screenshots/<layout>/<language>-<mode>-<nn>-<screen>.png
 * for both languages, portrait and landscape (and the small 1280×800 landscape in the default
 * mode), in each display mode. After a red flag the "Staff needed" band is on every later screen;
 * one more walk per layout and language shows the urgent slip failing (an alert printer that does
 * not exist): the alert's "wave to staff" message and the band's. PNGs are reduced to a 64-colour palette with ImageMagick when it
 * is installed, so the folder stays small enough to keep in git.
 *
 *   npm run screenshots [-- --no-build] [-- --renderer <dir>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { languages } from '../shared/questionnaire/questionnaire-types.ts';
import { createFolderPrinter, folderPrinterName } from '../electron/browser-shell/folder-printer.ts';
import { startPatientShell } from '../electron/browser-shell/kiosk-driver/patient-shell.ts';
import { displayModeNames, type DisplayModeName } from '../electron/browser-shell/kiosk-driver/kiosk-driver.ts';
import { tourPatientScreens } from '../electron/browser-shell/kiosk-driver/patient-tour.ts';
import { buildRenderer } from './renderer-build.ts';
import { shrinkPng } from './shrink-png.ts';

const outRoot = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const idleSeconds = 30;
const layouts = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 }, modes: displayModeNames },
  { name: 'landscape', viewport: { width: 1920, height: 1080 }, modes: displayModeNames },
  { name: 'small-landscape', viewport: { width: 1280, height: 800 }, modes: ['default', 'largest-text'] as const },
] as const;
/** One of each kind of question, plus a safety question; the tests cover every question. */
const questions = [
  'where',
  'triggers',
  'frequency',
  'hurts',
  'pain-score',
  'hypermobility-hands-floor',
  'safety-urine-retention',
  'safety-weakness-walking',
  'risk-onset-age',
];

function hasImageMagick(): boolean {
  try {
    execFileSync('convert', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const given = args.includes('--renderer') ? args[args.indexOf('--renderer') + 1] : undefined;
  const rendererDir = given ?? path.join(os.tmpdir(), 'backtalk-screenshots-renderer');
  if (!given && !args.includes('--no-build')) await buildRenderer(rendererDir);
  if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error(`No built renderer in ${rendererDir}`);
  const shrink = hasImageMagick();

  let count = 0;
  for (const layout of layouts) {
    // Only the PNG folders are rewritten; docs/screenshots/README.md (the index) stays.
    const dir = path.join(outRoot, layout.name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // The printer is a folder (as in the headless walkthrough): the urgent slip after the tour's
    // red flag prints, whatever printers this machine has, and the band shows the usual state.
    const printed = mkdtempSync(path.join(os.tmpdir(), 'backtalk-screenshots-printed-'));
    const { shell, close } = await startPatientShell({
      rendererDir,
      viewport: layout.viewport,
      cups: createFolderPrinter(printed),
      reducedMotion: 'reduce',
      settings: { idleSeconds, idleCountdownSeconds: 20, thankYouSeconds: 60, printer: folderPrinterName, alertPrinter: folderPrinterName },
    });
    try {
      const { page } = shell;
      await page.clock.install();
      await shell.reload();
      // Each tour raises a red flag, and its "Staff needed" band stays until staff acknowledge
      // (across sessions): staff acknowledge before each tour, so every tour starts as a patient finds it.
      const acknowledgeAlerts = async () => {
        const { alerts } = shell.core;
        alerts.acknowledge(alerts.list().map((alert) => alert.alertId));
        await shell.reload();
      };
      for (const language of languages) {
        for (const mode of layout.modes as readonly DisplayModeName[]) {
          let index = 0;
          await acknowledgeAlerts();
          await tourPatientScreens(page, {
            language,
            mode,
            questions,
            idleSeconds,
            visit: async (screen) => {
              index += 1;
              const file = path.join(dir, `${language}-${mode}-${String(index).padStart(2, '0')}-${screen}.png`);
              await page.screenshot({ path: file, animations: 'disabled' });
              if (shrink) shrinkPng(file);
              count += 1;
            },
          });
        }
      }
      // The urgent slip failing: the alert printer is a queue that does not exist.
      await shell.core.settings.update({ alertPrinter: 'NoSuchAlertQueue' });
      await shell.reload();
      for (const language of languages) {
        await acknowledgeAlerts();
        await tourPatientScreens(page, {
          language,
          mode: 'default',
          questions: [],
          visit: async (screen) => {
            if (screen !== 'front-desk-alert' && screen !== 'review') return;
            await page.getByTestId(screen === 'review' ? 'slip-failed' : 'alert-slip-failed').waitFor();
            const file = path.join(dir, `${language}-default-slip-failed-${screen}.png`);
            await page.screenshot({ path: file, animations: 'disabled' });
            if (shrink) shrinkPng(file);
            count += 1;
          },
        });
      }
    } finally {
      await close();
      rmSync(printed, { recursive: true, force: true });
    }
  }
  const megabytes = folderBytes(outRoot) / 1024 / 1024;
  process.stdout.write(`Wrote ${count} screenshots to ${path.relative(process.cwd(), outRoot)} (${megabytes.toFixed(1)} MB).\n`);
}

await main();
