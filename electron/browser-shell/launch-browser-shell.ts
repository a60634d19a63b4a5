/**
 * `npm start` where no Electron binary exists: the kiosk in Chromium, clearly marked as a preview.
 * Headed when a display exists. Without one (or with --headless) there is no kiosk to look at,
 * so a made-up patient walks through it instead (preview-walkthrough.ts) and the launcher exits;
 * `--serve` keeps a headless kiosk running instead (for scripts that drive it).
 *
 *   node dist/node/launch-browser-shell.mjs [--headless] [--serve] [--kiosk] [--data-dir DIR] [--renderer-dir DIR]
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createFileLogger } from '../core/logging/logger.ts';
import { firstScreenSelector, startBrowserShell } from './browser-shell.ts';
import { describeWalkthrough, runPreviewWalkthrough } from './preview-walkthrough.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      kiosk: { type: 'boolean', default: false },
      serve: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
  });
  const headless = values.headless || (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']);
  const dataDir = values['data-dir'] ?? path.join(os.homedir(), '.config', 'Backtalk Preview');
  const rendererDir = values['renderer-dir'] ?? path.resolve(here, '..', 'renderer');
  const { logger, flush } = createFileLogger(path.join(dataDir, 'logs'));

  if (headless && !values.serve) {
    const result = await runPreviewWalkthrough({ rendererDir, outDir: path.join(dataDir, 'walkthrough'), logger });
    console.log(describeWalkthrough(result));
    flush();
    process.exit(result.printedPdf && result.screenshots.length > 0 ? 0 : 1);
  }

  const shell = await startBrowserShell({
    rendererDir,
    dataDir,
    logger,
    headless,
    preview: true,
    viewport: headless ? { width: 1920, height: 1080 } : undefined,
    extraArgs: headless ? [] : values.kiosk ? ['--kiosk', '--start-fullscreen'] : ['--start-maximized'],
    // Crashed or hung pages are recovered inside the shell (renderer-watchdog.ts); when they keep
    // failing, exit non-zero so the systemd unit (Restart=always) starts a clean browser.
    onRendererGiveUp: () => {
      logger.error({ shell: 'browser' }, 'renderer keeps failing; exiting for a clean restart');
      flush();
      process.exit(75);
    },
  });
  logger.info({ shell: 'browser', headless }, 'kiosk started');
  await shell.page.locator(firstScreenSelector).first().waitFor({ timeout: 15_000 });
  console.log(`Backtalk preview is running (${headless ? 'headless' : 'in a Chromium window'}). Data folder: ${dataDir}`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await shell.close();
    flush();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  shell.browser.on('disconnected', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Backtalk preview could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
