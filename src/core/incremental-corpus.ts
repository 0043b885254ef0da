/**
 * The corpus kept up to date file by file: a changed digest re-merges only the papers it can affect,
 * and says which merged records changed, so the index is patched instead of rebuilt.
 *
 * How it stays equal to a full rebuild (`buildCorpus`, which merges every paper with `mergePapers`):
 * `mergePapers` only ever joins papers that share a link key (arXiv id, title, name) or a Chinese
 * term, and its id salting only separates records whose ids collide. Here every paper (a
 * *contribution*: one paper of one file) is connected to every other sharing any key that could
 * link it — an over-approximation: all arXiv ids, title and name keys of any length, `/` parts of
 * names, aliases, the summary key of papers with neither title nor name (which is what their id is
 * made of), and Chinese terms to every English-titled zh summary containing them. `mergePapers`
 * run over one connected set of contributions, in corpus order, therefore gives exactly the records
 * the full merge gives for it (the full merge is the same unions in the same relative order, and
 * nothing outside the set can change them). When a file changes, the sets its old and new papers
 * belong to are found by walking those connections, merged again, and compared with what they gave
 * before. Property-tested against `buildCorpus` over random add/change/remove sequences
 * (`test/unit/incremental-corpus.test.ts`).
 *
 * Papers are kept once each, as a file gave them; with a {@link BlobStore} only their addresses
 * are in memory (the records are read back when their set is merged again).
 *
 * ```ts
 * const corpus = new IncrementalCorpus();
 * const delta = corpus.setFile('0/2024-05-ru-daily.txt', parsed.papers); // { removed: [], upserted: [...] }
 * index.remove(delta.removed);
 * index.add(delta.upserted);
 * ```
 * @module
 */
import { mergePapers, minTermChars } from './merge.ts';
import type { Paper } from './model.ts';
import { nameKey } from './name-key.ts';
import { titleKey } from './parse/ids.ts';
import { hash52 } from './search/paper-table.ts';
import type { BlobStore } from './search/records.ts';

/** What one {@link IncrementalCorpus.setFile} changed in the merged records. */
export interface CorpusDelta {
  /** Ids of merged records that no longer exist (remove them from the index first). */
  removed: string[];
  /** New or changed merged records (add them; an existing id is replaced). */
  upserted: Paper[];
}

/** What {@link IncrementalCorpus.snapshot} returns and `fromSnapshot` takes. */
export interface IncrementalCorpusSnapshot {
  version: number;
  files: { key: string; contributions: number[] }[];
  /** Per contribution (by number; null when free): file key index, position, keys, zh data, record. */
  contributions: (ContributionRow | null)[];
  /** Merged id -> fingerprint of the record last reported. */
  merged: [id: string, fingerprint: number][];
  offsets: Float64Array;
  lengths: Float64Array;
  /** Heap mode only: the records themselves. */
  papers?: (Paper | null)[];
}

type ContributionRow = [file: number, index: number, keys: number[], term: string | null, han: string | null, merged: string];

export const incrementalCorpusVersion = 1;

/** One paper of one file. */
interface Contribution {
  file: string;
  index: number;
  /** Hashed link keys (see the module comment). */
  keys: number[];
  /** The Chinese term this paper may link by (zh, Han-only name), or null. */
  term: string | null;
  /** Han runs of the summary of an English-titled zh paper (what Chinese terms are looked for in), or null. */
  han: string | null;
  /** Id of the merged record it is part of. */
  merged: string;
}

/** Shortest Han run a Chinese term can be found in (the term's own minimum). */
const hanRun = new RegExp(`\\p{Script=Han}{${minTermChars},}`, 'gu');

