/**
 * The feeds directory (`FEEDS_DIR`): where fetched documents are kept as they came, one file each,
 * named date first like the starter corpus (`2024-09-16-hf-daily.json`), so the corpus loader parses
 * them with the same parsers and dates them from the name, an operator can read them, and a restart
 * finds them instead of fetching again.
 *
 * Writes are atomic: the bytes go to a hidden temporary file in the same directory, are flushed,
 * and the file is renamed into place. The corpus watcher ignores hidden names, so it only ever
 * sees complete files, and a crash mid-write leaves at most a stray `.tmp` (removed on open).
 * @module
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface FeedsDir {
  readonly path: string;
  has(name: string): boolean;
  /** Writes `bytes` as `name`, atomically (temp file + rename). */
  write(name: string, bytes: Uint8Array): void;
}

const tempPrefix = '.';
const tempSuffix = '.tmp';

/** Opens (creating it when missing) the feeds directory; removes temporary files a crash left. */
export function openFeedsDir(path: string): FeedsDir {
  mkdirSync(path, { recursive: true });
  for (const name of readdirSync(path)) {
    if (name.startsWith(tempPrefix) && name.endsWith(tempSuffix)) rmSync(join(path, name), { force: true });
  }
  return {
    path,
    has: (name) => existsSync(join(path, name)),
    write(name, bytes) {
      if (!safeName(name)) throw new Error(`feeds-dir: refusing the file name "${name}"`);
      const temp = join(path, `${tempPrefix}${name}.${process.pid}${tempSuffix}`);
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, bytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      try {
        renameSync(temp, join(path, name));
      } catch (e) {
        rmSync(temp, { force: true });
        throw e;
      }
    },
  };
}

/** A plain file name: no directory part, not hidden. */
function safeName(name: string): boolean {
  return name.length > 0 && name.length <= 200 && !name.startsWith('.') && !/[/\\\0]/.test(name);
}

/**
 * A file-name-safe slug for a source id or URL: `arxiv:cs.CL+cs.LG` -> `arxiv-cs.CL+cs.LG`,
 * `https://rss.arxiv.org/rss/cs.LG` -> `rss.arxiv.org-rss-cs.LG`.
 */
export function slug(text: string, max = 80): string {
  return text
    .replace(/^https?:\/\//i, '')
    .replace(/[^A-Za-z0-9.+_-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, max);
}
