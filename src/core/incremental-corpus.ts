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
 * - Records are read only where they may have changed: the groups of the papers linked again and of
 *   this commit's term links, and the groups now holding the papers of every record those papers
 *   (or the last commit's term links) were in, closed over both ways. A group is known by its
 *   members (each paper has a serial number, new for every parsed version): one whose members are
 *   those of a record reported before is that record, unchanged, and is not loaded. Ids are
 *   `mergePapers`' (first-seen order, salted when an earlier record has the id), reassigned only
 *   among the records sharing a base id with one that came or went ({@link RecordIds}); a table
 *   where a salted id equals another record's id is assigned by walking every group, as `mergePapers` does.
 *   A new file at the end of a 100,000-paper corpus: ~0.4 s of merging, where walking every group
 *   on every commit took ~1 s.
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
import { RecordIds, type RecordIdRow } from './record-ids.ts';
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
  /** The ids are assigned by the full walk ({@link RecordIds.irregular}): `output` may not show it (a record whose id another, later one holds is not in it). */
  irregular?: true;
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
  /** Position in the corpus (while linked). */
  pos: number;
  /** Signature of the record it was in at the last commit. */
  record: string | undefined;
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
  /** Ids of the records last reported. */
  #ids = new RecordIds();
  /** Signatures of the records of the last commit that a Chinese-term link formed. */
  #termSigs = new Set<string>();
  /** Why a commit threw, if one did: the state may be half applied (files replaced, not linked; linked, ids not assigned), so nothing is merged or saved from it again. */
  #failed: string | undefined;

  /** @param blobs keep each paper's record in this store, only its address in memory. */
  constructor(blobs?: BlobStore) {
    this.#blobs = blobs;
  }

  /** Number of merged records. */
  get size(): number {
    return this.#ids.size;
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

  /**
   * Several {@link setFile}s, merged once (a start-up load, a burst of changes). When it throws
   * (the blob store failed), the corpus is unusable: every later call throws; build a new one.
   */
  setFiles(changes: Iterable<readonly [key: string, papers: readonly Paper[] | null]>): CorpusDelta {
    this.#usable();
    for (const [key, papers] of changes) this.#staged.set(key, papers);
    try {
      return this.#commit();
    } catch (e) {
      this.#failed = (e as Error)?.message ?? String(e);
      throw e;
    }
  }

  #usable(): void {
    if (this.#failed !== undefined) throw new Error(`IncrementalCorpus: an earlier commit failed (${this.#failed}); build a new corpus`);
  }

  /** Every merged record, in corpus order (for consistency checks; loads every record). */
  papers(): Paper[] {
    this.#usable();
    const mark = this.#log.length;
    this.#linkTerms();
    try {
      return this.#walk().map(({ id, group, record }) => ({ ...(record ?? combine(this.#members(group))), id }));
    } finally {
      while (this.#log.length > mark) this.#undo(this.#log.pop()!);
    }
  }

  // === Snapshots

  snapshot(): IncrementalCorpusSnapshot {
    this.#usable();
    const files = this.#order.map((key) => ({
      key,
      entries: this.#files.get(key)!.map((e): EntryRow => [e.serial, e.keys.map((k) => (k.sameFileAllowed ? 's' : 'x') + k.key), e.arxivId, e.files, e.term, e.han, e.offset, e.length]),
    }));
    return {
      version: incrementalCorpusVersion,
      serial: this.#serial,
      files,
      output: [...this.#ids.entries()].map(([id, sig]) => {
        const base = this.#ids.baseOf(sig)!;
        return base === id ? [id, sig] : [id, sig, base];
      }),
      ...(this.#ids.irregular ? { irregular: true as const } : {}),
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
          pos: -1,
          record: undefined,
        })),
      );
    });
    corpus.#order = [...corpus.#files.keys()].sort(compareKeys);
    for (const entries of corpus.#files.values()) for (const e of entries) corpus.#bySerial.set(e.serial, e);
    for (const key of corpus.#order) for (const e of corpus.#files.get(key)!) corpus.#append(e);
    corpus.#ids = RecordIds.of(
      s.output.map(([id, sig, base]) => ({ id, sig, base: base ?? id })),
      s.irregular === true,
    );
    for (const [, sig] of s.output) for (const serial of sig.split(',')) corpus.#bySerial.get(Number(serial))!.record = sig;
    // The records the term step formed (not saved: the step is run again, as a commit runs it).
    const mark = corpus.#log.length;
    corpus.#linkTerms();
    corpus.#termSigs = corpus.#termGroups(mark);
    while (corpus.#log.length > mark) corpus.#undo(corpus.#log.pop()!);
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
    // The records the papers from `position` on were in may change or go; so may those the term step formed.
    const stale = new Set(this.#termSigs);
    for (let i = position; i < this.#entries.length; i++) {
      const sig = this.#entries[i]!.record;
      if (sig !== undefined) stale.add(sig);
    }
    this.#truncate(position);
    this.#order = order;
    for (let f = first; f < order.length; f++) for (const e of this.#files.get(order[f]!)!) this.#append(e);

    const mark = this.#log.length;
    this.#linkTerms();
    try {
      return (position > 0 && !this.#ids.irregular && this.#patch(position, mark, stale, fresh)) || this.#full(mark, fresh);
    } finally {
      while (this.#log.length > mark) this.#undo(this.#log.pop()!);
    }
  }

  /** Every record read again (a first load, a change at the corpus' start, an irregular id table). */
  #full(mark: number, fresh: Map<number, Paper>): CorpusDelta {
    const rows = this.#walk(fresh);
    const delta: CorpusDelta = { removed: [], upserted: [] };
    const ids = RecordIds.of(rows);
    for (const { id, sig, group, record } of rows) {
      // Two records of one id (a salted id equal to another's): the index keeps the last one added, as a rebuild's `add` does; the table names that one.
      if (ids.sigOf(id) === sig && this.#ids.sigOf(id) !== sig) delta.upserted.push({ ...(record ?? combine(this.#members(group, fresh))), id });
      for (const m of group.members) this.#entries[m]!.record = sig;
    }
    for (const [id] of this.#ids.entries()) if (ids.sigOf(id) === undefined) delta.removed.push(id);
    this.#ids = ids;
    this.#termSigs = this.#termGroups(mark);
    return delta;
  }

  /** Merged groups in first-seen order with their ids, as `mergePapers` gives them (base ids and salted ones kept from the last commit). */
  #walk(fresh?: Map<number, Paper>): (RecordIdRow & { group: Group; record?: Paper })[] {
    const out: (RecordIdRow & { group: Group; record?: Paper })[] = [];
    const used = new Set<string>();
    for (let i = 0; i < this.#entries.length; i++) {
      const group = this.#groups[this.#labelOf[i]!]!;
      if (group.min !== i) continue;
      const sig = (group.sig ??= this.#signature(group));
      let record: Paper | undefined;
      let base = this.#ids.baseOf(sig);
      if (base === undefined) {
        record = combine(this.#members(group, fresh));
        base = paperId(record);
      }
      let id = base;
      if (used.has(id)) {
        const salted = this.#ids.saltedOf(sig);
        if (salted !== undefined) id = salted;
        else {
          record ??= combine(this.#members(group, fresh));
          id = saltedPaperId(record);
        }
      }
      used.add(id);
      out.push(record ? { id, sig, base, group, record } : { id, sig, base, group });
    }
    return out;
  }

  /**
   * The records that changed, found from what changed: the groups of the papers linked again, of
   * the papers of every record that may have changed (`stale`: the records of the papers from
   * `position` on and those the term step formed, at the last commit), and of this commit's term
   * step, closed over both ways (a group touched makes the records its papers were in stale, a
   * stale record touches the groups its papers are in now). Ids are reassigned in the buckets of
   * the records gone and new ({@link RecordIds}). Undefined, with nothing changed, when an id would
   * clash: the caller walks in full.
   */
  #patch(position: number, mark: number, stale: Set<string>, fresh: Map<number, Paper>): CorpusDelta | undefined {
    const labelOf = this.#labelOf;
    const touched = new Set<number>();
    const labels: number[] = [];
    const touch = (label: number) => {
      if (touched.has(label)) return;
      touched.add(label);
      labels.push(label);
    };
    for (let i = position; i < this.#entries.length; i++) touch(labelOf[i]!);
    for (let k = mark; k < this.#log.length; k++) touch(labelOf[this.#log[k]!.keep.label]!);
    const sigs = [...stale];
    for (let l = 0, s = 0; l < labels.length || s < sigs.length; ) {
      for (; s < sigs.length; s++) {
        for (const serial of sigs[s]!.split(',')) {
          const e = this.#bySerial.get(Number(serial));
          if (e) touch(labelOf[e.pos]!);
        }
      }
      for (; l < labels.length; l++) {
        for (const m of this.#groups[labels[l]!]!.members) {
          const sig = this.#entries[m]!.record;
          if (sig !== undefined && !stale.has(sig)) {
            stale.add(sig);
            sigs.push(sig);
          }
        }
      }
    }
    // Touched groups by signature: those not reported yet are new records, reported ones not among them are gone.
    const now = new Map<string, Group>();
    for (const label of labels) {
      const group = this.#groups[label]!;
      now.set((group.sig ??= this.#signature(group)), group);
    }
    const records = new Map<string, Paper>();
    const recordOf = (sig: string, group: Group) => {
      let record = records.get(sig);
      if (!record) records.set(sig, (record = combine(this.#members(group, fresh))));
      return record;
    };
    // A record's group: by its first member (the signature lists members in corpus order).
    const groupOf = (sig: string) => now.get(sig) ?? this.#groups[labelOf[this.#bySerial.get(parseInt(sig, 10))!.pos]!]!;
    const bases = new Set<string>();
    const added = new Map<string, string>();
    for (const [sig, group] of now) {
      if (this.#ids.has(sig)) continue;
      const base = paperId(recordOf(sig, group));
      added.set(sig, base);
      bases.add(base);
    }
    for (const sig of stale) if (!now.has(sig)) bases.add(this.#ids.baseOf(sig)!);
    // Each bucket touched, in first-seen order: the first holds the base, the others their salted ids.
    const before = new Map<string, string>();
    const after = new Map<string, { id: string; base: string }>();
    for (const base of bases) {
      const bucket = this.#ids.bucket(base);
      for (const sig of bucket) before.set(sig, this.#ids.idOf(sig)!);
      const current = bucket.filter((sig) => now.has(sig) || !stale.has(sig));
      for (const [sig, b] of added) if (b === base) current.push(sig);
      const ordered = current.map((sig) => ({ sig, group: groupOf(sig) })).sort((a, b) => a.group.min - b.group.min);
      ordered.forEach(({ sig, group }, k) => after.set(sig, { id: k === 0 ? base : (this.#ids.saltedOf(sig) ?? saltedPaperId(recordOf(sig, group))), base }));
    }
    const upserted = [...after].filter(([sig, { id }]) => before.get(sig) !== id);
    const ids = this.#ids;
    const was = new Map([...before].map(([sig, id]) => [id, sig]));
    if (!ids.replace(before, after)) return undefined;
    const delta: CorpusDelta = { removed: [], upserted: [] };
    for (const [id] of was) if (ids.sigOf(id) === undefined) delta.removed.push(id);
    delta.upserted = upserted
      .map(([sig, { id }]) => ({ sig, id, group: groupOf(sig) }))
      .sort((a, b) => a.group.min - b.group.min)
      .map(({ sig, id, group }) => ({ ...recordOf(sig, group), id }));
    for (const [sig, group] of now) for (const m of group.members) this.#entries[m]!.record = sig;
    this.#termSigs = this.#termGroups(mark);
    return delta;
  }

  /** Signatures of the groups this commit's term step formed (its unions are logged from `mark`). */
  #termGroups(mark: number): Set<string> {
    const sigs = new Set<string>();
    for (let k = mark; k < this.#log.length; k++) {
      const group = this.#groups[this.#labelOf[this.#log[k]!.keep.label]!]!;
      sigs.add((group.sig ??= this.#signature(group)));
    }
    return sigs;
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
      pos: -1,
      record: undefined,
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
    e.pos = i;
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
