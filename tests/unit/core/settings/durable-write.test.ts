/**
 * An atomic rename is durable only once its folder is synced: until then the new directory entry
 * sits in the page cache, and a power cut can bring back the old file or none. These tests save
 * real files and watch, through the fs module the code uses, that the folder is opened and
 * fsynced after the rename (the file already holds its new content when the folder is synced).
 */
import fs, { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCounterStore } from '../../../../electron/core/counters/counter-store.ts';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import { createDurableJsonFile, writeFileDurably } from '../../../../electron/core/settings/durable-json-file.ts';

const logger = createStreamLogger(new Writable({ write: (_chunk, _encoding, done) => done() }));

/** Each fsync of a folder: which folder, and what `watched` held at that moment. */
interface FolderSync {
  readonly folder: string;
  readonly fileThen: string | null;
}

let dataDir: string;
let syncs: FolderSync[];
let watched: string;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-durable-'));
  syncs = [];
  const open = fs.promises.open.bind(fs.promises);
  vi.spyOn(fs.promises, 'open').mockImplementation(async (...args: Parameters<typeof fs.promises.open>) => {
    const handle: FileHandle = await open(...args);
    const opened = String(args[0]);
    if (fs.statSync(opened).isDirectory()) {
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        let fileThen: string | null = null;
        try {
          fileThen = readFileSync(watched, 'utf8');
        } catch {
          // Not there yet.
        }
        syncs.push({ folder: opened, fileThen });
        return sync();
      };
    }
    return handle;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dataDir, { recursive: true, force: true });
});

describe.runIf(process.platform !== 'win32')('durable writes fsync the folder after the rename', () => {
  it('writeFileDurably syncs the file’s folder once the new content is in place', async () => {
    watched = path.join(dataDir, 'plain.json');
    await writeFileDurably(watched, '{"n":1}\n');
    await writeFileDurably(watched, '{"n":2}\n');
    expect(syncs).toEqual([
      { folder: dataDir, fileThen: '{"n":1}\n' },
      { folder: dataDir, fileThen: '{"n":2}\n' },
    ]);
  });

  it('settings and staff files (and their last good copies) sync their folder on every save', async () => {
    watched = path.join(dataDir, 'settings.json');
    const durable = createDurableJsonFile<{ n: number }>({
      file: watched,
      parse: (raw) => ({ ok: true, value: raw as { n: number }, migrated: false }),
      serialize: (value) => value,
    });
    await durable.save({ n: 7 });
    // The main file, then its last good copy: one folder sync each, the main file already new at both.
    expect(syncs.map((sync) => sync.folder)).toEqual([dataDir, dataDir]);
    expect(syncs.every((sync) => sync.fileThen?.includes('"n": 7'))).toBe(true);
  });

  it('the counters file syncs its folder on every increment', async () => {
    watched = path.join(dataDir, 'counters.json');
    const counters = createCounterStore({ dataDir, now: () => new Date('2026-11-30T10:00:00'), logger });
    counters.increment('started');
    counters.increment('printed');
    await counters.flush();
    expect(syncs.map((sync) => sync.folder)).toEqual([dataDir, dataDir]);
    expect(JSON.parse(syncs.at(-1)?.fileThen ?? '{}')).toMatchObject({ days: { '2026-11-30': { started: 1, printed: 1 } } });
  });

  it('skips the folder sync on Windows, where a folder cannot be opened for it', async () => {
    watched = path.join(dataDir, 'win.json');
    await writeFileDurably(watched, '{}\n', 'win32');
    expect(syncs).toEqual([]);
    expect(readFileSync(watched, 'utf8')).toBe('{}\n');
  });
});
