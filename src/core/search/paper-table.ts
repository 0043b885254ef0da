/**
 * The storage side of {@link DigestIndex} besides the posting lists: which ordinal holds which paper
 * id, the records themselves (`records.ts`), the exact-name table, and topic counts — plus their
 * snapshot.
 *
 * Exact names are kept as 52-bit hashes of their keys (`nameKey` of names and titles), not the key
 * strings: about three keys per paper, so 300,000 strings at 100,000 papers (~25 MB) become numbers.
 * Two different keys sharing a hash would make one paper count as an exact match for the other's
 * name: at 300,000 keys the chance is about 1 in 100 million.
 * @module
 */
import type { Paper } from '../model.ts';
import { BlobRecords, HeapRecords, type BlobStore, type RecordHolder, type RecordsSnapshot } from './records.ts';

/** What {@link PaperTable.snapshot} returns and {@link PaperTable.fromSnapshot} takes. */
export interface PaperTableSnapshot {
  /** Ids in insertion order, with their ordinals. */
  ids: string[];
  ordinals: Int32Array;
  /** Exact-name hashes and the ordinal each belongs to (one row per pair). */
  nameHashes: Float64Array;
  nameOrdinals: Int32Array;
  records: RecordsSnapshot;
}

/**
 * A 52-bit hash of a string (two FNV-1a lanes over UTF-16 code units), exact as a JS number.
 * ```ts
 * hash52('fifodiffusion') === hash52('fifodiffusion') // true
 * ```
 */
export function hash52(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x100000 + (b >>> 12);
}

/** Ordinals by id, papers by ordinal, exact-name hashes. */
export class PaperTable {
  /** id -> ordinal; Map order is insertion order, and a replaced paper keeps its place. */
  #ordinals = new Map<string, number>();
  #records: RecordHolder;
  /** hash52(name key) -> ordinal(s). */
  #names = new Map<number, number | number[]>();
  #topicCounts: Map<string, number> | undefined;

  /** @param blobs keep records in this store (see `records.ts`); without it, as objects. */
  constructor(blobs?: BlobStore) {
    this.#records = blobs ? new BlobRecords(blobs) : new HeapRecords();
  }

  get size(): number {
    return this.#ordinals.size;
  }

  ordinalOf(id: string): number | undefined {
    return this.#ordinals.get(id);
  }

  get(id: string): Paper | undefined {
    const ordinal = this.#ordinals.get(id);
    return ordinal === undefined ? undefined : this.#records.get(ordinal);
  }

  at(ordinal: number): Paper | undefined {
    return this.#records.get(ordinal);
  }

  /** All papers, in insertion order. */
  papers(): Paper[] {
    const out: Paper[] = [];
    for (const ordinal of this.#ordinals.values()) out.push(this.#records.get(ordinal)!);
    return out;
  }

  /** Stores `paper` at a new `ordinal` with its exact-name keys; the id must not be present. */
  put(ordinal: number, paper: Paper, nameKeys: readonly string[]): void {
    this.#ordinals.set(paper.id, ordinal);
    this.#records.set(ordinal, paper);
    for (const key of nameKeys) {
      const h = hash52(key);
      const had = this.#names.get(h);
      if (had === undefined) this.#names.set(h, ordinal);
      else if (typeof had === 'number') this.#names.set(h, [had, ordinal]);
      else had.push(ordinal);
    }
    this.#topicCounts = undefined;
  }

  /**
   * Forgets the paper at `ordinal` (its exact-name keys given again). With `keepPlace`, the id keeps
   * its position in {@link papers} for the replacement that follows.
   */
  drop(id: string, ordinal: number, nameKeys: readonly string[], keepPlace = false): void {
    if (!keepPlace) this.#ordinals.delete(id);
    this.#records.delete(ordinal);
    for (const key of nameKeys) {
      const h = hash52(key);
      const had = this.#names.get(h);
      if (had === ordinal) this.#names.delete(h);
      else if (Array.isArray(had)) {
        const rest = had.filter((o) => o !== ordinal);
        this.#names.set(h, rest.length === 1 ? rest[0]! : rest);
      }
    }
    this.#topicCounts = undefined;
  }

  /** Bytes of the records held in the blob store (undefined when records are kept as objects). */
  get recordBytes(): number | undefined {
    return this.#records instanceof BlobRecords ? this.#records.liveBytes : undefined;
  }

  /** Moves the records held into `target`, a slice per step (see `BlobRecords.moveTo`); blob storage only. */
  moveRecords(target: BlobStore, sliceRecords?: number): Generator<void, void> {
    if (!(this.#records instanceof BlobRecords)) throw new Error('PaperTable: records are not in a blob store');
    return this.#records.moveTo(target, sliceRecords);
  }

  /** Calls `fn` with every ordinal whose paper has the exact-name key `key`. */
  forEachExact(key: string, fn: (ordinal: number) => void): boolean {
    const had = this.#names.get(hash52(key));
    if (had === undefined) return false;
    if (typeof had === 'number') fn(had);
    else had.forEach(fn);
    return true;
  }

  /** Number of papers per topic id (only topics with at least one paper). */
  topicCounts(): Map<string, number> {
    if (!this.#topicCounts) {
      const counts = new Map<string, number>();
      for (const ordinal of this.#ordinals.values()) for (const t of new Set(this.#records.topicsOf(ordinal))) counts.set(t, (counts.get(t) ?? 0) + 1);
      this.#topicCounts = counts;
    }
    return new Map(this.#topicCounts);
  }

  snapshot(): PaperTableSnapshot {
    const rows: [number, number][] = [];
    for (const [h, o] of this.#names) for (const ordinal of typeof o === 'number' ? [o] : o) rows.push([h, ordinal]);
    return {
      ids: [...this.#ordinals.keys()],
      ordinals: Int32Array.from(this.#ordinals.values()),
      nameHashes: Float64Array.from(rows, (r) => r[0]),
      nameOrdinals: Int32Array.from(rows, (r) => r[1]),
      records: this.#records.snapshot(),
    };
  }

  static fromSnapshot(s: PaperTableSnapshot, blobs?: BlobStore): PaperTable {
    const table = new PaperTable();
    if (s.records.kind === 'blob') {
      if (!blobs) throw new Error('PaperTable: this snapshot keeps its records in a blob store; none given');
      table.#records = BlobRecords.fromSnapshot(s.records, blobs);
    } else table.#records = HeapRecords.fromSnapshot(s.records);
    s.ids.forEach((id, i) => table.#ordinals.set(id, s.ordinals[i]!));
    for (let i = 0; i < s.nameHashes.length; i++) {
      const h = s.nameHashes[i]!;
      const ordinal = s.nameOrdinals[i]!;
      const had = table.#names.get(h);
      if (had === undefined) table.#names.set(h, ordinal);
      else if (typeof had === 'number') table.#names.set(h, [had, ordinal]);
      else had.push(ordinal);
    }
    return table;
  }
}
