import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { PostingIndex, ScoreAccumulator } from '../../src/core/search/postings.ts';
import { DocMarks, rankTouched } from '../../src/core/search/rank.ts';

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

  test('GIVEN a query that reached most documents THEN the next one starts from zero (cleared in bulk)', () => {
    const ix = new PostingIndex([1], bm25);
    for (let d = 0; d < 40; d++) ix.add([d % 10 === 0 ? ['rare', 'common'] : ['common']]);
    const acc = new ScoreAccumulator();
    acc.begin(ix.capacity);
    ix.accumulate(ix.termId('common')!, 1, acc, acc.nextSource());
    expect(acc.size).toBe(40);
    acc.begin(ix.capacity);
    ix.accumulate(ix.termId('rare')!, 1, acc, acc.nextSource());
    expect([...acc.touched.slice(0, acc.size)]).toEqual([0, 10, 20, 30]);
    for (let d = 0; d < 40; d++) expect([acc.scores[d]! > 0, acc.matched(d)]).toEqual(d % 10 === 0 ? [true, 1] : [false, 0]);
  });

  test('GIVEN long and short posting lists, sources of several terms and removed documents THEN scores, matched counts and reach order are those of a plain per-posting loop', () => {
    // Long lists (>= 512 postings) take the cached-impact loop, short ones the per-posting one; both
    // must give what summing each term's BM25+ score in query order gives.
    const vocabulary = ['a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(
        fc.array(fc.subarray(vocabulary, { minLength: 1 }), { minLength: 1200, maxLength: 1400 }),
        fc.array(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (docs, sources, removals) => {
          const ix = new PostingIndex([1], bm25);
          docs.forEach((terms) => ix.add([terms]));
          const removed = new Set(removals.map((r) => r % docs.length));
          for (const d of removed) ix.remove(d);
          // Reference: one term at a time, each alone in a fresh accumulator, summed in query order.
          const single = new Map<string, Map<number, number>>();
          for (const t of vocabulary) {
            const acc = new ScoreAccumulator();
            acc.begin(ix.capacity);
            ix.accumulate(ix.termId(t)!, 1, acc, acc.nextSource());
            single.set(t, new Map([...acc.touched.slice(0, acc.size)].map((d) => [d, acc.scores[d]!])));
          }
          const want = new Map<number, { score: number; matched: number }>();
          const acc = new ScoreAccumulator();
          acc.begin(ix.capacity);
          for (const terms of sources) {
            const source = acc.nextSource();
            const hit = new Set<number>();
            for (const t of terms) {
              ix.accumulate(ix.termId(t)!, 0.5, acc, source);
              for (const [d, s] of single.get(t)!) {
                const w = want.get(d) ?? { score: 0, matched: 0 };
                w.score += 0.5 * s;
                if (!hit.has(d)) (hit.add(d), w.matched++);
                want.set(d, w);
              }
            }
          }
          const got = [...acc.touched.slice(0, acc.size)];
          expect(got).toEqual([...want.keys()]);
          for (const d of got) expect({ score: acc.scores[d], matched: acc.matched(d) }).toEqual(want.get(d));
          expect(got.some((d) => removed.has(d))).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });

  test('GIVEN a removed document THEN it is skipped and the others score as if it was never added', () => {
    const ix = new PostingIndex([1], bm25);
    const gone = ix.add([['a', 'a', 'b']]);
    ix.add([['a', 'c']]);
    ix.add([['b', 'c', 'c']]);
    ix.remove(gone);
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

describe('rankTouched', () => {
  // Moved from the topK test (top-k.ts was folded into rankTouched's heap): the same property, now
  // with exact-name marks and the matched-terms factor.
  test('GIVEN any scores, k, filter and exact names THEN the same as scoring and sorting all, and the total of the filter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 3 }), fc.boolean()), { maxLength: 200 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (docs, k, mod, withExact, withOnly) => {
          const acc = new ScoreAccumulator();
          acc.begin(docs.length);
          // Reach documents in reverse ordinal order so first-reach order differs from ordinals.
          const order = docs.map((_, d) => docs.length - 1 - d);
          const maxMatched = Math.max(1, ...docs.map(([, m]) => m));
          for (let m = 1; m <= maxMatched; m++) {
            const source = acc.nextSource();
            for (const d of order) {
              if (docs[d]![1] < m) continue;
              if (acc.state[d] === 0) acc.touched[acc.size++] = d;
              acc.state[d] = (source << 10) | ((acc.state[d]! & 1023) + 1);
              if (m === 1) acc.scores[d] = docs[d]![0];
            }
          }
          const exact = new DocMarks();
          exact.reset(docs.length);
          docs.forEach(([, , e], d) => e && exact.add(d));
          const only = new DocMarks();
          only.reset(docs.length);
          docs.forEach((_, d) => d % mod === 0 && only.add(d));
          const final = (d: number) => docs[d]![0] * docs[d]![1] * (docs[d]![2] ? 3 : 1);
          const want = order
            .filter((d) => d % mod === 0)
            .map((d, reach) => ({ d, reach }))
            .sort((a, b) => Number(docs[b.d]![2]) - Number(docs[a.d]![2]) || final(b.d) - final(a.d) || a.reach - b.reach)
            .slice(0, k)
            .map(({ d }) => [d, final(d)]);
          if (withExact && withOnly) {
            const got = rankTouched(acc, { k, exact, exactBoost: 3, only });
            expect(got.ranked.map((r) => [r.doc, r.score])).toEqual(want);
            expect(got.total).toBe(order.filter((d) => d % mod === 0).length);
            return;
          }
          // Without marks (the common case, which takes a shorter path): plain score order.
          const kept = withOnly ? order.filter((d) => d % mod === 0) : order;
          const plain = (d: number) => docs[d]![0] * docs[d]![1];
          const score = withExact ? final : plain;
          const isExact = (d: number) => withExact && docs[d]![2];
          const expected = kept
            .map((d, reach) => ({ d, reach }))
            .sort((a, b) => Number(isExact(b.d)) - Number(isExact(a.d)) || score(b.d) - score(a.d) || a.reach - b.reach)
            .slice(0, k)
            .map(({ d }) => [d, score(d)]);
          const got = rankTouched(acc, { k, exact: withExact ? exact : undefined, exactBoost: 3, only: withOnly ? only : undefined });
          expect(got.ranked.map((r) => [r.doc, r.score])).toEqual(expected);
          expect(got.total).toBe(kept.length);
        },
      ),
    );
  });
});

describe('PostingIndex storage (segments, tail, compaction, snapshots)', () => {
  const vocabulary = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta'];
  // Three fields; repeated words give tfs above 7 in several fields (the overflow codes).
  const doc = fc.tuple(
    fc.array(fc.constantFrom(...vocabulary), { maxLength: 4 }),
    fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }),
    fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }),
  );
  type Op = { op: 'add'; fields: string[][] } | { op: 'remove'; pick: number } | { op: 'compact' } | { op: 'partial' } | { op: 'roundtrip' } | { op: 'freeze' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 6, arbitrary: doc.map((fields) => ({ op: 'add' as const, fields })) },
    { weight: 2, arbitrary: fc.nat().map((pick) => ({ op: 'remove' as const, pick })) },
    { weight: 1, arbitrary: fc.constant({ op: 'compact' as const }) },
    { weight: 1, arbitrary: fc.constant({ op: 'partial' as const }) },
    { weight: 1, arbitrary: fc.constant({ op: 'roundtrip' as const }) },
    { weight: 1, arbitrary: fc.constant({ op: 'freeze' as const }) },
  );
  const boosts = [3, 2, 1];

  test('GIVEN a large batch frozen, then small ones THEN the tail pool shrinks to what a small batch needs', () => {
    const ix = new PostingIndex(boosts, bm25);
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
    for (let d = 0; d < 2_000; d++) ix.add([words(3), words(20), words(60)]);
    ix.freeze();
    const large = ix.bytes;
    for (let round = 0; round < 2; round++) {
      for (let d = 0; d < 20; d++) ix.add([words(3), words(20), words(60)]);
      ix.freeze();
    }
    const segments = ix.snapshot().segments.reduce((n, s) => n + s.docs.byteLength + s.codes.byteLength + s.offsets.byteLength, 0);
    // 2,000 documents of 60 distinct terms: ~720 KB of postings; the pool that took them is not kept for 20-document batches.
    expect(large - segments).toBeGreaterThan(500_000);
    expect(ix.bytes - segments).toBeLessThan(large - segments - 400_000);
  });

  test('GIVEN any sequence of adds, removes, compactions, freezes and snapshot round trips THEN every term scores as in an index built from the live documents alone', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        let ix = new PostingIndex(boosts, bm25);
        const live = new Map<number, string[][]>();
        let pending: Generator<void, void> | undefined;
        for (const o of ops) {
          if (o.op === 'add') live.set(ix.add(o.fields), o.fields);
          else if (o.op === 'remove' && live.size) {
            const doc = [...live.keys()][o.pick % live.size]!;
            ix.remove(doc);
            live.delete(doc);
          } else if (o.op === 'compact') ix.compact();
          else if (o.op === 'partial') {
            // A compaction driven one small step at a time, with the index used in between.
            pending ??= ix.compaction(2);
            if (pending.next().done) pending = undefined;
          } else if (o.op === 'roundtrip' && !pending) ix = PostingIndex.fromSnapshot(ix.snapshot(), boosts, bm25);
          else if (o.op === 'freeze') ix.freeze();
        }
        while (pending && !pending.next().done);
        const fresh = new PostingIndex(boosts, bm25);
        const ordinals = [...live.keys()].sort((a, b) => a - b);
        for (const d of ordinals) fresh.add(live.get(d)!);
        expect(ix.size).toBe(live.size);
        for (const term of vocabulary) {
          const got = [...scoresOf(ix, [term]).entries()].map(([d, s]) => [d, s.score.toFixed(9)]);
          const want = [...scoresOf(fresh, [term]).entries()].map(([d, s]) => [ordinals[d]!, s.score.toFixed(9)]);
          expect(got, term).toEqual(want);
          const id = ix.termId(term);
          for (const d of ordinals) for (let f = 0; f < 3; f++) expect(id !== undefined && ix.has(id, f, d), `${term} ${d} ${f}`).toBe(live.get(d)![f]!.includes(term));
        }
        // After a whole compaction the forward index holds the live documents' slots only (an empty
        // range for a removed one, at least a byte per distinct term and field of a live one), and
        // removing every document leaves no document frequency behind.
        ix.compact();
        const { forwardStart, forwardBytes, capacity } = ix.snapshot();
        for (let d = 0; d < capacity; d++) {
          const distinct = live.get(d)?.reduce((m, tokens) => m + new Set(tokens).size, 0) ?? 0;
          const bytes = forwardStart[d + 1]! - forwardStart[d]!;
          if (distinct === 0) expect(bytes, `doc ${d}`).toBe(0);
          else expect(bytes, `doc ${d}`).toBeGreaterThanOrEqual(distinct);
        }
        expect(forwardStart[capacity]).toBe(forwardBytes.length);
        for (const d of ordinals) ix.remove(d);
        expect([...ix.snapshot().df].every((n) => n === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('GIVEN a long list scored, then changed THEN its kept impacts are recomputed (scores as a fresh index)', () => {
    const ix = new PostingIndex([2, 1], bm25);
    const live = new Map<number, string[][]>();
    const fieldsOf = (i: number) => [i % 3 === 0 ? ['common'] : [], Array.from({ length: 1 + (i % 11) }, (_, j) => (j % 4 === 0 ? 'common' : `w${j}`))];
    const check = () => {
      const fresh = new PostingIndex([2, 1], bm25);
      const ordinals = [...live.keys()].sort((a, b) => a - b);
      for (const d of ordinals) fresh.add(live.get(d)!);
      const want = new Map([...scoresOf(fresh, ['common']).entries()].map(([d, s]) => [ordinals[d]!, s.score]));
      const got = scoresOf(ix, ['common']);
      expect(new Set(got.keys())).toEqual(new Set(want.keys()));
      for (const [d, { score }] of got) expect(Math.abs(score - want.get(d)!) / want.get(d)!).toBeLessThan(1e-6);
    };
    for (let i = 0; i < 1_500; i++) live.set(ix.add(fieldsOf(i)), fieldsOf(i));
    check();
    for (const d of [...live.keys()].filter((d) => d % 5 === 0)) {
      ix.remove(d);
      live.delete(d);
    }
    check();
    for (let i = 0; i < 200; i++) live.set(ix.add(fieldsOf(i + 7)), fieldsOf(i + 7));
    check();
    ix.compact();
    check();
  });

  test('GIVEN slots far apart (forward-index deltas of one to three bytes) THEN removing documents by ordinal leaves the document frequencies of an index built without them', () => {
    // 20,000 terms in two fields: slots up to 40,000, first slots and gaps beyond 2^7 and 2^14.
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.nat(19_999), { maxLength: 8 }), fc.array(fc.nat(19_999), { maxLength: 8 })), { minLength: 1, maxLength: 30 }), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (docs, keep) => {
        const terms = (ids: number[]) => ids.map((i) => `t${i}`);
        const ix = new PostingIndex([2, 1], bm25);
        // Every term known first, in order, so term ids are the numbers themselves.
        ix.add([Array.from({ length: 20_000 }, (_, i) => `t${i}`), []]);
        ix.remove(0);
        const added = docs.map(([a, b]) => ix.add([terms(a), terms(b)]));
        const fresh = new PostingIndex([2, 1], bm25);
        fresh.add([Array.from({ length: 20_000 }, (_, i) => `t${i}`), []]);
        fresh.remove(0);
        docs.forEach(([a, b], i) => (keep[i] ? fresh.add([terms(a), terms(b)]) : ix.remove(added[i]!)));
        const got = ix.snapshot().df;
        const want = fresh.snapshot().df;
        expect(got.length).toBe(want.length);
        expect(got.findIndex((n, i) => n !== want[i])).toBe(-1);
      }),
      { numRuns: 40 },
    );
  });

  test('GIVEN removed documents THEN compaction drops their postings and a snapshot restores the same index', () => {
    const ix = new PostingIndex([1, 1], bm25);
    const docs = Array.from({ length: 50 }, (_, i) => ix.add([[`t${i % 7}`, 'all'], ['all', 'all']]));
    for (const d of docs.slice(0, 25)) ix.remove(d);
    expect(ix.postings).toBe(50 * 2);
    ix.compact();
    expect(ix.postings).toBe(25 * 2);
    const copy = PostingIndex.fromSnapshot(ix.snapshot(), [1, 1], bm25);
    expect([...scoresOf(copy, ['all', 't3']).entries()]).toEqual([...scoresOf(ix, ['all', 't3']).entries()]);
    expect(copy.size).toBe(25);
  });
});

