/**
 * Makes a screenshot small enough to commit: 64 colours, no dithering. Without a timestamp
 * chunk, so the same screen gives the same bytes on every run (`npm run screenshots` then
 * changes only the pictures that changed).
 */
import { execFileSync } from 'node:child_process';

export function shrinkPng(file: string): void {
  execFileSync('convert', [file, '-dither', 'None', '-colors', '64', '-define', 'png:exclude-chunks=date,time', `PNG8:${file}`]);
}
