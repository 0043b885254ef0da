/** Digests dropped into the corpus directory while running are indexed without a restart. */
import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { openLiveCorpus, type LiveCorpus } from '../../src/app/live-corpus.ts';
import { starterDir } from '../support/app.ts';

let dir: string;
let second: string | undefined;
let live: LiveCorpus | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (second) rmSync(second, { recursive: true, force: true });
  second = undefined;
});

function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
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

describe('openLiveCorpus', () => {
  it('GIVEN a running corpus WHEN a digest is dropped in THEN its papers become searchable', async () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-watch-'));
    copyFileSync(join(starterDir, '2024-03-ru-daily.txt'), join(dir, '2024-03-ru-daily.txt'));
    let reloads = 0;
    live = await openLiveCorpus(dir, { debounceMs: 50, onReload: () => reloads++ });
    expect(live.index().search('MoRA').hits.map((h) => h.paper.name)).not.toContain('MoRA');
    const before = live.index().size;
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    // The start-up load, then the change (`onReload` comes once the whole update is in the index).
    await waitFor(() => reloads >= 2);
    expect(live.index().size).toBeGreaterThan(before);
    expect(live.index().search('MoRA').hits[0]?.paper.name).toBe('MoRA');
  });

  it('GIVEN a malformed file among good ones THEN it is reported with its name and the rest load', () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-watch-'));
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    writeFileSync(join(dir, '2024-06-broken.json'), '{"papers": [');
    const corpus = loadCorpusDir(dir);
    expect(corpus.papers).toHaveLength(8);
    expect(corpus.problems.map((p) => p.file)).toContain('2024-06-broken.json');
  });

  it('GIVEN two directories (digests and feeds) THEN both load into one corpus, a paper in both is one record, and a file renamed into the second is indexed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-watch-'));
    second = mkdtempSync(join(tmpdir(), 'paperboy-feeds-'));
    copyFileSync(join(starterDir, '2024-10-03-hfday.json'), join(dir, '2024-10-03-hfday.json'));
    // The same feed under another name in the second directory: its papers merge with the first's.
    copyFileSync(join(starterDir, '2024-10-03-hfday.json'), join(second, '2024-10-03-copy.json'));
    let updates = 0;
    live = await openLiveCorpus([dir, second], { debounceMs: 50, onReload: () => updates++ });
    expect(live.index().size).toBe(19);
    expect(live.status()).toMatchObject({ files: 2, papers: 19, contributions: 38, problems: [] });
    // A writer's hidden temporary file renamed into place (how the fetch job writes).
    const tmp = join(second, '.2024-05-ru-daily.txt.tmp');
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), tmp);
    renameSync(tmp, join(second, '2024-05-ru-daily.txt'));
    await waitFor(() => updates >= 2 && live!.index().size === 27);
    expect(live.index().search('MoRA').hits[0]?.paper.name).toBe('MoRA');
  });
});
