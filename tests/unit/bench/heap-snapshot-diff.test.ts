/** The heap diff reads real V8 heap snapshots and finds what was left behind between them. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';
import { diffHeapGroups, groupHeapSnapshot, takeHeapSnapshot } from '../../../bench/soak/heap-snapshot-diff.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'heap-diff-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A small Node process writes a snapshot, leaks 1,000 objects of a named class, writes another.
const leaker = `
const v8 = require('node:v8');
class LeftBehindAfterReset { constructor(i) { this.i = i; } }
const kept = [];
v8.writeHeapSnapshot(process.argv[1]);
for (let i = 0; i < 1000; i++) kept.push(new LeftBehindAfterReset(i));
v8.writeHeapSnapshot(process.argv[2]);
globalThis.kept = kept;
`;

describe('heap-snapshot-diff', () => {
  it('finds the leaked objects by constructor, with their count', () => {
    const before = path.join(dir, 'before.heapsnapshot');
    const after = path.join(dir, 'after.heapsnapshot');
    execFileSync(process.execPath, ['-e', leaker, before, after]);
    const deltas = diffHeapGroups(groupHeapSnapshot(JSON.parse(readFileSync(before, 'utf8'))), groupHeapSnapshot(JSON.parse(readFileSync(after, 'utf8'))));
    const leaked = deltas.find((delta) => delta.group === 'object LeftBehindAfterReset');
    expect(leaked?.countDelta).toBe(1000);
    expect(leaked?.sizeDelta).toBeGreaterThan(1000 * 12);
  });

  it("groups Chromium's own objects by class, elements by tag: the Attr nodes that reading attributes makes", async () => {
    const browser = await launchHeadlessChromium();
    try {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await page.setContent('<main class="app" data-screen="attract"><p>Welcome</p></main>');
      const snapshot = async () => groupHeapSnapshot(JSON.parse(await takeHeapSnapshot(cdp)));
      const before = await snapshot();
      await page.evaluate(() => {
        (window as { kept?: unknown }).kept = [...(document.querySelector('main') as Element).attributes];
        document.body.append(document.createElement('aside'));
      });
      const deltas = diffHeapGroups(before, await snapshot());
      expect(deltas.find((delta) => delta.group === 'native Attr')?.countDelta).toBe(2);
      expect(deltas.find((delta) => delta.group === 'native <aside>')?.countDelta).toBe(1);
    } finally {
      await browser.close();
    }
  });

  it('refuses a file that is not a heap snapshot', () => {
    expect(() => groupHeapSnapshot({ figures: [] })).toThrow();
  });
});
