/**
 * The corpus directories as the corpus worker keeps them: which files are there (name, size, mtime,
 * content hash, manifest entry), what each parsed into, and the merged records
 * ({@link IncrementalCorpus}). {@link CorpusFiles.sync} looks at the directories again and parses
 * only files that are new or changed: a file whose size and mtime are unchanged is trusted, one
 * whose size or mtime changed is read and hashed, and parsed only if its bytes (or its manifest
 * entry) changed. The result is a {@link CorpusDelta} for the index.
 *
 * Runs in the corpus worker (`corpus-worker.ts`), off the bot's event loop; it is plain synchronous
 * code, so tests run it directly. Its state is saved as JSON next to the index snapshot
 * ({@link CorpusFiles.save}) and restored when the code, the directories and the state id match, in
 * two files: the file table (`corpus.json`: small, read at once) and the merge state (`merge.json`:
 * ~30 MB and ~170 MB of heap at 100,000 papers), which is read only when a change has to be merged.
 * A restart that finds the directories as they were saved — the usual case — never loads it.
 * @module
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  dateFromFileName,
  defaultCorpusLimits,
  formatCount,
  IncrementalCorpus,
  parseDigest,
  tagPapers,
  type CorpusDelta,
  type DigestFormat,
  type DigestProblem,
  type IncrementalCorpusSnapshot,
  type Paper,
  type ParsedDigest,
  type Result,
} from '../core/index.ts';
import { isDigestName, readManifest } from './corpus-dir.ts';
import { readDigestBytes, safeProblem } from './digest-files.ts';
import { FileBlobs } from './file-blobs.ts';

/** What the corpus holds after a sync. */
export interface CorpusStatus {
  /** Digest files that gave papers. */
  files: number;
  /** Merged papers (what the index holds). */
  papers: number;
  /** Papers before merging. */
  contributions: number;
  /** Unreadable files, parse errors and warnings, log-safe. */
  problems: DigestProblem[];
}

/** What one {@link CorpusFiles.sync} did. */
export interface SyncResult {
  delta: CorpusDelta;
  status: CorpusStatus;
  /** Files parsed (new or changed), removed, and read only to find their bytes unchanged. */
  parsed: number;
  removed: number;
  rehashed: number;
  /** Time spent reading and parsing, and merging (ms). */
  parseMs: number;
  mergeMs: number;
}

interface FileRow {
  key: string;
  size: number;
  mtimeMs: number;
  hash: string;
  /** The manifest entry (JSON) it was parsed with. */
  manifest: string;
  papers: number;
  problems: DigestProblem[];
}

/** Version of the saved state's layout. */
export const corpusFilesVersion = 2;

/** `corpus.json`: the file table, and what the merge state holds (for the status, without loading it). */
interface SavedState {
  version: number;
  /** Fingerprint of the code that parsed the papers (a parser change makes saved papers stale). */
  code: string;
  dirs: string[];
  stateId: string;
  /** The papers' blob file in the state directory (a compaction writes a new name; default `papers.blob`). */
  blob?: string;
  blobLength: number;
  rows: FileRow[];
  papers: number;
  contributions: number;
}

/** `merge.json`: the {@link IncrementalCorpus} of the same save, `stateId` first (checked from the file's head). */
interface SavedMerge {
  stateId: string;
  corpus: IncrementalCorpusSnapshot;
}

/** File names of the state in its directory. */
export const corpusStateFile = 'corpus.json';
export const corpusMergeFile = 'merge.json';
export const corpusBlobFile = 'papers.blob';

/** `papers.blob`, or a compacted one `papers-<id>.blob` (the name `corpus.json` gives). */
export const isCorpusBlobFile = (name: string): boolean => /^papers(-[a-z0-9]+)?\.blob$/.test(name);

/** `papers.blob` is compacted when it is this much larger than twice the papers held (default). */
export const compactSlackBytes = 1 << 20;

/** The merge state could not be read when it was needed (damaged or replaced since the start): the caller rebuilds. */
export class CorpusStateError extends Error {
  override readonly name = 'CorpusStateError';
}

/** A saved merge state not read yet: where it is, which save it must be, and what it holds. */
interface Deferred {
  path: string;
  stateId: string;
  papers: number;
  contributions: number;
}

