/**
 * Warming (issue 14, search p99): after the index is built, loaded or updated, the live corpus brings
 * its long posting lists up to date a slice at a time (`DigestIndex.warm`), so the first searches after
 * a change do not compute them. A corpus large enough for long lists (4,000 generated papers: lists
 * pruning reads with block bounds need 2,048 postings); after each warming nothing is stale, and the
 * answers are those of an index built from the files and never warmed.
 */
import { describe, expect, it } from 'vitest';
import { indexCorpus, loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { openLiveCorpus, type WarmEvent } from '../../src/app/live-corpus.ts';
import type { DigestIndex } from '../../src/core/index.ts';
import { ensureCorpusDir, writeNewDigest } from '../../bench/gen/corpus-files.ts';
import { liveCorpusScratch } from '../support/live-corpus-scratch.ts';

const queries = ['diffusion', 'LLM', 'видео', 'большие языковые модели', '视频生成', '大语言模型', 'robot policy', 'reinforcement learning agents'];

const { tempDir, track } = liveCorpusScratch();

const until = async (what: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Ids, scores (exact) and reasons of the first 50 hits of each query. */
const answers = (index: DigestIndex) => queries.map((q) => index.search(q, { limit: 50 }).hits.map((h) => [h.paper.id, h.score, h.why.join()]));

describe('openLiveCorpus: warming', () => {
  it('GIVEN long posting lists THEN they are warmed after the build, after a snapshot load and after an update, and answers equal an index never warmed', async () => {
    const dir = tempDir('paperboy-warm-');
    const state = tempDir('paperboy-warm-state-');
    ensureCorpusDir(dir, 4000);
    const warmed: WarmEvent[] = [];
    const first = await openLiveCorpus(dir, { watch: false, stateDir: state, onWarmed: (e) => warmed.push(e) });
    track(first);
    await until(() => warmed.length === 1);
    expect(warmed[0]!.postings).toBeGreaterThan(2048);
    expect(warmed[0]!.slices).toBeGreaterThan(0);
    const warmth = first.index().warmth();
    expect(warmth.lists).toBeGreaterThan(0);
    expect(warmth.staleLists).toBe(0);

    // An update: every kept list is stale until warming runs again (it did by the time the event comes).
    writeNewDigest(dir, 40, 'Zyxwarm');
    await first.reload();
    await until(() => warmed.length === 2);
    expect(warmed[1]!.postings).toBeGreaterThanOrEqual(warmth.postings);
    expect(first.index().warmth().staleLists).toBe(0);
    expect(first.index().search('Zyxwarm').hits[0]?.paper.name).toBe('Zyxwarm');
    const rebuilt = indexCorpus(loadCorpusDir(dir));
    expect(rebuilt.warmth().staleLists).toBeGreaterThan(0);
    expect(answers(first.index())).toEqual(answers(rebuilt));
    await first.close();

    // A start from the snapshot warms the loaded index too; without warming, nothing is computed ahead.
    const loaded: WarmEvent[] = [];
    const second = await openLiveCorpus(dir, { watch: false, stateDir: state, deferCatchUp: true, onWarmed: (e) => loaded.push(e) });
    track(second);
    expect(second.loadedFrom).toBe('snapshot');
    await until(() => loaded.length === 1);
    expect(second.index().warmth().staleLists).toBe(0);
    expect(answers(second.index())).toEqual(answers(rebuilt));
    await second.close();
    const unwarmed: WarmEvent[] = [];
    const third = await openLiveCorpus(dir, { watch: false, stateDir: state, deferCatchUp: true, warm: false, onWarmed: (e) => unwarmed.push(e) });
    track(third);
    await new Promise((r) => setTimeout(r, 200));
    expect(unwarmed).toEqual([]);
    expect(third.index().warmth().staleLists).toBe(third.index().warmth().lists);
    expect(third.index().warmth().lists).toBeGreaterThan(0);
  }, 180_000);
});
