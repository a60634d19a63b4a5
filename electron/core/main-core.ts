/**
 * Everything the main process does, minus Electron: the services and the IPC router wired
 * together. The Electron shell and the browser shell each build one of these and differ only in
 * how the renderer reaches `router` and how HTML becomes PDF.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { KioskSettings } from '../../shared/settings/kiosk-settings.ts';
import { createAlertService, type AlertService } from './alerts/alert-service.ts';
import { createOpenAlertsStore } from './alerts/open-alerts-store.ts';
import { createCounterStore, type CounterStore } from './counters/counter-store.ts';
import { createIpcRouter, type IpcHandlers, type IpcRouter } from './ipc/ipc-router.ts';
import { createAuditLog, type AuditLog } from './logging/audit-log.ts';
import type { Logger } from './logging/logger.ts';
import { createCupsClient, type CupsClient } from './printing/cups-client.ts';
import type { PdfRenderer } from './printing/pdf-renderer.ts';
import { choosePrintBackendKind, createCupsPrintBackend, createSystemPrintBackend, isCommandOnPath, type SilentPrinter } from './printing/print-backend.ts';
import { createPrintService, type PrintService } from './printing/print-service.ts';
import { defaultProvisionFilePath, loadProvisioning } from './settings/provisioning.ts';
import { createSettingsStore, type SettingsStore } from './settings/settings-store.ts';
import type { LockoutPolicy } from './staff/lockout-policy.ts';
import { guardStaffChannels } from './staff/staff-guard.ts';
import { createStaffService, type StaffService } from './staff/staff-service.ts';
import { createStaffSessions } from './staff/staff-sessions.ts';
import { createStaffStateStore } from './staff/staff-state-store.ts';

export interface MainCoreOptions {
  /** The app's data folder: settings, counters, logs. Never patient data. */
  readonly dataDir: string;
  readonly preview: boolean;
  readonly pdf: PdfRenderer;
  readonly logger: Logger;
  readonly now?: () => Date;
  readonly cups?: CupsClient;
  /** Settings used when the data folder has no settings file yet. */
  readonly initialSettings?: Partial<KioskSettings>;
  readonly printStuckAfterMs?: number;
  /** The Electron shell's silent printing, used where CUPS is absent (Windows). */
  readonly silentPrinter?: SilentPrinter;
  /** The provisioning file; defaults to the documented path for this OS (or BACKTALK_PROVISION_FILE, unless packaged). */
  readonly provisionFile?: string;
  /** A packaged (installed) kiosk: BACKTALK_PROVISION_FILE is ignored (Electron: app.isPackaged). */
  readonly packaged?: boolean;
  /** Quits the kiosk when staff choose "Exit kiosk" (Electron: app.quit; browser shell: close). */
  readonly requestExit?: () => void;
  /** Seconds without a touch before staff mode closes itself. */
  readonly staffIdleSeconds?: number;
  /** Where the rotating staff audit log goes; defaults to `<dataDir>/logs`. */
  readonly auditLogDir?: string;
  readonly lockoutPolicy?: LockoutPolicy;
  /** Wraps the handler table the router calls after parsing (the IPC fuzz test observes handlers with it). */
  readonly wrapHandlers?: (handlers: IpcHandlers) => IpcHandlers;
}

export interface MainCore {
  readonly router: IpcRouter;
  readonly settings: SettingsStore;
  readonly counters: CounterStore;
  readonly print: PrintService;
  readonly alerts: AlertService;
  readonly staff: StaffService;
  readonly audit: AuditLog;
  readonly logger: Logger;
  /** Waits for pending writes. */
  close(): Promise<void>;
}