export interface CorpusFilesOptions {
  /** Where the state and the papers' blob file live; without it, papers stay in memory. */
  stateDir?: string;
  /** Code fingerprint a saved state must match (see `code-fingerprint.ts`). */
  code?: string;
  /** `papers.blob` is compacted on save when larger than twice the papers held plus this (bytes; default 1 MB). */
  compactSlackBytes?: number;
  /** Largest total of papers (before merging); a file that would pass it is reported, not loaded. */
  maxTotalPapers?: number;
}

export class CorpusFiles {
  readonly dirs: readonly string[];
  readonly #options: CorpusFilesOptions;
  /** The merge state; undefined while {@link #deferred} (restored, not needed yet). */
  #corpus: IncrementalCorpus | undefined;
  #deferred: Deferred | undefined;
  #blobs: FileBlobs | undefined;
  /** The name of {@link #blobs}' file in the state directory. */
  #blobName = corpusBlobFile;
  #rows = new Map<string, FileRow>();
  /** Problems of the last scan that belong to no parsed file (manifests, unreadable files). */
  #scanProblems: DigestProblem[] = [];

  private constructor(dirs: readonly string[], options: CorpusFilesOptions, corpus: IncrementalCorpus | Deferred, blobs: FileBlobs | undefined) {
    this.dirs = dirs;
    this.#options = options;
    if (corpus instanceof IncrementalCorpus) this.#corpus = corpus;
    else this.#deferred = corpus;
    this.#blobs = blobs;
  }

  /** Whether the merge state is in memory (false after a restore until a change needed it). */
  get mergeStateLoaded(): boolean {
    return this.#corpus !== undefined;
  }

  /** An empty corpus over `dirs` (nothing read yet: call {@link sync}). */
  static create(dirs: readonly string[], options: CorpusFilesOptions = {}): CorpusFiles {
    const blobs = options.stateDir ? FileBlobs.create(join(options.stateDir, corpusBlobFile)) : undefined;
    return new CorpusFiles(dirs, options, new IncrementalCorpus(blobs), blobs);
  }

  /**
   * The corpus saved in `options.stateDir` under `stateId`, or the reason it cannot be used (another
   * state, another code fingerprint or directory list, a damaged file).
   */
  static restore(dirs: readonly string[], options: CorpusFilesOptions & { stateDir: string }, stateId: string): CorpusFiles | { reason: string } {
    const path = join(options.stateDir, corpusStateFile);
    let saved: SavedState;
    try {
      saved = JSON.parse(readFileSync(path, 'utf8')) as SavedState;
    } catch (e) {
      return { reason: `${corpusStateFile} unreadable: ${(e as Error).message.split('\n')[0]}` };
    }
    if (saved.version !== corpusFilesVersion) return { reason: `${corpusStateFile} has layout ${saved.version}, expected ${corpusFilesVersion}` };
    if (saved.stateId !== stateId) return { reason: `${corpusStateFile} is of another save (${saved.stateId}, expected ${stateId})` };
    if (saved.code !== (options.code ?? '')) return { reason: 'the parsing code changed since it was saved' };
    if (JSON.stringify(saved.dirs) !== JSON.stringify(dirs.map(realDir))) return { reason: 'the corpus directories changed since it was saved' };
    const mergePath = join(options.stateDir, corpusMergeFile);
    const head = mergeHead(mergePath);
    if (head !== stateId) return { reason: head === undefined ? `${corpusMergeFile} missing or unreadable` : `${corpusMergeFile} is of another save (${head}, expected ${stateId})` };
    const blobName = saved.blob ?? corpusBlobFile;
    if (!isCorpusBlobFile(blobName)) return { reason: `${corpusStateFile} names no papers' blob file` };
    try {
      const blobs = FileBlobs.reopen(join(options.stateDir, blobName), saved.blobLength);
      const files = new CorpusFiles(dirs, options, { path: mergePath, stateId, papers: saved.papers, contributions: saved.contributions }, blobs);
      files.#blobName = blobName;
      for (const row of saved.rows) files.#rows.set(row.key, row);
      return files;
    } catch (e) {
      return { reason: `${corpusStateFile}: ${(e as Error).message.split('\n')[0]}` };
    }
  }

  /** The merge state, read from `merge.json` on first need; a {@link CorpusStateError} when it cannot be. */
  #merge(): IncrementalCorpus {
    if (this.#corpus) return this.#corpus;
    const deferred = this.#deferred!;
    let saved: SavedMerge;
    try {
      saved = JSON.parse(readFileSync(deferred.path, 'utf8')) as SavedMerge;
      if (saved.stateId !== deferred.stateId) throw new Error(`of another save (${saved.stateId}, expected ${deferred.stateId})`);
      this.#corpus = IncrementalCorpus.fromSnapshot(saved.corpus, this.#blobs);
    } catch (e) {
      throw new CorpusStateError(`${corpusMergeFile}: ${(e as Error).message.split('\n')[0]}`);
    }
    this.#deferred = undefined;
    return this.#corpus;
  }

