/**
 * Block-max pruning for broad queries: the same ranked page and total as term-at-a-time scoring
 * followed by {@link rankTouched}, without scoring most postings of lists that reach most of the corpus.
 *
 * Why: a topic word (`llm`, «большие языковые модели», 大语言模型) and its concept and topic expansions
 * reach 80-95 % of a 100,000-paper index through a few lists of 40,000-90,000 postings each, and
 * scoring them all was most of the slowest queries' time, while a page shows five papers.
 *
 * How: documents are cut into blocks of 32 ordinals. For each block an upper bound of any final score
 * in it — the sum of each term's largest weighted score in the block (kept per long list,
 * `BlockBounds`; computed per query for short ones) times the most sources any one document of the
 * block matches (a final score is its sum times its matched sources). The documents each source
 * reaches are known per block as 32-bit words (the long lists' live bitmaps; the short lists' postings),
 * counted per document in bit-sliced counters: a few word operations per block and source. Counting
 * every source with a posting anywhere in the block, as before, let blocks where no document matched
 * them all through the threshold: at 20,000 papers the 376 pruned bench queries scored 49,206 blocks,
 * with the per-document count 32,258 (-34 %; some broad mixed-language queries 3-4x fewer).
 * The blocks with the best bounds are scored first, which gives a threshold (the k-th best score so
 * far); then every block in ordinal order is scored only if its bound reaches the threshold.
 *
 * Exactly the same page: a block is scored by the same additions in the same order (term by term in
 * plan order, so each document's float64 sum has the same bits); floating-point addition and
 * multiplication are monotone, so a bound summed in that order is never below a real score; ties are
 * ranked by first reach as {@link rankTouched} ranks them (the position of the first term that reached
 * the document, then its ordinal, which is the `touched` order); the total is the number of live
 * documents in the union of the lists, counted from bitmaps. Document-at-a-time MaxScore was tried
 * before and lost to the plain loops: per-candidate bookkeeping in JS; here the bookkeeping is per
 * block, and the inner loop is the same kernel.
 * @module
 */
import { countBits, countMask, type ScoreAccumulator } from './accumulator.ts';
import { blockShift, type TermPostings } from './postings.ts';
import { RankHeap, type DocMarks, type Ranked } from './rank.ts';

/** One query term as {@link rankPruned} reads it. */
export interface PrunedTerm {
  postings: TermPostings;
  /** The term's query weight (> 0). */
  weight: number;
  /** Its source (a query word, concept or topic), numbered from 1: documents count once per source. */
  source: number;
  /** Alive flags when the term's index holds removed documents' postings (skip them), else undefined. */
  alive: Uint8Array<ArrayBufferLike> | undefined;
}

/** What {@link rankPruned} needs besides the terms. */
export interface PrunedOptions {
  /** Ordinals in use (every document is below it). */
  capacity: number;
  /** How many hits to keep (`offset + limit`, > 0). */
  k: number;
  /** Exact-name matches (ranked first, score times `exactBoost`), with their ordinals. */
  exact: { marks: DocMarks; ordinals: readonly number[] } | undefined;
  exactBoost: number;
}

/** Blocks scored before the ordinal scan, to set the threshold: the best bounds, beyond `k`. */
const seedBlocks = 8;

// A block is one 32-bit word of a document bitmap (membership words below, `BlockBounds.bits`).
if (blockShift !== 5) throw new Error('pruned.ts: blocks of 32 documents (one bitmap word) expected');

/** Reusable per-query scratch of {@link rankPruned} (sized to the index, like the accumulator). */
export class PrunedScratch {
  bound = new Float64Array(0);
  /** Per block, the documents of the current source (one bit each). */
  member = new Uint32Array(0);
  /** Per block, how many sources reach each of its documents: bit-sliced counters, `planes` words a block. */
  counts = new Uint32Array(0);
  done = new Uint8Array(0);
  union = new Uint32Array(0);

