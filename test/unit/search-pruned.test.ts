/**
 * Block-max pruning (`search/pruned.ts`) against term-at-a-time scoring and `rankTouched`, on posting
 * lists built for it: long lists read with block bounds and short ones, queries of 1 to 20 sources
 * (the per-document source counts are bit-sliced: up to 5 bit planes here), a source's terms of
 * different density, removed documents. The same page (documents, scores to the bit, order) and total.
 */
import { describe, expect, test } from 'vitest';
import { PostingIndex, ScoreAccumulator } from '../../src/core/search/postings.ts';
import { PrunedScratch, rankPruned, type PrunedTerm } from '../../src/core/search/pruned.ts';
import { rankTouched } from '../../src/core/search/rank.ts';

const bm25 = { k: 1.2, b: 0.7, d: 0.5 };

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('rankPruned', () => {
  test('GIVEN queries of 1 to 20 sources over long and short lists THEN the page and total of full scoring', () => {
    const random = rng(7);
    // 24 words, from ~95 % of the documents down to ~1 %; 5,000 documents, two fields.
    const words = Array.from({ length: 24 }, (_, i) => ({ word: `w${i}`, p: 0.95 * 0.8 ** i }));
    const ix = new PostingIndex([2, 1], bm25);
    for (let d = 0; d < 5000; d++) {
      const title = words.filter((w) => random() < w.p / 3).map((w) => w.word);
      const body = words.filter((w) => random() < w.p).flatMap((w) => Array.from({ length: 1 + Math.floor(random() * 3) }, () => w.word));
      ix.add([title, body]);
    }
    for (let d = 0; d < 5000; d += 9) ix.remove(d);
    const acc = new ScoreAccumulator();
    const scratch = new PrunedScratch();
    let bounded = 0;
    let checked = 0;
    for (let q = 0; q < 60; q++) {
      const sources = 1 + (q % 20);
      // Each source one to three words, some shared between sources (a word and its concept).
      const plan: { id: number; weight: number; source: number }[] = [];
      for (let s = 1; s <= sources; s++) {
        const n = 1 + Math.floor(random() * 3);
        for (let j = 0; j < n; j++) plan.push({ id: ix.termId(words[Math.floor(random() ** 2 * words.length)]!.word)!, weight: 0.2 + random(), source: s });
      }
      const k = [1, 5, 10, 40][q % 4]!;
      acc.begin(ix.capacity);
      let last = 0;
      let source = 0;
      for (const t of plan) {
        if (t.source !== last) {
          source = acc.nextSource();
          last = t.source;
        }
        ix.accumulate(t.id, t.weight, acc, source);
      }
      const want = rankTouched(acc, { k, exact: undefined, exactBoost: 3, only: undefined });
      const terms: PrunedTerm[] = plan.map((t) => ({ postings: ix.postingsOf(t.id)!, weight: t.weight, source: t.source, alive: ix.deadMarks }));
      bounded += terms.filter((t) => t.postings.bounds !== undefined).length;
      acc.begin(ix.capacity);
      const got = rankPruned(terms, acc, scratch, { capacity: ix.capacity, k, exact: undefined, exactBoost: 3 });
      expect(got.total, `query ${q}`).toBe(want.total);
      expect(got.ranked, `query ${q}`).toEqual(want.ranked);
      checked++;
    }
    expect(checked).toBe(60);
    expect(bounded).toBeGreaterThan(60);
  });
});
