/** Digests dropped into the corpus directory while running are indexed without a restart. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpusDir, openLiveCorpus, type LiveCorpus } from '../../src/app/corpus-dir.ts';
import { starterDir } from '../support/app.ts';

let dir: string;
let live: LiveCorpus | undefined;
afterEach(() => {
  live?.close();
  live = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
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
    live = openLiveCorpus(dir, { debounceMs: 50, onReload: () => reloads++ });
    expect(live.index().search('MoRA').hits.map((h) => h.paper.name)).not.toContain('MoRA');
    const before = live.index().size;
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    await waitFor(() => live!.index().size > before);
    expect(live.index().search('MoRA').hits[0]?.paper.name).toBe('MoRA');
    expect(reloads).toBeGreaterThanOrEqual(1);
  });

  it('GIVEN a malformed file among good ones THEN it is reported with its name and the rest load', () => {
    dir = mkdtempSync(join(tmpdir(), 'paperboy-watch-'));
    copyFileSync(join(starterDir, '2024-05-ru-daily.txt'), join(dir, '2024-05-ru-daily.txt'));
    writeFileSync(join(dir, '2024-06-broken.json'), '{"papers": [');
    const corpus = loadCorpusDir(dir);
    expect(corpus.papers).toHaveLength(8);
    expect(corpus.problems.map((p) => p.file)).toContain('2024-06-broken.json');
  });
});
