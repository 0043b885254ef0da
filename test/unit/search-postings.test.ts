import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { PostingIndex, ScoreAccumulator } from '../../src/core/search/postings.ts';
import { topK } from '../../src/core/search/top-k.ts';

const bm25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Scores of one term over documents, keyed by ordinal. */
function scoresOf(ix: PostingIndex, terms: string[], weight = 1): Map<number, { score: number; matched: number }> {
  const acc = new ScoreAccumulator();
  acc.begin(ix.capacity);
  for (const term of terms) {
    const id = ix.termId(term);
    const source = acc.nextSource();
    if (id !== undefined) ix.accumulate(id, weight, acc, source);
  }
  const out = new Map<number, { score: number; matched: number }>();
  for (let i = 0; i < acc.size; i++) out.set(acc.touched[i]!, { score: acc.scores[acc.touched[i]!]!, matched: acc.matched(acc.touched[i]!) });
  return out;
}

describe('PostingIndex.accumulate', () => {
  test('GIVEN random two-field documents THEN the BM25+ scores MiniSearch gives the same documents and boosts', () => {
    const vocabulary = ['alpha', 'beta', 'gamma', 'delta', 'eps'];
    const doc = fc.tuple(fc.array(fc.constantFrom(...vocabulary), { maxLength: 6 }), fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 25 }), fc.constantFrom(...vocabulary), (docs, term) => {
        const ix = new PostingIndex([3, 1], bm25);
        docs.forEach((fields) => ix.add(fields));
        ix.commit();
        const ms = new MiniSearch({ fields: ['a', 'b'], tokenize: (s) => (s ? s.split(' ') : []), searchOptions: { bm25, boost: { a: 3, b: 1 } } });
        ms.addAll(docs.map(([a, b], i) => ({ id: i, a: a.join(' '), b: b.join(' ') })));
        const want = new Map(ms.search(term).map((r) => [r.id as number, r.score]));
        const got = scoresOf(ix, [term]);
        expect(new Set(got.keys())).toEqual(new Set(want.keys()));
        for (const [d, { score }] of got) expect(score).toBeCloseTo(want.get(d)!, 5);
      }),
      { numRuns: 200 },
    );
  });

  test('GIVEN several sources reaching a document THEN each counts once in matched, in first-reach order', () => {
    const ix = new PostingIndex([1], bm25);
    ix.add([['a', 'b']]);
    ix.add([['b']]);
    ix.add([['c']]);
    const acc = new ScoreAccumulator();
    acc.begin(ix.capacity);
    const s1 = acc.nextSource();
    ix.accumulate(ix.termId('b')!, 1, acc, s1);
    ix.accumulate(ix.termId('b')!, 0.5, acc, s1); // a second index term of the same source (a prefix match)
    ix.accumulate(ix.termId('a')!, 1, acc, acc.nextSource());
    expect([...acc.touched.slice(0, acc.size)]).toEqual([0, 1]);
    expect([acc.matched(0), acc.matched(1), acc.matched(2)]).toEqual([2, 1, 0]);
  });

  test('GIVEN a reused accumulator THEN the previous query leaves nothing behind', () => {
    const ix = new PostingIndex([1], bm25);
    ix.add([['a']]);
    ix.add([['b']]);
    const acc = new ScoreAccumulator();
    acc.begin(ix.capacity);
    ix.accumulate(ix.termId('a')!, 1, acc, acc.nextSource());
    acc.begin(ix.capacity);
    ix.accumulate(ix.termId('b')!, 1, acc, acc.nextSource());
    expect(acc.size).toBe(1);
    expect(acc.scores[0]).toBe(0);
    expect(acc.matched(0)).toBe(0);
  });

  test('GIVEN a removed document THEN it is skipped and the others score as if it was never added', () => {
    const ix = new PostingIndex([1], bm25);
    const gone = ix.add([['a', 'a', 'b']]);
    ix.add([['a', 'c']]);
    ix.add([['b', 'c', 'c']]);
    ix.remove(gone, [['a', 'a', 'b']]);
    const fresh = new PostingIndex([1], bm25);
    fresh.add([['a', 'c']]);
    fresh.add([['b', 'c', 'c']]);
    for (const term of ['a', 'b', 'c']) {
      const got = [...scoresOf(ix, [term]).entries()].map(([d, s]) => [d - 1, s.score.toFixed(6)]);
      const want = [...scoresOf(fresh, [term]).entries()].map(([d, s]) => [d, s.score.toFixed(6)]);
      expect(got, term).toEqual(want);
    }
    expect(ix.size).toBe(2);
    expect(ix.has(ix.termId('a')!, 0, gone)).toBe(false);
  });
});

describe('PostingIndex.has', () => {
  test('GIVEN a term in one field THEN true for that field only', () => {
    const ix = new PostingIndex([1, 1], bm25);
    ix.add([['x'], ['y']]);
    ix.add([['y'], []]);
    const y = ix.termId('y')!;
    expect([ix.has(y, 0, 0), ix.has(y, 1, 0), ix.has(y, 0, 1), ix.has(y, 1, 1)]).toEqual([false, true, true, false]);
  });
});

describe('PostingIndex.extensions', () => {
  test('GIVEN prefixable terms THEN the longer ones sharing the prefix, never the prefix itself', () => {
    const ix = new PostingIndex([1], bm25, (t) => t.startsWith('д'));
    ix.add([['диффуз', 'диффузн', 'диффузионн', 'дом', 'diffusion']]);
    expect(new Set([...ix.extensions('диффуз')].map(([t]) => t))).toEqual(new Set(['диффузн', 'диффузионн']));
    expect([...ix.extensions('diff')]).toEqual([]);
  });
});

describe('topK', () => {
  test('GIVEN any scores, k and filter THEN the same as sorting all and slicing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 4 }), (scores, k, mod) => {
        const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
        const keep = (i: number) => i % mod === 0;
        const all = scores.map((_, i) => i).filter(keep).sort((a, b) => scores[b]! - scores[a]! || a - b);
        expect(topK(scores.length, k, better, keep)).toEqual(all.slice(0, k));
      }),
    );
  });
});