describe('PostingIndex.warm', () => {
  /**
   * 4,200 documents: `common` in all (a list pruning reads with block bounds), `half` in every
   * third one (a long list, below the bounded length: warmed only once a query used it), `rare` in
   * a few, fillers; three fields, tfs above 1 and several fields per posting (every code path of the impacts).
   */
  const fieldsOf = (i: number): string[][] => [
    i % 5 === 0 ? (i % 50 === 0 ? ['common', 'rare'] : ['common']) : [],
    i % 3 === 0 ? ['half', 'common', 'common'] : ['common'],
    Array.from({ length: 1 + (i % 9) }, (_, j) => (j === 1 && i % 6 === 0 ? 'half' : `x${(i * 7 + j) % 400}`)),
  ];
  const build = (n: number) => {
    const ix = new PostingIndex([3, 2, 1], bm25);
    for (let i = 0; i < n; i++) ix.add(fieldsOf(i));
    return ix;
  };
  /** What block-at-a-time scoring reads of a term: values and bounds, copied. */
  const read = (ix: PostingIndex, term: string) => {
    const p = ix.postingsOf(ix.termId(term)!)!;
    return { length: p.length, values: [...p.values], bounds: p.bounds && { start: [...p.bounds.start], max: [...p.bounds.max], bits: [...p.bounds.bits] } };
  };

  test('GIVEN a new index THEN warming computes the bounded lists, longest first, a list per step, and then nothing is stale', () => {
    const ix = build(4200);
    expect(ix.warmth()).toEqual({ lists: 1, postings: 4200, staleLists: 1, stalePostings: 4200 });
    expect(ix.nextWarmLength).toBe(4200);
    expect(ix.warm(1)).toBe(4200);
    expect(ix.warm(1)).toBe(0);
    expect(ix.warmth()).toEqual({ lists: 1, postings: 4200, staleLists: 0, stalePostings: 0 });
    expect(ix.boundsBytes).toBeGreaterThan(0);
    // A query's use of `half` keeps its impacts: from then on warming keeps it current too.
    ix.postingsOf(ix.termId('half')!);
    expect(ix.warmth()).toEqual({ lists: 2, postings: 5600, staleLists: 0, stalePostings: 0 });
    // Any change makes both stale; warming takes the longer one first, one list per step when the budget is small.
    ix.add(fieldsOf(4200));
    expect(ix.warmth()).toMatchObject({ lists: 2, staleLists: 2, stalePostings: 5602 });
    expect(ix.nextWarmLength).toBe(4201);
    expect(ix.warm(1)).toBe(4201);
    expect(ix.warmth()).toMatchObject({ staleLists: 1, stalePostings: 1401 });
    expect(ix.warm(1)).toBe(1401);
    expect(ix.warm(1_000_000)).toBe(0);
    expect(ix.warmth().staleLists).toBe(0);
  });

  test('GIVEN changes of every kind THEN warmed lists read exactly as lists computed on first use', () => {
    // Two indexes through the same changes; one warmed after each, the other never: the values and
    // bounds a query reads are equal to the bit (snapshot segments, a tail, removals, replacements, compaction).
    const base = build(4200);
    base.postingsOf(base.termId('half')!);
    const warm = PostingIndex.fromSnapshot(base.snapshot(), [3, 2, 1], bm25);
    const cold = PostingIndex.fromSnapshot(base.snapshot(), [3, 2, 1], bm25);
    // Both read `half` once (so warming keeps it; the cold one recomputes it on each read).
    read(warm, 'half');
    read(cold, 'half');
    const changes: ((ix: PostingIndex) => void)[] = [
      () => {},
      (ix) => {
        for (let i = 4200; i < 4600; i++) ix.add(fieldsOf(i));
      },
      (ix) => {
        for (let d = 3; d < 4600; d += 7) ix.remove(d);
      },
      (ix) => {
        // Replacements: the old one removed, its new version appended.
        for (let d = 10; d < 400; d += 13) {
          ix.remove(d);
          ix.add(fieldsOf(d + 1));
        }
      },
      (ix) => ix.compact(),
    ];
    let warmed = 0;
    for (const change of changes) {
      change(warm);
      change(cold);
      expect(warm.warmth().staleLists).toBeGreaterThan(0);
      warmed += warm.warm(Infinity);
      expect(warm.warmth().staleLists).toBe(0);
      expect(cold.warmth().staleLists).toBeGreaterThan(0);
      for (const term of ['common', 'half', 'rare']) expect(read(warm, term), term).toEqual(read(cold, term));
      // And scoring term at a time (the kept impacts) agrees too.
      for (const term of ['common', 'half']) expect([...scoresOf(warm, [term], 0.7)]).toEqual([...scoresOf(cold, [term], 0.7)]);
    }
    expect(warmed).toBeGreaterThan(4 * 5000);
  });
});
