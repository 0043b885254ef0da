/**
 * The last step of a search: from the documents a query reached (a {@link ScoreAccumulator}) to the
 * ranked page — final scores, exact names first, topic filter, total, and the top `k` by heap.
 * @module
 */
import type { ScoreAccumulator } from './postings.ts';
import { topK } from './top-k.ts';

/**
 * A set of document ordinals for one query, without clearing an index-sized array per query:
 * `array[doc] === stamp` means marked, and {@link DocMarks.reset} just takes a new stamp.
 *
 * ```ts
 * const marks = new DocMarks();
 * marks.reset(100_000);
 * marks.add(42);
 * marks.has(42); // true
 * ```
 */
export class DocMarks {
  array = new Int32Array(0);
  stamp = 0;

  /** Empties the set and makes room for ordinals below `capacity`. */
  reset(capacity: number): void {
    if (this.array.length < capacity) this.array = new Int32Array(Math.max(capacity, this.array.length * 2));
    if (this.stamp >= 0x3fffffff) {
      this.array.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
  }

  add(doc: number): void {
    this.array[doc] = this.stamp;
  }

  has(doc: number): boolean {
    return this.array[doc] === this.stamp;
  }
}

/** What {@link rankTouched} needs besides the accumulator. */
export interface RankOptions {
  /** How many hits to keep, best first (`offset + limit`). */
  k: number;
  /** Exact-name matches: boosted by `exactBoost` and ranked before every other hit. */
  exact?: DocMarks;
  exactBoost: number;
  /** Only these documents count and rank (topic filter). */
  only?: DocMarks;
}

/** A ranked document: its ordinal, final score, and whether it is an exact-name match. */
export interface Ranked {
  doc: number;
  score: number;
  exact: boolean;
}

/**
 * Turns accumulated scores into final ones in place (times the number of matched query terms, as
 * MiniSearch's "quality"; times `exactBoost` for exact names), then returns the best `k` — exact names
 * first, then by score, ties in first-reach order — and the number of documents that passed `only`.
 */
export function rankTouched(acc: ScoreAccumulator, options: RankOptions): { ranked: Ranked[]; total: number } {
  const { scores, touched, size } = acc;
  const { exact, only, exactBoost } = options;
  for (let i = 0; i < size; i++) {
    const doc = touched[i]!;
    let score = scores[doc]! * acc.matched(doc);
    if (exact?.has(doc)) score *= exactBoost;
    scores[doc] = score;
  }
  const keep = only ? (i: number) => only.has(touched[i]!) : undefined;
  let total = size;
  if (keep) {
    total = 0;
    for (let i = 0; i < size; i++) if (keep(i)) total++;
  }
  const better = (a: number, b: number): boolean => {
    const da = touched[a]!;
    const db = touched[b]!;
    if (exact) {
      const ea = exact.has(da);
      if (ea !== exact.has(db)) return ea;
    }
    const sa = scores[da]!;
    const sb = scores[db]!;
    return sa > sb || (sa === sb && a < b);
  };
  const ranked = topK(size, options.k, better, keep).map((i) => {
    const doc = touched[i]!;
    return { doc, score: scores[doc]!, exact: exact?.has(doc) ?? false };
  });
  return { ranked, total };
}
