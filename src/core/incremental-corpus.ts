/**
 * The corpus kept up to date file by file: a changed digest merges again only what it can change,
 * and says which merged records changed, so the index is patched instead of rebuilt.
 *
 * How it stays equal to a full rebuild (`buildCorpus` -> `mergePapers`): it runs `mergePapers`'
 * own steps, in the same order, on state it keeps between calls.
 *
 * - `mergePapers` first links papers by key (arXiv id, title, name) in corpus order, with a
 *   union-find whose guards (different arXiv ids, the same file for name links) make the result
 *   depend on that order. Here that key phase is kept with an undo log: every union is recorded
 *   with the paper being linked, so the state after the first `p` papers is restored by undoing the
 *   unions of papers `p..n` (no path compression: each paper points at its group's label, and the
 *   smaller group is relabelled on a union, which an undo relabels back). A file added, changed or
 *   removed rolls back to the first paper of the first changed file and links the papers after it
 *   again — unchanged files keep their keys, no parsing or loading — so a new file at the end of the
 *   corpus (a fetched day, a dropped-in digest) costs its own papers only.
 * - The Chinese-term step (few papers: zh reading notes named by a Chinese term) runs over the whole
 *   corpus on every commit, with the term owners and the summaries using each term kept up to date
 *   per paper, and its unions are undone after the records are read.
 * - Records are built in first-seen order with `combine`, ids salted as `mergePapers` salts them;
 *   a group whose members (each paper has a serial number, new for every parsed version) are the
 *   same as at the last commit is not combined again, so only changed records are loaded and
 *   reported.
 *
 * A change to the first file of a large corpus still links every paper again (about 1 µs each) —
 * the cost is the papers after the change, never the connected papers, which in a corpus of
 * recurring names and titles are most of it (the previous design merged connected components again:
 * ~0.5 s per file at 10,000 papers, seconds at 100,000). Property-tested against `mergePapers`
 * over random add/change/remove sequences (`test/unit/incremental-corpus.test.ts`).
 *
 * Papers are kept once each, as a file gave them; with a {@link BlobStore} only their addresses
 * are in memory (a record is read back when its group changes).
 *
 * ```ts
 * const corpus = new IncrementalCorpus();
 * const delta = corpus.setFile('0/2024-05-ru-daily.txt', parsed.papers); // { removed: [], upserted: [...] }
 * index.remove(delta.removed);
 * index.add(delta.upserted);
 * ```
 * @module
 */
import { chineseTerm, combine, keysOf, saltedPaperId } from './merge.ts';
import type { Paper } from './model.ts';
import { paperId } from './parse/ids.ts';
import { decodeRecord, encodeRecord, type BlobStore } from './search/records.ts';

/** What one {@link IncrementalCorpus.setFile} changed in the merged records. */
export interface CorpusDelta {
  /** Ids of merged records that no longer exist (remove them from the index first). */
  removed: string[];
  /** New or changed merged records (add them; an existing id is replaced). */
  upserted: Paper[];
}

/** What {@link IncrementalCorpus.snapshot} returns and `fromSnapshot` takes (JSON-able). */
export interface IncrementalCorpusSnapshot {
  version: number;
  serial: number;
  files: { key: string; entries: EntryRow[] }[];
  /** The records last reported: id, the serials of their members, and the unsalted id when it differs. */
  output: ([id: string, signature: string] | [id: string, signature: string, base: string])[];
  /** Heap mode only: the papers, per file, in entry order. */
  papers?: Paper[][];
}

/** A paper's merge facts: serial, keys (`s` same file allowed, `x` not), arXiv id, files, term, Han runs, blob address. */
type EntryRow = [serial: number, keys: string[], arxivId: string | null, files: string[], term: string | null, han: string | null, offset: number, length: number];

export const incrementalCorpusVersion = 3;

/** One paper of one file, with what merging reads of it. */
interface Entry {
  serial: number;
  file: string;
  keys: { key: string; sameFileAllowed: boolean }[];
  arxivId: string | null;
  /** Distinct source files of the paper. */
  files: string[];
  /** Its Chinese term (`chineseTerm`), or null. */
  term: string | null;
  /**
   * Han runs of the summary of an English-titled zh paper (where terms are looked for), joined with
   * newlines, or null. One string, not one per run (301,000 strings at 100,000 papers), and one
   * `includes` per paper when a new term is looked for: a term is Han only, so it never matches
   * across a newline — the same matches as run by run.
   */
  han: string | null;
  /** The record: in memory, or at `offset`/`length` in the blob store. */
  paper: Paper | undefined;
  offset: number;
  length: number;
  /** Terms whose user list this entry was added to (undone on truncation). */
  usedIn: string[];
}

