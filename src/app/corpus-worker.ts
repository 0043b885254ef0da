/**
 * The corpus worker: a `worker_threads` thread that owns the {@link CorpusFiles} (reading, parsing,
 * tagging and merging digests), so none of that runs on the bot's event loop. The main thread
 * (`live-corpus.ts`) asks it to `open`, `sync`, `save`, `papers` and `close`; a sync's delta comes
 * back in chunks of {@link chunkPapers} records, which the main thread applies to the index a slice
 * at a time while the next chunk is still being cloned.
 *
 * Started through `corpus-worker.mjs` (which registers tsx in the new thread).
 * @module
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { DigestIndex, preparePaper, type IndexOptions, type Paper } from '../core/index.ts';
import { CorpusFiles, CorpusStateError, type CorpusFilesOptions, type FileJob, type FileOutcome, type ShareFiles } from './corpus-files.ts';
import { packChunk, type DeltaChunk } from './delta-chunk.ts';
import { FileBlobs } from './file-blobs.ts';
import { writeSnapshotFile } from './snapshot-file.ts';

export type { DeltaChunk } from './delta-chunk.ts';

/** Records per delta message (their texts cloned, their terms as numbers in one transferred buffer). */
export const chunkPapers = 250;
/** Removed ids per delta message. */
const removedPerChunk = 2_000;

/** Requests the main thread sends. */
export type WorkerRequest =
  | { id: number; op: 'open'; dirs: string[]; options: CorpusFilesOptions; stateId: string | null; cjk: IndexOptions['cjk'] }
  | { id: number; op: 'sync' }
  | { id: number; op: 'save'; stateId: string }
  /** A first load with a state directory: the worker builds the whole index itself and saves it (see `build`). */
  | { id: number; op: 'build'; stateId: string; indexPath: string; recordsPath: string }
  | { id: number; op: 'papers' }
  | { id: number; op: 'close' }
  /** A delta chunk was applied (flow control: at most {@link chunksInFlight} unapplied chunks). */
  | { id: number; op: 'ack' }
  /** The main thread's part of a build's parsing (see {@link WorkerMessage} `help`): one file's outcome, or `finished`. */
  | { id: number; op: 'helped'; index: number; outcome: FileOutcome | undefined }
  | { id: number; op: 'helped'; finished: true };

/** Chunks sent and not yet applied by the main thread: the worker waits beyond this (memory stays flat). */
export const chunksInFlight = 3;

/** Answers: a chunk of a sync's delta, then the final value (or an error). */
export type WorkerMessage =
  | { id: number; chunk: DeltaChunk }
  /**
   * During a build: the main thread (idle until the index exists) is asked to read and parse files
   * too, taking each next one from the shared `cursor` as the worker does (`CorpusFiles.syncShared`).
   */
  | { id: number; help: { jobs: readonly FileJob[]; cursor: Int32Array } }
  | { id: number; ok: true; value: unknown }
  /** `state`: the saved merge state could not be read when a change needed it (the caller rebuilds). */
  | { id: number; ok: false; error: string; code?: 'state' };

/**
 * A full garbage collection, run after each sync. A sync makes garbage several times the worker's
 * live state (parsed files, merged and prepared records), and the worker then idles — often for an
 * hour, until the next fetch — with that garbage resident: the bot's RSS grew ~30 MB a reload at
 * 10,000 papers. `--expose-gc` cannot be given to one worker (`execArgv` takes no V8 flags), so the
 * flag is set at run time and `gc` taken from a fresh context, as Node documents for `v8.setFlagsFromString`.
 */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

let files: CorpusFiles | undefined;
let sent = 0;
let acked = 0;
let ackWaiter: (() => void) | undefined;

/** Posts a chunk, then waits while too many are unapplied. */
async function send(id: number, chunk: DeltaChunk): Promise<void> {
  port.postMessage({ id, chunk } satisfies WorkerMessage, [chunk.codes.buffer]);
  sent++;
  while (sent - acked >= chunksInFlight) await new Promise<void>((resolve) => (ackWaiter = resolve));
}
let cjk: IndexOptions['cjk'] = 'bigram';
const port = parentPort!;

