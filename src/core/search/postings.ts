/**
 * The inverted index behind {@link DigestIndex}: one compact posting list per term (ordinals, term
 * frequency in each field, and the BM25+ impact summed over the fields), scored term at a time into a
 * reused {@link ScoreAccumulator}.
 *
 * Why not MiniSearch's own index (which `DigestIndex` used until measured otherwise): MiniSearch keeps a
 * `Map<docId, tf>` per term and field and, per query, builds a result object with per-term `match`
 * lists for every matching document, then sorts them all. Topic-expanded queries match most of the
 * corpus, so at 100,000 synthetic papers that meant p99 0.6-1 s and a 113-164 s build (+770 MB heap),
 * most of it in `Map.set` inside `MiniSearch#add` and in GC. Here scoring a posting is two sequential
 * reads and two array updates, and only the returned page gets objects and `why` lists.
 *
 * Scoring is MiniSearch's BM25+: per field `idf · (d + tf·(k+1) / (tf + k·(1 − b + b·len/avgLen)))` with
 * the field's own document frequency, `len` = distinct terms in the field, averages over live
 * documents, times the field boost, summed over fields. Because the sum over fields depends only on
 * the term and the document, it is precomputed per posting ({@link PostingIndex.commit}), which also
 * scores a term once per document instead of once per field. Impacts are float32 (relative error
 * ~1e-7; rankings matched MiniSearch's on every query compared). MiniSearch's radix tree
 * (`minisearch/SearchableMap`) still serves prefix lookups.
 *
 * Memory: 12 bytes per (term, document) pair of the text index — ordinal (int32), a tf byte per field
 * (4), impact (float32) — in ArrayBuffers outside the JS heap: ~190 MB at 100,000 synthetic papers.
 *
 * ```ts
 * const ix = new PostingIndex([1, 2], { k: 1.2, b: 0.7, d: 0.5 });
 * const doc = ix.add([['octo'], ['robot', 'polici']]);
 * ix.commit();
 * const acc = new ScoreAccumulator();
 * acc.begin(ix.capacity);
 * ix.accumulate(ix.termId('robot')!, 1, acc, acc.nextSource());
 * acc.scores[doc]; // > 0
 * ```
 * @module
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { BM25Params } from './options.ts';

// === Accumulator

/** Bits of {@link ScoreAccumulator.state} that count sources; the rest hold the last source id. */
const countBits = 10;
const countMask = (1 << countBits) - 1;
const maxSources = (1 << (31 - countBits)) - 1;

/**
 * Per-query scratch space, sized to the index and reused across queries (allocating 100k-slot arrays
 * per query would cost more than scoring). `touched` lists the documents reached, in the order they
 * were first reached, which is also the tie-break order.
 */
export class ScoreAccumulator {
  /** Summed weighted impacts per document ordinal. */
  scores = new Float64Array(0);
  /**
   * Per document: the last source (query term) that reached it, shifted left by 10, plus how many
   * distinct sources reached it (low 10 bits; see {@link matched}). One array, so a posting costs one
   * random read here, not two. Zero for documents not reached in this query.
   */
  state = new Int32Array(0);
  /** Documents reached so far, first reach first; `touched[0 .. size)` is valid. */
  touched = new Int32Array(0);
  size = 0;
  #source = 0;

  /** Clears the previous query's entries and makes room for `capacity` ordinals. */
  begin(capacity: number): void {
    const { scores, state, touched } = this;
    for (let i = 0; i < this.size; i++) {
      const doc = touched[i]!;
      scores[doc] = 0;
      state[doc] = 0;
    }
    this.size = 0;
    this.#source = 0;
    if (scores.length < capacity) {
      const n = Math.max(capacity, scores.length * 2);
      this.scores = new Float64Array(n);
      this.state = new Int32Array(n);
      this.touched = new Int32Array(n);
    }
  }

