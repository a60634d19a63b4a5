/**
 * The privacy test's sentinel search: a sentinel must be found however a file holds it, or
 * "0 found" proves nothing. Real files in a temp folder; the PDF is one of the committed sample printouts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sentinelsIn } from '../../e2e/support/find-sentinels.ts';

const sentinel = '"where":["neck","middle-back"]';
const other = 'Neck, Middle back';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-sentinels-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fileOf(name: string, ...parts: Buffer[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

describe('sentinelsIn', () => {
  it('finds a sentinel written as UTF-8 among binary bytes', () => {
    const file = fileOf('cache.bin', Buffer.from([0, 255, 7]), Buffer.from(sentinel, 'utf8'), Buffer.from([0xc3]));
    expect(sentinelsIn(file, [sentinel, other])).toEqual([sentinel]);
  });

  it('finds a sentinel written as UTF-16 at an even and at an odd byte offset', () => {
    const even = fileOf('even.bin', Buffer.from([1, 2]), Buffer.from(sentinel, 'utf16le'));
    const odd = fileOf('odd.bin', Buffer.from([1]), Buffer.from(sentinel, 'utf16le'));
    expect(sentinelsIn(even, [sentinel])).toEqual([sentinel]);
    expect(sentinelsIn(odd, [sentinel])).toEqual([sentinel]);
  });

  it("finds a PDF's words, which its compressed bytes do not show", () => {
    const samplePdf = fileURLToPath(new URL('../../../docs/printouts/no-worry-en-a4.pdf', import.meta.url));
    const heading = 'Your back check-in summary';
    expect(readFileSync(samplePdf).includes(heading)).toBe(false);
    expect(sentinelsIn(samplePdf, [heading, 'not on this sheet'])).toEqual([heading]);
  });

  it('searches bytes it is given (a file read through /proc), and finds nothing where nothing is', () => {
    const file = fileOf('clean.txt', Buffer.from('nothing of the answers here', 'utf8'));
    expect(sentinelsIn(file, [sentinel, other])).toEqual([]);
    expect(sentinelsIn(file, [other], Buffer.from(`…${other}…`, 'utf8'))).toEqual([other]);
    expect(sentinelsIn(path.join(dir, 'gone.txt'), [sentinel])).toEqual([]);
  });
});
