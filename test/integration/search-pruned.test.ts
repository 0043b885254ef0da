/**
 * Block-max pruning (`src/core/search/pruned.ts`) must not change a single page: the benchmark's
 * 1,000 mixed queries (en/ru/zh/names/topics) over a generated corpus, each ranked with pruning and
 * with every posting scored (`index.pruning = false`, the reference), give the same hits in the same
 * order, the same scores (within 1e-9; they are in fact bit-identical), the same `why`, `total` and
 * `relaxed`. 6,000 papers: above the size where pruning starts, and the topic queries reach most of
 * the corpus, as at 100,000 (where `bench/search-only.ts` measures it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tagPapers } from '../../src/core/corpus.ts';
import { topicCatalog } from '../../src/core/topics.ts';
import { DigestIndex, type SearchOptions, type SearchPage } from '../../src/core/search-index.ts';
import { makeCorpus } from '../../bench/corpus-gen.ts';
import { loadStarterPools } from '../../bench/gen/starter.ts';
import { buildQueries, type BenchQuery } from '../../bench/gen/queries.ts';
import { fullConfig } from '../../bench/suite.ts';
import type { Paper } from '../../src/core/model.ts';

const papers = 6000;
/** Pages as the bot asks for them (5 a page, page 2), and deeper ones as recommendations do. */
const pageOptions: SearchOptions[] = [{ limit: 5 }, { limit: 5, offset: 5 }, { limit: 40 }];

/** The differences between the pruned and the full ranking of `queries` (empty when identical). */
function differences(index: DigestIndex, queries: readonly BenchQuery[], options: readonly SearchOptions[]): string[] {
  const out: string[] = [];
  const cacheSize = index.resultCacheSize;
  index.resultCacheSize = 0;
  for (const { q } of queries) {
    for (const opts of options) {
      index.pruning = true;
      const pruned = index.search(q, opts);
      index.pruning = false;
      const full = index.search(q, opts);
      const problem = comparePages(pruned, full);
      if (problem) out.push(`${JSON.stringify(q)} ${JSON.stringify(opts)}: ${problem}`);
    }
  }
  index.pruning = true;
  index.resultCacheSize = cacheSize;
  return out;
}

function comparePages(a: SearchPage, b: SearchPage): string | undefined {
  if (a.total !== b.total) return `total ${a.total} vs ${b.total}`;
  if (a.relaxed !== b.relaxed) return `relaxed ${a.relaxed} vs ${b.relaxed}`;
  if (a.hits.length !== b.hits.length) return `${a.hits.length} vs ${b.hits.length} hits`;
  for (let i = 0; i < a.hits.length; i++) {
    const x = a.hits[i]!;
    const y = b.hits[i]!;
    if (x.paper.id !== y.paper.id) return `hit ${i}: ${x.paper.id} vs ${y.paper.id}`;
    if (Math.abs(x.score - y.score) > 1e-9) return `hit ${i}: score ${x.score} vs ${y.score}`;
    if (x.why.join() !== y.why.join()) return `hit ${i}: why ${x.why.join()} vs ${y.why.join()}`;
  }
  return undefined;
}

/** Two pages equal to the bit: ids, scores (`Object.is`), `why`, total and `relaxed`. */
function samePage(a: SearchPage, b: SearchPage): string | undefined {
  if (a.total !== b.total || a.relaxed !== b.relaxed || a.hits.length !== b.hits.length) return `total ${a.total}/${b.total}, relaxed ${a.relaxed}/${b.relaxed}, ${a.hits.length}/${b.hits.length} hits`;
  for (let i = 0; i < a.hits.length; i++) {
    const x = a.hits[i]!;
    const y = b.hits[i]!;
    if (x.paper.id !== y.paper.id || !Object.is(x.score, y.score) || x.why.join() !== y.why.join()) return `hit ${i}: ${x.paper.id} ${x.score} vs ${y.paper.id} ${y.score}`;
  }
  return undefined;
}