  /** A fresh source id for this query: documents reached under it count once in {@link matched}. */
  nextSource(): number {
    // Past ~2M sources the id would overflow its bits; later sources share the last id (they still
    // score, and count as one more matched source at most).
    if (this.#source < maxSources) this.#source++;
    return this.#source;
  }

  /** How many distinct sources reached `doc` in this query. */
  matched(doc: number): number {
    return this.state[doc]! & countMask;
  }
}

// === Index

/** Growable posting list of one term: ascending ordinals, tf per field, impacts (after commit). */
interface Postings {
  docs: Int32Array;
  /** `fieldCount` entries per posting: the term's frequency in each field (0 = absent, capped at 255). */
  tfs: Uint8Array;
  /** Σ over fields of boost · BM25+, per posting; valid while the index is committed. */
  impacts: Float32Array;
  length: number;
}

/** Initial posting capacity; most terms are rare (Zipf), so start small and double. */
const initialPostings = 4;

/**
 * Term dictionary, posting lists, field lengths, and BM25+ impacts. Documents are numbered by ordinal
 * in insertion order; a removed document's postings are skipped, and dropped at a later commit.
 * Call {@link commit} after a batch of {@link add}/{@link remove} (scoring commits if needed).
 */
export class PostingIndex {
  readonly fieldCount: number;
  readonly #boosts: readonly number[];
  readonly #bm25: BM25Params;
  readonly #prefixable: (term: string) => boolean;
  /** term -> id; ids index `#lists`, and (times fieldCount plus field) `#df`. */
  #termIds = new Map<string, number>();
  /** Prefix-expandable terms only (see constructor), for {@link extensions}. */
  #prefixes = new SearchableMap<number>();
  #lists: Postings[] = [];
  /** Live documents per term and field (BM25's document frequency). */
  #df = new Int32Array(256);
  /** Distinct terms per field and ordinal (MiniSearch's field length). */
  #fieldLength: Int32Array[];
  #totalLength: number[];
  #alive = new Uint8Array(0);
  #next = 0;
  #live = 0;
  #dead = 0;
  #stale = false;
  /** Per-add scratch: tf by term id and field, the terms of the current document, and their marks. */
  #tf = new Int32Array(1024);
  #docTerms: number[] = [];
  #docMark = new Int32Array(256);

  /**
   * @param boosts weight of each field, in field order (its length is the field count).
   * @param bm25 BM25+ parameters.
   * @param prefixable which terms go into the prefix dictionary (only those can be found by
   *   {@link extensions}); keeping it to the terms that are ever expanded keeps the tree small.
   */
  constructor(boosts: readonly number[], bm25: BM25Params, prefixable: (term: string) => boolean = () => false) {
    this.fieldCount = boosts.length;
    this.#boosts = [...boosts];
    this.#bm25 = { ...bm25 };
    this.#prefixable = prefixable;
    this.#fieldLength = Array.from({ length: this.fieldCount }, () => new Int32Array(0));
    this.#totalLength = new Array<number>(this.fieldCount).fill(0);
  }

  /** Ordinals handed out so far (live or not): the size a {@link ScoreAccumulator} needs. */
  get capacity(): number {
    return this.#next;
  }

  /** Live documents. */
  get size(): number {
    return this.#live;
  }

  /** Adds a document from its tokens per field (duplicates count as term frequency); returns its ordinal. */
  add(fields: readonly (readonly string[])[]): number {
    const doc = this.#next++;
    const F = this.fieldCount;
    this.#ensureDocs(this.#next);
    this.#alive[doc] = 1;
    this.#live++;
    this.#stale = true;
    const terms = this.#docTerms;
    terms.length = 0;
    const termIds = this.#termIds;
    // Locals for the per-token loop (20M tokens at 100k papers); re-read after a new term grows them.
    let tf = this.#tf;
    let df = this.#df;
    let mark = this.#docMark;
    for (let f = 0; f < F; f++) {
      const tokens = fields[f] ?? [];
      let distinct = 0;
      for (let i = 0; i < tokens.length; i++) {
        let id = termIds.get(tokens[i]!);
        if (id === undefined) {
          id = this.#newTerm(tokens[i]!);
          tf = this.#tf;
          df = this.#df;
          mark = this.#docMark;
        }
        const slot = id * F + f;
        if (tf[slot]++ === 0) {
          distinct++;
          df[slot]++;
          if (mark[id] !== doc + 1) {
            mark[id] = doc + 1;
            terms.push(id);
          }
        }
      }
      this.#fieldLength[f]![doc] = distinct;
      this.#totalLength[f]! += distinct;
    }
    for (const id of terms) this.#append(id, doc);
    return doc;
  }

