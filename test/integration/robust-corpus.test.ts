/**
 * The digests directory holding things that are not digest files (review): a named pipe and a
 * symlink to /dev/zero with digest-like names. Reading either would block forever (the load is
 * synchronous, at start-up and on every watcher reload); they must be reported and the rest loaded.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { starterDir } from '../support/app.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('loadCorpusDir with non-regular files', () => {
  it.runIf(hasMkfifo)('GIVEN a named pipe called pipe.txt THEN it is reported and the good digest loads (no hang)', () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-fifo-'));
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const corpus = loadCorpusDir(dir);
    expect(corpus.papers).toHaveLength(8);
    expect(corpus.problems).toEqual([expect.objectContaining({ file: 'pipe.txt', line: null, reason: expect.stringMatching(/not a regular file/) })]);
  });

  it.runIf(process.platform !== 'win32')('GIVEN zero.txt linking to /dev/zero and a directory called sub.md THEN both are reported, nothing hangs', () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-dev-'));
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    mkdirSync(join(dir, 'sub.md'));
    const corpus = loadCorpusDir(dir);
    expect(corpus.papers).toHaveLength(8);
    expect(corpus.problems.map((p) => p.file).sort()).toEqual(['sub.md', 'zero.txt']);
  });
});