/** A corpus maintained file by file; see the module comment. */
export class IncrementalCorpus {
  readonly #blobs: BlobStore | undefined;
  /** File key -> its contributions in paper order. Keys order the corpus (compared as strings). */
  #files = new Map<string, number[]>();
  #contributions: (Contribution | undefined)[] = [];
  #free: number[] = [];
  /** Records of contributions: objects (heap mode) or blob addresses. */
  #papers: (Paper | undefined)[] = [];
  #offsets: Float64Array<ArrayBufferLike> = new Float64Array(64);
  #lengths: Float64Array<ArrayBufferLike> = new Float64Array(64);
  /** Link key hash -> contributions having it. */
  #byKey = new Map<number, number | Set<number>>();
  /** Chinese term -> contributions owning it; term lengths in use, with counts. */
  #byTerm = new Map<string, Set<number>>();
  #termLengths = new Map<number, number>();
  /** Contributions with Han summary runs (English-titled zh papers). */
  #hanOf = new Set<number>();
  /** Merged id -> fingerprint of the record last reported. */
  #merged = new Map<string, number>();

  /** @param blobs keep each paper's record in this store, only its address in memory. */
  constructor(blobs?: BlobStore) {
    this.#blobs = blobs;
  }

  /** Number of merged records. */
  get size(): number {
    return this.#merged.size;
  }

  /** Number of papers before merging (all files). */
  get contributions(): number {
    return this.#contributions.length - this.#free.length;
  }

