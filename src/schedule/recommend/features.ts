/**
 * Term vectors of papers for the recommendation content model: the index's own terms (words of every
 * alphabetic language a paper has, plus its cross-lingual `topic:`/`concept:` tokens), weighted by
 * tf-idf and L2-normalised, keeping the `maxTerms` most widely shared of those that at least one other
 * paper and at most `maxShare` of the papers have. Measured on the tune readers: the 64 most shared
 * terms learn as well as the 200 strongest by tf-idf (rare terms, first in a tf-idf order, seldom
 * meet a candidate again), at a third of the cost per pick.
 *
 * Term ids come from one vocabulary shared by every index generation, so a vector computed once is
 * reused after the corpus changes (the hourly fetch rebuilds the index; re-tokenising every candidate
 * each time was most of the cost of a cold daily run). (Hashing terms into a fixed 2^20 space instead
 * was measured 1.7x slower: the counts arrays no longer fit in cache.)
 *
 * ```ts
 * const space = featureSpace(index);
 * space.vector('arxiv:2409.12186'); // { ids: Uint16Array [...], weights: Float32Array [...] }
 * ```
 * @module
 */
import type { Paper } from '../../core/index.ts';

/** What the content model reads from the index (`DigestIndex` has all three; see its TSDoc). */
export interface TermSource {
  terms(id: string): { words: readonly string[]; expansion: readonly string[] } | undefined;
  documentFrequency(term: string): number;
  get(id: string): Paper | undefined;
  readonly size?: number;
  readonly generation?: number;
  /** Every paper, in the index's order (kept per generation: tells an index that only gained papers, see {@link FeatureSpace.lineage}). */
  papers?(): readonly Paper[];
}

/**
 * A sparse, L2-normalised vector over the term space (ids 16-bit), as {@link FeatureSpace.vector}
 * returns it: views on the shared {@link arena}, where ranking reads vectors by their handle.
 */
export interface SparseVector {
  ids: Uint16Array;
  weights: Float32Array;
}

/**
 * Every vector, in one pair of typed arrays: a vector's handle `h` is the position of its length,
 * `ids[h]`; its term ids are `ids[h + 1 .. h + 1 + ids[h])` and their weights `weights` at the same
 * positions. Ranking a chat reads about a hundred vectors (its candidates' and its votes'); as
 * separate `Uint16Array`s each was an object, a buffer and an off-heap store scattered over memory,
 * and the warm pick was bound by those reads (measured: `bench/recommend.ts`). Packed, a vector is
 * two or three adjacent cache lines, read in a tight loop.
 *
 * Vectors are appended and never change, so a handle stays valid for the arena's lifetime. When
 * the arena holds more than twice what the shared cache still uses (vectors evicted or recomputed),
 * the next {@link featureSpace} call moves the live vectors to a new arena (`epoch` + 1); spaces and
 * candidate tables holding handles of an older epoch drop them (see `vectorsFor` in `pool.ts`).
 */
export class VectorArena {
  ids = new Uint16Array(1 << 14);
  weights = new Float32Array(1 << 14);
  /** Positions used. */
  used = 0;
  /** Positions of the vectors the shared cache still refers to. */
  live = 0;
  readonly epoch: number;
  constructor(epoch: number) {
    this.epoch = epoch;
  }

  /** Appends a vector (ids and weights as given), returns its handle. */
  push(ids: ArrayLike<number>, weights: ArrayLike<number>): number {
    const n = ids.length;
    if (this.used + n + 1 > this.ids.length) this.#grow(this.used + n + 1);
    const h = this.used;
    this.ids[h] = n;
    this.weights[h] = 0;
    for (let i = 0; i < n; i++) {
      this.ids[h + 1 + i] = ids[i]!;
      this.weights[h + 1 + i] = weights[i]!;
    }
    this.used += n + 1;
    return h;
  }

  /** The vector of a handle, as views (not copied). */
  view(h: number): SparseVector {
    const n = this.ids[h]!;
    return { ids: this.ids.subarray(h + 1, h + 1 + n), weights: this.weights.subarray(h + 1, h + 1 + n) };
  }

