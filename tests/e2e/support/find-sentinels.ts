/**
 * Whether a file holds any of a privacy test's sentinels (words only a test session's answers
 * produce). The bytes are searched as they are, as UTF-8 and as UTF-16 at any byte offset, and a
 * PDF's extracted text too (a spooled document compresses its text).
 *
 * Searching the bytes, not strings decoded from them: decoding every file the kiosk's processes
 * hold open (Chromium keeps tens of megabytes of resources open) into two strings cost about ten
 * CPU-seconds per scan, and UTF-16 decoded from the first byte only found text at even offsets.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startsWithPdf } from './open-files.ts';

/** The sentinels found in `file` (read from disk unless its bytes are given). */
export function sentinelsIn(file: string, sentinels: readonly string[], bytesRead?: Buffer | null): string[] {
  if (sentinels.length === 0) return [];
  let bytes: Buffer;
  try {
    bytes = bytesRead ?? readFileSync(file);
  } catch {
    return []; // gone already, or not ours to read
  }
  const pdfText = startsWithPdf(bytes) ? (spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout ?? '') : '';
  // Needles as bytes: Buffer#includes(string, 0, 'utf16le') itself only looks at even offsets.
  const holds = (sentinel: string) =>
    bytes.includes(Buffer.from(sentinel, 'utf8')) || bytes.includes(Buffer.from(sentinel, 'utf16le')) || pdfText.includes(sentinel);
  return sentinels.filter(holds);
}
