/**
 * Today's counts on a real data folder: a counters file cut short (a crash, a full disk, a
 * clumsy hand) costs nothing, because the store keeps a last good copy like the settings do.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCounterStore } from '../../../../electron/core/counters/counter-store.ts';
import type { Logger } from '../../../../electron/core/logging/logger.ts';

let dataDir: string;
const warnings: string[] = [];
const logger = { debug() {}, info() {}, warn: (_o: unknown, msg: string) => warnings.push(msg), error() {}, child: () => logger } as unknown as Logger;
const now = () => new Date('2026-11-30T10:00:00');

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-counters-'));
  warnings.length = 0;
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('counter store', () => {
  it('keeps the counts when counters.json is cut short: they come back from the last good copy', async () => {
    const first = createCounterStore({ dataDir, now, logger });
    for (let i = 0; i < 3; i++) first.increment('started');
    first.increment('printed');
    await first.flush();

    const file = path.join(dataDir, 'counters.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 20));

    const second = createCounterStore({ dataDir, now, logger });
    expect(second.today()).toMatchObject({ started: 3, printed: 1 });
    expect(warnings).toEqual(['counters file unusable; using its last good copy or starting fresh']);
    // The bad file is kept for IT; the next count writes a whole file again.
    expect(readFileSync(path.join(dataDir, 'counters.invalid.json'), 'utf8')).toHaveLength(20);
    second.increment('started');
    await second.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, days: { '2026-11-30': { started: 4, printed: 1 } } });
  });

  it('reports a lost file whose last good copy is damaged, and keeps that copy for IT', async () => {
    writeFileSync(path.join(dataDir, 'counters.last-good.json'), '{"version":1,"da');
    const store = createCounterStore({ dataDir, now, logger });
    expect(store.today()).toMatchObject({ started: 0 });
    expect(warnings).toEqual(['counters file unusable; using its last good copy or starting fresh']);
    expect(readFileSync(path.join(dataDir, 'counters.invalid.json'), 'utf8')).toBe('{"version":1,"da');
  });

  it('a burst of counts shares one write, and every count is on disk after flush', async () => {
    const store = createCounterStore({ dataDir, now, logger });
    for (let i = 0; i < 50; i++) store.increment('finished');
    await store.flush();
    expect(JSON.parse(readFileSync(path.join(dataDir, 'counters.json'), 'utf8')).days['2026-11-30'].finished).toBe(50);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'counters.last-good.json'), 'utf8')).days['2026-11-30'].finished).toBe(50);
  });
});
