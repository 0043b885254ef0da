/**
 * A first build shares reading and parsing with a helper (the main thread, idle until the index
 * exists): `CorpusFiles.syncShared` must give exactly what `sync` gives, whoever parses which file,
 * including files the helper fails on, unreadable files and problems, in directory order.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusFiles, readJob, type ShareFiles, type SyncResult } from '../../src/app/corpus-files.ts';
import { starterDir } from '../support/app.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** The starter digests, a broken file and a directory named like a digest (unreadable as one). */
function corpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'paperboy-shared-'));
  dirs.push(dir);
  for (const f of readdirSync(starterDir)) if (!f.startsWith('.')) copyFileSync(join(starterDir, f), join(dir, f));
  writeFileSync(join(dir, '2024-12-01-hfday.json'), '{"papers": [');
  mkdirSync(join(dir, '2024-12-02-ru-daily.txt'));
  return dir;
}

/** A helper on this thread that takes every `stride`-th turn, one file per macrotask; `fail` reports undefined instead. */
function helper(taken: number[], options: { fail?: boolean; idle?: boolean } = {}): ShareFiles {
  return (jobs, cursor, report) => {
    void (async () => {
      try {
        if (options.idle) return;
        for (let i = Atomics.add(cursor, 0, 1); i < jobs.length; i = Atomics.add(cursor, 0, 1)) {
          taken.push(i);
          report.done(i, options.fail ? undefined : structuredClone(readJob(jobs[i]!)));
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      } finally {
        report.finished();
      }
    })();
  };
}

const comparable = (files: CorpusFiles, r: SyncResult) => ({
  delta: JSON.parse(JSON.stringify(r.delta)) as unknown,
  status: r.status,
  counts: [r.parsed, r.removed, r.rehashed],
  papers: JSON.parse(JSON.stringify(files.papers())) as unknown,
});

describe('CorpusFiles.syncShared', () => {
  it('GIVEN a helper parsing some of the files THEN the result equals sync(), and both threads took files', async () => {
    const dir = corpusDir();
    const alone = CorpusFiles.create([dir]);
    const expected = comparable(alone, alone.sync());
    expect(expected.status.problems.length).toBeGreaterThanOrEqual(2);
    for (const options of [{}, { fail: true }, { idle: true }]) {
      const taken: number[] = [];
      const shared = CorpusFiles.create([dir]);
      const result = await shared.syncShared(helper(taken, options));
      expect(comparable(shared, result)).toEqual(expected);
      if (!options.idle) expect(taken.length).toBeGreaterThan(0);
      if (!options.idle) expect(taken.length).toBeLessThan(readdirSync(dir).length);
    }
  });

  it('GIVEN a shared first sync WHEN a file changes and one is removed THEN the next syncs equal those of a corpus synced alone', async () => {
    const dir = corpusDir();
    const alone = CorpusFiles.create([dir]);
    alone.sync();
    const shared = CorpusFiles.create([dir]);
    await shared.syncShared(helper([]));
    const name = readdirSync(dir).find((f) => f.endsWith('hfday.json') && !f.startsWith('2024-12'))!;
    rmSync(join(dir, name));
    writeFileSync(join(dir, '2024-12-01-hfday.json'), JSON.stringify({ papers: [] }));
    expect(comparable(shared, shared.sync())).toEqual(comparable(alone, alone.sync()));
  });
});
