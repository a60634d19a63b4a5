/**
 * Files our process tree holds open, including ones already deleted (an unlinked temp file keeps
 * its bytes on disk until the last descriptor closes, and a name-based scan never sees it).
 * Linux only: everything comes from /proc.
 */
import { closeSync, openSync, readFileSync, readdirSync, readlinkSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface OpenFile {
  readonly pid: number;
  /** The link target as /proc shows it, e.g. `/tmp/.org.chromium.Chromium.ab12 (deleted)`. */
  readonly target: string;
  /** `/proc/<pid>/fd/<n>`: opens the same file, even when its name is gone. */
  readonly procPath: string;
  readonly deleted: boolean;
}

/** `rootPid` and all its descendants (Chromium's browser, renderer, GPU and utility processes). */
export function processTree(rootPid: number = process.pid): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Exited meanwhile.
    }
  }
  const tree = [rootPid];
  for (let index = 0; index < tree.length; index++) {
    for (const [pid, parent] of parentOf) if (parent === tree[index]) tree.push(pid);
  }
  return tree;
}

/**
 * Every open regular file of `pids`, deleted or not. Memory-only descriptors are left out:
 * memfd and /dev/shm regions (RAM, gone with the process), sockets, pipes and devices.
 */
export function openFiles(pids: readonly number[]): OpenFile[] {
  const files: OpenFile[] = [];
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      const procPath = `/proc/${pid}/fd/${fd}`;
      let target: string;
      try {
        target = readlinkSync(procPath);
      } catch {
        continue;
      }
      if (!target.startsWith('/') || target.startsWith('/memfd:') || target.startsWith('/dev/') || target.startsWith('/proc/')) continue;
      files.push({ pid, target, procPath, deleted: target.endsWith(' (deleted)') });
    }
  }
  return files;
}

/** The file's path without the " (deleted)" mark. */
export function pathOf(file: OpenFile): string {
  return file.deleted ? file.target.slice(0, -' (deleted)'.length) : file.target;
}

export function isInFolders(file: OpenFile, folders: readonly string[]): boolean {
  const filePath = pathOf(file);
  return folders.some((folder) => filePath.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep));
}

/** The bytes of an open file, read through /proc (bounded; null when it closed meanwhile or is too big). */
export function readOpenFile(file: OpenFile, maxBytes = 64 * 1024 * 1024): Buffer | null {
  try {
    if (statSync(file.procPath).size > maxBytes) return null;
    return readFileSync(file.procPath);
  } catch {
    return null;
  }
}

export function startsWithPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

export interface HeldTempFile {
  readonly target: string;
  readonly bytes: Buffer;
}

/**
 * Watches temp folders while the kiosk works. Whenever an entry appears in one, every file of the
 * process tree open in a temp folder under a deleted name is opened again through /proc and held,
 * so its bytes can be read at the end even though Chromium closes it a moment later.
 */
export function holdDeletedTempFiles(tempFolders: readonly string[], pids: () => readonly number[] = () => processTree()) {
  const held = new Map<string, { target: string; fd: number }>();
  // The process tree changes rarely (Chromium's processes live long); reading all of /proc on
  // every temp-folder event would load a busy machine, so the tree is refreshed at most twice a second.
  let tree: readonly number[] = [];
  let treeAt = 0;
  const currentTree = () => {
    if (Date.now() - treeAt > 500) {
      tree = pids();
      treeAt = Date.now();
    }
    return tree;
  };
  const grab = () => {
    for (const file of openFiles(currentTree())) {
      if (!file.deleted || !isInFolders(file, tempFolders)) continue;
      let inode: string;
      try {
        const stat = statSync(file.procPath);
        inode = `${stat.dev}:${stat.ino}`;
      } catch {
        continue;
      }
      if (held.has(inode)) continue;
      try {
        held.set(inode, { target: file.target, fd: openSync(file.procPath, 'r') });
      } catch {
        // Closed between the listing and the open.
      }
    }
  };
  // Events come in bursts on a shared temp folder: one scan per burst, right after it.
  let scheduled = false;
  const onEvent = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      grab();
    });
  };
  const watchers: FSWatcher[] = tempFolders.map((folder) => watch(folder, { persistent: false }, onEvent));
  grab();
  return {
    /** Stops watching and returns what was held (then lets go of it). */
    stop(): HeldTempFile[] {
      for (const watcher of watchers) watcher.close();
      treeAt = 0;
      grab();
      const files: HeldTempFile[] = [];
      for (const { target, fd } of held.values()) {
        try {
          files.push({ target, bytes: readFileSync(fd) });
        } finally {
          closeSync(fd);
        }
      }
      held.clear();
      return files;
    },
  };
}
