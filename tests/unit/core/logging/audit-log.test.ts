import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../../electron/core/logging/audit-log.ts';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';

const logger = createStreamLogger(new Writable({ write: (_chunk, _e, done) => done() }));
let logDir = '';
beforeEach(() => (logDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-audit-'))));
afterEach(() => rmSync(logDir, { recursive: true, force: true }));

describe('staff audit log', () => {
  it('writes time + action lines, including entries recorded before the file was open', async () => {
    const audit = createAuditLog({ logDir, logger, now: () => new Date('2025-03-03T09:15:00Z') });
    audit.record('staff-entry');
    audit.record('settings-change', { keys: ['clinicName', 'idleSeconds'] });
    await audit.close();
    const lines = readFileSync(path.join(logDir, 'staff-audit.1.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toMatchObject([
      { time: '2025-03-03T09:15:00.000Z', action: 'staff-entry' },
      { time: '2025-03-03T09:15:00.000Z', action: 'settings-change', keys: ['clinicName', 'idleSeconds'] },
    ]);
  });

  it('rolls over to a new file at 1 MB', async () => {
    const audit = createAuditLog({ logDir, logger });
    // ~150 bytes an entry: well past 1 MB.
    for (let i = 0; i < 9000; i++) {
      audit.record('test-print', { jobId: `KioskPDF-${i}`, printer: 'KioskPDF' });
      if (i % 500 === 0) await audit.flush();
    }
    await audit.close();
    const files = readdirSync(logDir)
      .filter((name) => name.startsWith('staff-audit.'))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(2);
    const entries = files.flatMap((name) => readFileSync(path.join(logDir, name), 'utf8').trim().split('\n'));
    expect(entries).toHaveLength(9000);
  });
});
