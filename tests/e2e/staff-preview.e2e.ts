/**
 * `npm start` without Electron (the browser preview, on a developer's machine) never offers a PIN
 * setup on screen: each run sets a one-time staff PIN in the preview's data folder and prints it.
 * Without a display, a made-up patient walks through the real kiosk: a screenshot per screen, the
 * printed sheet, the assessment in the terminal, and how to open the kiosk for real.
 */
import { test, expect } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinHashSchema, verifyPin } from '../../electron/core/staff/pin-hash.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

test('npm start without a display: a one-time staff PIN, no PIN setup, and a sample patient walked through every screen to a printed sheet', async () => {
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
    const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(exitCode, output).toBe(0);
    const pin = /Staff PIN for this preview run: (\d{6})/.exec(output)?.[1];
    expect(pin, output).toMatch(/^\d{6}$/);
    expect(output).toContain('preview on a developer machine');
    expect(output).not.toContain('could not start');
    const staff = JSON.parse(readFileSync(path.join(dataDir, 'staff.json'), 'utf8')) as { pinHash: string };
    expect(await verifyPin(pin ?? '', pinHashSchema.parse(staff.pinHash))).toBe(true);

    // The walkthrough: the folder is named in the terminal and holds a screenshot of every screen.
    const folder = /Walkthrough folder: (.+)/.exec(output)?.[1]?.trim();
    expect(folder, output).toBe(path.join(dataDir, 'walkthrough'));
    const files = readdirSync(folder ?? '').sort();
    const screens = files.filter((name) => name.endsWith('.png')).map((name) => name.replace(/^\d+-|\.png$/g, ''));
    expect(screens.slice(0, 2)).toEqual(['attract', 'privacy']);
    expect(screens.slice(-3)).toEqual(['review', 'result', 'thank-you']);
    expect(screens.filter((name) => name.startsWith('question-')).length).toBeGreaterThan(15);
    expect(screens).not.toContain('front-desk-alert');
    // The sheet the kiosk printed (to the walkthrough's folder printer), read back as a user would.
    const pdf = files.find((name) => name.endsWith('.pdf'));
    expect(pdf, files.join(', ')).toBeDefined();
    const text = execFileSync('pdftotext', ['-layout', path.join(folder ?? '', pdf ?? ''), '-'], { encoding: 'utf8' });
    expect(text).toContain('Riverside Physical Therapy (preview)');
    // The assessment in the terminal, and the way to the real kiosk.
    expect(output).toMatch(/Backtalk assessment \(rule set [^)]+\)/);
    expect(output).toMatch(/Level: discuss/);
    expect(output).toContain('npm start -- --kiosk');
    expect(output).toContain('docs/INSTALL.md');
  } finally {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});