  /** Keys of the files held, in corpus order. */
  fileKeys(): string[] {
    return [...this.#files.keys()].sort(compareKeys);
  }

  /**
   * Sets the papers of file `key` (topics tagged, in file order), or removes the file (`null`), and
   * returns the merged records that changed. File keys order the corpus as `buildCorpus` receives
   * files: give `${directory number}/${name}` for files loaded directory by directory.
   */
  setFile(key: string, papers: readonly Paper[] | null): CorpusDelta {
    const old = this.#files.get(key) ?? [];
    // Seeds of the walk: what the old papers were connected to, and the new papers.
    const seeds = new Set<number>();
    for (const c of old) for (const n of this.#neighbours(c)) seeds.add(n);
    const before = new Set<string>(old.map((c) => this.#contributions[c]!.merged));
    for (const c of old) {
      this.#detach(c);
      seeds.delete(c);
    }
    if (papers?.length) this.#files.set(key, papers.map((p, i) => this.#attach(key, i, p)));
    else this.#files.delete(key);
    for (const c of this.#files.get(key) ?? []) seeds.add(c);
    // Slots are reused only now, so the old papers' numbers never meant a new paper above.
    for (const c of old) this.#free.push(c);

    // Every contribution connected to a seed: these merge again, together.
    const affected = this.#walk(seeds);
    for (const c of affected) before.add(this.#contributions[c]!.merged);
    const members = [...affected].sort((a, b) => this.#compare(a, b));
    const loaded = members.map((c) => this.#load(c));
    const records = loaded.length ? mergePapers(loaded) : [];
    // Which contribution ended up in which record: a merged record lists its members' sources.
    const recordOf = new Map<string, string>();
    for (const r of records) for (const s of r.sources) recordOf.set(sourceKey(s), r.id);
    members.forEach((c, i) => {
      this.#contributions[c]!.merged = recordOf.get(sourceKey(loaded[i]!.sources[0]!)) ?? '';
    });
    const delta: CorpusDelta = { removed: [], upserted: [] };
    const after = new Set<string>();
    for (const r of records) {
      after.add(r.id);
      const fingerprint = hash52(JSON.stringify(r));
      if (this.#merged.get(r.id) === fingerprint) continue;
      this.#merged.set(r.id, fingerprint);
      delta.upserted.push(r);
    }
    for (const id of before) {
      if (id === '' || after.has(id)) continue;
      this.#merged.delete(id);
      delta.removed.push(id);
    }
    return delta;
  }

  /** Every merged record, in corpus order (for consistency checks; loads every record). */
  papers(): Paper[] {
    const all: number[] = [];
    for (const key of this.fileKeys()) all.push(...this.#files.get(key)!);
    return mergePapers(all.map((c) => this.#load(c)));
  }

  // === Snapshots

  snapshot(): IncrementalCorpusSnapshot {
    const fileKeys = [...this.#files.keys()];
    const fileNumber = new Map(fileKeys.map((k, i) => [k, i]));
    const n = this.#contributions.length;
    return {
      version: incrementalCorpusVersion,
      files: fileKeys.map((key) => ({ key, contributions: this.#files.get(key)! })),
      contributions: this.#contributions.map((c) => (c ? [fileNumber.get(c.file)!, c.index, c.keys, c.term, c.han, c.merged] : null)),
      merged: [...this.#merged],
      offsets: this.#offsets.slice(0, n),
      lengths: this.#lengths.slice(0, n),
      ...(this.#blobs ? {} : { papers: Array.from({ length: n }, (_, c) => this.#papers[c] ?? null) }),
    };
  }

  static fromSnapshot(s: IncrementalCorpusSnapshot, blobs?: BlobStore): IncrementalCorpus {
    if (s.version !== incrementalCorpusVersion) throw new Error(`IncrementalCorpus: snapshot version ${s.version}, expected ${incrementalCorpusVersion}`);
    if (!blobs && !s.papers) throw new Error('IncrementalCorpus: this snapshot keeps its records in a blob store; none given');
    const corpus = new IncrementalCorpus(blobs);
    for (const f of s.files) corpus.#files.set(f.key, f.contributions.slice());
    corpus.#offsets = s.offsets.slice();
    corpus.#lengths = s.lengths.slice();
    s.contributions.forEach((row, c) => {
      if (!row) {
        corpus.#contributions[c] = undefined;
        corpus.#free.push(c);
        return;
      }
      const [file, index, keys, term, han, merged] = row;
      corpus.#contributions[c] = { file: s.files[file]!.key, index, keys, term, han, merged };
      if (!blobs) corpus.#papers[c] = s.papers![c]!;
      corpus.#index(c);
    });
    corpus.#merged = new Map(s.merged);
    return corpus;
  }

  // === Internals

  #attach(file: string, index: number, paper: Paper): number {
    const c = this.#free.pop() ?? this.#contributions.length;
    const zh = paper.lang === 'zh';
    const name = paper.name?.trim();
    const term = zh && name && /^\p{Script=Han}+$/u.test(name) && Array.from(name).length >= minTermChars ? name : null;
    const han = zh && paper.title ? (paper.summary.match(hanRun) ?? []).join('\u0000') || null : null;
    this.#contributions[c] = { file, index, keys: linkKeys(paper), term, han, merged: '' };
    if (this.#blobs) {
      const ref = this.#blobs.write(JSON.stringify(paper));
      if (c >= this.#offsets.length) {
        this.#offsets = grow(this.#offsets, c + 1);
        this.#lengths = grow(this.#lengths, c + 1);
      }
      this.#offsets[c] = ref.offset;
      this.#lengths[c] = ref.length;
    } else this.#papers[c] = paper;
    this.#index(c);
    return c;
  }

  /** Registers contribution `c`'s keys, term and Han runs. */
  #index(c: number): void {
    const { keys, term, han } = this.#contributions[c]!;
    for (const k of keys) {
      const had = this.#byKey.get(k);
      if (had === undefined) this.#byKey.set(k, c);
      else if (typeof had === 'number') this.#byKey.set(k, new Set([had, c]));
      else had.add(c);
    }
    if (term) {
      const owners = this.#byTerm.get(term);
      if (owners) owners.add(c);
      else this.#byTerm.set(term, new Set([c]));
      this.#termLengths.set(term.length, (this.#termLengths.get(term.length) ?? 0) + 1);
    }
    if (han) this.#hanOf.add(c);
  }

  #detach(c: number): void {
    const { keys, term, han } = this.#contributions[c]!;
    for (const k of keys) {
      const had = this.#byKey.get(k);
      if (had === c) this.#byKey.delete(k);
      else if (had instanceof Set) {
        had.delete(c);
        if (had.size === 1) this.#byKey.set(k, had.values().next().value!);
      }
    }
    if (term) {
      const owners = this.#byTerm.get(term)!;
      owners.delete(c);
      if (owners.size === 0) this.#byTerm.delete(term);
      const left = this.#termLengths.get(term.length)! - 1;
      if (left === 0) this.#termLengths.delete(term.length);
      else this.#termLengths.set(term.length, left);
    }
    if (han) this.#hanOf.delete(c);
    this.#contributions[c] = undefined;
    this.#papers[c] = undefined;
  }

  /** Contributions directly connected to `c` (sharing a key, or linked through a Chinese term). */
  *#neighbours(c: number): Generator<number> {
    const { keys, term, han } = this.#contributions[c]!;
    for (const k of keys) {
      const had = this.#byKey.get(k);
      if (typeof had === 'number') yield had;
      else if (had) yield* had;
    }
    if (term) for (const z of this.#hanOf) if (this.#contributions[z]!.han!.includes(term)) yield z;
    if (han) {
      for (const run of han.split('\u0000')) {
        for (const length of this.#termLengths.keys()) {
          for (let k = 0; k + length <= run.length; k++) {
            const owners = this.#byTerm.get(run.slice(k, k + length));
            if (owners) yield* owners;
          }
        }
      }
    }
  }

  /** Everything connected to `seeds` (seeds included). */
  #walk(seeds: Iterable<number>): Set<number> {
    const seen = new Set<number>();
    const stack: number[] = [];
    for (const s of seeds) {
      if (this.#contributions[s] && !seen.has(s)) {
        seen.add(s);
        stack.push(s);
      }
    }
    while (stack.length) {
      const c = stack.pop()!;
      for (const n of this.#neighbours(c)) {
        if (seen.has(n)) continue;
        seen.add(n);
        stack.push(n);
      }
    }
    return seen;
  }

  /** Corpus order: file key, then position in the file. */
  #compare(a: number, b: number): number {
    const ca = this.#contributions[a]!;
    const cb = this.#contributions[b]!;
    return ca.file === cb.file ? ca.index - cb.index : compareKeys(ca.file, cb.file);
  }

  #load(c: number): Paper {
    const held = this.#papers[c];
    if (held) return held;
    return JSON.parse(this.#blobs!.read({ offset: this.#offsets[c]!, length: this.#lengths[c]! })) as Paper;
  }
}

const sourceKey = (s: { file: string; index: number }) => `${s.file}\u0000${s.index}`;

/** String order of file keys (`<` on code units, as `Array.prototype.sort` orders names). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every key that could link `paper` to another in `mergePapers` or make their ids collide (a
 * superset, see the module comment), hashed.
 */
export function linkKeys(paper: Paper): number[] {
  const keys = new Set<string>();
  if (paper.arxivId) keys.add(`a:${paper.arxivId}`);
  // Any length: a title too short to link still makes the id (`paperId`), and equal ids must meet.
  if (paper.title) keys.add(`t:${titleKey(paper.title)}`);
  // `aliases` (other names of the paper), when the model has them, may link too.
  const aliases = (paper as { aliases?: unknown }).aliases;
  const names = [paper.name, ...(Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [])];
  for (const name of names) {
    if (!name) continue;
    keys.add(`n:${nameKey(name)}`);
    for (const part of name.split('/')) keys.add(`n:${nameKey(part)}`);
  }
  if (!paper.title && !paper.name) keys.add(`s:${titleKey(paper.summary.slice(0, 400)).slice(0, 200)}`);
  return [...keys].map(hash52);
}

function grow(array: Float64Array<ArrayBufferLike>, needed: number): Float64Array {
  const out = new Float64Array(Math.max(needed, array.length * 2));
  out.set(array);
  return out;
}
