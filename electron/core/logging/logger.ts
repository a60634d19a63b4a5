/**
 * The main process's logger (pino). Log lines carry channels, codes, counts and staff actions,
 * never answers, summaries or anything a patient said.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';
import pinoRoll from 'pino-roll';

export type Logger = Pick<PinoLogger, 'debug' | 'info' | 'warn' | 'error' | 'child'>;

export const mainLogFileBase = 'backtalk';

export interface FileLoggerOptions {
  readonly level?: pino.Level;
  /** Start a new file at this size (pino-roll: '10m', '200k'). */
  readonly maxFileSize?: string;
  /** Files kept besides the current one; older ones are deleted. */
  readonly keepFiles?: number;
}

export interface FileLogger {
  readonly logger: Logger;
  /** Writes what is buffered now (call before exiting). */
  flush: () => void;
  /** Resolves once the log file is open and every line so far is handed to it. */
  readonly ready: Promise<void>;
}

/**
 * A logger writing JSON lines to `<logDir>/backtalk.<n>.log`, rotating (pino-roll) daily or at
 * `maxFileSize`, so a kiosk that runs for months never fills its disk. pino-roll finds the next
 * file number asynchronously; lines logged before that wait in memory and are written first.
 */
export function createFileLogger(logDir: string, options: FileLoggerOptions = {}): FileLogger {
  mkdirSync(logDir, { recursive: true });
  const pending: string[] = [];
  let stream: Awaited<ReturnType<typeof pinoRoll>> | null = null;
  const destination: DestinationStream = {
    write(line: string) {
      if (stream) stream.write(line);
      else pending.push(line);
    },
  };
  const ready = pinoRoll({
    file: path.join(logDir, mainLogFileBase),
    extension: '.log',
    frequency: 'daily',
    size: options.maxFileSize ?? '10m',
    limit: { count: options.keepFiles ?? 14 },
    mkdir: true,
    // Each line is written as it is logged: lines stay in order, a crash loses none, and flush()
    // never races an asynchronous write (the main log sees a few lines a minute).
    sync: true,
  }).then(
    async (opened) => {
      // A full or failing disk must never take the kiosk down with it.
      opened.on('error', () => undefined);
      // sonic-boom opens the file asynchronously; its typings do not expose `fd` (-1 until open).
      const fd = (opened as unknown as { fd?: unknown }).fd;
      if (typeof fd !== 'number' || fd < 0) await new Promise<void>((resolve) => opened.once('ready', () => resolve()).once('error', () => resolve()));
      stream = opened;
      for (const line of pending.splice(0)) opened.write(line);
    },
    () => {
      // The log folder cannot be written: keep running without a file log (the kiosk must not stop).
      pending.length = 0;
    },
  );
  const logger = pino({ level: options.level ?? 'info', base: { app: 'backtalk' } }, destination);
  return {
    logger,
    ready,
    flush() {
      try {
        stream?.flushSync();
      } catch {
        // Not open yet, or the disk refused: nothing more can be done at exit.
      }
    },
  };
}

/** A logger writing to any stream (tests read their lines back from it). */
export function createStreamLogger(stream: DestinationStream, level: pino.Level = 'debug'): Logger {
  return pino({ level, base: { app: 'backtalk' } }, stream);
}
