/**
 * The live corpus of `npm start`: the index the bot searches, kept up to date with the digest
 * directories without freezing the bot, and saved so the next start is quick.
 *
 * - **Off the event loop**: reading, parsing, tagging and merging run in the corpus worker
 *   (`corpus-worker.ts`, a worker thread); a change costs only the files that changed
 *   (`corpus-files.ts`) and the records whose merge changed (`IncrementalCorpus`). The main thread
 *   applies the delta to the {@link DigestIndex} in slices of about {@link LiveCorpusOptions.sliceMs}
 *   (removals first, then additions), yielding between slices, so `/paper` and the scheduler keep
 *   answering while a file is indexed: each search sees the index between two slices, where every
 *   paper is either its previous record or its new one. The longest event-loop stall of each update
 *   is measured (`monitorEventLoopDelay`) and reported with it.
 * - **Snapshot**: with a `stateDir` (next to the store), the index (posting lists as typed arrays,
 *   `snapshot-file.ts`) and the worker's corpus state (files with size, mtime and hash; parsed
 *   papers' merge facts) are saved under one state id; paper records live in append-only blob files
 *   beside them (`file-blobs.ts`). At start the snapshot is loaded when its layout version, the
 *   code that built it (a fingerprint of `src/core`, which covers the lexicon and the parsers), the
 *   directories and the state id all match; the directories are then compared with the saved file
 *   list and only the differences are parsed. A missing, stale or damaged snapshot is ignored with
 *   one log line and the corpus is built from the files. Saving happens some time after an update
 *   and on close, never in the middle of one.
 * - **Idle**: with a `stateDir`, the worker is stopped once its state is saved and nothing has
 *   changed for {@link LiveCorpusOptions.idleMs}, which returns its memory (its copy of the lexicon
 *   and parsers, the merge state: ~300 MB at 100,000 papers) until the next change; a new worker
 *   then restores the saved state, and reads the merge state only if a file has to be merged.
 *
 * ```ts
 * const live = await openLiveCorpus(['data/digests', 'data/feeds'], { stateDir: 'data/paperboy.index' });
 * live.index().search('diffusion');
 * await live.close();
 * ```
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DigestIndex, type IndexSnapshot } from '../core/index.ts';
import { corpusBlobFile, corpusMergeFile, corpusStateFile, isCorpusBlobFile, readJob, type CorpusStatus, type FileJob, type FileOutcome, type SyncResult } from './corpus-files.ts';
import type { WorkerMessage, WorkerRequest } from './corpus-worker.ts';
import { unpack, type DeltaChunk } from './delta-chunk.ts';
import { watchDirs, type DirWatch } from './dir-watch.ts';
import { isDigestName } from './corpus-dir.ts';
import { FileBlobs } from './file-blobs.ts';
import { fullGc } from './full-gc.ts';
import { readSnapshotFile, writeSnapshotFile } from './snapshot-file.ts';

export type { CorpusStatus } from './corpus-files.ts';

// === Options and results

export interface LiveCorpusOptions {
  /** Watch the directories (default true); without it, {@link LiveCorpus.reload} only. */
  watch?: boolean;
  /** Quiet time after a change before the directories are read again (ms, default 100). */
  debounceMs?: number;
  /** Where the snapshot and the record files live; without it everything stays in memory. */
  stateDir?: string;
  /** Main-thread time per slice of index updates (ms, default 5). */
  sliceMs?: number;
  /** Delay between an update and the snapshot it leads to (ms, default 30,000; also saved on close). */
  saveDelayMs?: number;
  /**
   * The record file is compacted on save when it is larger than twice the records the index holds
   * plus this (bytes, default 1 MB): every update appends its records, replaced ones stay in it.
   */
  recordsSlackBytes?: number;
  /**
   * With a `stateDir`: the worker stops this long after its state was saved with nothing changed
   * since (ms, default 5,000), and starts again on the next change. `Infinity` keeps it running.
   */
  idleMs?: number;
  /**
   * With a snapshot loaded: start no worker (no catch-up with the directories) until the first
   * {@link LiveCorpus.reload} — the caller's, or the watcher's — so a warm start is the snapshot
   * alone and the worker's start competes with nothing the bot needs to answer (`npm start` reloads
   * once its adapters are up). Default false: the catch-up starts at once, in the background.
   */
  deferCatchUp?: boolean;
  /**
   * After the index is loaded, built or updated, bring its long posting lists up to date
   * (`DigestIndex.warm`) in slices of about {@link sliceMs} between turns of the event loop, so the
   * first searches after a change do not compute them (at 100,000 papers that was most of the
   * slowest searches' time). A change meanwhile stops it; the update's end starts it again.
   * Default true.
   */
  warm?: boolean;
  /** Warming finished (the index's long lists are current until the next change). */
  onWarmed?: (event: WarmEvent) => void;
  /** The corpus worker started or stopped (idle), one log line each. */
  onWorker?: (event: 'started' | 'stopped') => void;
  /** Called after every update (start-up load included). */
  onReload?: (update: CorpusUpdate) => void;
  /** A failed update (the previous index stays) or a failed save. */
  onError?: (error: unknown) => void;
  /** Snapshot events, one log line each: loaded, ignored (and why), saved. */
  onSnapshot?: (event: SnapshotEvent) => void;
}