  /** Removes a live document; `fields` must be the tokens it was added with. */
  remove(doc: number, fields: readonly (readonly string[])[]): void {
    if (this.#alive[doc] !== 1) return;
    this.#alive[doc] = 0;
    this.#live--;
    this.#dead++;
    this.#stale = true;
    for (let f = 0; f < this.fieldCount; f++) {
      this.#totalLength[f]! -= this.#fieldLength[f]![doc]!;
      for (const term of new Set(fields[f] ?? [])) {
        const id = this.#termIds.get(term);
        if (id !== undefined) this.#df[id * this.fieldCount + f]--;
      }
    }
  }

  /**
   * Recomputes the impacts after adds or removes (they depend on document count, document frequency
   * and average field length), and drops the postings of removed documents once they pile up. One
   * pass over all postings: about 0.2 s per 100,000 papers.
   */
  commit(): void {
    if (!this.#stale) return;
    if (this.#dead > 64 && this.#dead * 4 > this.#live) this.#compact();
    const F = this.fieldCount;
    const { k, b, d } = this.#bm25;
    const k1 = k + 1;
    const n = this.#live;
    const norms = this.#fieldLength.map((lengths, f) => {
      const avg = n > 0 ? this.#totalLength[f]! / n : 0;
      const norm = new Float64Array(this.#next);
      // avg is 0 only when the field is empty in every live document; then nothing is scored in it.
      for (let doc = 0; doc < this.#next; doc++) norm[doc] = k * (1 - b + (avg > 0 ? (b * lengths[doc]!) / avg : 0));
      return norm;
    });
    const w = new Float64Array(F);
    for (let id = 0; id < this.#lists.length; id++) {
      const list = this.#lists[id]!;
      for (let f = 0; f < F; f++) {
        const df = this.#df[id * F + f]!;
        w[f] = df > 0 ? this.#boosts[f]! * Math.log(1 + (n - df + 0.5) / (df + 0.5)) : 0;
      }
      // Trim the doubling slack (about a third of the memory after a bulk add); a later add regrows.
      if (list.docs.length !== list.length) {
        list.docs = list.docs.slice(0, list.length);
        list.tfs = list.tfs.slice(0, list.length * F);
      }
      if (list.impacts.length !== list.length) list.impacts = new Float32Array(list.length);
      const { docs, tfs, impacts, length } = list;
      for (let i = 0; i < length; i++) {
        const doc = docs[i]!;
        let s = 0;
        for (let f = 0; f < F; f++) {
          const tf = tfs[i * F + f]!;
          if (tf !== 0) s += w[f]! * (d + (tf * k1) / (tf + norms[f]![doc]!));
        }
        impacts[i] = s;
      }
    }
    this.#stale = false;
  }

  /** Id of an indexed term, else undefined. */
  termId(term: string): number | undefined {
    return this.#termIds.get(term);
  }

  /** Longer prefix-expandable terms that start with `prefix`, with their ids (radix-tree order). */
  *extensions(prefix: string): Generator<[term: string, id: number]> {
    for (const [term, id] of this.#prefixes.atPrefix(prefix).entries()) if (term.length > prefix.length) yield [term, id];
  }

  /** Whether live document `doc` contains term `id` in `field` (binary search). */
  has(id: number, field: number, doc: number): boolean {
    const list = this.#lists[id];
    if (!list || this.#alive[doc] !== 1) return false;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = list.docs[mid]!;
      if (v === doc) return list.tfs[mid * this.fieldCount + field] !== 0;
      if (v < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Calls `fn` for every live document containing term `id` (in any field), in ordinal order. */
  forEachDoc(id: number, fn: (doc: number) => void): void {
    const list = this.#lists[id];
    if (!list) return;
    const alive = this.#alive;
    for (let i = 0; i < list.length; i++) {
      const doc = list.docs[i]!;
      if (alive[doc] === 1) fn(doc);
    }
  }

  /** Adds `weight` × impact of term `id` to every live document that has it, under `source`. */
  accumulate(id: number, weight: number, acc: ScoreAccumulator, source: number): void {
    const list = this.#lists[id];
    if (!list || weight === 0) return;
    if (this.#stale) this.commit();
    const alive = this.#alive;
    const checkAlive = this.#dead > 0;
    const { docs, impacts, length } = list;
    // The hot loop of every query: locals only, no calls (a topic term can have 80k postings at 100k).
    const { scores, state, touched } = acc;
    const tag = source << countBits;
    let size = acc.size;
    for (let i = 0; i < length; i++) {
      const doc = docs[i]!;
      if (checkAlive && alive[doc] !== 1) continue;
      const st = state[doc]!;
      if (st >>> countBits !== source) {
        if (st === 0) touched[size++] = doc;
        state[doc] = tag | ((st & countMask) + 1);
      }
      scores[doc] += weight * impacts[i]!;
    }
    acc.size = size;
  }

  // === Internals

  #newTerm(term: string): number {
    const id = this.#lists.length;
    this.#termIds.set(term, id);
    this.#lists.push({ docs: new Int32Array(initialPostings), tfs: new Uint8Array(initialPostings * this.fieldCount), impacts: new Float32Array(0), length: 0 });
    if (this.#prefixable(term)) this.#prefixes.set(term, id);
    const slots = (id + 1) * this.fieldCount;
    if (id >= this.#docMark.length) this.#docMark = grow(this.#docMark, id + 1);
    if (slots > this.#df.length) this.#df = grow(this.#df, slots);
    if (slots > this.#tf.length) this.#tf = grow(this.#tf, slots);
    return id;
  }

  /** Appends `doc` to term `id`'s list with the tfs gathered in `#tf`, and clears them. */
  #append(id: number, doc: number): void {
    const F = this.fieldCount;
    const list = this.#lists[id]!;
    if (list.length === list.docs.length) {
      list.docs = grow(list.docs, list.length + 1);
      list.tfs = grow(list.tfs, (list.length + 1) * F);
    }
    list.docs[list.length] = doc;
    const tf = this.#tf;
    for (let f = 0; f < F; f++) {
      const n = tf[id * F + f]!;
      list.tfs[list.length * F + f] = n > 255 ? 255 : n;
      tf[id * F + f] = 0;
    }
    list.length++;
  }

  #ensureDocs(needed: number): void {
    if (this.#alive.length >= needed) return;
    this.#alive = grow(this.#alive, needed);
    this.#fieldLength = this.#fieldLength.map((lengths) => grow(lengths, needed));
  }

  #compact(): void {
    const F = this.fieldCount;
    const alive = this.#alive;
    for (const list of this.#lists) {
      const { docs, tfs } = list;
      let j = 0;
      for (let i = 0; i < list.length; i++) {
        const doc = docs[i]!;
        if (alive[doc] !== 1) continue;
        docs[j] = doc;
        tfs.copyWithin(j * F, i * F, (i + 1) * F);
        j++;
      }
      list.length = j;
    }
    this.#dead = 0;
  }
}

/** A copy of `array` with room for at least `needed` elements (at least double, so appends amortise). */
function grow<T extends Int32Array | Uint8Array>(array: T, needed: number): T {
  const out = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2, 8));
  out.set(array);
  return out;
}
