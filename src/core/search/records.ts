/**
 * Where the index keeps its papers. Two holders behind one small interface:
 *
 * - {@link HeapRecords} keeps each `Paper` object as given (tests, the CLI, small corpora);
 * - {@link BlobRecords} keeps in memory only what selection and counts read of every paper (id,
 *   topics, sources), and the whole record as JSON in a {@link BlobStore} (the bot's is a file next
 *   to the index snapshot). A paper read from it is a read-only `Proxy` that loads its record on
 *   the first access to any other field (title, summary, texts...), so a search hit costs nothing
 *   until it is rendered, and then one read of a few KB. At 100,000 papers the texts are ~150 MB as
 *   JS strings; this is what lets the bot run in a fraction of that.
 *
 * The proxy behaves like a plain record for reads, spreads, `Object.keys` and `JSON.stringify`
 * (they see the full record); it refuses writes, and `structuredClone` refuses it (proxies cannot
 * be cloned) rather than silently copying part of it.
 * @module
 */
import type { Paper, PaperSource } from '../model.ts';

// === Record text

/**
 * Fields a per-language text may repeat: `texts.en.title` is usually `title`, `texts[lang].summary`
 * the `summary`, and so on. Stored as the field's number instead of a second copy of the text.
 */
const repeatable = ['title', 'summary', 'localTitle', 'abstract'] as const;

/**
 * A record as stored text: JSON, with each per-language text that repeats one of the record's own
 * fields (`title`, `summary`, `localTitle`, `abstract`) written as that field's number (a string
 * can never be a number, so it reads back unambiguously). An hfday paper's texts repeat its Russian
 * summary and English abstract, so this keeps its text once: about half the bytes.
 * ```ts
 * decodeRecord(encodeRecord(paper)) // deep-equal to paper, keys in the same order
 * ```
 */
export function encodeRecord(paper: Paper): string {
  if (!paper.texts) return JSON.stringify(paper);
  const texts: Record<string, Record<string, string | number>> = {};
  for (const [lang, text] of Object.entries(paper.texts)) {
    const out: Record<string, string | number> = {};
    for (const [field, value] of Object.entries(text as Record<string, string>)) {
      const same = repeatable.findIndex((f) => paper[f] === value);
      out[field] = same >= 0 ? same : value;
    }
    texts[lang] = out;
  }
  return JSON.stringify({ ...paper, texts });
}

/** The record {@link encodeRecord} stored. */
export function decodeRecord(text: string): Paper {
  const paper = JSON.parse(text) as Paper;
  if (paper.texts) {
    for (const text of Object.values(paper.texts) as Record<string, string | number>[]) {
      for (const [field, value] of Object.entries(text)) if (typeof value === 'number') text[field] = paper[repeatable[value]!] as string;
    }
  }
  return paper;
}

// === Blob stores

/** Address of a stored record (offset and length in the store's own units). */
export interface BlobRef {
  offset: number;
  length: number;
}

/** Append-only storage of record texts, read back by address. Synchronous: reads are a few KB. */
export interface BlobStore {
  write(text: string): BlobRef;
  read(ref: BlobRef): string;
}

