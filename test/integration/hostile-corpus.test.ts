/**
 * Issue 16 ("Loading digests" 1-5, "Tests and figures"): every hostile-corpus case, dropped into a
 * digests directory next to a good digest. The load returns (no crash), names the file and line of
 * the problem, keeps warnings capped, and loads everything else; dropped in while the bot runs, it
 * never blocks a later reload. The CLI reports such files in one line each, never a stack trace.
 * Sizes are the `ci` scale of `test/support/hostile-corpus.ts` (the same shapes, a few MB);
 * `npx tsx bench/hostile.ts full` runs the sizes with time and memory.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { openLiveCorpus } from '../../src/app/live-corpus.ts';
import { runCli } from '../../src/cli.ts';
import { hostileCases } from '../support/hostile-corpus.ts';
import { starterDir } from '../support/app.ts';

const good = '2024-05-ru-daily.txt';
const cases = hostileCases({ scale: 'ci' });
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function dirWith(...files: { file: string; bytes: Uint8Array }[]): string {
  dir = mkdtempSync(join(tmpdir(), 'paperboy-hostile-'));
  copyFileSync(join(starterDir, good), join(dir, good));
  for (const f of files) writeFileSync(join(dir, f.file), f.bytes);
  return dir;
}

async function cli(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s) });
  return { code, stdout, stderr };
}

describe('hostile corpus: each case next to a good digest', () => {
  it.each(cases.map((c) => [c.id, c] as const))('GIVEN %s THEN the load returns, names file and line, and loads the rest', (_id, c) => {
    const corpus = loadCorpusDir(dirWith({ file: c.file, bytes: c.bytes() }));
    expect(corpus.digests.find((d) => d.file === good)?.papers).toHaveLength(8);
    const mine = corpus.digests.find((d) => d.file === c.file);
    expect(mine?.papers.length ?? null).toBe(c.expect.papers);
    const problems = corpus.problems.filter((p) => p.file === c.file);
    if (c.expect.problem) expect(problems).toContainEqual({ file: c.file, line: c.expect.problem.line, reason: expect.stringMatching(c.expect.problem.reason) });
    else expect(problems).toEqual([]);
    expect(problems.length).toBeLessThanOrEqual(c.expect.maxProblems ?? 1);
    expect(corpus.problems.filter((p) => p.file !== c.file)).toEqual([]);
  });

  it('GIVEN every case at once, dropped in while running THEN each reload succeeds and a good file added later is indexed', async () => {
    const live = await openLiveCorpus(dirWith(), { watch: false });
    try {
      for (const c of cases) writeFileSync(join(dir!, c.file), c.bytes());
      const loaded = await live.reload();
      const expected = 8 + cases.reduce((n, c) => n + (c.expect.papers ?? 0), 0);
      expect(loaded.status.contributions).toBe(expected);
      copyFileSync(join(starterDir, '2024-03-ru-daily.txt'), join(dir!, '2024-03-ru-daily.txt'));
      await live.reload();
      expect(live.index().search('SOTOPIA-pi').hits[0]?.paper.name).toBe('SOTOPIA-π');
      // Warnings stay summarised: no file contributes more than its cap.
      const perFile = new Map<string, number>();
      for (const p of live.status().problems) perFile.set(p.file, (perFile.get(p.file) ?? 0) + 1);
      expect(Math.max(...perFile.values())).toBeLessThanOrEqual(21);
    } finally {
      await live.close();
    }
  });
});

describe('hostile corpus through the CLI', () => {
  const byId = (id: string) => cases.find((c) => c.id === id)!;

  it.each(['million-line-ru-daily', 'json-deep-nesting', 'binary-as-txt', 'zh-monthly-too-many-entries'])('GIVEN parse on %s THEN one line naming file and line, exit 1', async (id) => {
    const c = byId(id);
    const d = dirWith({ file: c.file, bytes: c.bytes() });
    const run = await cli('parse', join(d, c.file));
    expect(run.code).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(new RegExp(`^${c.file.replace(/\./g, '\\.')}(:\\d+)?: `));
    expect(run.stdout).toEqual([]);
  });

  it('GIVEN parse on the noisy ru-daily THEN its 3 papers, and a first warning saying 3 of 130,003 lines were read, then 19 warnings and one summary', async () => {
    const c = byId('noisy-ru-daily');
    const d = dirWith({ file: c.file, bytes: c.bytes() });
    const run = await cli('parse', join(d, c.file));
    expect(run.code).toBe(0);
    expect(run.stdout).toHaveLength(3);
    expect(run.stderr).toHaveLength(21);
    expect(run.stderr[0]).toBe('2024-06-noisy-ru-daily.txt:3: only 3 of 130003 lines read as abstracts: ru-daily expects one abstract (40+ characters) per line');
    expect(run.stderr[20]).toMatch(/^2024-06-noisy-ru-daily\.txt: 129,981 more warnings not listed \(lines 22-130003; the first: line skipped: too short/);
  });

  it('GIVEN ingest of the minified one-line JSON feed THEN it is accepted (JSON has no per-line limit)', async () => {
    const c = byId('minified-json-feed');
    const src = mkdtempSync(join(tmpdir(), 'paperboy-hostile-src-'));
    try {
      writeFileSync(join(src, c.file), c.bytes());
      const d = dirWith();
      const run = await cli('ingest', join(src, c.file), '--dir', d);
      expect(run.stderr).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.stdout[0]).toMatch(/: 120 papers \(hfday-json, utf-8\)/);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });

  it('GIVEN ingest of a file over the paper limit THEN one line and exit 1, nothing copied', async () => {
    const c = byId('million-line-ru-daily');
    const src = mkdtempSync(join(tmpdir(), 'paperboy-hostile-src-'));
    try {
      writeFileSync(join(src, c.file), c.bytes());
      const d = dirWith();
      const run = await cli('ingest', join(src, c.file), '--dir', d);
      expect(run.code).toBe(1);
      expect(run.stderr).toEqual([`paperboy: ${c.file}:10002: more than 10,000 papers in one file (the per-file limit): split it into smaller digests`]);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });
});
