/**
 * The main log rotates: a kiosk runs for months, and one ever-growing file would fill its disk.
 * Real files in a temp folder, written through the same logger the shells use.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileLogger } from '../../../../electron/core/logging/logger.ts';

let logDir = '';
beforeEach(() => (logDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-mainlog-'))));
afterEach(() => rmSync(logDir, { recursive: true, force: true }));

const logFiles = () =>
  readdirSync(logDir)
    .filter((name) => name.endsWith('.log'))
    .sort();
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('main log', () => {
  it('keeps the lines logged before the file was open, in order', async () => {
    const { logger, ready, flush } = createFileLogger(logDir);
    logger.info({ n: 1 }, 'first');
    logger.warn({ n: 2 }, 'second');
    await ready;
    logger.info({ n: 3 }, 'third');
    flush();
    const lines = logFiles().flatMap((name) => readFileSync(path.join(logDir, name), 'utf8').trim().split('\n'));
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['first', 'second', 'third']);
  });

  it('rotates at its size limit and keeps only the newest files', async () => {
    const { logger, ready, flush } = createFileLogger(logDir, { maxFileSize: '20k', keepFiles: 3 });
    await ready;
    // ~150 bytes a line, 2,000 lines: about 300 KB, fifteen times the limit.
    for (let i = 0; i < 2000; i++) {
      logger.info({ channel: 'kiosk:get-config', attempt: i, code: 'ok' }, 'ipc call handled');
      // Let the asynchronous writes land, as they do between a kiosk's log lines.
      if (i % 50 === 0) await nextTick();
    }
    // pino-roll rolls once the stream has drained past the limit: let it settle.
    await vi.waitFor(() => expect(logFiles().length).toBeGreaterThanOrEqual(2), { timeout: 15_000 });
    flush();
    const files = logFiles();
    // The current file plus three kept; pino-roll deletes the rest.
    expect(files.length).toBeLessThanOrEqual(4);
    const total = files.reduce((sum, name) => sum + statSync(path.join(logDir, name)).size, 0);
    expect(total).toBeLessThan(150 * 1024);
    const newest = files.map((name) => readFileSync(path.join(logDir, name), 'utf8')).join('');
    expect(newest).toContain('"attempt":1999');
  });

  it('rotates with the kiosk defaults (10 MB a file) too', async () => {
    const { logger, ready, flush } = createFileLogger(logDir);
    await ready;
    const filler = 'x'.repeat(900);
    // ~1 KB a line, 14,000 lines: well past 10 MB.
    for (let i = 0; i < 14_000; i++) {
      logger.info({ code: 'ok', filler }, 'bulk');
      if (i % 200 === 0) await nextTick();
    }
    await vi.waitFor(() => expect(logFiles().length).toBeGreaterThanOrEqual(2), { timeout: 15_000 });
    flush();
    for (const name of logFiles()) expect(statSync(path.join(logDir, name)).size).toBeLessThan(12 * 1024 * 1024);
  }, 60_000);
});