export function createMainCore(options: MainCoreOptions): MainCore {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const { logger } = options;
  const provisionFile = options.provisionFile ?? defaultProvisionFilePath(process.env, process.platform, { packaged: options.packaged ?? false });
  const { provisioning, problem: provisioningProblem } = loadProvisioning(provisionFile);
  if (provisioningProblem) {
    // Field names and the rule each broke; never a value (a hash is a secret too).
    const message =
      provisioningProblem.kind === 'untrusted'
        ? 'provisioning file refused: it must be owned by root and not writable by group or others'
        : provisioningProblem.recovery === 'fields-ignored'
          ? 'provisioning file: bad fields ignored, the rest applies'
          : 'provisioning file ignored';
    logger.warn({ file: provisionFile, kind: provisioningProblem.kind, fields: provisioningProblem.fields, details: provisioningProblem.details }, message);
  }
  const settings = createSettingsStore({ dataDir: options.dataDir, logger, initial: options.initialSettings, provisioned: provisioning?.settings });
  const audit = createAuditLog({ logDir: options.auditLogDir ?? path.join(options.dataDir, 'logs'), logger, now });
  const counters = createCounterStore({ dataDir: options.dataDir, now, logger });
  const requestedBackend = process.env['BACKTALK_PRINT_BACKEND'];
  const backendKind = choosePrintBackendKind({
    requested: requestedBackend === 'cups' || requestedBackend === 'system' ? requestedBackend : 'auto',
    cupsInstalled: options.cups !== undefined || isCommandOnPath('lp'),
    silentPrintAvailable: options.silentPrinter !== undefined,
  });
  const printBackend =
    backendKind === 'system' && options.silentPrinter
      ? createSystemPrintBackend(options.silentPrinter)
      : createCupsPrintBackend({ cups: options.cups ?? createCupsClient(), pdf: options.pdf });
  const print = createPrintService({
    backend: printBackend,
    settings,
    counters,
    logger,
    now,
    stuckAfterMs: options.printStuckAfterMs,
  });

  const alerts = createAlertService({
    backend: printBackend,
    settings,
    counters,
    audit,
    logger,
    now,
    stuckAfterMs: options.printStuckAfterMs,
    store: createOpenAlertsStore(options.dataDir),
  });

  const staffIdleSeconds = options.staffIdleSeconds ?? 120;
  const staff = createStaffService({
    state: createStaffStateStore(options.dataDir),
    // The screen closes staff mode after staffIdleSeconds; this is the backstop if it never says so.
    sessions: createStaffSessions({ now: () => now().getTime(), expireAfterMs: Math.max(staffIdleSeconds * 3, 300) * 1000 }),
    settings,
    counters,
    audit,
    logger,
    now,
    provisionedPinHash: provisioning?.staffPinHash ?? null,
    provisionedSetupCodeHash: provisioning?.staffSetupCodeHash ?? null,
    provisionFile: provisioning?.file ?? null,
    provisioningProblem,
    idleSeconds: staffIdleSeconds,
    requestExit: options.requestExit ?? (() => logger.warn('exit requested, but this shell cannot quit')),
    lockout: options.lockoutPolicy,
  });

  const sessionCounter = { started: 'started', finished: 'finished', 'timed-out': 'timedOut', 'red-flag': 'redFlags' } as const;

  const router = createIpcRouter(
    (options.wrapHandlers ?? ((handlers: IpcHandlers) => handlers))(
      guardStaffChannels(
        {
          'kiosk:get-config': () => ({ settings: settings.get(), preview: options.preview, settingsLost: settings.lost() }),
          'session:record': ({ event }) => {
            counters.increment(sessionCounter[event]);
            return { recorded: true };
          },
          'print:submit': ({ answers, language, raisedFlags }) => print.printSummary(answers, language, raisedFlags ?? []),
          'alert:raise': ({ flags }) => alerts.raise(flags),
          'alert:status': ({ alertId }) => alerts.status(alertId),
          'alert:pending': () => alerts.pending(),
          'alert:list': () => ({ alerts: alerts.list() }),
          'alert:acknowledge': ({ alertIds }) => ({ acknowledged: alerts.acknowledge(alertIds) }),
          'print:status': ({ jobId }) => print.jobStatus(jobId),
          'printer:list': async () => ({ printers: await print.listPrinters() }),
          'printer:status': () => print.printerStatus(),
          'printer:test-print': () => staff.testPrint(() => print.printTestPage()),
          'staff:status': () => staff.status(),
          'staff:set-first-pin': ({ setupCode, pin }) => staff.setFirstPin(setupCode, pin),
          'staff:unlock': ({ pin }) => staff.unlock(pin),
          'staff:lock': () => {
            staff.lock();
            return { closed: true };
          },
          'staff:get-settings': () => staff.settingsView(),
          'staff:update-settings': ({ patch }) => staff.updateSettings(patch),
          'staff:confirm-settings': () => staff.confirmSettings(),
          'staff:get-counts': () => staff.counts(),
          'staff:change-pin': async ({ currentPin, newPin }) => {
            await staff.changePin(currentPin, newPin);
            return { changed: true };
          },
          'staff:reset-kiosk': () => {
            staff.resetKiosk();
            return { reset: true };
          },
          'staff:exit-kiosk': () => {
            staff.exitKiosk();
            return { exiting: true };
          },
        },
        staff.isAuthorized,
      ),
    ),
    logger,
  );

  return {
    router,
    settings,
    counters,
    print,
    alerts,
    staff,
    audit,
    logger,
    async close() {
      alerts.close();
      print.close();
      await alerts.flush();
      await counters.flush();
      await audit.close();
    },
  };
}
