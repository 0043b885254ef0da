/**
 * The digests directory holding things that are not digest files (review): a named pipe and a
 * symlink to /dev/zero with digest-like names. Reading either would block forever (the load is
 * synchronous, at start-up and on every watcher reload); they must be reported and the rest loaded.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { openLiveCorpus, type LiveCorpus } from '../../src/app/live-corpus.ts';
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

describe('loadCorpusDir with links and hostile names (issue 16, items 6-7)', () => {
  let outside: string | undefined;
  afterEach(() => {
    if (outside) rmSync(outside, { recursive: true, force: true });
    outside = undefined;
  });

  it.runIf(process.platform !== 'win32')('GIVEN links to files outside the directory THEN they are not read, and nothing of them is logged', () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-links-'));
    outside = mkdtempSync(join(tmpdir(), 'paperboy-outside-'));
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    // A secret that would parse as a digest if read: the link must not be followed at all.
    copyFileSync(join(starterDir, '2024-03-ru-daily.txt'), join(outside, 'secret.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'secret.txt'));
    symlinkSync('/proc/self/environ', join(dir, 'environ.txt'));
    symlinkSync('/etc/shadow', join(dir, 'shadow.txt'));
    const corpus = loadCorpusDir(dir);
    expect(corpus.papers).toHaveLength(8);
    expect(corpus.problems.map((p) => [p.file, p.reason]).sort()).toEqual([
      ['environ.txt', 'symlink to a file outside the digests directories: not read'],
      ['secret.txt', 'symlink to a file outside the digests directories: not read'],
      ['shadow.txt', 'symlink to a file outside the digests directories: not read'],
    ]);
  });

  it.runIf(process.platform !== 'win32')('GIVEN a link to a digest inside the directory THEN it is read', () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-links-'));
    mkdirSync(join(dir, 'archive'));
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, 'archive', 'may.txt'));
    symlinkSync(join(dir, 'archive', 'may.txt'), join(dir, '2024-05-ru-daily.txt'));
    const corpus = loadCorpusDir(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.papers).toHaveLength(8);
  });

  it('GIVEN an unrecognised file with terminal escapes in its name and content THEN the problem quotes no content and escapes the name', () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-names-'));
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    writeFileSync(join(dir, 'evil\u001b[2J\u202e.txt'), 'TOKEN=abc123 \u001b]0;pwned\u0007\nsecond line\n');
    const corpus = loadCorpusDir(dir);
    expect(corpus.papers).toHaveLength(8);
    expect(corpus.problems).toEqual([{ file: 'evil\\u001b[2J\\u202e.txt', line: 1, reason: expect.stringMatching(/^not a recognised digest format/) }]);
    expect(corpus.problems[0]!.reason).not.toMatch(/TOKEN|abc123|pwned|\u001b/);
  });
});

describe('openLiveCorpus when the directory is deleted and created again (issue 16, item 7)', () => {
  let live: LiveCorpus | undefined;
  afterEach(async () => live?.close());

  it('GIVEN a watched directory removed and recreated THEN the watcher re-arms and new digests are indexed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-rearm-'));
    copyFileSync(join(starterDir, '2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    const errors: unknown[] = [];
    live = await openLiveCorpus(dir, { debounceMs: 20, onError: (e) => errors.push(e) });
    const before = live.index().size;
    rmSync(dir, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 300));
    mkdirSync(dir);
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    // The recreated directory holds only the new digest; later drops are seen too (still watching).
    // (An update reaches the index a slice at a time: wait for all of it.)
    await waitFor(() => live!.index().size === 8 && live!.index().search('MoRA').hits[0]?.paper.name === 'MoRA', 8_000);
    copyFileSync(join(starterDir, '2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    await waitFor(() => live!.index().size === before + 8, 8_000);
  });
});

function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (check()) return resolve();
      if (Date.now() - start > timeoutMs) return reject(new Error('condition not met in time'));
      setTimeout(poll, 25);
    };
    poll();
  });
}