  #grow(need: number): void {
    const cap = Math.max(need, this.ids.length * 2);
    const ids = new Uint16Array(cap);
    ids.set(this.ids.subarray(0, this.used));
    const weights = new Float32Array(cap);
    weights.set(this.weights.subarray(0, this.used));
    this.ids = ids;
    this.weights = weights;
  }
}

/** The current arena (replaced when mostly garbage: {@link compactArena}). */
export let arena = new VectorArena(0);

/** No vector (the index does not know the paper, or it has no shared terms). */
export const noVector = -1;

export interface FeatureOptions {
  /** Terms kept per paper, the most widely shared first (the cost of scoring a candidate). Default 64 (tuned). */
  maxTerms: number;
  /** Terms in more than this share of the papers are left out (near-stopwords). Default 0.3 (tuned). */
  maxShare: number;
  /** Weight of a `topic:`/`concept:` token relative to a word with the same idf. Default 1. */
  expansionWeight: number;
  /** Weight of the words (0: concepts and topics only). Default 1. */
  wordWeight: number;
  /**
   * Keep Chinese character bigrams as words. Default false: they are half of a trilingual paper's
   * tokens, so they crowd the strongest-terms cut, and a Chinese text's meaning already reaches the
   * model through its `concept:`/`topic:` tokens (the lexicon matches Chinese terms). Measured on the
   * tune readers: with them, precision fell unless the cut was raised to 400 terms (and then was no
   * better); Latin and Cyrillic words stay.
   */
  cjkWords: boolean;
}

export const defaultFeatureOptions: FeatureOptions = { maxTerms: 64, maxShare: 0.3, expansionWeight: 1, wordWeight: 1, cjkWords: false };

/**
 * Term ids, shared by every generation (so cached vectors stay valid): numbered in order of first
 * use, so the terms of the papers in play get small, close ids (dense arrays over them stay in cache).
 */
const vocabulary = new Map<string, number>();

/**
 * Terms the vocabulary numbers at most (ids are 16-bit). Vectors keep a paper's most widely shared
 * terms, so the vocabulary stays small (about 2,600 terms for the 100,000-paper synthetic corpus);
 * once full, new terms are left out of vectors and papers are described by the terms it has.
 */
export const maxTerms = 1 << 16;

/** A term's id (assigned on first use), or -1 when the vocabulary is full and does not have it. */
export function termId(term: string): number {
  let id = vocabulary.get(term);
  if (id === undefined) {
    if (vocabulary.size >= maxTerms) return -1;
    vocabulary.set(term, (id = vocabulary.size));
  }
  return id;
}

/** Terms numbered so far (every id is below it). */
export const termCount = () => vocabulary.size;

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Vectors kept across index generations (least recently computed dropped first). */
const maxCachedVectors = 200_000;
/** id -> fingerprint of the record and options it was computed from, and the vector's handle in {@link arena} (or {@link noVector}). */
const vectors = new Map<string, { fp: string; h: number }>();

/**
 * What the shared cache dropped, for handles kept across index generations (a chat's votes:
 * `chat-state.ts`): vectors replaced because their record changed (counted), and the handles the
 * cap evicted. The cache evicts the least recently computed first, and handles grow in that order
 * (the arena appends; compaction keeps the order), so every evicted handle is below `evictedBelow`.
 */
export const dropped = { replaced: 0, evictedBelow: 0 };

/** Positions of a handle's vector in the arena (0 for none). */
const extent = (h: number) => (h < 0 ? 0 : arena.ids[h]! + 1);

/**
 * Moves the live vectors to a new arena when the current one is mostly garbage (more than twice
 * the live positions, and past `minPositions`: a few MB by default). Handles of the old epoch stay
 * readable in the old arena by whoever holds it, but are no longer handed out; spaces and tables
 * check the epoch. Called by {@link featureSpace}, between two rankings (exported for tests).
 */
export function compactArena(minPositions = 1 << 21): void {
  if (arena.used < minPositions || arena.used <= 2 * arena.live) return;
  const old = arena;
  const next = new VectorArena(old.epoch + 1);
  for (const entry of vectors.values()) {
    if (entry.h < 0) continue;
    const n = old.ids[entry.h]!;
    entry.h = next.push(old.ids.subarray(entry.h + 1, entry.h + 1 + n), old.weights.subarray(entry.h + 1, entry.h + 1 + n));
  }
  next.live = next.used;
  arena = next;
  dropped.evictedBelow = 0; // of the old epoch's handles
}