  /** Looks at the directories again; parses and merges what changed (see the module comment). */
  sync(): SyncResult {
    const plan = this.#scan();
    return this.#finish(plan, plan.jobs.map(readJob));
  }

  /**
   * {@link sync} with the reading and parsing shared: `share` is given the files to read and a
   * cursor over them (an `Int32Array` on shared memory); this thread and the helper each take the
   * next file with `Atomics.add`, so whichever is free parses it. The helper reports each file it
   * took through `done` (an outcome, or undefined to have this thread read it after all), then calls
   * `finished`. The result is {@link sync}'s: outcomes are applied in directory order.
   */
  async syncShared(share: ShareFiles): Promise<SyncResult> {
    const plan = this.#scan();
    const { jobs } = plan;
    const outcomes: (FileOutcome | undefined)[] = new Array(jobs.length);
    if (jobs.length > 1) {
      const cursor = new Int32Array(new SharedArrayBuffer(4));
      let wake: (() => void) | undefined;
      let helperDone = false;
      share(jobs, cursor, {
        done: (i, outcome) => {
          outcomes[i] = outcome;
        },
        finished: () => {
          helperDone = true;
          wake?.();
        },
      });
      for (let i = Atomics.add(cursor, 0, 1); i < jobs.length; i = Atomics.add(cursor, 0, 1)) {
        outcomes[i] = readJob(jobs[i]!);
        // Lets the helper's outcomes in as they come (they are cloned on this thread).
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      while (!helperDone) await new Promise<void>((resolve) => (wake = resolve));
    }
    for (let i = 0; i < jobs.length; i++) outcomes[i] ??= readJob(jobs[i]!);
    return this.#finish(plan, outcomes as FileOutcome[]);
  }

  /** What changed by size, mtime or manifest entry: the files to read, in directory order, with the problems found meanwhile. */
  #scan(): ScanPlan {
    const t0 = performance.now();
    const within = this.dirs.map(realDir);
    const seen = new Set<string>();
    const steps: ScanStep[] = [];
    const jobs: FileJob[] = [];
    this.dirs.forEach((dir, d) => {
      const { manifest, problem } = readManifest(dir, { within });
      if (problem) steps.push({ problem });
      const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => isDigestName(e.name));
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const key = `${d}/${entry.name}`;
        const path = join(dir, entry.name);
        const manifestEntry = manifest[entry.name];
        const manifestJson = JSON.stringify(manifestEntry ?? null);
        const old = this.#rows.get(key);
        let stat: { size: number; mtimeMs: number } | undefined;
        try {
          stat = statSync(path);
        } catch {
          stat = undefined;
        }
        if (old && stat && old.size === stat.size && old.mtimeMs === stat.mtimeMs && old.manifest === manifestJson) {
          seen.add(key);
          continue;
        }
        steps.push({ job: jobs.length, key, name: entry.name, manifest: manifestJson, old });
        jobs.push({
          name: entry.name,
          path,
          symlink: entry.isSymbolicLink(),
          within,
          ...(manifestEntry?.format ? { format: manifestEntry.format } : {}),
          date: manifestEntry?.date ?? dateFromFileName(entry.name),
          oldHash: old && old.manifest === manifestJson ? old.hash : null,
        });
      }
    });
    return { t0, seen, steps, jobs };
  }

  /** Applies the outcomes of a scan's jobs in directory order, then merges what changed. */
  #finish(plan: ScanPlan, outcomes: readonly FileOutcome[]): SyncResult {
    const { seen } = plan;
    const changes: [string, Paper[] | null][] = [];
    const scanProblems: DigestProblem[] = [];
    let rehashed = 0;
    let total = this.#corpus?.contributions ?? this.#deferred!.contributions;
    const limit = this.#options.maxTotalPapers ?? defaultCorpusLimits.maxTotalPapers;
    for (const step of plan.steps) {
      if ('problem' in step) {
        scanProblems.push(step.problem);
        continue;
      }
      const { key, old } = step;
      const outcome = outcomes[step.job]!;
      if (outcome.kind === 'refused') {
        scanProblems.push({ file: step.name, line: null, reason: outcome.reason });
        continue;
      }
      seen.add(key);
      if (outcome.kind === 'same') {
        rehashed++;
        this.#rows.set(key, { ...old!, size: outcome.size, mtimeMs: outcome.mtimeMs });
        continue;
      }
      const { parsed } = outcome;
      const row: FileRow = { key, size: outcome.size, mtimeMs: outcome.mtimeMs, hash: outcome.hash, manifest: step.manifest, papers: 0, problems: [] };
      total -= old?.papers ?? 0;
      let papers: Paper[] | null = null;
      if (!parsed.ok) row.problems.push(safeProblem(parsed.error));
      else if (total + parsed.value.papers.length > limit) {
        const count = parsed.value.papers.length;
        row.problems.push({
          file: step.name,
          line: null,
          reason: `not loaded: its ${formatCount(count)} papers would take the corpus past ${formatCount(limit)} papers in total (${formatCount(total)} loaded)`,
        });
      } else {
        papers = parsed.value.papers;
        row.papers = papers.length;
        row.problems.push(...parsed.value.warnings.map(safeProblem));
      }
      total += row.papers;
      this.#rows.set(key, row);
      changes.push([key, papers]);
    }
    let removed = 0;
    for (const key of [...this.#rows.keys()]) {
      if (seen.has(key)) continue;
      this.#rows.delete(key);
      changes.push([key, null]);
      removed++;
    }
    this.#scanProblems = scanProblems.map(safeProblem);
    const t1 = performance.now();
    let delta: CorpusDelta = { removed: [], upserted: [] };
    try {
      if (changes.length) delta = this.#merge().setFiles(changes);
    } catch (e) {
      // A merge that failed half-way (papers.blob unwritable or damaged) leaves the merge state unusable, and the rows above
      // already name the new files: the caller builds from the files (as for a damaged merge.json).
      if (e instanceof CorpusStateError) throw e;
      throw new CorpusStateError(`merging failed: ${(e as Error)?.message?.split('\n')[0] ?? String(e)}`);
    }
    return { delta, status: this.status(), parsed: changes.length - removed, removed, rehashed, parseMs: Math.round(t1 - plan.t0), mergeMs: Math.round(performance.now() - t1) };
  }

  status(): CorpusStatus {
    const rows = [...this.#rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
      files: rows.filter((r) => r.papers > 0).length,
      papers: this.#corpus?.size ?? this.#deferred!.papers,
      contributions: this.#corpus?.contributions ?? this.#deferred!.contributions,
      problems: [...this.#scanProblems, ...rows.flatMap((r) => r.problems)],
    };
  }

  /** Every merged record (consistency checks). */
  papers(): Paper[] {
    return this.#merge().papers();
  }

  /**
   * Saves the state under `stateId` (temporary files, then renames; the merge state first, so a
   * `corpus.json` never names a merge state that is not there; a compacted blob file under a new
   * name, so the saved state stays whole until `corpus.json` names the new one — only then is the
   * old file removed). Needs `stateDir`. A merge state never loaded is the saved one: its file is
   * copied with the new id.
   */
  save(stateId: string): void {
    const dir = this.#options.stateDir;
    if (!dir) throw new Error('CorpusFiles: save needs a stateDir');
    const mergePath = join(dir, corpusMergeFile);
    if (this.#corpus) this.#compact(dir);
    if (this.#corpus) writeAtomic(mergePath, JSON.stringify({ stateId, corpus: this.#corpus.snapshot() } satisfies SavedMerge));
    else {
      const deferred = this.#deferred!;
      const text = readFileSync(deferred.path, 'utf8');
      const prefix = `{"stateId":${JSON.stringify(deferred.stateId)},`;
      if (!text.startsWith(prefix)) throw new CorpusStateError(`${corpusMergeFile}: of another save`);
      writeAtomic(mergePath, `{"stateId":${JSON.stringify(stateId)},${text.slice(prefix.length)}`);
      this.#deferred = { ...deferred, path: mergePath, stateId };
    }
    const status = this.status();
    const saved: SavedState = {
      version: corpusFilesVersion,
      code: this.#options.code ?? '',
      dirs: this.dirs.map(realDir),
      stateId,
      ...(this.#blobs ? { blob: this.#blobName } : {}),
      blobLength: this.#blobs?.flush() ?? 0,
      rows: [...this.#rows.values()],
      papers: status.papers,
      contributions: status.contributions,
    };
    writeAtomic(join(dir, corpusStateFile), JSON.stringify(saved));
    if (this.#blobs) removeOldBlobs(dir, this.#blobName);
  }

  close(): void {
    this.#blobs?.close();
  }

  /**
   * Rewrites the papers' blob file with only the papers held, when it has grown past twice their
   * size (every changed file appends its papers again), into a file of a new name
   * (`papers-<id>.blob`). The old file stays as it was until the new `corpus.json` names the new one
   * ({@link save}), so a stop at any point leaves the last saved state whole: its `corpus.json`
   * still names the old file, whose offsets it holds.
   */
  #compact(dir: string): void {
    const blobs = this.#blobs;
    const corpus = this.#corpus!;
    if (!blobs) return;
    const live = corpus.blobBytes;
    if (blobs.length < 2 * live + (this.#options.compactSlackBytes ?? compactSlackBytes)) return;
    const name = `papers-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.blob`;
    const next = FileBlobs.create(join(dir, name));
    try {
      corpus.moveBlobs(next);
      next.flush();
    } catch (e) {
      next.close();
      rmSync(join(dir, name), { force: true });
      throw e;
    }
    blobs.close();
    this.#blobs = next;
    this.#blobName = name;
  }
}

// === Reading one file (any thread)

/** A file whose size, mtime or manifest entry changed, or a new one: what reading, hashing and parsing it takes ({@link readJob}). */
export interface FileJob {
  name: string;
  path: string;
  symlink: boolean;
  /** Real paths of the corpus directories (a symlink must resolve inside one). */
  within: string[];
  format?: DigestFormat;
  date: string | null;
  /** The hash its bytes had when last parsed with the same manifest entry, or null: equal bytes are not parsed again. */
  oldHash: string | null;
}

/** What reading a {@link FileJob} found: refused, the same bytes as before, or parsed (papers tagged). */
export type FileOutcome =
  | { kind: 'refused'; reason: string }
  | { kind: 'same'; size: number; mtimeMs: number }
  | { kind: 'parsed'; size: number; mtimeMs: number; hash: string; parsed: Result<ParsedDigest, DigestProblem> };

/**
 * Reads, hashes and parses one file, and tags its papers (pure but for the read, so any thread that
 * has the parsers can do it; a file the corpus limit then refuses was tagged for nothing).
 */
export function readJob(job: FileJob): FileOutcome {
  const read = readDigestBytes(job.path, { within: job.within }, job.symlink);
  if ('reason' in read) return { kind: 'refused', reason: read.reason };
  const hash = createHash('sha256').update(read.bytes).digest('base64');
  if (job.oldHash === hash) return { kind: 'same', size: read.size, mtimeMs: read.mtimeMs };
  const parsed = parseDigest({ file: job.name, bytes: read.bytes, ...(job.format ? { format: job.format } : {}), date: job.date }, defaultCorpusLimits);
  return {
    kind: 'parsed',
    size: read.size,
    mtimeMs: read.mtimeMs,
    hash,
    parsed: parsed.ok ? { ok: true, value: { ...parsed.value, papers: tagPapers(parsed.value.papers) } } : parsed,
  };
}

/** A helper for {@link CorpusFiles.syncShared} (the main thread, during a first build). */
export type ShareFiles = (jobs: readonly FileJob[], cursor: Int32Array, report: { done: (index: number, outcome: FileOutcome | undefined) => void; finished: () => void }) => void;

type ScanStep = { problem: DigestProblem } | { job: number; key: string; name: string; manifest: string; old: FileRow | undefined };

interface ScanPlan {
  t0: number;
  /** Keys of the files found (unchanged ones so far; read ones are added when their outcome is applied). */
  seen: Set<string>;
  steps: ScanStep[];
  jobs: FileJob[];
}

/** Removes the papers' blob files other than `keep` (compacted away; called once `corpus.json` names `keep`). */
function removeOldBlobs(dir: string, keep: string): void {
  for (const f of readdirSync(dir)) if (f !== keep && (isCorpusBlobFile(f) || f === `${corpusBlobFile}.next`)) rmSync(join(dir, f), { force: true });
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** The state id at the head of a `merge.json` (written first), without reading the rest; undefined when unreadable. */
function mergeHead(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(256);
    const n = readSync(fd, head, 0, head.length, 0);
    return /^\{"stateId":"([^"\\]*)",/.exec(head.toString('utf8', 0, n))?.[1];
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function realDir(dir: string): string {
  return existsSync(dir) ? realpathSync(dir) : dir;
}