/** One update of the index. */
export interface CorpusUpdate {
  status: CorpusStatus;
  /** Records added or replaced, and removed. */
  upserted: number;
  removed: number;
  /** Files parsed (new or changed) and removed. */
  files: { parsed: number; removed: number };
  /** Wall time from the start of the update until the index had it (ms), and its parts. */
  ms: number;
  parseMs: number;
  mergeMs: number;
  /** Longest event-loop stall of the main thread during the update (ms). */
  loopDelayMaxMs: number;
  /** JS heap in use after the update, on the main thread and in the corpus worker (MB). */
  heapMB: { main: number; worker: number };
}

/** One warming of the index after a load or an update ({@link LiveCorpusOptions.warm}). */
export interface WarmEvent {
  /** Postings whose impacts (and block bounds) were computed. */
  postings: number;
  /** Main-thread time spent, its slices and the longest one (ms). */
  busyMs: number;
  slices: number;
  maxSliceMs: number;
  /** Wall time from the start of the warming to its end (ms). */
  ms: number;
}

export type SnapshotEvent =
  | { kind: 'loaded'; ms: number; papers: number }
  | { kind: 'ignored'; reason: string }
  | { kind: 'saved'; ms: number; bytes: number };

export interface LiveCorpus {
  /** The current index (the same object for the whole run: updates patch it). */
  index(): DigestIndex;
  /** Files, papers and problems as of the last update. */
  status(): CorpusStatus;
  /** How the index came to be at start: from a snapshot, or built from the files. */
  readonly loadedFrom: 'snapshot' | 'files';
  /** Reads the directories now (also called by the watcher); resolves when the index has the changes. */
  reload(): Promise<CorpusUpdate>;
  /** Saves the snapshot now (when there is a `stateDir`). */
  save(): Promise<void>;
  /** Stops watching, saves when something changed since the last save, stops the worker. Idempotent. */
  close(): Promise<void>;
}

/** Most papers filed in one slice. */
const maxBatch = 32;

// === Files of the state directory

const manifestFile = 'snapshot.json';
const indexFile = 'index.snap';
const recordsFile = 'records.blob';
/** Layout of the state directory as a whole. */
const stateVersion = 1;

interface StateManifest {
  version: number;
  stateId: string;
  code: string;
}

interface IndexFileValue {
  stateId: string;
  blobLength: number;
  /** The record file's name in the state directory (after a compaction, a new name per save; default `records.blob`). */
  records?: string;
  /** The corpus status the index was saved with (what `status()` says until the worker has caught up). */
  status: CorpusStatus;
  index: IndexSnapshot;
}

// === Opening

/**
 * Loads `dirs` (from the snapshot in `options.stateDir` when it is valid) and keeps them watched.
 * Every directory must exist.
 */
export async function openLiveCorpus(dirs: string | readonly string[], options: LiveCorpusOptions = {}): Promise<LiveCorpus> {
  const list = typeof dirs === 'string' ? [dirs] : [...dirs];
  const live = new Live(list, options);
  try {
    await live.start();
  } catch (e) {
    await live.close().catch(() => {});
    throw e;
  }
  return live;
}