async function handle(req: Exclude<WorkerRequest, { op: 'ack' | 'helped' }>): Promise<unknown> {
  switch (req.op) {
    case 'open': {
      files?.close();
      files = undefined;
      let restored: string | null = null;
      if (req.stateId && req.options.stateDir) {
        const r = CorpusFiles.restore(req.dirs, { ...req.options, stateDir: req.options.stateDir }, req.stateId);
        if (r instanceof CorpusFiles) files = r;
        else restored = r.reason;
      }
      files ??= CorpusFiles.create(req.dirs, req.options);
      cjk = req.cjk;
      return { restored: restored === null && req.stateId !== null, reason: restored };
    }
    case 'sync': {
      const result = opened().sync();
      const { removed, upserted } = result.delta;
      // Removed and replaced records go as ids (the index knows their terms): only new records are prepared.
      const prepare = (p: Paper) => preparePaper(p, cjk);
      for (let i = 0; i < removed.length; i += removedPerChunk) await send(req.id, packChunk({ removed: removed.slice(i, i + removedPerChunk) }));
      for (let i = 0; i < upserted.length; i += chunkPapers) await send(req.id, packChunk({ upserted: upserted.slice(i, i + chunkPapers).map(prepare) }));
      const value = { ...result, delta: { removed: removed.length, upserted: upserted.length } };
      result.delta = { removed: [], upserted: [] };
      return { ...value, workerHeapMB: Math.round(getHeapStatistics().used_heap_size / 1e6) };
    }
    case 'save':
      opened().save(req.stateId);
      return null;
    case 'build':
      return build(req);
    case 'papers':
      return opened().papers();
    case 'close':
      files?.close();
      files = undefined;
      return null;
  }
}

/**
 * A first load (no usable snapshot): the whole index is built here and written as a snapshot under
 * `stateId`, with the corpus state; the main thread then loads it like a warm start. Sending 65,000
 * prepared records across to be filed a slice at a time cost 3-4x the build itself, for a bot that
 * has nothing to serve yet.
 */
async function build(req: Extract<WorkerRequest, { op: 'build' }>): Promise<unknown> {
  const result = await opened().syncShared(shareWithMain(req.id));
  const blobs = FileBlobs.create(req.recordsPath);
  try {
    const index = new DigestIndex({ cjk }, { blobs });
    index.add(result.delta.upserted);
    result.delta = { removed: [], upserted: [] };
    await writeSnapshotFile(req.indexPath, { stateId: req.stateId, blobLength: blobs.flush(), status: result.status, index: index.snapshot() }, async () => {});
  } finally {
    blobs.close();
  }
  opened().save(req.stateId);
  return { ...result, delta: { removed: 0, upserted: result.status.papers }, workerHeapMB: Math.round(getHeapStatistics().used_heap_size / 1e6) };
}

/** Parsing shared with the main thread: it is sent the jobs and the cursor, and reports through `helped` messages. */
let helping: Parameters<ShareFiles>[2] | undefined;
function shareWithMain(id: number): ShareFiles {
  return (jobs, cursor, report) => {
    helping = report;
    port.postMessage({ id, help: { jobs, cursor } } satisfies WorkerMessage);
  };
}

function opened(): CorpusFiles {
  if (!files) throw new Error('corpus worker: not opened');
  return files;
}

// Requests run one at a time, in order; acks are counted as they come (a sync waits for them).
let queue: Promise<void> = Promise.resolve();
port.on('message', (req: WorkerRequest) => {
  if (req.op === 'ack') {
    acked++;
    ackWaiter?.();
    return;
  }
  if (req.op === 'helped') {
    if ('finished' in req) {
      helping?.finished();
      helping = undefined;
    } else helping?.done(req.index, req.outcome);
    return;
  }
  queue = queue.then(async () => {
    try {
      port.postMessage({ id: req.id, ok: true, value: await handle(req) } satisfies WorkerMessage);
    } catch (e) {
      const code = e instanceof CorpusStateError ? ({ code: 'state' } as const) : {};
      port.postMessage({ id: req.id, ok: false, error: (e as Error)?.message ?? String(e), ...code } satisfies WorkerMessage);
    }
    // After answering, so the main thread does not wait for it; the next request does.
    if (req.op === 'sync' || req.op === 'build') collect();
  });
});
