/**
 * `npm run screenshots` shrinks each PNG for the repository. The same screen must give the same
 * bytes on every run, or every run rewrites all 332 committed pictures though none changed
 * (ImageMagick stamps a time chunk by default).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { shrinkPng } from '../../../scripts/shrink-png.ts';

it('shrinks a screenshot to the same bytes a second later', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-png-'));
  try {
    const source = path.join(import.meta.dirname, '../../../docs/screenshots/landscape/en-default-01-attract.png');
    const [first, second] = [path.join(dir, 'first.png'), path.join(dir, 'second.png')];
    copyFileSync(source, first);
    copyFileSync(source, second);
    shrinkPng(first);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    shrinkPng(second);
    const bytes = readFileSync(first);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.includes(Buffer.from('tIME')), 'no time chunk').toBe(false);
    expect(bytes.equals(readFileSync(second))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