class Live implements LiveCorpus {
  readonly #dirs: string[];
  readonly #options: LiveCorpusOptions;
  /** `options.stateDir` (a directory that cannot be made means no snapshot, not no bot). */
  #stateDir: string | undefined;
  readonly #code = codeFingerprint();
  #worker: CorpusWorker | undefined;
  /** The saved state the files on disk hold (what a new worker restores). */
  #stateId: string | undefined;
  #idleTimer: NodeJS.Timeout | undefined;
  #index!: DigestIndex;
  #blobs: FileBlobs | undefined;
  /** The name of {@link #blobs}' file in the state directory. */
  #recordsName = recordsFile;
  #status: CorpusStatus = { files: 0, papers: 0, contributions: 0, problems: [] };
  #queue: Promise<unknown> = Promise.resolve();
  #pending: Promise<CorpusUpdate> | undefined;
  #watcher: DirWatch | undefined;
  #timer: NodeJS.Timeout | undefined;
  #saveTimer: NodeJS.Timeout | undefined;
  #dirty = false;
  #saving: Promise<void> | undefined;
  #closed: Promise<void> | undefined;
  #delay = monitorEventLoopDelay({ resolution: 5 });
  /** Bumped by each warming started: an older one stops at its next slice. */
  #warmRun = 0;
  loadedFrom: 'snapshot' | 'files' = 'files';

  constructor(dirs: string[], options: LiveCorpusOptions) {
    this.#dirs = dirs;
    this.#options = options;
  }

  index(): DigestIndex {
    return this.#index;
  }

  status(): CorpusStatus {
    return this.#status;
  }

  async start(): Promise<void> {
    let stateDir = this.#options.stateDir;
    if (stateDir) {
      try {
        mkdirSync(stateDir, { recursive: true });
      } catch (e) {
        this.#ignore(`cannot create ${stateDir} (${(e as NodeJS.ErrnoException).code ?? 'error'}): the index stays in memory, unsaved`);
        stateDir = undefined;
      }
    }
    this.#stateDir = stateDir;
    const t0 = performance.now();
    const manifest = stateDir ? this.#readManifest(stateDir) : undefined;
    // The saved index first, alone: on a busy machine the worker's start-up (its modules, its own
    // saved state) would compete with it for the CPU, and the bot can answer from the index alone.
    const loaded = stateDir && manifest ? await this.#loadSnapshot(stateDir, manifest) : undefined;
    const cjk = (loaded?.index ?? new DigestIndex()).options.cjk;
    const deferred = loaded && this.#options.deferCatchUp;
    const opening = deferred ? undefined : this.#startWorker(loaded ? manifest!.stateId : null, cjk);
    if (loaded) {
      this.#stateId = manifest!.stateId;
      // Serving from here. The worker catches up in the background: its saved state, then what
      // changed on disk while the bot was stopped (searches meanwhile see the saved index).
      this.#index = loaded.index;
      this.#blobs = loaded.blobs;
      this.#status = loaded.status;
      this.loadedFrom = 'snapshot';
      this.#options.onSnapshot?.({ kind: 'loaded', ms: Math.round(performance.now() - t0), papers: loaded.index.size });
      this.#warmLater();
      // Deferred: the first reload starts the worker on the saved state (`#ensureWorker`), which is the catch-up.
      const catchUp = this.#enqueue(async () => {
        if (!opening) return;
        const opened = await opening;
        if (opened.restored) return this.#update();
        // The worker's half is unusable: build a new index from the files beside the loaded one, then swap.
        this.#ignore(opened.reason ?? 'the corpus state is missing');
        return this.#rebuild(stateDir!);
      });
      catchUp.then(() => this.#idleLater(), () => {});
      catchUp.catch((e: unknown) => this.#options.onError?.(e));
    } else {
      // No usable index: the worker starts from the files too (it was given no state to restore).
      await opening;
      if (!stateDir || !(await this.#build(stateDir, t0))) {
        this.#blobs = stateDir ? this.#createBlobs(stateDir) : undefined;
        this.#index = new DigestIndex({}, this.#blobs ? { blobs: this.#blobs } : {});
        await this.reload();
      }
      this.#idleLater();
    }
    if (this.#options.watch ?? true) {
      this.#watcher = watchDirs(this.#dirs, (_dir, name) => this.#changed(name), { onError: (e) => this.#options.onError?.(e) });
    }
  }

  reload(): Promise<CorpusUpdate> {
    // A reload already waiting to start will see this change too.
    if (this.#pending) return this.#pending;
    const run = this.#enqueue(async () => {
      this.#pending = undefined;
      const update = await this.#update();
      this.#idleLater();
      return update;
    });
    this.#pending = run;
    return run;
  }