  /** Makes room for `blocks` blocks, `words` bitmap words and counters of `planes` bits, cleared. */
  reset(blocks: number, words: number, planes: number): void {
    if (this.bound.length < blocks) {
      this.bound = new Float64Array(blocks);
      this.member = new Uint32Array(blocks);
      this.done = new Uint8Array(blocks);
    } else {
      this.bound.fill(0, 0, blocks);
      this.member.fill(0, 0, blocks);
      this.done.fill(0, 0, blocks);
    }
    if (this.counts.length < blocks * planes) this.counts = new Uint32Array(blocks * planes);
    else this.counts.fill(0, 0, blocks * planes);
    if (this.union.length < words) this.union = new Uint32Array(words);
    else this.union.fill(0, 0, words);
  }
}

/**
 * The best `k` documents and the total, as {@link rankTouched} gives them after every term was
 * accumulated, scoring only the blocks whose bound can reach the k-th best score. `acc` must be
 * fresh (`begin`); it is left untracked.
 */
export function rankPruned(terms: readonly PrunedTerm[], acc: ScoreAccumulator, scratch: PrunedScratch, options: PrunedOptions): { ranked: Ranked[]; total: number } {
  const { capacity, k, exact, exactBoost } = options;
  const blocks = (capacity + (1 << blockShift) - 1) >> blockShift;
  const words = (capacity + 31) >> 5;
  // The most sources a document can match: runs of terms of one source (plan order keeps a source's terms together).
  let runs = 0;
  for (let t = 0; t < terms.length; t++) if (t === 0 || terms[t]!.source !== terms[t - 1]!.source) runs++;
  const planes = 32 - Math.clz32(runs);
  scratch.reset(blocks, words, planes);
  acc.untracked();
  const { bound, member, counts, done, union } = scratch;

  // === Bounds per block (term by term in plan order: see the module comment), the documents each
  // source reaches (counted per document, bit-sliced) and the union bitmap
  let current = terms[0]?.source ?? 0;
  for (const term of terms) {
    const { postings, weight, source, alive } = term;
    if (source !== current) {
      countMembers(member, counts, blocks, planes);
      current = source;
    }
    const b = postings.bounds;
    if (b !== undefined) {
      const { start, max, bits } = b;
      for (let i = 0; i < blocks; i++) {
        if (start[i + 1]! === start[i]!) continue;
        bound[i] += weight * max[i]!;
        member[i]! |= bits[i]!;
      }
      for (let w = 0; w < words; w++) union[w]! |= bits[w]!;
      continue;
    }
    const { values } = postings;
    let at = 0;
    let block = -1;
    let best = 0;
    for (const { docs, from, to } of postings.ranges) {
      for (let i = from; i < to; i++, at++) {
        const doc = docs[i]!;
        const blk = doc >> blockShift;
        if (blk !== block) {
          if (block >= 0) bound[block] += weight * best;
          block = blk;
          best = 0;
        }
        const v = values[at]!;
        if (v > best) best = v;
        if (alive === undefined || alive[doc] === 1) {
          union[doc >> 5]! |= 1 << (doc & 31);
          member[blk]! |= 1 << (doc & 31);
        }
      }
    }
    if (block >= 0) bound[block] += weight * best;
  }
  countMembers(member, counts, blocks, planes);
  let total = 0;
  for (let w = 0; w < words; w++) total += popcount(union[w]!);
  // A document's score is its sum times the sources that reach it: the block's bound takes the most
  // sources any of its documents has (not every source with a posting in the block: fewer blocks pass).
  for (let i = 0; i < blocks; i++) bound[i] = bound[i]! * maxCount(counts, i * planes, planes);

  const heap = new RankHeap(Math.min(k, total));
  if (total === 0) return { ranked: [], total };
  const cursors = new Int32Array(terms.length);
  const scoreBlocks = (from: number, to: number, seek: boolean): void => {
    done.fill(1, from, to);
    scoreSpan(terms, from << blockShift, to << blockShift, cursors, seek, acc);
    offerSpan(terms, from << blockShift, Math.min(capacity, to << blockShift), capacity, acc, heap, exact, exactBoost);
  };

  // === Seed: blocks holding exact names (ranked first whatever their score), then the best bounds
  if (exact !== undefined) for (const doc of exact.ordinals) if (doc < capacity && done[doc >> blockShift] === 0) scoreBlocks(doc >> blockShift, (doc >> blockShift) + 1, true);
  for (const blk of bestBlocks(bound, blocks, k + seedBlocks)) if (done[blk] === 0 && bound[blk]! >= heap.floor()) scoreBlocks(blk, blk + 1, true);

  // === Scan: every other block whose bound reaches the k-th best so far (ties may still win), in
  // runs of adjacent blocks (one pass per term and run; the threshold is read again per run)
  cursors.fill(0);
  for (let blk = 0; blk < blocks; ) {
    const floor = heap.floor();
    if (done[blk] === 1 || bound[blk]! < floor) {
      blk++;
      continue;
    }
    let end = blk + 1;
    while (end < blocks && end - blk < maxRun && done[end] === 0 && bound[end]! >= floor) end++;
    scoreBlocks(blk, end, false);
    blk = end;
  }
  return { ranked: heap.sorted(), total };
}

