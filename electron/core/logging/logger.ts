/**
 * The main process's logger (pino). Log lines carry channels, codes, counts and staff actions,
 * never answers, summaries or anything a patient said.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';

export type Logger = Pick<PinoLogger, 'debug' | 'info' | 'warn' | 'error' | 'child'>;

/** A logger writing JSON lines to `<logDir>/backtalk.log`. */
export function createFileLogger(logDir: string, level: pino.Level = 'info'): { logger: Logger; flush: () => void } {
  mkdirSync(logDir, { recursive: true });
  const destination = pino.destination({ dest: path.join(logDir, 'backtalk.log'), sync: false, mkdir: true });
  const logger = pino({ level, base: { app: 'backtalk' } }, destination);
  return { logger, flush: () => destination.flushSync() };
}

/** A logger writing to any stream (tests read their lines back from it). */
export function createStreamLogger(stream: DestinationStream, level: pino.Level = 'debug'): Logger {
  return pino({ level, base: { app: 'backtalk' } }, stream);
}
