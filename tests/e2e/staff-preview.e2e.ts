/**
 * `npm start` without Electron (the browser preview, on a developer's machine) never offers a PIN
 * setup on screen: each run sets a one-time staff PIN in the preview's data folder and prints it.
 */
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinHashSchema, verifyPin } from '../../electron/core/staff/pin-hash.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

test('npm start (browser preview) prints a one-time staff PIN that the preview kiosk accepts, and shows no PIN setup', async () => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-preview-'));
  // No Electron binary can be had here (no download), so npm start takes the preview path.
  const child = spawn(process.execPath, ['scripts/start.mjs', '--headless', '--data-dir', dataDir], {
    cwd: repoRoot,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', BACKTALK_PROVISION_FILE: path.join(dataDir, 'none.json') },
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect.poll(() => output, { timeout: 280_000, intervals: [1000] }).toMatch(/Backtalk preview is running/);
    const pin = /Staff PIN for this preview run: (\d{6})/.exec(output)?.[1];
    expect(pin, output).toMatch(/^\d{6}$/);
    expect(output).toContain('preview on a developer machine');
    // The attract screen came up (the launcher waits for it or the locked screen; this is the attract one).
    expect(output).not.toContain('could not start');
    const staff = JSON.parse(readFileSync(path.join(dataDir, 'staff.json'), 'utf8')) as { pinHash: string };
    expect(await verifyPin(pin ?? '', pinHashSchema.parse(staff.pinHash))).toBe(true);
  } finally {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});