/** Most blocks scored in one run before the threshold is read again. */
const maxRun = 32;

/**
 * Adds every term's postings for ordinals `[lo, hi)` to the accumulator, in plan order. `seek`: find
 * each term's first posting by binary search (spans in any order); else advance `cursors` (spans in
 * ordinal order).
 */
function scoreSpan(terms: readonly PrunedTerm[], lo: number, hi: number, cursors: Int32Array, seek: boolean, acc: ScoreAccumulator): void {
  const { scores, state } = acc;
  for (let t = 0; t < terms.length; t++) {
    const { postings, weight, source, alive } = terms[t]!;
    const { values, ranges, bounds } = postings;
    let at: number;
    if (bounds !== undefined) at = bounds.start[lo >> blockShift]!;
    else if (seek) at = seekPosition(ranges, lo);
    else at = advance(ranges, cursors[t]!, lo);
    let base = 0;
    for (const { docs, from, to } of ranges) {
      const n = to - from;
      if (at >= base + n) {
        base += n;
        continue;
      }
      const i = from + (at - base);
      const shift = at - i;
      const end = alive === undefined ? addSpan(docs, values, i, to, shift, hi, weight, source, scores, state) : addSpanLive(docs, values, i, to, shift, hi, weight, source, scores, state, alive);
      at += end - i;
      if (end < to) break;
      base += n;
    }
    cursors[t] = at;
  }
}

/**
 * The kernel of {@link scoreSpan}: adds `weight × values[i + shift]` for the postings from `i` on
 * whose ordinal is below `hi`, counting each document once per source (as `addImpacts` in
 * `postings.ts`, without `touched`); returns where it stopped. Its twin {@link addSpanLive} skips
 * removed documents: a test for them in this loop made V8 compile it far slower, even untaken.
 */
function addSpan(docs: Int32Array, values: Float32Array | Float64Array, i: number, to: number, shift: number, hi: number, weight: number, source: number, scores: Float64Array, state: Int32Array): number {
  const bits = countBits;
  const mask = countMask;
  const tag = source << bits;
  for (; i < to; i++) {
    const doc = docs[i]!;
    if (doc >= hi) break;
    const st = state[doc]!;
    const other = (st >>> bits) ^ source;
    state[doc] = tag | ((st & mask) + ((other | -other) >>> 31));
    scores[doc] += weight * values[i + shift]!;
  }
  return i;
}

/** {@link addSpan} skipping removed documents (`alive[doc] !== 1`). */
function addSpanLive(docs: Int32Array, values: Float32Array | Float64Array, i: number, to: number, shift: number, hi: number, weight: number, source: number, scores: Float64Array, state: Int32Array, alive: Uint8Array<ArrayBufferLike>): number {
  const bits = countBits;
  const mask = countMask;
  const tag = source << bits;
  for (; i < to; i++) {
    const doc = docs[i]!;
    if (doc >= hi) break;
    if (alive[doc] !== 1) continue;
    const st = state[doc]!;
    const other = (st >>> bits) ^ source;
    state[doc] = tag | ((st & mask) + ((other | -other) >>> 31));
    scores[doc] += weight * values[i + shift]!;
  }
  return i;
}

/**
 * Offers the reached documents of `[lo, hi)` to the heap: final score (times the matched sources,
 * times `exactBoost` for exact names) and, for those that can enter, their reach key.
 */