  save(): Promise<void> {
    return this.#save();
  }

  close(): Promise<void> {
    this.#closed ??= (async () => {
      clearTimeout(this.#timer);
      clearTimeout(this.#saveTimer);
      clearTimeout(this.#idleTimer);
      this.#watcher?.close();
      await this.#queue.catch(() => {});
      await this.#saving?.catch(() => {});
      if (this.#dirty && this.#stateDir && this.#worker && this.#index) await this.#save().catch((e: unknown) => this.#options.onError?.(e));
      await this.#worker?.call({ op: 'close' }).catch(() => {});
      await this.#worker?.terminate();
      this.#blobs?.close();
      this.#delay.disable();
    })();
    return this.#closed;
  }

  // === Updates

  #changed(name: string | null): void {
    // Hidden names are ignored, so a writer's temporary file (`.name.tmp`) renamed into place
    // triggers one reload, for the complete file.
    if (name && !isDigestName(name) && name !== 'manifest.json') return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.reload().catch((e: unknown) => this.#options.onError?.(e));
    }, this.#options.debounceMs ?? 100);
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => {});
    return run;
  }

  /**
   * A first load with a state directory: the worker builds the index and saves it, this thread loads
   * the snapshot. False (after an `ignored` event) when that failed; the caller then loads the slow way.
   */
  async #build(dir: string, t0: number): Promise<boolean> {
    const stateId = newStateId();
    try {
      type Built = Omit<SyncResult, 'delta'> & { delta: { removed: number; upserted: number }; workerHeapMB: number };
      const built = await this.#worker!.call<Built>({ op: 'build', stateId, indexPath: join(dir, indexFile), recordsPath: join(dir, recordsFile) });
      this.#writeManifest(dir, stateId);
      this.#stateId = stateId;
      const loaded = await this.#loadSnapshot(dir, { version: stateVersion, stateId, code: this.#code });
      if (!loaded) return false;
      this.#index = loaded.index;
      this.#blobs = loaded.blobs;
      this.#status = built.status;
      this.#warmLater();
      this.#options.onReload?.({
        status: built.status,
        upserted: built.delta.upserted,
        removed: 0,
        files: { parsed: built.parsed, removed: built.removed },
        ms: Math.round(performance.now() - t0),
        parseMs: built.parseMs,
        mergeMs: built.mergeMs,
        loopDelayMaxMs: 0,
        heapMB: { main: Math.round(process.memoryUsage().heapUsed / 1e6), worker: built.workerHeapMB },
      });
      return true;
    } catch (e) {
      this.#ignore(`the first build failed (${(e as Error).message.split('\n')[0]}); building on this thread`);
      return false;
    }
  }

  #writeManifest(dir: string, stateId: string): void {
    const manifest: StateManifest = { version: stateVersion, stateId, code: this.#code };
    writeFileSync(join(dir, `${manifestFile}.tmp`), JSON.stringify(manifest));
    renameSync(join(dir, `${manifestFile}.tmp`), join(dir, manifestFile));
  }

  /** Builds a new index from the files (the worker starts empty) while the current one serves, then swaps. */
  async #rebuild(dir: string): Promise<CorpusUpdate> {
    const next = join(dir, `${recordsFile}.next`);
    const blobs = FileBlobs.create(next);
    const index = new DigestIndex({}, { blobs });
    const update = await this.#update(index);
    const old = this.#blobs;
    this.#index = index;
    this.#blobs = blobs;
    old?.close();
    this.#warmLater();
    renameSync(next, join(dir, recordsFile));
    this.#recordsName = recordsFile;
    return update;
  }

  async #update(index = this.#index): Promise<CorpusUpdate> {
    try {
      return await this.#sync(index);
    } catch (e) {
      // The saved merge state a restarted worker needed is gone or damaged, a merge or the index failed half-way: build from the files.
      if ((e as { code?: string }).code !== 'state' || index !== this.#index || !this.#stateDir) throw e;
      this.#ignore((e as Error).message);
      await this.#startWorker(null, this.#index.options.cjk);
      return this.#rebuild(this.#stateDir);
    }
  }

  async #sync(index: DigestIndex): Promise<CorpusUpdate> {
    const worker = await this.#ensureWorker();
    const t0 = performance.now();
    this.#delay.reset();
    this.#delay.enable();
    const chunks: DeltaChunk[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    let failed: unknown;
    const synced = worker.call<Omit<SyncResult, 'delta'> & { delta: { removed: number; upserted: number }; workerHeapMB: number }>({ op: 'sync' }, (chunk) => {
      chunks.push(chunk);
      wake?.();
    });
    synced.then(
      () => ((done = true), wake?.()),
      () => ((done = true), wake?.()),
    );
    const slice = this.#options.sliceMs ?? 5;
    let perItem = 0.5;
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
    for (;;) {
      const chunk = chunks.shift();
      if (!chunk) {
        if (done) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      // Removals first, then additions, each in slices sized to take about `slice` ms.
      const parts = unpack(chunk);
      const inSlices = async <T>(items: readonly T[], file: (batch: T[]) => void) => {
        for (let i = 0; i < items.length; ) {
          // Capped too: on a busy machine one estimate can be far off.
          const batch = items.slice(i, i + Math.max(1, Math.min(maxBatch, Math.floor(slice / perItem))));
          const s = performance.now();
          file(batch);
          perItem = Math.max(0.005, (performance.now() - s) / batch.length);
          i += batch.length;
          await pause();
        }
      };
      if (failed === undefined) {
        try {
          await inSlices(parts.removed, (batch) => index.remove(batch));
          await inSlices(parts.upserted, (batch) => index.addPrepared(batch));
        } catch (e) {
          // The index could not take this chunk (its record file unwritable): the chunks still to come are acknowledged
          // unread, or the worker would wait for them forever, and the requests after this sync with it.
          failed = e;
        }
      }
      worker.ack();
    }
    const result = await synced;
    if (failed !== undefined) {
      this.#delay.disable();
      // The worker counts this delta delivered and the index has part of it: built again from the files (`#update`).
      throw Object.assign(new Error(`the index could not take an update (${(failed as Error)?.message?.split('\n')[0] ?? String(failed)})`), { code: 'state' });
    }
    // The update's postings into a segment of their own: the tail's memory is reused by the next one.
    index.freeze();
    // Postings of removed and replaced papers are dropped once they are a tenth of the index.
    if (index.deadFraction > 0.1) for (const _ of index.compaction()) await pause();
    this.#delay.disable();
    this.#status = result.status;
    const update: CorpusUpdate = {
      status: result.status,
      upserted: result.delta.upserted,
      removed: result.delta.removed,
      files: { parsed: result.parsed, removed: result.removed },
      ms: Math.round(performance.now() - t0),
      parseMs: result.parseMs,
      mergeMs: result.mergeMs,
      loopDelayMaxMs: Math.round(this.#delay.max / 1e5) / 10,
      heapMB: { main: Math.round(process.memoryUsage().heapUsed / 1e6), worker: result.workerHeapMB },
    };
    if (update.upserted || update.removed || result.parsed || result.removed || result.rehashed) this.#markDirty();
    this.#options.onReload?.(update);
    // A rebuild's index is warmed once it is swapped in (`#rebuild`).
    if (index === this.#index) this.#warmLater();
    return update;
  }

  /**
   * Warms the current index ({@link LiveCorpusOptions.warm}): slices of about `sliceMs`, one per turn
   * of the event loop, until every long list is current; stops when the index changes (the update
   * warms again when it ends), is replaced, another warming starts, or the corpus closes.
   */
  #warmLater(): void {
    if (this.#options.warm === false) return;
    const run = ++this.#warmRun;
    const index = this.#index;
    const generation = index.generation;
    const slice = this.#options.sliceMs ?? 5;
    const t0 = performance.now();
    // Postings per slice, re-estimated from each slice's speed (a list is warmed whole: ~1 ms for the longest at 100,000 papers).
    let budget = 20_000;
    let busyMs = 0;
    let slices = 0;
    let maxSliceMs = 0;
    let postings = 0;
    const step = (): void => {
      if (run !== this.#warmRun || this.#closed || index !== this.#index || index.generation !== generation) return;
      const s = performance.now();
      const read = index.warm(budget);
      const ms = performance.now() - s;
      busyMs += ms;
      if (read === 0) {
        const round = (x: number) => Math.round(x * 10) / 10;
        this.#options.onWarmed?.({ postings, busyMs: round(busyMs), slices, maxSliceMs: round(maxSliceMs), ms: round(performance.now() - t0) });
        return;
      }
      slices++;
      postings += read;
      maxSliceMs = Math.max(maxSliceMs, ms);
      budget = Math.max(1_000, Math.min(1_000_000, Math.floor((read * slice) / Math.max(ms, 0.05))));
      setImmediate(step);
    };
    setImmediate(step);
  }

  // === Snapshot

  #markDirty(): void {
    this.#dirty = true;
    if (!this.#stateDir) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.save().catch((e: unknown) => this.#options.onError?.(e));
    }, this.#options.saveDelayMs ?? 30_000);
    this.#saveTimer.unref();
  }

  /**
   * Saves the state. The capture (the worker asked to save, the index's arrays taken) happens between
   * two updates, in the queue; the writing does not hold the queue: an update may run while the
   * file is written (posting segments are immutable, and the arrays updates write to are copied).
   * One save at a time.
   */
  #save(): Promise<void> {
    this.#saving ??= (async () => {
      try {
        const dir = this.#stateDir;
        if (!dir) return;
        const t0 = performance.now();
        const captured = await this.#enqueue(async () => {
          const stateId = newStateId();
          // The worker writes its half in its own thread; its requests run in order, so it saves the
          // state this index has.
          const corpusSaved = (await this.#ensureWorker()).call({ op: 'save', stateId });
          corpusSaved.catch(() => {});
          await this.#compactRecords(dir, stateId);
          const value: IndexFileValue = { stateId, blobLength: this.#blobs?.flush() ?? 0, records: this.#recordsName, status: this.#status, index: detach(this.#index.snapshot()) };
          this.#dirty = false;
          return { stateId, corpusSaved, value };
        });
        const bytes = await writeSnapshotFile(join(dir, indexFile), captured.value);
        await captured.corpusSaved;
        this.#writeManifest(dir, captured.stateId);
        this.#stateId = captured.stateId;
        this.#removeOldRecords(dir, captured.value.records!);
        this.#options.onSnapshot?.({ kind: 'saved', ms: Math.round(performance.now() - t0), bytes });
      } catch (e) {
        this.#dirty = true;
        throw e;
      } finally {
        this.#saving = undefined;
      }
      this.#idleLater();
    })();
    return this.#saving;
  }

  /**
   * Rewrites the record file with only the records the index holds, when it holds more than twice
   * that: into a new file named after the save (`records-<state id>.blob`), a slice of records per
   * turn of the event loop (searches meanwhile read the old file; updates wait, this runs in the
   * queue). The old file stays until the manifest names the new save, so a stop at any point leaves
   * the previous snapshot whole. A failure is reported and the old file kept.
   */
  async #compactRecords(dir: string, stateId: string): Promise<void> {
    const blobs = this.#blobs;
    const live = this.#index.recordBytes;
    if (!blobs || live === undefined || blobs.length < 2 * live + (this.#options.recordsSlackBytes ?? 1 << 20)) return;
    const name = `records-${stateId}.blob`;
    let next: FileBlobs | undefined;
    try {
      next = FileBlobs.create(join(dir, name));
      for (const _ of this.#index.moveRecords(next)) await new Promise<void>((resolve) => setImmediate(resolve));
    } catch (e) {
      next?.close();
      rmSync(join(dir, name), { force: true });
      this.#options.onError?.(e);
      return;
    }
    this.#blobs = next;
    this.#recordsName = name;
    blobs.close();
  }

  /** Removes record files of earlier saves (compacted away), keeping the current one and the one just saved. */
  #removeOldRecords(dir: string, saved: string): void {
    try {
      for (const f of readdirSync(dir)) if (isRecordsFile(f) && f !== saved && f !== this.#recordsName) rmSync(join(dir, f), { force: true });
    } catch (e) {
      this.#options.onError?.(e);
    }
  }

  // === The worker's life

  /** A new worker (the old one, if any, stopped), opening the saved state `stateId` or none. */
  #startWorker(stateId: string | null, cjk: DigestIndex['options']['cjk']): Promise<{ restored: boolean; reason: string | null }> {
    const old = this.#worker;
    if (old) void old.terminate();
    const worker = new CorpusWorker();
    this.#worker = worker;
    this.#options.onWorker?.('started');
    return worker.call<{ restored: boolean; reason: string | null }>({
      op: 'open',
      dirs: this.#dirs,
      options: { ...(this.#stateDir ? { stateDir: this.#stateDir } : {}), code: this.#code },
      stateId,
      cjk,
    });
  }

  /** The running worker, or a new one restoring the saved state (stopped when idle; see {@link #idleLater}). */
  async #ensureWorker(): Promise<CorpusWorker> {
    clearTimeout(this.#idleTimer);
    if (this.#worker) return this.#worker;
    const opened = await this.#startWorker(this.#stateId ?? null, this.#index.options.cjk);
    // Stopped only when saved, so the state is there unless something removed or damaged it.
    if (!opened.restored) throw Object.assign(new Error(opened.reason ?? 'the corpus state is missing'), { code: 'state' });
    return this.#worker!;
  }

  /**
   * Stops the worker after `idleMs` once its state is saved and nothing is pending (its memory goes
   * back; the next change starts a new one). Only with a state directory: without one the worker's
   * state exists nowhere else.
   */
  #idleLater(): void {
    const idleMs = this.#options.idleMs ?? 5_000;
    if (!this.#stateDir || !this.#worker || this.#dirty || this.#closed || !Number.isFinite(idleMs)) return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      this.#enqueue(async () => {
        const worker = this.#worker;
        if (!worker || this.#dirty || this.#saving || this.#pending || this.#closed || this.#stateId === undefined) return;
        this.#worker = undefined;
        await worker.call({ op: 'close' }).catch(() => {});
        await worker.terminate();
        this.#options.onWorker?.('stopped');
      }).catch((e: unknown) => this.#options.onError?.(e));
    }, idleMs);
    this.#idleTimer.unref();
  }

  /** The saved state's manifest when it may be used, or undefined after one `ignored` event saying why. */
  #readManifest(dir: string): StateManifest | undefined {
    let manifest: StateManifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, manifestFile), 'utf8')) as StateManifest;
    } catch (e) {
      return this.#ignore((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'none saved yet' : `${manifestFile} unreadable`);
    }
    if (manifest.version !== stateVersion) return this.#ignore(`layout ${manifest.version}, expected ${stateVersion}`);
    if (manifest.code !== this.#code) return this.#ignore('saved by other code (the parsers, lexicon or index changed)');
    return manifest;
  }

  /** The saved index, or undefined after one `ignored` event saying why. */
  async #loadSnapshot(dir: string, manifest: StateManifest): Promise<{ stateId: string; index: DigestIndex; blobs: FileBlobs; status: CorpusStatus } | undefined> {
    let blobs: FileBlobs | undefined;
    try {
      const value = (await readSnapshotFile(join(dir, indexFile))) as IndexFileValue;
      if (value.stateId !== manifest.stateId) return this.#ignore(`${indexFile} is of another save`);
      const records = value.records ?? recordsFile;
      if (!isRecordsFile(records)) return this.#ignore(`${indexFile} names no record file`);
      blobs = FileBlobs.reopen(join(dir, records), value.blobLength);
      const index = DigestIndex.fromSnapshot(value.index, { blobs });
      this.#recordsName = records;
      return { stateId: manifest.stateId, index, blobs, status: value.status };
    } catch (e) {
      blobs?.close();
      return this.#ignore((e as Error).message.split('\n')[0]!);
    }
  }

  /** The record file of a new index, or none (records in memory, no snapshot) when it cannot be written. */
  #createBlobs(dir: string): FileBlobs | undefined {
    try {
      return FileBlobs.create(join(dir, recordsFile));
    } catch (e) {
      this.#ignore(`cannot write ${dir} (${(e as NodeJS.ErrnoException).code ?? 'error'}): the index stays in memory, unsaved`);
      this.#stateDir = undefined;
      return undefined;
    }
  }

  #ignore(reason: string): undefined {
    this.#options.onSnapshot?.({ kind: 'ignored', reason });
    return undefined;
  }
}