/** What a vector depends on besides the terms' document frequencies: the record's texts and topics, and the options. */
function fingerprint(p: Paper, o: FeatureOptions): string {
  const texts = p.texts ? Object.values(p.texts).map((t) => `${t?.title?.length ?? 0}.${t?.summary?.length ?? 0}`).join(',') : '';
  return `${o.maxTerms}|${o.maxShare}|${o.expansionWeight}|${o.wordWeight}|${o.cjkWords}|${p.title?.length ?? 0}|${p.summary.length}|${p.abstract?.length ?? 0}|${texts}|${p.topics.join(',')}|${p.name ?? ''}|${p.aliases?.join(',') ?? ''}`;
}

/** Lineages numbered so far ({@link FeatureSpace.lineage}), and spaces ({@link FeatureSpace.serial}). */
let lineages = 0;
let serials = 0;

/** The vectors of one index generation (document frequencies are per generation; vectors are shared). */
export class FeatureSpace {
  readonly #source: TermSource;
  readonly options: FeatureOptions;
  readonly #df = new Map<string, number>();
  /** Handles checked against their record in this generation (the record is read once per generation), of arena epoch {@link #epoch}. */
  readonly #checked = new Map<string, number>();
  #epoch = arena.epoch;
  readonly #papers: number;
  /** Corpus size class (log2): vectors are recomputed when the corpus doubles, since their idf cut moved. */
  readonly #sizeClass: number;
  readonly generation: number | undefined;
  /** The index size it was made for (stand-ins without a generation are checked by size). */
  readonly size: number | undefined;
  /**
   * Spaces of one lineage give every paper the same handle, as long as the arena's epoch has not
   * moved and the cache has not dropped its vector ({@link dropped}): each was made for a generation of the index that only
   * gained papers over the previous one's (every record the same object, in the same place), with
   * the same vector options and corpus size class. Set by {@link featureSpace}; a new number otherwise.
   */
  lineage = ++lineages;
  /** This space's number (state kept across spaces refers to it by number, so it does not keep the space alive). */
  readonly serial = ++serials;
  /** The source's papers when the space was made (undefined: the source does not list them). */
  readonly papers: readonly Paper[] | undefined;

  constructor(source: TermSource, options: FeatureOptions) {
    this.#source = source;
    this.options = options;
    this.#papers = Math.max(1, source.size ?? 1);
    this.#sizeClass = Math.floor(Math.log2(this.#papers));
    this.generation = source.generation;
    this.size = source.size;
    this.papers = source.papers?.();
  }

  /** Whether this space's index is `earlier`'s with papers added only, and vectors are made alike (see {@link lineage}). */
  extends(earlier: FeatureSpace): boolean {
    const before = earlier.papers;
    const after = this.papers;
    if (!before || !after || after.length < before.length || !this.sameVectors(earlier)) return false;
    for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return false;
    return true;
  }

  /**
   * Whether `other` (another generation's space) gives an unchanged paper the same vector as this one:
   * same options and corpus size class, the two things besides the record that decide whether a
   * cached vector is reused (see {@link vector}). Lists carried over an index change keep their vectors.
   */
  sameVectors(other: FeatureSpace): boolean {
    return other === this || (other.#sizeClass === this.#sizeClass && sameOptions(other.options, this.options));
  }

  /** The paper's vector, or undefined when the index does not know it (or it has no shared terms). */
  vector(id: string): SparseVector | undefined {
    const h = this.handle(id);
    return h < 0 ? undefined : arena.view(h);
  }

  /**
   * The handle of the paper's vector in the current {@link arena} (valid until the next
   * {@link featureSpace} call, which may compact it), or {@link noVector}.
   */
  handle(id: string): number {
    if (this.#epoch !== arena.epoch) {
      this.#checked.clear();
      this.#epoch = arena.epoch;
    }
    let h = this.#checked.get(id);
    if (h === undefined) {
      h = this.#lookup(id);
      this.#checked.set(id, h);
    }
    return h;
  }

  /** The shared cache's vector when the record is unchanged, else a fresh one. */
  #lookup(id: string): number {
    const paper = this.#source.get(id);
    if (!paper) return noVector;
    const fp = `${this.#sizeClass}|${fingerprint(paper, this.options)}`;
    const cached = vectors.get(id);
    if (cached?.fp === fp) return cached.h;
    const h = this.#compute(id);
    if (cached) {
      arena.live -= extent(cached.h);
      vectors.delete(id);
      dropped.replaced++;
    }
    if (vectors.size >= maxCachedVectors) {
      const [oldest, entry] = vectors.entries().next().value!;
      arena.live -= extent(entry.h);
      vectors.delete(oldest);
      if (entry.h >= 0) dropped.evictedBelow = Math.max(dropped.evictedBelow, entry.h + 1);
    }
    vectors.set(id, { fp, h });
    arena.live += extent(h);
    return h;
  }

