/**
 * Per-query scratch space for term-at-a-time scoring ({@link ScoreAccumulator}), shared by the
 * posting lists that fill it (`postings.ts`) and the ranking that reads it (`rank.ts`).
 * @module
 */

/** Bits of {@link ScoreAccumulator.state} that count sources; the rest hold the last source id. */
export const countBits = 10;
export const countMask = (1 << countBits) - 1;
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
  /**
   * Documents reached so far, first reach first; `touched[0 .. size)` is valid. One slot longer than
   * the other arrays: the scoring loops write `touched[size]` for every posting (branch-free) and only
   * advance `size` for a new document.
   */
  touched = new Int32Array(0);
  size = 0;
  /** Set when documents were reached without joining `touched`: the next {@link begin} clears all. */
  #untracked = false;
  #source = 0;
  /** The capacity of the current query: every reached document is below it. */
  #span = 0;

  /**
   * Clears the previous query's entries and makes room for `capacity` ordinals; every document
   * accumulated until the next `begin` must be below `capacity`.
   */
  begin(capacity: number): void {
    const { scores, state, touched, size } = this;
    // A topic query reaches most of the corpus: then two memsets over the ordinals in use are ~20x
    // faster than clearing the reached documents one by one (7 µs against 150 µs at 100,000).
    if (this.#untracked || size * 16 > this.#span) {
      scores.fill(0, 0, this.#span);
      state.fill(0, 0, this.#span);
    } else {
      for (let i = 0; i < size; i++) {
        const doc = touched[i]!;
        scores[doc] = 0;
        state[doc] = 0;
      }
    }
    this.size = 0;
    this.#untracked = false;
    this.#span = capacity;
    this.#source = 0;
    if (scores.length < capacity) {
      const n = Math.max(capacity, scores.length * 2);
      this.scores = new Float64Array(n);
      this.state = new Int32Array(n);
      this.touched = new Int32Array(n + 1);
    }
  }

  /** Says that documents were reached without joining `touched` (the next {@link begin} clears every slot). */
  untracked(): void {
    this.#untracked = true;
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
