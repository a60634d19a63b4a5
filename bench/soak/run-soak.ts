/**
 * The soak: complete kiosk sessions back to back through the browser shell (real core, real
 * Chromium, real CUPS printing to a cups-pdf queue, each PDF deleted once it lands), measuring
 * memory on the attract screen after each one. Run in a fresh Node process with --expose-gc so
 * the main process's RSS is its own:
 *
 *   node --expose-gc --import tsx bench/soak/run-soak.ts [--sessions N] [--out report.json] [--svg chart.svg] [--heap-snapshots DIR]
 *
 * N defaults to BACKTALK_SOAK_SESSIONS, else 300. The report (samples, failures) goes to --out;
 * the chart to --svg (default bench/soak.svg). Progress goes to stderr. --heap-snapshots writes
 * the renderer's heap after session 10 and after the last one, for DevTools' Comparison view
 * when the heap figure misses (the soak's answers are test answers, never a patient's).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { z } from 'zod';
import { startBrowserShell, type BrowserShell } from '../../electron/browser-shell/browser-shell.ts';
import { createStreamLogger } from '../../electron/core/logging/logger.ts';
import { hashPin } from '../../electron/core/staff/pin-hash.ts';
import { seedStaffPinHash } from '../../electron/core/staff/staff-state-store.ts';
import { cancelAllJobs, ensureTestQueue, removePrintedPdf, waitForPrintedPdf } from '../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { benchPrinter, rendererDir } from '../bench-paths.ts';
import { countAppNodes } from './app-node-count.ts';
import { takeHeapSnapshot } from './heap-snapshot-diff.ts';
import { renderSoakChartSvg } from './soak-chart.ts';
import { SoakDriver } from './soak-driver.ts';
import { growthFromSession, type SoakFailure, type SoakReport, type SoakSample } from './soak-metrics.ts';
import { planSession } from './soak-plan.ts';

export const defaultSoakSessions = 300;
const defaultChartPath = fileURLToPath(new URL('../soak.svg', import.meta.url));
const megabyte = 1024 * 1024;
const benchStaffPin = '2468';
// The shortest waits the settings allow, so idle resets and countdowns cost seconds, not minutes.
const soakTimes = { idleSeconds: 15, idleCountdownSeconds: 5, thankYouSeconds: 5 } as const;

/** --sessions, else BACKTALK_SOAK_SESSIONS, else 300; anything else is a clear error. */
export function soakSessionCount(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const { values } = parseArgs({ args: [...argv], options: { sessions: { type: 'string' } }, strict: false, allowPositionals: true });
  const raw = typeof values.sessions === 'string' ? values.sessions : (env['BACKTALK_SOAK_SESSIONS'] ?? String(defaultSoakSessions));
  const parsed = z.coerce.number().int().min(1).max(100_000).safeParse(raw);
  if (!parsed.success) throw new Error(`The soak's session count must be a whole number from 1 to 100000, got "${raw}".`);
  return parsed.data;
}

const cdpHeapUsage = z.object({ usedSize: z.number() });
const logEntrySchema = z.object({ level: z.number().optional(), msg: z.string().optional(), jobId: z.string().optional() });

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
const cdpDomCounters = z.object({ documents: z.number(), nodes: z.number(), jsEventListeners: z.number() });

/** Node's gc(), available when started with --expose-gc. */
function nodeGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

async function measure(shell: BrowserShell, cdp: CDPSession): Promise<Omit<SoakSample, 'session' | 'path' | 'ok' | 'durationMs'>> {
  // Let the reset's effects (storage wipe, unmounts) finish: two frames on the attract screen.
  await shell.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = cdpHeapUsage.parse(await cdp.send('Runtime.getHeapUsage'));
  const counters = cdpDomCounters.parse(await cdp.send('Memory.getDOMCounters'));
  const appNodes = await countAppNodes(cdp);
  nodeGc();
  nodeGc();
  const node = process.memoryUsage();
  const mb = (bytes: number) => Math.round((bytes / megabyte) * 1000) / 1000;
  return {
    heapMB: mb(heap.usedSize),
    domNodes: counters.nodes,
    ...appNodes,
    eventListeners: counters.jsEventListeners,
    documents: counters.documents,
    rssMB: mb(node.rss),
    nodeHeapMB: mb(node.heapUsed),
  };
}

