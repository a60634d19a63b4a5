/**
 * Baselines measured in the same run as the kiosk's figures, so machine-dependent timings can be
 * read as ratios: an empty page and a bare React 19 page loaded in the same Chromium, with the
 * same flags, served the same way (request interception, same headers), timed the same way
 * (time-to-interactive.ts); and a Chromium cold launch to an empty page from a fresh Node process.
 *
 * Other figure modules call `measureBaselines()`; it measures once per run and caches the result.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutable, launchHeadlessChromium } from '../../electron/browser-shell/chromium.ts';
import { median, type BenchFigure } from '../bench-figure.ts';
import { buildBareReactPage } from '../browser/bare-react-page.ts';
import { serveDirectory } from '../browser/serve-directory.ts';
import { installInteractiveProbe, navigateAndTimeInteractive } from '../browser/time-to-interactive.ts';
import { timeToOutput } from '../browser/time-to-output.ts';

/** One baseline: the median and spread of its runs, in ms. */
export interface BaselineTiming {
  /** How the baseline is named beside a ratio, e.g. "empty page". */
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export interface Baselines {
  /** Navigation start → the button of an empty HTML page painted. */
  readonly emptyPage: BaselineTiming;
  /** Navigation start → the button of a bare React 19 page (createRoot, one component) painted. */
  readonly bareReactPage: BaselineTiming;
  /** Fresh Node process → Chromium launched → an empty page's button visible. */
  readonly chromiumColdStart: BaselineTiming;
}

const pageRuns = 15;
const pageWarmups = 3;
const coldStartRuns = 5;
const emptyPageDir = fileURLToPath(new URL('../baseline/empty-page', import.meta.url));
const launchEmptyPageScript = fileURLToPath(new URL('../baseline/launch-empty-page.mjs', import.meta.url));
const emptyPageOrigin = 'https://empty-page.bench.invalid';
const bareReactOrigin = 'https://bare-react.bench.invalid';

function timing(name: string, samples: readonly number[]): BaselineTiming {
  return { name, value: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}

async function measurePageBaselines(): Promise<Pick<Baselines, 'emptyPage' | 'bareReactPage'>> {
  const bareReactDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-bench-bare-react-'));
  const browser = await launchHeadlessChromium();
  try {
    await buildBareReactPage(bareReactDir);
    // The same context options as the browser shell's kiosk context.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block', hasTouch: true, locale: 'en-US' });
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    await serveDirectory(context, emptyPageOrigin, emptyPageDir);
    await serveDirectory(context, bareReactOrigin, bareReactDir);
    const page = await context.newPage();
    await installInteractiveProbe(page, 'button');
    const empty: number[] = [];
    const react: number[] = [];
    for (let run = 0; run < pageWarmups + pageRuns; run += 1) {
      // Interleaved, so a busy moment on the machine lands on both.
      const emptyMs = await navigateAndTimeInteractive(page, `${emptyPageOrigin}/`);
      const reactMs = await navigateAndTimeInteractive(page, `${bareReactOrigin}/`);
      if (run < pageWarmups) continue;
      empty.push(emptyMs);
      react.push(reactMs);
    }
    return { emptyPage: timing('empty page', empty), bareReactPage: timing('bare React page', react) };
  } finally {
    await browser.close();
    rmSync(bareReactDir, { recursive: true, force: true });
  }
}

/** One Chromium cold start: a fresh Node process launches Chromium and shows an empty page's button (ms). */
export function timeChromiumColdStart(): Promise<number> {
  return timeToOutput({
    command: process.execPath,
    args: [launchEmptyPageScript, chromiumExecutable(true), JSON.stringify(chromiumArgs)],
    ready: /^ready$/m,
  });
}

async function measureChromiumColdStart(): Promise<BaselineTiming> {
  const samples: number[] = [];
  for (let run = 0; run < coldStartRuns; run += 1) samples.push(Math.round(await timeChromiumColdStart()));
  return timing('Chromium cold start to an empty page', samples);
}

let cached: Promise<Baselines> | null = null;

/** The run's baselines, measured on first use and shared by every figure module. */
export function measureBaselines(): Promise<Baselines> {
  cached ??= (async () => ({ ...(await measurePageBaselines()), chromiumColdStart: await measureChromiumColdStart() }))();
  return cached;
}

/** The baselines as figures of their own: no target, they are the yardstick. */
export async function measureBaselineFigures(): Promise<BenchFigure[]> {
  const baselines = await measureBaselines();
  const figure = (name: string, b: BaselineTiming, note: string): BenchFigure => ({
    figure: name,
    unit: 'ms',
    target: 'baseline',
    value: b.value,
    min: b.min,
    max: b.max,
    pass: true,
    note: `median of ${b.runs}; ${note}`,
  });
  return [
    figure('baseline: empty page interactive', baselines.emptyPage, 'navigation start → button painted, same Chromium and serving as the kiosk'),
    figure('baseline: bare React page interactive', baselines.bareReactPage, 'React 19 createRoot + one button, Vite production build'),
    figure('baseline: Chromium cold start', baselines.chromiumColdStart, 'fresh Node process → Chromium → empty page button visible'),
  ];
}