function offerSpan(terms: readonly PrunedTerm[], lo: number, hi: number, capacity: number, acc: ScoreAccumulator, heap: RankHeap, exact: PrunedOptions['exact'], exactBoost: number): void {
  const { scores, state } = acc;
  const mask = countMask;
  const exactMarks = exact?.marks.array;
  const exactStamp = exact?.marks.stamp ?? 0;
  let floor = heap.floor();
  for (let doc = lo; doc < hi; doc++) {
    const count = state[doc]! & mask;
    if (count === 0) continue;
    let score = scores[doc]! * count;
    const isExact = exactMarks !== undefined && exactMarks[doc] === exactStamp;
    if (isExact) score *= exactBoost;
    else if (score < floor) continue;
    heap.offer(firstTerm(terms, doc) * capacity + doc, doc, score, isExact);
    floor = heap.floor();
  }
}

/**
 * The position in `terms` of the first term whose postings hold live document `doc` — with the
 * ordinal, the order in which term-at-a-time scoring first reached it (its `touched` order).
 */
function firstTerm(terms: readonly PrunedTerm[], doc: number): number {
  for (let t = 0; t < terms.length; t++) {
    const { postings, alive } = terms[t]!;
    if (postings.bounds !== undefined) {
      if ((postings.bounds.bits[doc >> 5]! >>> (doc & 31)) & 1) return t;
      continue;
    }
    if (alive !== undefined && alive[doc] !== 1) continue;
    const { ranges } = postings;
    const at = seekPosition(ranges, doc);
    if (at < postings.length && docAt(ranges, at) === doc) return t;
  }
  throw new Error('rankPruned: a scored document is in no term');
}

/** The ordinal at concatenated position `at`. */
function docAt(ranges: TermPostings['ranges'], at: number): number {
  for (const { docs, from, to } of ranges) {
    if (at < to - from) return docs[from + at]!;
    at -= to - from;
  }
  return -1;
}

/** The concatenated position of the first posting at or after ordinal `doc` (binary search per range). */
function seekPosition(ranges: TermPostings['ranges'], doc: number): number {
  let base = 0;
  for (const { docs, from, to } of ranges) {
    if (to > from && docs[to - 1]! >= doc) {
      let lo = from;
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (docs[mid]! < doc) lo = mid + 1;
        else hi = mid;
      }
      return base + (lo - from);
    }
    base += to - from;
  }
  return base;
}

/** From concatenated position `at`, the first position whose ordinal is at least `doc` (linear: short lists). */
function advance(ranges: TermPostings['ranges'], at: number, doc: number): number {
  let base = 0;
  for (const { docs, from, to } of ranges) {
    const n = to - from;
    if (at < base + n) {
      let i = from + (at - base);
      while (i < to && docs[i]! < doc) i++;
      if (i < to) return base + (i - from);
      at = base + n;
    }
    base += n;
  }
  return at;
}

/** The `n` blocks with the highest bounds (unordered ties), best first. */
function bestBlocks(bound: Float64Array, blocks: number, n: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < blocks; i++) {
    const b = bound[i]!;
    if (b === 0) continue;
    if (best.length === n && b <= bound[best[n - 1]!]!) continue;
    let j = best.length < n ? best.length : n - 1;
    while (j > 0 && bound[best[j - 1]!]! < b) {
      best[j] = best[j - 1]!;
      j--;
    }
    best[j] = i;
  }
  return best;
}

/**
 * Adds the current source's membership words to the per-block counters and clears them: bit-sliced,
 * `counts[block × planes + p]` holds bit p of each of the block's 32 documents' counts.
 */
function countMembers(member: Uint32Array, counts: Uint32Array, blocks: number, planes: number): void {
  for (let i = 0; i < blocks; i++) {
    let carry = member[i]!;
    if (carry === 0) continue;
    member[i] = 0;
    for (let p = i * planes, end = p + planes; p < end && carry !== 0; p++) {
      const c = counts[p]!;
      counts[p] = c ^ carry;
      carry &= c;
    }
  }
}

/** The largest of the 32 bit-sliced counts at `counts[at .. at + planes)`. */
function maxCount(counts: Uint32Array, at: number, planes: number): number {
  let candidates = -1;
  let max = 0;
  for (let p = planes - 1; p >= 0; p--) {
    const both = candidates & counts[at + p]!;
    if (both !== 0) {
      candidates = both;
      max |= 1 << p;
    }
  }
  return max;
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