export async function runSoak(sessions: number, progress: (line: string) => void, options: { heapSnapshotDir?: string } = {}): Promise<SoakReport> {
  ensureTestQueue();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-soak-'));
  // A kiosk in service: staff set their PIN at first start, so the patient flow shows.
  await seedStaffPinHash(dataDir, await hashPin(benchStaffPin));
  // The log is read for job ids (to delete each PDF) and error lines; nothing is kept.
  let lastJobId: string | null = null;
  let errorLogLines = 0;
  const logStream = new PassThrough();
  let partialLine = '';
  logStream.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partialLine + chunk).split('\n');
    partialLine = lines.pop() ?? '';
    for (const line of lines) {
      const entry = logEntrySchema.safeParse(safeJson(line));
      if (!entry.success) continue;
      if (entry.data.msg === 'print job submitted' && entry.data.jobId) lastJobId = entry.data.jobId;
      if ((entry.data.level ?? 0) >= 50) errorLogLines += 1;
    }
  });
  const shell = await startBrowserShell({
    rendererDir,
    dataDir,
    headless: true,
    logger: createStreamLogger(logStream, 'info'),
    extraArgs: ['--js-flags=--expose-gc'],
    // A heap snapshot stalls the renderer for seconds; the hang watchdog must not take that for a hang.
    ...(options.heapSnapshotDir ? { hangTimeoutMs: 600_000 } : {}),
    initialSettings: { clinicName: 'Riverside Physical Therapy', clinicPhone: '555-0134', printer: benchPrinter, printMode: 'auto', ...soakTimes },
  });
  const started = performance.now();
  const samples: SoakSample[] = [];
  const failures: SoakFailure[] = [];
  let printed = 0;
  let languageSwitches = 0;
  let rendererRecoveries = 0;
  try {
    // One CDP session per kiosk page (the shell replaces the page after a renderer crash).
    let cdpPage = shell.page;
    let cdpSession = await shell.context.newCDPSession(cdpPage);
    const cdp = async (): Promise<CDPSession> => {
      if (shell.page !== cdpPage) {
        cdpPage = shell.page;
        cdpSession = await shell.context.newCDPSession(cdpPage);
      }
      return cdpSession;
    };
    const recoveries = () => shell.core.counters.today().rendererRecoveries;
    const driver = new SoakDriver(() => shell.page, soakTimes, benchStaffPin);
    await driver.waitForScreen('attract');
    samples.push({ session: 0, path: 'none', ok: true, durationMs: 0, ...(await measure(shell, await cdp())) });
    for (let session = 1; session <= sessions; session += 1) {
      const plan = planSession(session);
      const sessionStart = performance.now();
      lastJobId = null;
      const recoveriesBefore = recoveries();
      let ok = true;
      try {
        const outcome = await driver.run(plan);
        // The shell's watchdog replaced a crashed or hung renderer: the patient lost the session.
        if (recoveries() > recoveriesBefore) throw new Error('The renderer crashed or hung and the shell recovered it');
        languageSwitches += outcome.languageSwitches;
        if (outcome.printed) {
          const jobId = lastJobId as string | null; // set by the log listener while the driver ran
          if (!jobId) throw new Error('The kiosk said it printed, but no print job was submitted');
          removePrintedPdf(await waitForPrintedPdf(jobId));
          printed += 1;
        }
      } catch (error) {
        ok = false;
        const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
        failures.push({ session, path: plan.path, error: message });
        progress(`session ${session} (${plan.path}) FAILED: ${message}`);
        // A job may still have printed; its PDF is removed like any other, and nothing stays queued.
        const jobId = lastJobId as string | null; // set by the log listener while the driver ran
        if (jobId) await waitForPrintedPdf(jobId, 5_000).then(removePrintedPdf, () => undefined);
        cancelAllJobs();
        await shell.reload();
      }
      const sample: SoakSample = {
        session,
        path: plan.path,
        ok,
        durationMs: Math.round(performance.now() - sessionStart),
        ...(await measure(shell, await cdp())),
      };
      samples.push(sample);
      if (options.heapSnapshotDir && (session === growthFromSession || session === sessions)) {
        writeFileSync(path.join(options.heapSnapshotDir, `soak-session-${session}.heapsnapshot`), await takeHeapSnapshot(await cdp()));
      }
      if (session % 10 === 0 || session === sessions) {
        progress(
          `soak ${session}/${sessions}: heap ${sample.heapMB.toFixed(2)} MB, DOM nodes ${sample.documentNodes} + ${sample.detachedNodes} detached (${sample.domNodes} in all), listeners ${sample.eventListeners}, RSS ${sample.rssMB.toFixed(1)} MB, failed ${failures.length}`,
        );
      }
    }
    rendererRecoveries = shell.core.counters.today().rendererRecoveries;
  } finally {
    await shell.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    sessions,
    printed,
    languageSwitches,
    wallMs: Math.round(performance.now() - started),
    samples,
    failures,
    errorLogLines,
    rendererRecoveries,
  };
}

export function soakChart(report: SoakReport): string {
  const sessions = report.samples.filter((sample) => sample.session >= 1);
  return renderSoakChartSvg({
    title: `Backtalk soak: ${report.sessions} sessions, ${report.failures.length} failed`,
    panels: [
      { title: 'Renderer JS heap after forced GC', unit: 'MB', color: '#1f77b4', points: sessions.map((s) => [s.session, s.heapMB] as const) },
      { title: 'Main-process (Node) RSS after gc()', unit: 'MB', color: '#ff7f0e', points: sessions.map((s) => [s.session, s.rssMB] as const) },
    ],
    markerX: { x: growthFromSession, label: `growth measured from session ${growthFromSession}` },
    failedX: report.failures.map((failure) => failure.session),
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sessions: { type: 'string' }, out: { type: 'string' }, svg: { type: 'string' }, 'heap-snapshots': { type: 'string' } },
    strict: true,
  });
  const sessions = soakSessionCount(process.argv.slice(2), process.env);
  const heapSnapshotDir = values['heap-snapshots'];
  if (heapSnapshotDir) mkdirSync(heapSnapshotDir, { recursive: true });
  const report = await runSoak(sessions, (line) => process.stderr.write(`${line}\n`), { heapSnapshotDir });
  writeFileSync(values.svg ?? defaultChartPath, soakChart(report));
  const json = `${JSON.stringify(report)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`The soak could not run: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
