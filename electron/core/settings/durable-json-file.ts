/**
 * A small JSON file that must survive power cuts, crashes and clumsy hands: every save is atomic
 * (write-file-atomic: temp file, fsync, rename, then an fsync of the folder), then copied as the
 * "last good" file. A file
 * that cannot be read or fails its schema never stops the kiosk: the last good copy (or the
 * defaults) is used, the bad file is kept beside it for IT, and the problem is reported.
 */
import { copyFileSync, promises as fsPromises, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { settingsProblemKinds } from '../../../shared/staff/staff-schemas.ts';

/**
 * Replaces `file` atomically and durably, creating its folder if needed. write-file-atomic fsyncs the temp file and renames it,
 * but the rename lives in the folder's entry, which sits in the page cache until the folder itself
 * is synced: after a power cut the file could come back as its old version, or be missing.
 * Windows cannot open a folder for fsync (NTFS journals the rename), so there it is skipped.
 */
export async function writeFileDurably(file: string, text: string, platform: NodeJS.Platform = process.platform, mode?: number): Promise<void> {
  // The data folder may not exist yet: IT setting the first PIN on a fresh install, or `npm start` on a bare machine.
  await fsPromises.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, text, { fsync: true, mode });
  if (platform === 'win32') return;
  const folder = await fsPromises.open(path.dirname(file), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

export type FileProblemKind = (typeof settingsProblemKinds)[number];

export type ParseOutcome<T> =
  | { readonly ok: true; readonly value: T; /** True when an older schema version was migrated. */ readonly migrated: boolean }
  | { readonly ok: false; readonly kind: Exclude<FileProblemKind, 'unreadable' | 'not-json'>; readonly fields: readonly string[] };

export interface FileProblem {
  readonly kind: FileProblemKind;
  readonly fields: readonly string[];
  readonly recovery: 'last-good-copy' | 'defaults';
  readonly file: string;
}

export interface LoadResult<T> {
  /** Null when neither the file nor its last good copy holds a usable value. */
  readonly value: T | null;
  readonly problem: FileProblem | null;
  /** True when the value should be saved again (migrated, or recovered from the last good copy). */
  readonly needsSave: boolean;
}

export interface DurableJsonFile<T> {
  readonly file: string;
  readonly lastGoodFile: string;
  load(): LoadResult<T>;
  /** Resolves once the value is on disk in the file and its last good copy; writes land in call order. */
  save(value: T): Promise<void>;
}

type ReadOutcome<T> =
  { status: 'missing' } | { status: 'ok'; value: T; migrated: boolean } | { status: 'bad'; kind: FileProblemKind; fields: readonly string[] };

export interface DurableJsonFileOptions<T> {
  readonly file: string;
  /** Validates (and migrates) what was read. */
  readonly parse: (raw: unknown) => ParseOutcome<T>;
  /** The JSON written for a value (e.g. wrapped with its schema version). */
  readonly serialize: (value: T) => unknown;
  /** File mode for the file and its last good copy (e.g. 0o600 for one holding a PIN hash). */
  readonly mode?: number;
}

export function createDurableJsonFile<T>(options: DurableJsonFileOptions<T>): DurableJsonFile<T> {
  const { file, parse, serialize } = options;
  const lastGoodFile = file.replace(/\.json$/, '') + '.last-good.json';
  const invalidCopyFile = file.replace(/\.json$/, '') + '.invalid.json';
  let writing: Promise<void> = Promise.resolve();

  function read(target: string): ReadOutcome<T> {
    let text: string;
    try {
      text = readFileSync(target, 'utf8');
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { status: 'missing' } : { status: 'bad', kind: 'unreadable', fields: [] };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { status: 'bad', kind: 'not-json', fields: [] };
    }
    const parsed = parse(raw);
    return parsed.ok ? { status: 'ok', value: parsed.value, migrated: parsed.migrated } : { status: 'bad', kind: parsed.kind, fields: parsed.fields };
  }

  /** Keeps a damaged file beside the others for IT to look at (the next save replaces the original). */
  function keepForIt(damaged: string): void {
    try {
      copyFileSync(damaged, invalidCopyFile);
    } catch {
      // Unreadable files may not copy either; the report still says what happened.
    }
  }

  /** write-file-atomic leaves `<name>.<number>` behind when the process dies mid-write; those are never the real file. */
  function sweepAbandonedTempFiles(): void {
    const dir = path.dirname(file);
    const names = [path.basename(file), path.basename(lastGoodFile)];
    try {
      for (const entry of readdirSync(dir)) {
        if (names.some((name) => entry.startsWith(`${name}.`) && /^\d+$/.test(entry.slice(name.length + 1)))) rmSync(path.join(dir, entry), { force: true });
      }
    } catch {
      // Nothing to sweep (the folder may not exist yet).
    }
  }

  return {
    file,
    lastGoodFile,
    load() {
      sweepAbandonedTempFiles();
      const main = read(file);
      if (main.status === 'ok') return { value: main.value, problem: null, needsSave: main.migrated };
      const lastGood = read(lastGoodFile);
      const recovered = lastGood.status === 'ok' ? lastGood.value : null;
      if (main.status === 'missing') {
        if (lastGood.status !== 'bad') return { value: recovered, problem: null, needsSave: recovered !== null };
        // No file, but a damaged last good copy: something was here and is lost. Unknown, not new.
        // Kept for IT, as a damaged main file is: the next save replaces the last good copy.
        keepForIt(lastGoodFile);
        return { value: null, problem: { kind: lastGood.kind, fields: lastGood.fields, recovery: 'defaults', file: lastGoodFile }, needsSave: false };
      }
      keepForIt(file);
      return {
        value: recovered,
        problem: { kind: main.kind, fields: main.fields, recovery: recovered ? 'last-good-copy' : 'defaults', file },
        needsSave: false,
      };
    },
    save(value) {
      const text = `${JSON.stringify(serialize(value), null, 2)}\n`;
      const next = writing.then(async () => {
        await writeFileDurably(file, text, process.platform, options.mode);
        await writeFileDurably(lastGoodFile, text, process.platform, options.mode);
      });
      // A failed write must not block the ones after it; the caller still sees this one fail.
      writing = next.catch(() => undefined);
      return next;
    },
  };
}

/** The top-level keys of the zod issues (the setting names), never the values. */
export function issueFields(issues: readonly { path: readonly PropertyKey[] }[], skip = 0): string[] {
  return [...new Set(issues.map((issue) => String(issue.path[skip] ?? '(file)')))].slice(0, 20);
}