/** An index snapshot that later updates cannot change: the per-term and per-document arrays they write to are copied (small); segments are immutable and stay shared. */
function detach(s: IndexSnapshot): IndexSnapshot {
  const postings = (p: IndexSnapshot['text']) => ({ ...p, df: p.df.slice(), fieldLength: p.fieldLength.slice(), alive: p.alive.slice() });
  return { ...s, text: postings(s.text), topics: postings(s.topics) };
}

const newStateId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** `records.blob`, or a compacted record file `records-<state id>.blob`. */
const isRecordsFile = (name: string) => /^records(-[a-z0-9]+-[a-z0-9]+)?\.blob$/.test(name);

// === The worker

/** The corpus worker thread and its request/answer protocol. */
class CorpusWorker {
  #worker: Worker;
  #next = 1;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; onChunk?: (c: DeltaChunk) => void }>();
  #failed: Error | undefined;

  constructor() {
    this.#worker = new Worker(new URL('./corpus-worker.mjs', import.meta.url));
    this.#worker.on('message', (m: WorkerMessage) => {
      if ('help' in m) return void this.#help(m.help.jobs, m.help.cursor);
      const p = this.#pending.get(m.id);
      if (!p) return;
      if ('chunk' in m) return p.onChunk?.(m.chunk);
      this.#pending.delete(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(Object.assign(new Error(m.error), m.code ? { code: m.code } : {}));
    });
    const fail = (e: Error) => {
      this.#failed = e;
      for (const p of this.#pending.values()) p.reject(e);
      this.#pending.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`corpus worker exited (code ${code})`)));
  }

  call<T>(request: DistributiveOmit<Exclude<WorkerRequest, { op: 'ack' | 'helped' }>, 'id'>, onChunk?: (c: DeltaChunk) => void): Promise<T> {
    if (this.#failed) return Promise.reject(this.#failed);
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(onChunk ? { onChunk } : {}) });
      this.#worker.postMessage({ ...request, id });
    });
  }

  /**
   * This thread's part of a build's parsing: files taken from the shared cursor until none is left,
   * each outcome sent back (undefined when reading it threw: the worker reads it itself), one file
   * per turn of the event loop. Only a build asks, when the bot has no index to serve yet.
   */
  async #help(jobs: readonly FileJob[], cursor: Int32Array): Promise<void> {
    const post = (m: WorkerRequest) => {
      try {
        if (!this.#failed) this.#worker.postMessage(m);
      } catch {
        // Not sent (a value that cannot be cloned): the worker reads that file itself.
      }
    };
    try {
      for (let i = Atomics.add(cursor, 0, 1); i < jobs.length && !this.#failed; i = Atomics.add(cursor, 0, 1)) {
        let outcome: FileOutcome | undefined;
        try {
          outcome = readJob(jobs[i]!);
        } catch {
          outcome = undefined;
        }
        post({ id: 0, op: 'helped', index: i, outcome });
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      post({ id: 0, op: 'helped', finished: true });
      // The parsing garbage of this thread, freed now rather than held through the worker's build.
      if (!this.#failed) fullGc();
    }
  }

  /** One delta chunk applied (the worker sends the next ones). */
  ack(): void {
    if (!this.#failed) this.#worker.postMessage({ id: 0, op: 'ack' } satisfies WorkerRequest);
  }

  async terminate(): Promise<void> {
    this.#failed ??= new Error('corpus worker stopped');
    await this.#worker.terminate();
  }
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

// === Code fingerprint

let fingerprint: string | undefined;

/**
 * A hash of the source of `src/core` (parsers, lexicon, merging, index) and of `corpus-files.ts`:
 * a snapshot made by other code may hold other papers or another index, so it is not used.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('../core/', import.meta.url));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name)) hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  walk(root);
  // What decides which papers a file gives (the snapshot files' layouts have versions of their own).
  hash.update(readFileSync(fileURLToPath(new URL('./corpus-files.ts', import.meta.url))));
  fingerprint = hash.digest('base64url').slice(0, 22);
  return fingerprint;
}

/** Removes a state directory's files (tests, `--rebuild`). */
export function clearState(dir: string): void {
  for (const f of [manifestFile, indexFile, recordsFile, corpusStateFile, corpusMergeFile, corpusBlobFile]) rmSync(join(dir, f), { force: true });
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    // no directory: nothing to clear
  }
  for (const f of names) if (isRecordsFile(f) || isCorpusBlobFile(f)) rmSync(join(dir, f), { force: true });
}