  #compute(id: string): number {
    const terms = this.#source.terms(id);
    if (!terms) return noVector;
    const o = this.options;
    const tf = new Map<string, number>();
    if (o.wordWeight > 0) for (const w of terms.words) if (o.cjkWords || !cjk.test(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    const scored: { term: string; weight: number; df: number }[] = [];
    for (const [term, n] of tf) {
      const df = this.#dfOf(term);
      if (this.#keeps(df)) scored.push({ term, weight: o.wordWeight * (1 + Math.log(n)) * this.#idf(df), df });
    }
    // A concept counts once however often the text names it (measured: counting occurrences ranked worse).
    if (o.expansionWeight > 0) {
      for (const term of new Set(terms.expansion)) {
        const df = this.#dfOf(term);
        if (this.#keeps(df)) scored.push({ term, weight: o.expansionWeight * this.#idf(df), df });
      }
    }
    // The most widely shared terms first: a term few papers have rarely meets a candidate again.
    scored.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
    const kept: { id: number; weight: number }[] = [];
    for (const k of scored) {
      if (kept.length === o.maxTerms) break;
      const id = termId(k.term);
      if (id >= 0) kept.push({ id, weight: k.weight });
    }
    if (kept.length === 0) return noVector;
    const norm = Math.sqrt(kept.reduce((s, k) => s + k.weight * k.weight, 0));
    return arena.push(
      kept.map((k) => k.id),
      kept.map((k) => k.weight / norm),
    );
  }

  /** The term's document frequency in this generation (asked of the index once per term). */
  #dfOf(term: string): number {
    let df = this.#df.get(term);
    if (df === undefined) this.#df.set(term, (df = this.#source.documentFrequency(term)));
    return df;
  }

  /** A term is kept when another paper has it (else it can never match) and at most `maxShare` of the papers do (else it tells nothing). */
  #keeps(df: number): boolean {
    return df >= 2 && df <= this.options.maxShare * this.#papers;
  }

  /** Smoothed idf, `ln(1 + N / df)`. */
  #idf(df: number): number {
    return Math.log(1 + this.#papers / df);
  }
}

const spaces = new WeakMap<object, FeatureSpace>();

/**
 * The feature space of `source`'s current generation (a changed index, or other options, get a new
 * one; vectors carry over when the paper's record is unchanged and the corpus has not doubled).
 */
export function featureSpace(source: TermSource, options: FeatureOptions = defaultFeatureOptions): FeatureSpace {
  compactArena();
  const cached = spaces.get(source);
  if (cached && cached.generation === source.generation && cached.size === source.size && sameOptions(cached.options, options)) return cached;
  const space = new FeatureSpace(source, options);
  if (cached && space.extends(cached)) space.lineage = cached.lineage;
  spaces.set(source, space);
  return space;
}


const sameOptions = (a: FeatureOptions, b: FeatureOptions) => a.maxTerms === b.maxTerms && a.maxShare === b.maxShare && a.expansionWeight === b.expansionWeight && a.wordWeight === b.wordWeight && a.cjkWords === b.cjkWords;

/**
 * A dense accumulator over the term space, reset by its touched entries only: scoring against a
 * profile is then one typed-array read per candidate term. One instance is reused by the
 * (synchronous) ranking, so a 100k-chat run allocates nothing per chat.
 */
export class DenseScratch {
  values = new Float64Array(1 << 16);
  #touched: number[] = [];

