/**
 * The soak's figures. The soak runs in a fresh Node process (with --expose-gc), so the
 * main-process RSS it reports is the kiosk core's and the browser driver's alone, not the
 * bench runner's. `npm run bench -- --sessions N` or BACKTALK_SOAK_SESSIONS shortens it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type BenchFigure } from '../bench-figure.ts';
import { repoRoot } from '../bench-paths.ts';
import { countReturn, growthOf, soakReportSchema, type SoakReport, type SoakSample } from '../soak/soak-metrics.ts';
import { soakSessionCount } from '../soak/run-soak.ts';
import { kioskProcessEnv } from '../../scripts/kiosk-process-env.mjs';

const heapGrowthTargetMB = 5;
const rssGrowthTargetMB = 20;
const soakScript = fileURLToPath(new URL('../soak/run-soak.ts', import.meta.url));

async function runSoakProcess(sessions: number): Promise<SoakReport> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-bench-soak-'));
  const out = path.join(outDir, 'soak-report.json');
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', soakScript, '--sessions', String(sessions), '--out', out], {
        cwd: repoRoot,
        // As `npm start` runs the browser shell, so the RSS is the shipped process's.
        env: kioskProcessEnv(),
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the soak process exited with code ${code}`))));
    });
    return soakReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Turns a soak report into figures; exported for the tests. */
export function soakFigures(report: SoakReport): BenchFigure[] {
  const heap = growthOf(report.samples, (sample) => sample.heapMB);
  const rss = growthOf(report.samples, (sample) => sample.rssMB);
  const nodeHeap = growthOf(report.samples, (sample) => sample.nodeHeapMB);
  // The app's own nodes; Memory.getDOMCounters' total (in the note) also counts the test driver's Attr nodes.
  const appNodes = (sample: SoakSample) => sample.documentNodes + sample.detachedNodes;
  const nodes = countReturn(report.samples, appNodes);
  const allNodes = countReturn(report.samples, (sample) => sample.domNodes);
  const lastSample = report.samples.reduce((last, sample) => (sample.session > last.session ? sample : last));
  const listeners = countReturn(report.samples, (sample) => sample.eventListeners);
  const window =
    heap.window === 1
      ? `session ${heap.firstSession} vs the last`
      : `median of sessions ${heap.firstSession}-${heap.firstSession + heap.window - 1} vs the last ${heap.window}`;
  const sessions = report.samples.filter((sample) => sample.session >= 1);
  const byPath = new Map<string, number>();
  for (const sample of sessions) byPath.set(sample.path, (byPath.get(sample.path) ?? 0) + 1);
  const durations = sessions.filter((sample) => sample.ok && sample.path !== 'idle-reset').map((sample) => sample.durationMs);
  return [
    {
      figure: `soak: renderer heap growth, session ${heap.firstSession} → ${heap.lastSession}`,
      unit: 'MB',
      target: `<= ${heapGrowthTargetMB}`,
      value: round(heap.growth),
      min: round(Math.min(...sessions.map((s) => s.heapMB))),
      max: round(Math.max(...sessions.map((s) => s.heapMB))),
      pass: heap.growth <= heapGrowthTargetMB,
      note: `JS heap after forced GC, ${window}; slope ${round(heap.slopePerSession * 1024, 1)} KB/session; range = heap over all sessions`,
    },
    {
      figure: 'soak: DOM nodes back to baseline',
      unit: 'nodes',
      target: `<= ${nodes.baseline} (before session 1)`,
      value: nodes.final,
      min: Math.min(...report.samples.map(appNodes)),
      max: nodes.max,
      pass: nodes.back,
      note:
        `nodes in the document (DOM.getDocument) plus nodes in detached trees still held (DOM.getDetachedDomNodes; ${lastSample.detachedNodes} after the last session), ` +
        `on the attract screen after forced GC; Memory.getDOMCounters went ${allNodes.baseline} → ${allNodes.final}, ` +
        'which also counts the Attr nodes Playwright makes when it previews an element for its action log',
    },
    {
      figure: 'soak: event listeners back to baseline',
      unit: 'listeners',
      target: `<= ${listeners.baseline} (before session 1)`,
      value: listeners.final,
      min: Math.min(...report.samples.map((s) => s.eventListeners)),
      max: listeners.max,
      pass: listeners.back,
      note: 'JS event listeners (Memory.getDOMCounters) on the attract screen after the last session',
    },
    {
      figure: `soak: main-process RSS growth, session ${rss.firstSession} → ${rss.lastSession}`,
      unit: 'MB',
      target: `<= ${rssGrowthTargetMB}`,
      value: round(rss.growth),
      min: round(Math.min(...sessions.map((s) => s.rssMB))),
      max: round(Math.max(...sessions.map((s) => s.rssMB))),
      pass: rss.growth <= rssGrowthTargetMB,
      note:
        `Node process (core + browser driver) RSS after gc(), ${window}; slope ${round(rss.slopePerSession * 1024, 1)} KB/session; ` +
        `its JS heap grew ${round(nodeHeap.growth)} MB; started with scripts/kiosk-process-env.mjs, as npm start starts the browser shell`,
    },
    {
      figure: 'soak: failed sessions',
      unit: 'sessions',
      target: '0',
      value: report.failures.length,
      pass: report.failures.length === 0,
      note:
        `${report.sessions} sessions (${[...byPath].map(([name, count]) => `${count} ${name}`).join(', ')}), ` +
        `${report.printed} printed and deleted, ${report.languageSwitches} language switches, ` +
        `${report.errorLogLines} error log lines, ${report.rendererRecoveries} renderer recoveries, median session ${durations.length ? round(median(durations) / 1000, 1) : '-'} s, ` +
        `wall ${round(report.wallMs / 60_000, 1)} min` +
        (report.failures.length ? `; first failure: session ${report.failures[0]?.session} (${report.failures[0]?.path}): ${report.failures[0]?.error}` : ''),
    },
  ];
}

export async function measureSoak(): Promise<BenchFigure[]> {
  const sessions = soakSessionCount(process.argv.slice(2), process.env);
  return soakFigures(await runSoakProcess(sessions));
}
