import { PassThrough } from 'node:stream';
import { createStreamLogger, type Logger } from '../../../electron/core/logging/logger.ts';

/** A real pino logger whose JSON lines the test reads back. */
export function captureLog(): { logger: Logger; lines: () => Array<Record<string, unknown>> } {
  const stream = new PassThrough();
  const raw: string[] = [];
  stream.setEncoding('utf8').on('data', (chunk: string) => raw.push(...chunk.split('\n').filter(Boolean)));
  return { logger: createStreamLogger(stream), lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