interface Group {
  label: number;
  members: number[];
  arxivId: string | null;
  files: Set<string>;
  /** First member (corpus order). */
  min: number;
  /** Member serials in corpus order, cached until the group changes. */
  sig: string | undefined;
}

interface Union {
  /** Position of the paper being linked when the union was made (-1: the term step). */
  at: number;
  keep: Group;
  drop: Group;
  added: string[];
  arxivWasNull: boolean;
  minBefore: number;
  sigBefore: string | undefined;
}

/** Han runs a Chinese term may be found in (`mergePapers` reads the same). */
const hanRuns = /\p{Script=Han}{3,}/gu;

/** A corpus maintained file by file; see the module comment. */
export class IncrementalCorpus {
  #blobs: BlobStore | undefined;
  /** File key -> its entries in paper order. Keys order the corpus (compared as strings). */
  #files = new Map<string, Entry[]>();
  /** Sorted file keys as linked (the corpus order of `#entries`). */
  #order: string[] = [];
  #entries: Entry[] = [];
  #labelOf: number[] = [];
  #groups: (Group | undefined)[] = [];
  #owners = new Map<string, number>();
  #log: Union[] = [];
  /** Chinese term -> owner positions (insertion order = first occurrence, as `mergePapers`). */
  #terms = new Map<string, number[]>();
  #termLengths = new Map<number, number>();
  /** Terms by their first code unit (how many): a Han window whose first unit starts no term is not looked up. */
  #termFirst = new Map<number, number>();
  #han: number[] = [];
  #usedBy = new Map<string, number[]>();
  #serial = 0;
  /** Files staged since the last commit (key -> new papers or null). */
  #staged = new Map<string, readonly Paper[] | null>();
  /** Live entries by serial. */
  #bySerial = new Map<number, Entry>();
  /** Records last reported: id -> member signature. */
  #output = new Map<string, string>();
  /** Signature -> unsalted id, for the groups of the last commit. */
  #baseIds = new Map<string, string>();

  /** @param blobs keep each paper's record in this store, only its address in memory. */
  constructor(blobs?: BlobStore) {
    this.#blobs = blobs;
  }

  /** Number of merged records. */
  get size(): number {
    return this.#output.size;
  }

  /** Number of papers before merging (all files). */
  get contributions(): number {
    return this.#entries.length;
  }

