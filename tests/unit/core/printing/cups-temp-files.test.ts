/**
 * Following a print job leaves no file behind. ipptool reads its request from a file; the kiosk
 * used to write one into a fresh `backtalk-ipp-*` temp folder per process and never removed it,
 * so every start (and every restart after a crash) left a folder. Each child here is one start
 * that follows a real job on this helper's CUPS queue, with its own TMPDIR to count what is left.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCupsClient } from '../../../../electron/core/printing/cups-client.ts';
import { tinyPdf, waitFor } from './cups-unit-queue.ts';

const printer = process.env['BACKTALK_TEST_PRINTER'] ?? 'KioskPDF';
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));
const child = fileURLToPath(new URL('./job-state-child.ts', import.meta.url));
const starts = 3;

describe.runIf(process.platform === 'linux')('CUPS job follow-up leaves no temp files', () => {
  let tmp: string;
  let jobId: string;
  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'backtalk-tmpdir-'));
    const cups = createCupsClient();
    ({ jobId } = await cups.submit(tinyPdf(), { printer, title: 'backtalk temp-file test' }));
    await waitFor(async () => (await cups.jobState(jobId)) === 'completed', 60_000);
  }, 90_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it(`${starts} starts that each follow a job leave the temp folder as they found it`, () => {
    for (let start = 0; start < starts; start++) {
      const state = execFileSync(tsx, [child, jobId], { env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8' }).trim();
      // The job is really followed (through ipptool), not skipped.
      expect(state).toBe('completed');
    }
    // tsx keeps its own compile cache there (tsx-0); everything else would be ours.
    expect(readdirSync(tmp).filter((entry) => !entry.startsWith('tsx-'))).toEqual([]);
  }, 120_000);
});