  /** Adds `scale` times the vector of handle `h` (in {@link arena}). */
  add(h: number, scale: number): void {
    if (this.values.length < termCount()) this.#grow();
    const values = this.values;
    const { ids, weights } = arena;
    const end = h + 1 + ids[h]!;
    for (let i = h + 1; i < end; i++) {
      const id = ids[i]!;
      if (values[id] === 0) this.#touched.push(id);
      values[id]! += scale * weights[i]!;
    }
  }

  /** Dot product of the accumulated vector with the vector of handle `h`. */
  dot(h: number): number {
    if (this.values.length < termCount()) this.#grow();
    const values = this.values;
    const { ids, weights } = arena;
    const end = h + 1 + ids[h]!;
    let s = 0;
    for (let i = h + 1; i < end; i++) s += values[ids[i]!]! * weights[i]!;
    return s;
  }

  #grow(): void {
    const grown = new Float64Array(Math.max(termCount(), this.values.length * 2));
    grown.set(this.values);
    this.values = grown;
  }

  /** Euclidean norm of the accumulated vector. */
  norm(): number {
    let s = 0;
    for (const id of this.#touched) s += this.values[id]! ** 2;
    return Math.sqrt(s);
  }

  clear(): void {
    for (const id of this.#touched) this.values[id] = 0;
    this.#touched.length = 0;
  }
}

/**
 * Per-term counts over the term space (dense, reset by touched entries): for term id `t`,
 * `counts[2t]` is how many voted papers have it and `counts[2t + 1]` how many of those were liked.
 * Interleaved, so counting a term is one cache line, not two. Then {@link lifts} turns the counts
 * into each voted term's smoothed like rate, `lift[t]` (`-Infinity` for a term no voted paper has),
 * so scoring a candidate is one read per term, no division. Call {@link fit} before a batch of
 * {@link add}s.
 */
export class TermCounts {
  counts = new Int32Array(1 << 17);
  lift = new Float64Array(1 << 16).fill(-Infinity);
  #touched = new Int32Array(1 << 12);
  #n = 0;

  /** Makes room for every id numbered so far. */
  fit(): void {
    if (this.lift.length >= termCount()) return;
    const size = Math.max(termCount(), this.lift.length * 2);
    const counts = new Int32Array(2 * size);
    counts.set(this.counts);
    this.counts = counts;
    const lift = new Float64Array(size).fill(-Infinity);
    lift.set(this.lift);
    this.lift = lift;
  }

  /** Counts the terms of a voted paper's vector, handle `h` in {@link arena} (call {@link fit} first). */
  add(h: number, liked: boolean): void {
    const counts = this.counts;
    const ids = arena.ids;
    const n = ids[h]!;
    const l = liked ? 1 : 0;
    if (this.#touched.length < this.#n + n) {
      const grown = new Int32Array(Math.max(this.#n + n, this.#touched.length * 2));
      grown.set(this.#touched);
      this.#touched = grown;
    }
    const end = h + 1 + n;
    for (let i = h + 1; i < end; i++) {
      const t = ids[i]!;
      const at = t << 1;
      if (counts[at] === 0) this.#touched[this.#n++] = t;
      counts[at]!++;
      counts[at + 1]! += l;
    }
  }

  /**
   * Sets `lift[t] = (liked + base) / (voted + smoothing)` for every term counted; with `dislike` ≠ 1,
   * a disliked paper counts as `dislike` of a vote: `(liked + base) / (liked + dislike × disliked + smoothing)`.
   */
  lifts(base: number, smoothing: number, dislike = 1): void {
    const { counts, lift } = this;
    const touched = this.#touched;
    if (dislike === 1) {
      for (let i = 0; i < this.#n; i++) {
        const t = touched[i]!;
        lift[t] = (counts[(t << 1) + 1]! + base) / (counts[t << 1]! + smoothing);
      }
      return;
    }
    for (let i = 0; i < this.#n; i++) {
      const t = touched[i]!;
      const liked = counts[(t << 1) + 1]!;
      lift[t] = (liked + base) / (liked + dislike * (counts[t << 1]! - liked) + smoothing);
    }
  }

  clear(): void {
    const { counts, lift } = this;
    const touched = this.#touched;
    for (let i = 0; i < this.#n; i++) {
      const t = touched[i]!;
      counts[t << 1] = counts[(t << 1) + 1] = 0;
      lift[t] = -Infinity;
    }
    this.#n = 0;
  }
}
