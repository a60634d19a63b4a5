/**
 * Cold start of the browser shell: a fresh Node process runs the built launcher
 * (`node dist/node/launch-browser-shell.mjs --headless --serve`) with a fresh data folder (holding only the
 * staff PIN, as a kiosk in service has), and the clock
 * stops when it reports the attract screen's "Touch to start" button visible. That is what a
 * clinic waits for after a reboot or a crash. Compared with a Chromium cold start to an empty
 * page, measured the same way in the same run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashPin } from '../../electron/core/staff/pin-hash.ts';
import { seedStaffPinHash } from '../../electron/core/staff/staff-state-store.ts';
import { kioskProcessEnv } from '../../scripts/kiosk-process-env.mjs';
import { judgedByRatio, median, type BenchFigure } from '../bench-figure.ts';
import { referenceTarget } from '../reference-machine.ts';
import { nodeDir, rendererDir, repoRoot } from '../bench-paths.ts';
import { timeToOutput } from '../browser/time-to-output.ts';
import { timeChromiumColdStart } from './baseline-figures.ts';

const runs = 5;
const targetMs = 3_000;
// The kiosk starts its core and draws its first screen on top of what Chromium needs anyway.
const target = referenceTarget(targetMs, 'chromiumColdStart');
// launch-browser-shell prints this once the attract screen's start button is visible.
const readyLine = /Backtalk preview is running/;

export async function measureColdStart(): Promise<BenchFigure[]> {
  const launcher = path.join(nodeDir, 'launch-browser-shell.mjs');
  if (!existsSync(launcher)) throw new Error(`${launcher} is missing. Run: npm run build`);
  // A kiosk in service: staff set their PIN at first start (hashed once, outside the timing).
  const pinHash = await hashPin('2468');
  const samples: number[] = [];
  const chromiumSamples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // Chromium's own cold start right before each kiosk start, so both meet the same machine.
    chromiumSamples.push(Math.round(await timeChromiumColdStart()));
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-bench-cold-'));
    try {
      await seedStaffPinHash(dataDir, pinHash);
      const ms = await timeToOutput({
        command: process.execPath,
        args: [launcher, '--headless', '--serve', '--data-dir', dataDir, '--renderer-dir', rendererDir],
        ready: readyLine,
        cwd: repoRoot,
        env: kioskProcessEnv(),
      });
      samples.push(Math.round(ms));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const value = median(samples);
  return [
    judgedByRatio(
      {
        figure: 'cold start: browser shell to attract screen',
        unit: 'ms',
        value,
        min: Math.min(...samples),
        max: Math.max(...samples),
        note: `median of ${runs}, each right after a Chromium cold start; fresh Node process → core + Chromium + renderer → "Touch to start" visible`,
      },
      { name: 'Chromium cold start to an empty page', value: median(chromiumSamples) },
      target,
    ),
  ];
}
