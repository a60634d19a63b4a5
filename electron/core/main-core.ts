/**
 * Everything the main process does, minus Electron: the services and the IPC router wired
 * together. The Electron shell and the browser shell each build one of these and differ only in
 * how the renderer reaches `router` and how HTML becomes PDF.
 */
import { mkdirSync } from 'node:fs';
import type { KioskSettings } from '../../shared/settings/kiosk-settings.ts';
import { createCounterStore, type CounterStore } from './counters/counter-store.ts';
import { createIpcRouter, type IpcRouter } from './ipc/ipc-router.ts';
import type { Logger } from './logging/logger.ts';
import { createCupsClient, type CupsClient } from './printing/cups-client.ts';
import type { PdfRenderer } from './printing/pdf-renderer.ts';
import { createPrintService, type PrintService } from './printing/print-service.ts';
import { createSettingsStore, type SettingsStore } from './settings/settings-store.ts';

export interface MainCoreOptions {
  /** The app's data folder: settings, counters, logs. Never patient data. */
  readonly dataDir: string;
  readonly shell: 'electron' | 'browser';
  readonly preview: boolean;
  readonly pdf: PdfRenderer;
  readonly logger: Logger;
  readonly now?: () => Date;
  readonly cups?: CupsClient;
  /** Settings used when the data folder has no settings file yet. */
  readonly initialSettings?: Partial<KioskSettings>;
  readonly printStuckAfterMs?: number;
}

export interface MainCore {
  readonly router: IpcRouter;
  readonly settings: SettingsStore;
  readonly counters: CounterStore;
  readonly print: PrintService;
  readonly logger: Logger;
  /** Waits for pending writes. */
  close(): Promise<void>;
}

export function createMainCore(options: MainCoreOptions): MainCore {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const { logger } = options;
  const settings = createSettingsStore({ dataDir: options.dataDir, logger, initial: options.initialSettings });
  const counters = createCounterStore({ dataDir: options.dataDir, now, logger });
  const print = createPrintService({
    cups: options.cups ?? createCupsClient(),
    pdf: options.pdf,
    settings,
    counters,
    logger,
    now,
    stuckAfterMs: options.printStuckAfterMs,
  });

  const sessionCounter = { started: 'started', finished: 'finished', 'timed-out': 'timedOut', 'red-flag': 'redFlags' } as const;

  const router = createIpcRouter(
    {
      'kiosk:get-config': () => ({ settings: settings.get(), shell: options.shell, preview: options.preview }),
      'session:record': ({ event }) => {
        counters.increment(sessionCounter[event]);
        return { recorded: true };
      },
      'print:submit': ({ answers, language }) => print.printSummary(answers, language),
      'print:status': ({ jobId }) => print.jobStatus(jobId),
    },
    logger,
  );

  return {
    router,
    settings,
    counters,
    print,
    logger,
    close: () => counters.flush(),
  };
}
