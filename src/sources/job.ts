/**
 * The fetch job (SPEC section 9): runs every configured source, one after the other, at start-up and
 * then every `FETCH_INTERVAL_MINUTES` (node-cron ticks each minute and runs the sources that are
 * due); with several instances only the lease holder fetches.
 *
 * - Sources run sequentially, and each source's requests are paced by the HTTP client: a backfill
 *   or a restart after downtime never bursts.
 * - A failing source is logged once, with its name and reason, as one warning line (no stack): the
 *   same reason again on the next runs is logged at debug level until it changes or the source
 *   recovers. It never stops the other sources or the bot, and what it fetched before stays on disk.
 * - Per-source state (last success, last error, papers fetched, days seen, cursor, validators) is
 *   kept in the store's key-value space under `sources:<id>`, shared by the instances.
 * - `stop()` aborts the requests in flight and waits for the run to end.
 *
 * ```ts
 * const job = createFetchJob({ sources, http, feeds, kv: store.kv, clock, backfillDays: 7, intervalMinutes: 60, logger });
 * job.start();          // a run now, then cron
 * await job.stop();
 * ```
 * @module
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { FeedsDir } from './feeds-dir.ts';
import type { HttpClient, SourceClock } from './http.ts';
import type { Source, SourceState } from './source.ts';

/** The store's key-value space (the schedule store's `kv`), as far as the job needs it. */
export interface StateStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** The logger calls the job makes (pino's shape). */
export interface JobLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

export interface FetchJobOptions {
  sources: readonly Source[];
  http: HttpClient;
  feeds: FeedsDir;
  kv: StateStore;
  clock: SourceClock;
  /** Days dated sources look back (and arXiv on its first run). */
  backfillDays: number;
  intervalMinutes: number;
  logger: JobLogger;
  /** True while this instance may fetch (the scheduler's lease); default: always. */
  isLeader?: () => Promise<boolean>;
  /** Cron expression of the due-check tick. Default every minute. */
  cron?: string;
  /** Each source's part of every run (metrics). */
  onSource?: (report: SourceReport) => void;
}

/** One source's part of a run. */
export interface SourceReport {
  id: string;
  papers: number;
  written: string[];
  requests: number;
  error?: string;
  skipped?: 'not-due' | 'retry-after';
}

/** What a run did, per source. */
export interface FetchReport {
  sources: SourceReport[];
  /** Runs skipped because another instance holds the lease. */
  leader: boolean;
}

/** A source's state for `paperboy sources`. */
export interface SourceStatus {
  id: string;
  kind: Source['kind'];
  state: SourceState;
}

export interface FetchJob {
  /** Runs every source now (the start-up run). Resolves when all are done. */
  runOnce(): Promise<FetchReport>;
  /** Runs the sources whose interval has passed (what cron calls); undefined when a run is already in flight. */
  tick(): Promise<FetchReport | undefined>;
  /** A run now, then the cron tick. */
  start(): void;
  /** Stops the cron, aborts requests in flight, waits for the run to end. */
  stop(): Promise<void>;
  /** Each source's stored state. */
  status(): Promise<SourceStatus[]>;
}

/** How much earlier than its interval a source counts as due (one tick of the every-minute cron). */
const dueSlackMs = 60_000;

/** The key of a source's state in the key-value space. */
export const stateKey = (id: string): string => `sources:${id}`;

/** Reads a source's state (a missing or unreadable one is a fresh state). */
export async function readState(kv: Pick<StateStore, 'get'>, id: string): Promise<SourceState> {
  const value = (await kv.get(stateKey(id))) as SourceState | undefined;
  return value && typeof value === 'object' && typeof value.papersFetched === 'number' ? value : { papersFetched: 0 };
}

/** Creates the job; nothing runs until {@link FetchJob.start} or a direct call. */
export function createFetchJob(o: FetchJobOptions): FetchJob {
  const intervalMs = o.intervalMinutes * 60_000;
  let inFlight: Promise<FetchReport> | undefined;
  let task: ScheduledTask | undefined;
  let controller = new AbortController();
  let stopped = false;

  async function runSources(onlyDue: boolean): Promise<FetchReport> {
    if (o.isLeader && !(await o.isLeader().catch(() => false))) return { sources: [], leader: false };
    const reports: SourceReport[] = [];
    for (const source of o.sources) {
      if (stopped) break;
      const report = await runSource(source, onlyDue);
      reports.push(report);
      o.onSource?.(report);
    }
    return { sources: reports, leader: true };
  }

  async function runSource(source: Source, onlyDue: boolean): Promise<SourceReport> {
    const log = { source: source.id };
    const state = await readState(o.kv, source.id);
    const now = o.clock.now();
    if (state.notBefore && Date.parse(state.notBefore) > now) {
      o.logger.debug({ ...log, until: state.notBefore }, 'source asked us to wait: skipped');
      return { id: source.id, papers: 0, written: [], requests: 0, skipped: 'retry-after' };
    }
    // Due one cron minute early at most: sources run together keep running together, although
    // pacing started each a little later than the one before.
    if (onlyDue && state.lastRunAt && now - Date.parse(state.lastRunAt) < intervalMs - dueSlackMs) {
      return { id: source.id, papers: 0, written: [], requests: 0, skipped: 'not-due' };
    }
    let run;
    try {
      run = await source.run({ http: o.http, feeds: o.feeds, now: new Date(now), backfillDays: o.backfillDays, signal: controller.signal }, state);
    } catch (e) {
      if (controller.signal.aborted) return { id: source.id, papers: 0, written: [], requests: 0, error: 'stopped' };
      // A bug or a file-system error (feeds directory not writable): reported like a fetch failure.
      run = { state, papers: 0, written: [], requests: 0, error: (e as Error)?.message?.split('\n')[0] ?? String(e) };
    }
    const at = new Date(o.clock.now()).toISOString();
    const next: SourceState = { ...run.state, lastRunAt: new Date(now).toISOString(), papersFetched: state.papersFetched + run.papers, lastPapers: run.papers };
    delete next.notBefore;
    if (run.retryAt) next.notBefore = new Date(run.retryAt).toISOString();
    const summary = { ...log, papers: run.papers, files: run.written.length, requests: run.requests };
    if (run.error) {
      next.lastError = { at, reason: run.error };
      // Once per reason: the same failure every interval (no network) is not a new warning.
      if (state.lastError?.reason !== run.error) o.logger.warn({ ...summary, reason: run.error }, `source ${source.id} failed: ${run.error}`);
      else o.logger.debug({ ...summary, reason: run.error }, 'source still failing');
    } else {
      next.lastSuccessAt = at;
      delete next.lastError;
      if (state.lastError) o.logger.info(summary, `source ${source.id} recovered`);
      else if (run.papers > 0 || run.written.length > 0) o.logger.info(summary, `source ${source.id} fetched`);
      else o.logger.debug(summary, `source ${source.id}: nothing new`);
    }
    if (run.warning) o.logger.warn({ ...log, reason: run.warning }, `source ${source.id}: ${run.warning}`);
    await o.kv.set(stateKey(source.id), next);
    return { id: source.id, papers: run.papers, written: run.written, requests: run.requests, ...(run.error ? { error: run.error } : {}) };
  }

  function launch(onlyDue: boolean): Promise<FetchReport> {
    const run = runSources(onlyDue).finally(() => {
      if (inFlight === run) inFlight = undefined;
    });
    inFlight = run;
    return run;
  }

  return {
    runOnce: () => inFlight ?? launch(false),
    tick: async () => (inFlight || stopped ? undefined : launch(true)),
    start() {
      if (task || stopped) return;
      void launch(false).catch((err: unknown) => o.logger.warn({ reason: (err as Error)?.message }, 'fetch run failed'));
      task = cron.schedule(o.cron ?? '* * * * *', () => {
        if (!inFlight && !stopped) void launch(true).catch((err: unknown) => o.logger.warn({ reason: (err as Error)?.message }, 'fetch run failed'));
      }, { name: 'paperboy-sources' });
    },
    async stop() {
      stopped = true;
      await task?.stop();
      task = undefined;
      controller.abort(new Error('fetch job stopped'));
      await inFlight?.catch(() => undefined);
      controller = new AbortController();
    },
    async status() {
      return Promise.all(o.sources.map(async (s) => ({ id: s.id, kind: s.kind, state: await readState(o.kv, s.id) })));
    },
  };
}
