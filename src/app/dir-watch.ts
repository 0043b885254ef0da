/**
 * Watching corpus directories so that the watch survives the directory itself: `fs.watch` on a
 * directory that is deleted (or renamed away) and created again reports once and then nothing, since
 * it watched the old inode. Each directory's identity (device + inode) is checked on every event and
 * every `checkMs`; when it is gone the watcher is closed, and when a directory is back at the path a
 * new watcher is armed and `onChange` is called, so the caller re-reads it.
 *
 * ```ts
 * const w = watchDirs(['data/digests'], (dir, name) => reload(), { onError: (e) => log.warn(e) });
 * w.close();
 * ```
 * @module
 */
import { statSync, watch, type FSWatcher } from 'node:fs';

export interface DirWatchOptions {
  /** How often each directory's identity is checked (ms, default 1,000). */
  checkMs?: number;
  /** Watcher errors and re-arm failures (the watch keeps trying). */
  onError?: (error: unknown, dir: string) => void;
  /** Called when a directory disappeared (`false`) or came back (`true`). */
  onPresence?: (dir: string, present: boolean) => void;
}

export interface DirWatch {
  close(): void;
}

interface Watched {
  dir: string;
  watcher: FSWatcher | undefined;
  /** `dev:ino` of the watched directory, or undefined while it is missing. */
  identity: string | undefined;
}

function identityOf(dir: string): string | undefined {
  try {
    const s = statSync(dir);
    return s.isDirectory() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Watches `dirs`, calling `onChange(dir, name)` for every change reported in one of them (`name` may
 * be null), and `onChange(dir, null)` after a missing directory came back and was re-armed. Throws if a
 * directory cannot be watched at the start (a missing directory is a start-up error for the caller).
 */
export function watchDirs(dirs: readonly string[], onChange: (dir: string, name: string | null) => void, options: DirWatchOptions = {}): DirWatch {
  const entries: Watched[] = dirs.map((dir) => ({ dir, watcher: undefined, identity: undefined }));
  let closed = false;

  const arm = (e: Watched): boolean => {
    const identity = identityOf(e.dir);
    if (!identity) return false;
    const watcher = watch(e.dir, (_event, name) => {
      if (closed) return;
      // A deleted or replaced directory reports a last event: check before passing it on.
      if (identityOf(e.dir) !== e.identity) return check(e);
      onChange(e.dir, name);
    });
    watcher.on('error', (error) => {
      options.onError?.(error, e.dir);
      check(e);
    });
    e.watcher = watcher;
    e.identity = identity;
    return true;
  };

  const disarm = (e: Watched) => {
    e.watcher?.close();
    e.watcher = undefined;
    e.identity = undefined;
  };

  const check = (e: Watched) => {
    if (closed) return;
    const now = identityOf(e.dir);
    if (now === e.identity) return;
    const wasPresent = e.identity !== undefined;
    disarm(e);
    if (wasPresent) options.onPresence?.(e.dir, false);
    if (!now) return;
    try {
      if (arm(e)) {
        options.onPresence?.(e.dir, true);
        onChange(e.dir, null);
      }
    } catch (error) {
      disarm(e);
      options.onError?.(error, e.dir);
    }
  };

  try {
    for (const e of entries) if (!arm(e)) throw Object.assign(new Error(`ENOENT: no such directory, watch '${e.dir}'`), { code: 'ENOENT' });
  } catch (error) {
    for (const e of entries) disarm(e);
    throw error;
  }
  const timer = setInterval(() => entries.forEach(check), options.checkMs ?? 1_000);
  timer.unref();
  return {
    close() {
      closed = true;
      clearInterval(timer);
      for (const e of entries) disarm(e);
    },
  };
}