describe('DigestIndex pruning', () => {
  let corpus: Paper[];
  let queries: BenchQuery[];
  beforeAll(() => {
    corpus = makeCorpus(loadStarterPools(), papers, tagPapers, fullConfig.seed).papers;
    queries = buildQueries(corpus, topicCatalog, fullConfig.queries, fullConfig.seed + 10);
  });

  it('GIVEN the bench corpus and its 1,000 queries THEN pruned pages equal fully scored ones', () => {
    const index = new DigestIndex();
    index.add(corpus);
    expect(differences(index, queries, pageOptions)).toEqual([]);
  }, 120_000);

  it('GIVEN tied scores reached first by different terms THEN pruned pages keep first-reach order', () => {
    // Ties rank by first reach: the papers of the query's first term before those only its second
    // term reaches, whatever their ordinals. 'kvarx' and 'zulby' papers score alike (one occurrence,
    // same lengths, same document frequency); the 'kvarx' ones come last in the index but first in
    // the query, so ordinal order would put the wrong ones first. 'common' makes the query broad.
    const paper = (i: number, word: string): Paper => ({ ...corpus[0]!, id: `tie:${i}`, name: null, aliases: undefined, title: `${word} common`, localTitle: undefined, abstract: undefined, texts: undefined, summary: 'common filler text', lang: 'en', topics: [] });
    const filler = Array.from({ length: 5000 }, (_, i) => paper(i, 'filler'));
    const index = new DigestIndex();
    index.add([...Array.from({ length: 4 }, (_, i) => paper(10_000 + i, 'zulby')), ...filler, ...Array.from({ length: 4 }, (_, i) => paper(20_000 + i, 'kvarx'))]);
    index.resultCacheSize = 0;
    index.pruning = false;
    const full = index.search('kvarx zulby common', { limit: 6 });
    expect(full.hits.map((h) => h.paper.id)).toEqual(['tie:20000', 'tie:20001', 'tie:20002', 'tie:20003', 'tie:10000', 'tie:10001']);
    index.pruning = true;
    expect(comparePages(index.search('kvarx zulby common', { limit: 6 }), full)).toBeUndefined();
  });

  it('GIVEN removed papers, a snapshot segment and a tail THEN pruned pages still equal fully scored ones', () => {
    // Postings in a segment (the snapshot) and in a tail (added after), removed papers' postings
    // still held (no compaction), and replaced papers: the paths a live index takes.
    const first = new DigestIndex();
    first.add(corpus.slice(0, 4500));
    const index = DigestIndex.fromSnapshot(first.snapshot());
    index.add(corpus.slice(4500));
    index.remove(corpus.filter((_, i) => i % 7 === 3).map((p) => p.id));
    index.add(corpus.filter((_, i) => i % 11 === 5).map((p) => ({ ...p, summary: `${p.summary} LLM` })));
    expect(index.deadFraction).toBeGreaterThan(0);
    expect(differences(index, queries.slice(0, 300), pageOptions)).toEqual([]);
    // A change after queries: the kept bounds are recomputed (in place) on the next query.
    index.remove(corpus.filter((_, i) => i % 5 === 1).map((p) => p.id));
    expect(differences(index, queries.slice(0, 300), pageOptions)).toEqual([]);
  }, 120_000);

  it('GIVEN lists warmed after each change THEN pages equal, to the bit, those of an index never warmed and of full scoring', () => {
    // Two indexes from one snapshot through the same changes (a tail, removals, replacements, a
    // compaction); one warmed after each change (`warm`, as the bot does), the other computing its
    // lists on first use; both against every posting scored (`pruning = false`).
    const first = new DigestIndex();
    first.add(corpus.slice(0, 4500));
    const snapshot = first.snapshot();
    const warm = DigestIndex.fromSnapshot(snapshot);
    const cold = DigestIndex.fromSnapshot(snapshot);
    warm.resultCacheSize = 0;
    cold.resultCacheSize = 0;
    const changes: ((index: DigestIndex) => void)[] = [
      () => {},
      (index) => index.add(corpus.slice(4500)),
      (index) => index.remove(corpus.filter((_, i) => i % 7 === 3).map((p) => p.id)),
      (index) => index.add(corpus.filter((_, i) => i % 11 === 5).map((p) => ({ ...p, summary: `${p.summary} LLM` }))),
      (index) => {
        for (const _ of index.compaction());
      },
    ];
    const problems: string[] = [];
    let warmed = 0;
    for (const [step, change] of changes.entries()) {
      change(warm);
      change(cold);
      expect(warm.warmth().staleLists, `step ${step}`).toBeGreaterThan(0);
      // In small slices, as the bot runs it.
      for (let read; (read = warm.warm(5_000)) > 0; ) warmed += read;
      expect(warm.warmth().staleLists, `step ${step}`).toBe(0);
      expect(cold.warmth().staleLists, `step ${step}`).toBeGreaterThan(0);
      for (const { q } of queries.slice(0, 200)) {
        for (const opts of pageOptions.slice(0, 2)) {
          warm.pruning = true;
          cold.pruning = true;
          const a = warm.search(q, opts);
          const b = cold.search(q, opts);
          cold.pruning = false;
          const full = cold.search(q, opts);
          const problem = samePage(a, b) ?? samePage(a, full);
          if (problem) problems.push(`step ${step} ${JSON.stringify(q)} ${JSON.stringify(opts)}: ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(warmed).toBeGreaterThan(0);
  }, 120_000);
});
