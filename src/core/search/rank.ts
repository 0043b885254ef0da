/**
 * The last step of a search: from the documents a query reached (a {@link ScoreAccumulator}) to the
 * ranked page — final scores, exact names first, topic filter, total, and the top `k` by heap.
 * @module
 */
import { countMask, type ScoreAccumulator } from './accumulator.ts';

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
 * Final scores (accumulated score times the number of matched query terms, as MiniSearch's
 * "quality"; times `exactBoost` for exact names) and the best `k` — exact names first, then by score,
 * ties in first-reach order — plus the number of documents that passed `only`.
 *
 * One pass over the reached documents with a bounded heap kept in typed arrays: a candidate that
 * cannot beat the worst kept one is rejected by one comparison, without calls (a topic query reaches
 * most of a 100,000-paper corpus and a page shows five).
 */
export function rankTouched(acc: ScoreAccumulator, options: RankOptions): { ranked: Ranked[]; total: number } {
  const { scores, touched, size } = acc;
  const { exact, only, exactBoost } = options;
  const k = Math.max(0, Math.min(options.k, size));
  const heap = new RankHeap(k);
  if (k === 0) {
    let total = only ? 0 : size;
    if (only) for (let i = 0; i < size; i++) if (only.has(touched[i]!)) total++;
    return { ranked: [], total };
  }
  const { state } = acc;
  // A local for the imported constant: V8 does not fold imported bindings read in a loop (~15 %).
  const mask = countMask;
  if (only === undefined && exact === undefined) {
    // The common case, in its own loop: with the optional tests inside, even untaken, V8 compiled
    // this loop ~3x slower per document (a broad query reaches ~90,000).
    let floor = -Infinity;
    for (let i = 0; i < size; i++) {
      const doc = touched[i]!;
      const score = scores[doc]! * (state[doc]! & mask);
      if (score <= floor) continue;
      heap.offer(i, doc, score, false);
      floor = heap.floor();
    }
    return { ranked: heap.sorted(), total: size };
  }
  const onlyMarks = only?.array;
  const onlyStamp = only?.stamp ?? 0;
  const exactMarks = exact?.array;
  const exactStamp = exact?.stamp ?? 0;
  // A non-exact candidate must beat `floor` to enter the heap: the worst kept score once the heap is
  // full (+Infinity when the worst kept is an exact name), so most candidates cost one comparison.
  let floor = -Infinity;
  let total = 0;
  for (let i = 0; i < size; i++) {
    const doc = touched[i]!;
    if (onlyMarks !== undefined && onlyMarks[doc] !== onlyStamp) continue;
    total++;
    let score = scores[doc]! * (state[doc]! & mask);
    const isExact = exactMarks !== undefined && exactMarks[doc] === exactStamp;
    if (isExact) score *= exactBoost;
    else if (score <= floor) continue;
    heap.offer(i, doc, score, isExact);
    floor = heap.floor();
  }
  return { ranked: heap.sorted(), total };
}

/**
 * The best `k` candidates seen, as a min-heap whose root is the worst kept one. Order: exact names
 * first, then higher score, then earlier reach (lower `i`: the `touched` index, or any key in the same
 * order, as `search/pruned.ts` passes).
 */
export class RankHeap {
  readonly #k: number;
  #n = 0;
  /** Float64: a pruned query's reach key (first term × capacity + ordinal) can pass 2^31. */
  readonly #i: Float64Array;
  readonly #doc: Int32Array;
  readonly #score: Float64Array;
  readonly #exact: Uint8Array;

  constructor(k: number) {
    this.#k = k;
    this.#i = new Float64Array(k);
    this.#doc = new Int32Array(k);
    this.#score = new Float64Array(k);
    this.#exact = new Uint8Array(k);
  }

  /** Whether slot a ranks below slot b (a is worse). */
  #worse(a: number, b: number): boolean {
    const ea = this.#exact[a]!;
    const eb = this.#exact[b]!;
    if (ea !== eb) return ea < eb;
    const sa = this.#score[a]!;
    const sb = this.#score[b]!;
    return sa < sb || (sa === sb && this.#i[a]! > this.#i[b]!);
  }

  offer(i: number, doc: number, score: number, exact: boolean): void {
    const e = exact ? 1 : 0;
    if (this.#n < this.#k) {
      const at = this.#n++;
      this.#set(at, i, doc, score, e);
      this.#up(at);
      return;
    }
    // Reject without touching the heap unless the candidate beats the root (the worst kept).
    const re = this.#exact[0]!;
    if (e < re) return;
    if (e === re) {
      const rs = this.#score[0]!;
      // Later reach loses ties (in rankTouched i only grows, so equal scores never replace the root).
      if (score < rs || (score === rs && i >= this.#i[0]!)) return;
    }
    this.#set(0, i, doc, score, e);
    this.#down(0);
  }

  /** What a non-exact candidate must exceed to enter (see {@link offer}). */
  floor(): number {
    if (this.#n < this.#k) return -Infinity;
    return this.#exact[0] === 1 ? Infinity : this.#score[0]!;
  }

  sorted(): Ranked[] {
    const order = Array.from({ length: this.#n }, (_, j) => j);
    order.sort((a, b) => (this.#worse(b, a) ? -1 : this.#worse(a, b) ? 1 : 0));
    return order.map((j) => ({ doc: this.#doc[j]!, score: this.#score[j]!, exact: this.#exact[j] === 1 }));
  }

  #set(at: number, i: number, doc: number, score: number, exact: number): void {
    this.#i[at] = i;
    this.#doc[at] = doc;
    this.#score[at] = score;
    this.#exact[at] = exact;
  }

  #swap(a: number, b: number): void {
    const i = this.#i[a]!;
    const doc = this.#doc[a]!;
    const score = this.#score[a]!;
    const exact = this.#exact[a]!;
    this.#set(a, this.#i[b]!, this.#doc[b]!, this.#score[b]!, this.#exact[b]!);
    this.#set(b, i, doc, score, exact);
  }

  #up(at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.#worse(at, parent)) break;
      this.#swap(at, parent);
      at = parent;
    }
  }

  #down(at: number): void {
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.#n) break;
      if (child + 1 < this.#n && this.#worse(child + 1, child)) child++;
      if (!this.#worse(child, at)) break;
      this.#swap(at, child);
      at = child;
    }
  }
}
