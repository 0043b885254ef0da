/**
 * The ids of the merged records an {@link IncrementalCorpus} reported, kept so a commit can change
 * the ids of the records it touched without walking the others.
 *
 * `mergePapers` gives each record, in first-seen order, its own id (`paperId`, the "base") unless an
 * earlier record already took that id, and then a salted one (`saltedPaperId`). Records are known
 * here by their signature (the serials of their members). Grouped by base, a "bucket": when no
 * salted id is ever another record's id (a hash collision), the first record of each bucket holds
 * the base and the others their salted ids, so a commit only re-orders the buckets whose records
 * came or went. A table where that does not hold is {@link RecordIds.irregular}: its owner then
 * assigns every id by the full walk, as `mergePapers` does.
 *
 * ```ts
 * const ids = RecordIds.of([{ id: 'h:1', sig: '1,2', base: 'h:1' }]);
 * ids.idOf('1,2'); // 'h:1'
 * ```
 * @module
 */

/** One record's id: its signature, the id it has and its base id (they differ when salted). */
export interface RecordIdRow {
  id: string;
  sig: string;
  base: string;
}

/** Ids of the current records (see the module comment). */
export class RecordIds {
  /** Id -> signature. */
  #bySig = new Map<string, string>();
  /** Signature -> base id. */
  #base = new Map<string, string>();
  /** Signature -> salted id, for the records that do not hold their base. */
  #salted = new Map<string, string>();
  /** Base -> signatures of the salted records with that base. */
  #others = new Map<string, Set<string>>();
  #irregular = false;

  /**
   * A table of `rows` (any order: the holder of a base is told by its id; of two rows of one id, the
   * last). `irregular`: known to be irregular though `rows` may not show it (a table saved without
   * the records another record's id hides).
   */
  static of(rows: Iterable<RecordIdRow>, irregular = false): RecordIds {
    const ids = new RecordIds();
    ids.#irregular = irregular;
    for (const { id, sig, base } of rows) {
      // Two records of one id (two equal salted ids): `mergePapers` reports both.
      if (ids.#bySig.has(id)) ids.#irregular = true;
      ids.#bySig.set(id, sig);
      ids.#base.set(sig, base);
      if (id !== base) ids.#addSalted(sig, id, base);
    }
    // A salted record whose base no record of that base holds: a salted id took it (`mergePapers` salted the first of the bucket too).
    for (const base of ids.#others.keys()) if (ids.#base.get(ids.#bySig.get(base) ?? '') !== base) ids.#irregular = true;
    return ids;
  }

  /** Whether ids here may not follow the buckets (a salted id equal to another record's id): assign them by a full walk. */
  get irregular(): boolean {
    return this.#irregular;
  }

  get size(): number {
    return this.#bySig.size;
  }

  /** Whether a record of signature `sig` exists. */
  has(sig: string): boolean {
    return this.#base.has(sig);
  }

  /** The signature of the record of id `id`. */
  sigOf(id: string): string | undefined {
    return this.#bySig.get(id);
  }

  idOf(sig: string): string | undefined {
    return this.#salted.get(sig) ?? this.#base.get(sig);
  }

  baseOf(sig: string): string | undefined {
    return this.#base.get(sig);
  }

  /** The salted id of `sig` when it has one now (a cache: a record keeps it as long as its members). */
  saltedOf(sig: string): string | undefined {
    return this.#salted.get(sig);
  }

  /** The signatures of the records whose base is `base` (the holder of the base first, the others in no order). */
  bucket(base: string): string[] {
    const holder = this.#bySig.get(base);
    return [...(holder !== undefined && this.#base.get(holder) === base ? [holder] : []), ...(this.#others.get(base) ?? [])];
  }

  /** Every record as [id, signature]. */
  entries(): IterableIterator<[id: string, sig: string]> {
    return this.#bySig.entries();
  }

  /**
   * Replaces the records `before` (signature -> the id it had) with `after` (signature -> new id and
   * base; a signature of `before` not in it is gone). False, with nothing changed, when an id of
   * `after` belongs to a record outside `before` or is given twice: the caller then walks in full.
   */
  replace(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, { id: string; base: string }>): boolean {
    const taken = new Set<string>();
    for (const { id } of after.values()) {
      if (taken.has(id)) return false;
      taken.add(id);
      const holder = this.#bySig.get(id);
      if (holder !== undefined && !before.has(holder)) return false;
    }
    for (const [sig, id] of before) {
      if (this.#bySig.get(id) === sig) this.#bySig.delete(id);
      const base = this.#base.get(sig)!;
      this.#base.delete(sig);
      if (this.#salted.delete(sig)) {
        const others = this.#others.get(base)!;
        others.delete(sig);
        if (!others.size) this.#others.delete(base);
      }
    }
    for (const [sig, { id, base }] of after) {
      this.#bySig.set(id, sig);
      this.#base.set(sig, base);
      if (id !== base) this.#addSalted(sig, id, base);
    }
    return true;
  }

  #addSalted(sig: string, id: string, base: string): void {
    this.#salted.set(sig, id);
    const others = this.#others.get(base);
    if (others) others.add(sig);
    else this.#others.set(base, new Set([sig]));
  }
}