  /** Bytes of the records held in the blob store (it holds more: the papers of files changed or removed since it was new). */
  get blobBytes(): number {
    let n = 0;
    for (const entries of this.#files.values()) for (const e of entries) n += e.length;
    return n;
  }

  /**
   * Copies every record held into `target` (a new store) and keeps them there from now on: the old
   * store, with the papers of files changed or removed since, can then be dropped. Blob mode only;
   * not during a commit.
   */
  moveBlobs(target: BlobStore): void {
    const from = this.#blobs;
    if (!from) throw new Error('IncrementalCorpus: moveBlobs needs a blob store');
    // Addresses change only once every record is copied: a failed copy leaves the corpus on the old store.
    const entries = this.#order.flatMap((key) => this.#files.get(key)!);
    const refs = entries.map((e) => target.write(from.read({ offset: e.offset, length: e.length })));
    entries.forEach((e, i) => {
      e.offset = refs[i]!.offset;
      e.length = refs[i]!.length;
    });
    this.#blobs = target;
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
    return this.setFiles([[key, papers]]);
  }

  /** Several {@link setFile}s, merged once (a start-up load, a burst of changes). */
  setFiles(changes: Iterable<readonly [key: string, papers: readonly Paper[] | null]>): CorpusDelta {
    for (const [key, papers] of changes) this.#staged.set(key, papers);
    return this.#commit();
  }

  /** Every merged record, in corpus order (for consistency checks; loads every record). */
  papers(): Paper[] {
    const mark = this.#log.length;
    this.#linkTerms();
    try {
      return this.#records().map(({ id, group, record }) => ({ ...(record ?? combine(this.#members(group))), id }));
    } finally {
      while (this.#log.length > mark) this.#undo(this.#log.pop()!);
    }
  }

  // === Snapshots

  snapshot(): IncrementalCorpusSnapshot {
    const files = this.#order.map((key) => ({
      key,
      entries: this.#files.get(key)!.map((e): EntryRow => [e.serial, e.keys.map((k) => (k.sameFileAllowed ? 's' : 'x') + k.key), e.arxivId, e.files, e.term, e.han, e.offset, e.length]),
    }));
    return {
      version: incrementalCorpusVersion,
      serial: this.#serial,
      files,
      output: [...this.#output].map(([id, sig]) => {
        const base = this.#baseIds.get(sig);
        return base === undefined || base === id ? [id, sig] : [id, sig, base];
      }),
      ...(this.#blobs ? {} : { papers: this.#order.map((key) => this.#files.get(key)!.map((e) => e.paper!)) }),
    };
  }

  static fromSnapshot(s: IncrementalCorpusSnapshot, blobs?: BlobStore): IncrementalCorpus {
    if (s.version !== incrementalCorpusVersion) throw new Error(`IncrementalCorpus: snapshot version ${s.version}, expected ${incrementalCorpusVersion}`);
    if (!blobs && !s.papers) throw new Error('IncrementalCorpus: this snapshot keeps its records in a blob store; none given');
    const corpus = new IncrementalCorpus(blobs);
    corpus.#serial = s.serial;
    s.files.forEach(({ key, entries }, f) => {
      corpus.#files.set(
        key,
        entries.map(([serial, keys, arxivId, files, term, han, offset, length], i) => ({
          serial,
          file: key,
          keys: keys.map((k) => ({ key: k.slice(1), sameFileAllowed: k[0] === 's' })),
          arxivId,
          files,
          term,
          han,
          paper: blobs ? undefined : s.papers![f]![i]!,
          offset,
          length,
          usedIn: [],
        })),
      );
    });
    corpus.#order = [...corpus.#files.keys()].sort(compareKeys);
    for (const entries of corpus.#files.values()) for (const e of entries) corpus.#bySerial.set(e.serial, e);
    for (const key of corpus.#order) for (const e of corpus.#files.get(key)!) corpus.#append(e);
    corpus.#output = new Map(s.output.map(([id, sig]) => [id, sig]));
    corpus.#baseIds = new Map(s.output.map(([id, sig, base]) => [sig, base ?? id]));
    return corpus;
  }

  // === Commit: roll back to the first change, link again, read the records

  #commit(): CorpusDelta {
    const staged = this.#staged;
    this.#staged = new Map();
    const fresh = new Map<number, Paper>();
    for (const [key, papers] of staged) {
      for (const e of this.#files.get(key) ?? []) this.#bySerial.delete(e.serial);
      if (papers?.length) this.#files.set(key, papers.map((p) => this.#entry(key, p, fresh)));
      else this.#files.delete(key);
    }
    // The first file (old or new order) that changed: everything before it stays linked.
    const order = [...this.#files.keys()].sort(compareKeys);
    let first = 0;
    let position = 0;
    while (first < order.length && first < this.#order.length && order[first] === this.#order[first] && !staged.has(order[first]!)) {
      position += this.#files.get(order[first]!)!.length;
      first++;
    }
    this.#truncate(position);
    this.#order = order;
    for (let f = first; f < order.length; f++) for (const e of this.#files.get(order[f]!)!) this.#append(e);

    const mark = this.#log.length;
    this.#linkTerms();
    const delta: CorpusDelta = { removed: [], upserted: [] };
    const output = new Map<string, string>();
    const baseIds = new Map<string, string>();
    for (const { id, sig, group, record } of this.#records(fresh, baseIds)) {
      output.set(id, sig);
      if (this.#output.get(id) !== sig) delta.upserted.push({ ...(record ?? combine(this.#members(group, fresh))), id });
    }
    for (const id of this.#output.keys()) if (!output.has(id)) delta.removed.push(id);
    this.#output = output;
    this.#baseIds = baseIds;
    while (this.#log.length > mark) this.#undo(this.#log.pop()!);
    return delta;
  }

  /** Merged groups in first-seen order with their ids (salted as `mergePapers` salts them). */
  #records(fresh?: Map<number, Paper>, baseIds = new Map<string, string>()): { id: string; sig: string; group: Group; record?: Paper }[] {
    const out: { id: string; sig: string; group: Group; record?: Paper }[] = [];
    const used = new Set<string>();
    for (let i = 0; i < this.#entries.length; i++) {
      const group = this.#groups[this.#labelOf[i]!]!;
      if (group.min !== i) continue;
      const sig = (group.sig ??= this.#signature(group));
      let record: Paper | undefined;
      let base = this.#baseIds.get(sig) ?? baseIds.get(sig);
      if (base === undefined) {
        record = combine(this.#members(group, fresh));
        base = paperId(record);
      }
      baseIds.set(sig, base);
      let id = base;
      if (used.has(id)) {
        record ??= combine(this.#members(group, fresh));
        id = saltedPaperId(record);
      }
      used.add(id);
      out.push(record ? { id, sig, group, record } : { id, sig, group });
    }
    return out;
  }

  #signature(group: Group): string {
    return group.members
      .slice()
      .sort((a, b) => a - b)
      .map((m) => this.#entries[m]!.serial)
      .join(',');
  }

  #members(group: Group, fresh?: Map<number, Paper>): Paper[] {
    return group.members
      .slice()
      .sort((a, b) => a - b)
      .map((m) => this.#load(this.#entries[m]!, fresh));
  }

  /**
   * A member's paper. During a commit `fresh` holds the papers of the files just set and every
   * paper read back so far: a member shared by several changed groups is read once.
   */
  #load(e: Entry, fresh?: Map<number, Paper>): Paper {
    if (e.paper) return e.paper;
    let paper = fresh?.get(e.serial);
    if (paper === undefined) {
      paper = decodeRecord(this.#blobs!.read({ offset: e.offset, length: e.length }));
      fresh?.set(e.serial, paper);
    }
    return paper;
  }

  #entry(file: string, paper: Paper, fresh: Map<number, Paper>): Entry {
    const serial = ++this.#serial;
    const han = paper.lang === 'zh' && paper.title ? (paper.summary.match(hanRuns) ?? []).join('\n') : null;
    const e: Entry = {
      serial,
      file,
      keys: keysOf(paper),
      arxivId: paper.arxivId,
      files: [...new Set(paper.sources.map((s) => s.file))],
      term: chineseTerm(paper),
      han,
      paper: undefined,
      offset: 0,
      length: 0,
      usedIn: [],
    };
    this.#bySerial.set(serial, e);
    if (this.#blobs) {
      const ref = this.#blobs.write(encodeRecord(paper));
      e.offset = ref.offset;
      e.length = ref.length;
      fresh.set(serial, paper);
    } else e.paper = paper;
    return e;
  }

  // === The key step, with its undo log

  /** Links entry `e` as the next paper (`mergePapers`' key loop for one paper). */
  #append(e: Entry): void {
    const i = this.#entries.length;
    this.#entries.push(e);
    this.#labelOf.push(i);
    this.#groups[i] = { label: i, members: [i], arxivId: e.arxivId, files: new Set(e.files), min: i, sig: undefined };
    for (const { key, sameFileAllowed } of e.keys) {
      const owner = this.#owners.get(key);
      if (owner === undefined) this.#owners.set(key, i);
      else this.#union(i, this.#labelOf[owner]!, this.#labelOf[i]!, sameFileAllowed);
    }
    // Han runs first, then the term: a paper whose own summary uses its term is listed as a user.
    const han = e.han;
    if (han !== null) {
      this.#han.push(i);
      const found = new Set<string>();
      // Windows across a newline (between two runs) are no term: the same terms, found in the same order, as run by run.
      const first = this.#termFirst;
      for (const length of this.#termLengths.keys()) {
        for (let k = 0; k + length <= han.length; k++) {
          if (!first.has(han.charCodeAt(k))) continue;
          const sub = han.slice(k, k + length);
          if (this.#terms.has(sub)) found.add(sub);
        }
      }
      for (const term of found) this.#use(term, i);
    }
    if (e.term) {
      const owners = this.#terms.get(e.term);
      if (owners) owners.push(i);
      else {
        this.#terms.set(e.term, [i]);
        this.#termLengths.set(e.term.length, (this.#termLengths.get(e.term.length) ?? 0) + 1);
        const unit = e.term.charCodeAt(0);
        this.#termFirst.set(unit, (this.#termFirst.get(unit) ?? 0) + 1);
        for (const j of this.#han) if (this.#entries[j]!.han!.includes(e.term)) this.#use(e.term, j);
      }
    }
  }

  #use(term: string, j: number): void {
    const users = this.#usedBy.get(term);
    if (users) users.push(j);
    else this.#usedBy.set(term, [j]);
    this.#entries[j]!.usedIn.push(term);
  }

  /** Restores the state after the first `p` papers. */
  #truncate(p: number): void {
    while (this.#log.length && this.#log.at(-1)!.at >= p) this.#undo(this.#log.pop()!);
    for (let i = this.#entries.length - 1; i >= p; i--) {
      const e = this.#entries[i]!;
      for (const { key } of e.keys) if (this.#owners.get(key) === i) this.#owners.delete(key);
      if (e.term) {
        const owners = this.#terms.get(e.term)!;
        owners.pop();
        if (owners.length === 0) {
          this.#terms.delete(e.term);
          this.#usedBy.delete(e.term);
          const left = this.#termLengths.get(e.term.length)! - 1;
          if (left === 0) this.#termLengths.delete(e.term.length);
          else this.#termLengths.set(e.term.length, left);
          const unit = e.term.charCodeAt(0);
          const starting = this.#termFirst.get(unit)! - 1;
          if (starting === 0) this.#termFirst.delete(unit);
          else this.#termFirst.set(unit, starting);
        }
      }
      if (e.han !== null) this.#han.pop();
      for (const term of e.usedIn) {
        const users = this.#usedBy.get(term);
        if (users?.at(-1) === i) users.pop();
      }
      e.usedIn = [];
      this.#groups[i] = undefined;
    }
    this.#entries.length = p;
    this.#labelOf.length = p;
  }

  /** `mergePapers`' union of the groups labelled `a` and `b`, recorded in the log. */
  #union(at: number, a: number, b: number, sameFileAllowed: boolean): void {
    if (a === b) return;
    const ga = this.#groups[a]!;
    const gb = this.#groups[b]!;
    if (ga.arxivId !== null && gb.arxivId !== null && ga.arxivId !== gb.arxivId) return;
    if (!sameFileAllowed) {
      const [small, large] = ga.files.size <= gb.files.size ? [ga.files, gb.files] : [gb.files, ga.files];
      for (const f of small) if (large.has(f)) return;
    }
    const [keep, drop] = ga.members.length >= gb.members.length ? [ga, gb] : [gb, ga];
    const added: string[] = [];
    for (const f of drop.files) {
      if (keep.files.has(f)) continue;
      keep.files.add(f);
      added.push(f);
    }
    const entry: Union = { at, keep, drop, added, arxivWasNull: keep.arxivId === null && drop.arxivId !== null, minBefore: keep.min, sigBefore: keep.sig };
    if (entry.arxivWasNull) keep.arxivId = drop.arxivId;
    keep.min = Math.min(keep.min, drop.min);
    keep.sig = undefined;
    for (const m of drop.members) {
      this.#labelOf[m] = keep.label;
      keep.members.push(m);
    }
    this.#groups[drop.label] = undefined;
    this.#log.push(entry);
  }

  #undo(u: Union): void {
    const { keep, drop } = u;
    keep.members.length -= drop.members.length;
    for (const m of drop.members) this.#labelOf[m] = drop.label;
    this.#groups[drop.label] = drop;
    for (const f of u.added) keep.files.delete(f);
    if (u.arxivWasNull) keep.arxivId = null;
    keep.min = u.minBefore;
    keep.sig = u.sigBefore;
  }

  // === The Chinese-term step (`mergePapers`' second loop), over the whole corpus

  #linkTerms(): void {
    for (const [term, owners] of this.#terms) {
      const users = this.#usedBy.get(term) ?? [];
      for (const i of owners) {
        const root = this.#labelOf[i]!;
        const files = this.#groups[root]!.files;
        const targets = new Set<number>();
        for (const j of users) {
          const label = this.#labelOf[j]!;
          if (label === root || this.#entries[j]!.files.some((f) => files.has(f))) continue;
          targets.add(label);
        }
        if (targets.size === 1) this.#union(-1, root, [...targets][0]!, false);
      }
    }
  }
}

/** String order of file keys (`<` on code units, as `Array.prototype.sort` orders names). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
