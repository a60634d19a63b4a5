/**
 * The alert service with real parts: settings, counters and the audit log in a temporary folder,
 * the Chromium PDF renderer, and this machine's cupsd with a private cups-pdf alert queue.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAlertService, type AlertService } from '../../../../electron/core/alerts/alert-service.ts';
import { createOpenAlertsStore, openAlertsFileName, type OpenAlertsStore } from '../../../../electron/core/alerts/open-alerts-store.ts';
import { createCounterStore, type CounterStore } from '../../../../electron/core/counters/counter-store.ts';
import { createAuditLog, type AuditLog } from '../../../../electron/core/logging/audit-log.ts';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import { createCupsClient } from '../../../../electron/core/printing/cups-client.ts';
import { createCupsPrintBackend } from '../../../../electron/core/printing/print-backend.ts';
import { createSettingsStore } from '../../../../electron/core/settings/settings-store.ts';
import { safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { startChromiumPdf } from '../printing/chromium-for-tests.ts';
import { printedPdf, removeFile, waitFor } from '../printing/cups-unit-queue.ts';
import { ensureTestQueue } from '../../../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';

// This helper's own queue (never another's): the alert printer of these tests.
const alertQueue = process.env['BACKTALK_TEST_ALERT_PRINTER'] ?? 'KioskPDF-escalation-alert';

function ensureAlertQueue(): void {
  ensureTestQueue(alertQueue);
}

describe('alert service (real CUPS, real Chromium)', () => {
  let chromium: Awaited<ReturnType<typeof startChromiumPdf>>;
  let dataDir: string;
  let counters: CounterStore;
  let audit: AuditLog;
  let alerts: AlertService;
  let startAlerts: (store?: OpenAlertsStore) => AlertService;
  const logLines: string[] = [];

  beforeAll(async () => {
    ensureAlertQueue();
    chromium = await startChromiumPdf();
  });
  afterAll(async () => {
    ensureAlertQueue();
    await chromium.close();
  });
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-alert-'));
    const stream = new PassThrough();
    stream.setEncoding('utf8').on('data', (chunk: string) => logLines.push(chunk));
    const logger = createStreamLogger(stream);
    // The summary printer is a queue that does not exist: the slip must go to the alert printer.
    const settings = createSettingsStore({
      dataDir,
      logger,
      initial: { printer: 'NoSuchSummaryQueue', alertPrinter: alertQueue, paperSize: 'receipt-80mm', kioskName: 'Lobby kiosk 2', timeZone: 'America/Chicago' },
    });
    // The counters' own fixed clock: on the real one, a test running across midnight counted on two days.
    counters = createCounterStore({ dataDir, logger, now: () => new Date('2026-07-14T15:30:00Z') });
    audit = createAuditLog({ logDir: path.join(dataDir, 'logs'), logger });
    const started: AlertService[] = [];
    startAlerts = (store) => {
      const service = createAlertService({
        backend: createCupsPrintBackend({ cups: createCupsClient(), pdf: chromium.pdf }),
        settings,
        counters,
        audit,
        logger,
        now: () => new Date('2026-07-14T15:30:00Z'),
        stuckAfterMs: 20_000,
        pollMs: 200,
        ...(store ? { store } : {}),
      });
      started.push(service);
      return service;
    };
    alerts = startAlerts();
    return async () => {
      for (const service of started) service.close();
      await counters.flush();
      await audit.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
  });

  const auditEntries = async () => {
    await audit.flush();
    return readFileSync(path.join(dataDir, 'logs', 'staff-audit.1.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  };

  it('prints the urgent slip on the alert printer: clinical words, clinic time, kiosk name, nothing else', async () => {
    const raised = await alerts.raise([
      { linkId: safetyLinkIds[0]!, code: 'yes' },
      { linkId: safetyLinkIds[1]!, code: 'unsure' },
    ]);
    expect(raised.state).toBe('printing');
    await waitFor(async () => alerts.status(raised.alertId).state !== 'printing');
    expect(alerts.status(raised.alertId).state).toBe('printed');
    const jobLine = logLines
      .map((line) => JSON.parse(line) as { msg?: string; jobId?: string; printer?: string })
      .find((entry) => entry.msg === 'urgent slip submitted');
    expect(jobLine?.printer).toBe(alertQueue);
    const file = await printedPdf(jobLine!.jobId!);
    try {
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Patient at the check-in kiosk needs a check now');
      // The first two red flags asked: urine retention (yes) and incontinence (not sure).
      expect(text).toMatch(/new urinary retention/);
      expect(text).toMatch(/faecal incontinence.*\(patient not sure\)/);
      expect(text).toContain('Lobby kiosk 2');
      expect(text).toMatch(/10:30\s?AM \(CDT\)/);
    } finally {
      removeFile(file);
    }
    expect(counters.today().alertSlipsPrinted).toBe(1);
    expect(counters.today().alertSlipFailures).toBe(0);
    const entries = await auditEntries();
    expect(entries.map((entry) => entry['action'])).toEqual(['alert-raised', 'alert-slip-printed']);
    // Ids and printer only: the flags are not in the audit log.
    expect(JSON.stringify(entries)).not.toMatch(/safety|bladder|weak|yes|unsure/i);
    expect(alerts.list()).toEqual([expect.objectContaining({ alertId: raised.alertId, state: 'printed', printer: alertQueue, acknowledged: false })]);
    // What the patient screens see (the band across sessions): a count, no flags.
    expect(alerts.pending()).toEqual({ open: 1, failed: false });
    alerts.acknowledge();
    expect(alerts.pending()).toEqual({ open: 0, failed: false });
  });

  it('reports a slip the alert printer rejects, keeps it for staff until acknowledged, and audits both', async () => {
    execFileSync('cupsreject', [alertQueue]);
    try {
      const raised = await alerts.raise([{ linkId: safetyLinkIds[0]!, code: 'yes' }]);
      expect(raised.state).toBe('failed');
      expect(raised.reason).toContain(alertQueue);
    } finally {
      execFileSync('cupsaccept', [alertQueue]);
    }
    expect(counters.today().alertSlipFailures).toBe(1);
    expect(alerts.list()).toEqual([expect.objectContaining({ state: 'failed', acknowledged: false })]);
    expect(alerts.pending()).toEqual({ open: 1, failed: true });
    expect(alerts.acknowledge()).toBe(1);
    expect(alerts.pending()).toEqual({ open: 0, failed: false });
    expect(alerts.list()).toEqual([]);
    expect((await auditEntries()).map((entry) => entry['action'])).toEqual(['alert-raised', 'alert-slip-failed', 'alert-acknowledged']);
  });

  it('keeps open alerts across a restart of the program: ids, times and states on disk, no flag', async () => {
    // Found in review: open alerts lived in memory only, so a crash or a power cut took the
    // "Staff needed" band away before staff had seen it.
    const store = createOpenAlertsStore(dataDir);
    const first = startAlerts(store);
    execFileSync('cupsreject', [alertQueue]);
    try {
      expect((await first.raise([{ linkId: safetyLinkIds[0]!, code: 'yes' }])).state).toBe('failed');
    } finally {
      execFileSync('cupsaccept', [alertQueue]);
    }
    await first.flush();
    first.close();
    const onDisk = readFileSync(path.join(dataDir, openAlertsFileName), 'utf8');
    expect(onDisk).not.toMatch(/safety|yes|urine|bladder/i);
    expect(JSON.parse(onDisk)).toEqual({ version: 1, open: [{ alertId: 'alert-1', raisedAt: '2026-07-14T15:30:00.000Z', state: 'failed' }] });

    const second = startAlerts(createOpenAlertsStore(dataDir));
    expect(second.pending()).toEqual({ open: 1, failed: true });
    // A new alert after the restart does not reuse the old one's id.
    const next = await second.raise([{ linkId: safetyLinkIds[1]!, code: 'unsure' }]);
    expect(next.alertId).toBe('alert-2');
    await waitFor(async () => second.status(next.alertId).state !== 'printing');
    expect(second.acknowledge()).toBe(2);
    await second.flush();
    expect(startAlerts(createOpenAlertsStore(dataDir)).pending()).toEqual({ open: 0, failed: false });
  });

  it('after a restart, a slip that was still printing counts as failed, and an unreadable list as an open alert', async () => {
    writeFileSync(
      path.join(dataDir, openAlertsFileName),
      JSON.stringify({ version: 1, open: [{ alertId: 'alert-7', raisedAt: '2026-07-14T15:29:00.000Z', state: 'printing' }] }),
    );
    const restarted = startAlerts(createOpenAlertsStore(dataDir));
    expect(restarted.pending()).toEqual({ open: 1, failed: true });
    expect(restarted.list()).toEqual([expect.objectContaining({ alertId: 'alert-7', state: 'failed', reason: expect.stringContaining('restarted') })]);
    restarted.close();

    // Unknown is not "none": a damaged list keeps the band up until staff acknowledge.
    writeFileSync(path.join(dataDir, openAlertsFileName), '{"version": 1, "open": [');
    rmSync(path.join(dataDir, 'open-alerts.last-good.json'), { force: true });
    const damaged = startAlerts(createOpenAlertsStore(dataDir));
    expect(damaged.pending()).toEqual({ open: 1, failed: true });
    expect(damaged.list()).toEqual([expect.objectContaining({ state: 'failed', reason: expect.stringContaining('could not read its list') })]);
    expect(damaged.acknowledge()).toBe(1);
    await damaged.flush();
    expect(startAlerts(createOpenAlertsStore(dataDir)).pending()).toEqual({ open: 0, failed: false });
  });

  it('refuses an alert without a red flag', async () => {
    await expect(alerts.raise([{ linkId: safetyLinkIds[0]!, code: 'no' }])).rejects.toMatchObject({ code: 'bad-request' });
  });
});