/** A {@link BlobStore} in memory (tests; the shape of the bot's file-backed one). */
export class MemoryBlobs implements BlobStore {
  #texts: string[] = [];
  write(text: string): BlobRef {
    this.#texts.push(text);
    return { offset: this.#texts.length - 1, length: text.length };
  }
  read(ref: BlobRef): string {
    const text = this.#texts[ref.offset];
    if (text === undefined || text.length !== ref.length) throw new Error(`MemoryBlobs: no record at ${ref.offset}`);
    return text;
  }
}

// === Record holders

/** Papers by ordinal. */
export interface RecordHolder {
  set(ordinal: number, paper: Paper): void;
  get(ordinal: number): Paper | undefined;
  delete(ordinal: number): void;
  /** The record's topics without loading anything (counts, selection). */
  topicsOf(ordinal: number): readonly string[] | undefined;
  /** JSON-able state plus typed arrays (see {@link RecordsSnapshot}). */
  snapshot(): RecordsSnapshot;
}



/** What a holder persists: `kind` says which holder restores it. */
export type RecordsSnapshot =
  | { kind: 'heap'; papers: (Paper | null)[] }
  | { kind: 'blob'; files: string[]; topicLists: string[][]; rows: (EagerRow | null)[]; offsets: Float64Array; lengths: Float64Array };

/** Keeps the `Paper` objects themselves. */
export class HeapRecords implements RecordHolder {
  #papers: (Paper | undefined)[] = [];
  set(ordinal: number, paper: Paper): void {
    this.#papers[ordinal] = paper;
  }
  get(ordinal: number): Paper | undefined {
    return this.#papers[ordinal];
  }
  delete(ordinal: number): void {
    this.#papers[ordinal] = undefined;
  }
  topicsOf(ordinal: number): readonly string[] | undefined {
    return this.#papers[ordinal]?.topics;
  }
  snapshot(): RecordsSnapshot {
    return { kind: 'heap', papers: Array.from(this.#papers, (p) => p ?? null) };
  }
  static fromSnapshot(s: Extract<RecordsSnapshot, { kind: 'heap' }>): HeapRecords {
    const out = new HeapRecords();
    s.papers.forEach((p, ordinal) => p && out.set(ordinal, p));
    return out;
  }
}

/** The fields of every paper kept in memory by {@link BlobRecords}: `[id, topics, sources]`. */
type EagerRow = [id: string, topics: number, sources: [file: number, format: string, date: string | null, index: number][]];

/** What {@link BlobRecords} keeps per paper: the fields everything reads, shared where equal. */
interface Eager {
  id: string;
  topics: string[];
  sources: PaperSource[];
}

/** Ordinal of a proxy's target, kept off the record's own keys. */
const ordinalKey = Symbol('ordinal');
type Target = Eager & { [ordinalKey]: number };

/** How many loaded records are kept for repeated reads of the same papers (a page, a digest). */
const loadedCacheSize = 64;

/** Keeps id, topics and sources in memory and the whole record in a {@link BlobStore}. */
export class BlobRecords implements RecordHolder {
  #blobs: BlobStore;
  /** Bumped by every `set` and `delete` (a move checks that none happened meanwhile). */
  #changes = 0;
  #targets: (Target | undefined)[] = [];
  #offsets: Float64Array<ArrayBufferLike> = new Float64Array(64);
  #lengths: Float64Array<ArrayBufferLike> = new Float64Array(64);
  /**
   * Interned topic lists, with how many records use each: a few hundred distinct lists across
   * 100,000 papers. A list no record uses any more is dropped: merged records' topic unions make new
   * lists at every update, and kept forever they were the main thread's heap growth over reloads
   * (~8,000 topic strings a reload at 10,000 papers).
   */
  #topicLists = new Map<string, { list: string[]; uses: number }>();
  #loaded = new Map<number, Paper>();
  readonly #handler: ProxyHandler<Target>;

  constructor(blobs: BlobStore) {
    this.#blobs = blobs;
    const load = (t: Target) => this.#load(t[ordinalKey]);
    this.#handler = {
      get: (t, key) => (key === 'id' || key === 'topics' || key === 'sources' ? t[key] : (load(t) as unknown as Record<string | symbol, unknown>)[key]),
      has: (_t, key) => key in load(_t),
      ownKeys: (t) => Reflect.ownKeys(load(t)),
      getOwnPropertyDescriptor: (t, key) => {
        const full = load(t) as unknown as Record<string | symbol, unknown>;
        if (!Object.prototype.hasOwnProperty.call(full, key)) return undefined;
        return { value: full[key], writable: false, enumerable: true, configurable: true };
      },
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    };
  }

  set(ordinal: number, paper: Paper): void {
    const ref = this.#blobs.write(encodeRecord(paper));
    if (ordinal >= this.#offsets.length) {
      this.#offsets = grow(this.#offsets, ordinal + 1);
      this.#lengths = grow(this.#lengths, ordinal + 1);
    }
    this.#offsets[ordinal] = ref.offset;
    this.#lengths[ordinal] = ref.length;
    this.#release(this.#targets[ordinal]);
    this.#targets[ordinal] = this.#target(ordinal, paper.id, paper.topics, paper.sources);
    this.#loaded.delete(ordinal);
    this.#changes++;
  }

  get(ordinal: number): Paper | undefined {
    const target = this.#targets[ordinal];
    return target && (new Proxy(target, this.#handler) as unknown as Paper);
  }

  delete(ordinal: number): void {
    this.#release(this.#targets[ordinal]);
    this.#targets[ordinal] = undefined;
    this.#loaded.delete(ordinal);
    this.#changes++;
  }

  topicsOf(ordinal: number): readonly string[] | undefined {
    return this.#targets[ordinal]?.topics;
  }

  /** Bytes (in the store's units) of the records held; the store also holds replaced and removed ones. */
  get liveBytes(): number {
    let n = 0;
    for (let ordinal = 0; ordinal < this.#targets.length; ordinal++) if (this.#targets[ordinal]) n += this.#lengths[ordinal]!;
    return n;
  }

  /**
   * Copies the records held into `target` (a new store) a slice at a time, then keeps them there:
   * the old store, with the records replaced or removed since it was new, can be dropped. Reads
   * meanwhile go to the old store (addresses change only after the last copy); a `set` or `delete`
   * meanwhile makes the move fail, leaving everything on the old store. Drive it to the end.
   */
  *moveTo(target: BlobStore, sliceRecords = 500): Generator<void, void> {
    const changes = this.#changes;
    const n = this.#targets.length;
    const offsets = new Float64Array(Math.max(n, 64));
    const lengths = new Float64Array(Math.max(n, 64));
    for (let ordinal = 0; ordinal < n; ordinal++) {
      if (!this.#targets[ordinal]) continue;
      const ref = target.write(this.#blobs.read({ offset: this.#offsets[ordinal]!, length: this.#lengths[ordinal]! }));
      offsets[ordinal] = ref.offset;
      lengths[ordinal] = ref.length;
      if (ordinal % sliceRecords === sliceRecords - 1) {
        yield;
        if (this.#changes !== changes) throw new Error('BlobRecords: records changed during a move');
      }
    }
    if (this.#changes !== changes) throw new Error('BlobRecords: records changed during a move');
    this.#blobs = target;
    this.#offsets = offsets;
    this.#lengths = lengths;
  }

  snapshot(): RecordsSnapshot {
    // Rows refer to tables by number: 100,000 papers name a few thousand files and a few hundred
    // topic lists.
    const files = new Map<string, number>();
    const topicLists = new Map<string[], number>();
    const rows = this.#targets.map((t): EagerRow | null => {
      if (!t) return null;
      let topics = topicLists.get(t.topics);
      if (topics === undefined) topicLists.set(t.topics, (topics = topicLists.size));
      const sources = t.sources.map((s): EagerRow[2][number] => {
        let file = files.get(s.file);
        if (file === undefined) files.set(s.file, (file = files.size));
        return [file, s.format, s.date, s.index];
      });
      return [t.id, topics, sources];
    });
    const n = this.#targets.length;
    return { kind: 'blob', files: [...files.keys()], topicLists: [...topicLists.keys()], rows, offsets: this.#offsets.slice(0, n), lengths: this.#lengths.slice(0, n) };
  }

  static fromSnapshot(s: Extract<RecordsSnapshot, { kind: 'blob' }>, blobs: BlobStore): BlobRecords {
    const out = new BlobRecords(blobs);
    out.#offsets = s.offsets.slice();
    out.#lengths = s.lengths.slice();
    // Each saved topic list interned once (not joined again for each of its records).
    const lists = s.topicLists.map((list) => out.#intern(list));
    s.rows.forEach((row, ordinal) => {
      if (!row) return;
      const [id, topics, sources] = row;
      const interned = lists[topics]!;
      interned.uses++;
      out.#targets[ordinal] = { id, topics: interned.list, sources: sources.map(([file, format, date, index]) => ({ file: s.files[file]!, format, date, index }) as PaperSource), [ordinalKey]: ordinal };
    });
    for (const [key, interned] of out.#topicLists) if (interned.uses === 0) out.#topicLists.delete(key);
    return out;
  }

  /** The interned list equal to `topics` (made, unused, when there is none). */
  #intern(topics: readonly string[]): { list: string[]; uses: number } {
    const topicKey = topics.join('\u0000');
    let interned = this.#topicLists.get(topicKey);
    if (!interned) this.#topicLists.set(topicKey, (interned = { list: [...topics], uses: 0 }));
    return interned;
  }

  #target(ordinal: number, id: string, topics: readonly string[], sources: readonly PaperSource[]): Target {
    const interned = this.#intern(topics);
    interned.uses++;
    return { id, topics: interned.list, sources: sources.map((s) => ({ ...s })), [ordinalKey]: ordinal };
  }

  /** A record's topic list is used once less (dropped when no record uses it). */
  #release(target: Target | undefined): void {
    if (!target) return;
    const topicKey = target.topics.join('\u0000');
    const interned = this.#topicLists.get(topicKey);
    if (interned && --interned.uses === 0) this.#topicLists.delete(topicKey);
  }

  /** Distinct topic lists held (each shared by the records that have it). */
  get topicListCount(): number {
    return this.#topicLists.size;
  }

  #load(ordinal: number): Paper {
    let paper = this.#loaded.get(ordinal);
    if (paper) return paper;
    paper = decodeRecord(this.#blobs.read({ offset: this.#offsets[ordinal]!, length: this.#lengths[ordinal]! }));
    if (this.#loaded.size >= loadedCacheSize) this.#loaded.delete(this.#loaded.keys().next().value!);
    this.#loaded.set(ordinal, paper);
    return paper;
  }
}

function grow(array: Float64Array<ArrayBufferLike>, needed: number): Float64Array {
  const out = new Float64Array(Math.max(needed, array.length * 2));
  out.set(array);
  return out;
}
