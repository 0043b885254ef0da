/**
 * Reading digest files safely: what a corpus directory may make the bot read, and what of it may
 * reach a log line.
 *
 * - Only regular files are read. Files are opened with `O_NONBLOCK` (a named pipe would otherwise
 *   block the open until a writer comes) and `O_NOFOLLOW`, and checked on the open descriptor, so a
 *   file swapped for a link between the check and the read is not followed either.
 * - A symlink in a corpus directory is followed only when its target resolves inside one of the
 *   corpus directories (`within`); a link to `/etc/shadow` or `/proc/self/environ` is reported
 *   and never opened. Explicit paths (the CLI's `parse <file>`) are the operator's choice and are
 *   followed.
 * - Problems are made log-safe by {@link safeProblem}: control and bidi characters escaped, length
 *   capped, so a hostile file name or excerpt cannot drive the operator's terminal.
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { DigestProblem } from '../core/index.ts';

/** Largest digest file read (bigger files are reported, not read). */
export const maxDigestBytes = 64 * 1024 * 1024;

/** Longest problem text (file name or reason) that reaches a log line; the rest is cut with `…`. */
export const maxProblemChars = 300;

/** How a path may be read: `within` lists the real paths a symlink's target must resolve inside. */
export interface ReadPolicy {
  within?: readonly string[];
}

/** A file's bytes plus what identifies this version of it (for snapshot keys). */
export interface ReadFile {
  bytes: Buffer;
  size: number;
  mtimeMs: number;
}

/** Why a file was not read (a value, not an exception). */
export type ReadRefusal = { reason: string };

/** Whether `path` (a real path) is `dir` or inside it. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Reads one digest file under `policy`, or says why not (never throws for a bad file).
 * ```ts
 * readDigestBytes('data/digests/x.txt', { within: ['/srv/data/digests'] }); // { bytes, size, mtimeMs } | { reason }
 * ```
 */
export function readDigestBytes(path: string, policy: ReadPolicy = {}, isLink = false): ReadFile | ReadRefusal {
  let target = path;
  if (isLink && policy.within) {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (e) {
      return { reason: `symlink cannot be resolved (${(e as NodeJS.ErrnoException).code ?? 'error'}): not read` };
    }
    if (!policy.within.some((dir) => isInside(real, dir))) return { reason: 'symlink to a file outside the digests directories: not read' };
    target = real;
  }
  let fd: number;
  try {
    // O_NOFOLLOW only where links were resolved above (a corpus directory); explicit paths follow.
    const flags = constants.O_RDONLY | constants.O_NONBLOCK | (policy.within ? constants.O_NOFOLLOW : 0);
    fd = openSync(target, flags);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { reason: 'became a symlink while being read: not read' };
    return { reason: `cannot read: ${code ?? (e as Error).message}` };
  }
  try {
    const stat = fstatSync(fd);
    // A FIFO, socket or device (/dev/zero) would block or never end: regular files only.
    if (!stat.isFile()) return { reason: stat.isDirectory() ? 'is a directory, not a digest file' : 'not a regular file (pipe, socket or device): skipped' };
    if (stat.size > maxDigestBytes) return { reason: `file is ${Math.round(stat.size / 1048576)} MB, over the ${maxDigestBytes / 1048576} MB limit` };
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: read === stat.size ? bytes : bytes.subarray(0, read), size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (e) {
    return { reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  } finally {
    closeSync(fd);
  }
}

// === Log-safe problems

/** C0/C1 controls (but tab/newline), DEL, bidi overrides/isolates, zero-width and line separators. */
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A string as it may appear in a log line: unsafe characters as `\uXXXX`, newlines as `\n`, at
 * most {@link maxProblemChars} characters.
 * ```ts
 * logSafe('a\u001b[31mb'); // 'a\\u001b[31mb'
 * ```
 */
export function logSafe(text: string): string {
  const escaped = text.replace(/\n/g, '\\n').replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const chars = Array.from(escaped);
  return chars.length <= maxProblemChars ? escaped : `${chars.slice(0, maxProblemChars - 1).join('')}…`;
}

/** A problem with its file name and reason made log-safe ({@link logSafe}). */
export function safeProblem(p: DigestProblem): DigestProblem {
  return { ...p, file: logSafe(p.file), reason: logSafe(p.reason) };
}
