/**
 * `npm start`: the bot's wiring ({@link run}) and its entry point ({@link main}).
 *
 * Wiring order: each part is built from the parts before it, so nothing is bound late and no update
 * can reach something that does not exist yet.
 *
 * 1. configuration and logger;
 * 2. the corpus (digests directory and feeds directory, both watched);
 * 3. the store, and the lease when the store is shared by several instances; the live-sources fetch
 *    job (it keeps its state in the store and fetches only while this instance holds the lease);
 * 4. the scheduler (built, not started);
 * 5. the command handler (index, store, scheduler);
 * 6. the adapters, created with the handler; each one's sender is registered with
 *    `scheduler.addSender()`, the one documented way into delivery;
 * 7. background jobs started: the scheduler's cron, and the fetch job (a run at once, in the
 *    background: start-up never waits for the network; then node-cron). They need no adapter to
 *    have connected: a platform still connecting only delays its own chats' digests;
 * 8. the adapters started, last and concurrently: from here updates arrive, and everything they
 *    need exists. A platform that cannot be reached is retried with a logged backoff
 *    (`bots/shared/connect.ts`) while the others serve; `run()` resolves once every adapter is up.
 *
 * Seams for what comes next: an HTTP server for `/healthz`, `/readyz` and `/metrics` is built after
 * step 5 and started in step 7 (readiness can then report adapters that are still connecting);
 * start-up checks run between steps 3 and 4 (`app/doctor/startup.ts`: configuration, store, corpus,
 * logged as one block; only a bug in them fails with a {@link StartupError}), and the platform
 * checks after step 8, in the background.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { openLiveCorpus, type LiveCorpus } from './app/live-corpus.ts';
import type { Check } from './app/doctor/check.ts';
import { localStartupChecks, logChecks, platformStartupChecks } from './app/doctor/startup.ts';
import { configOrExit, isEntryPoint } from './app/entry.ts';
import { createCommandHandler } from './bots/shared/commands.ts';
import type { Adapter, CommandHandler } from './bots/shared/types.ts';
import type { Config } from './config.ts';
import { healthRoutes, startHealthServer, within, type Readiness, type Routes } from './app/health.ts';
import { createMetrics, type Metrics } from './app/metrics.ts';
import { createLogger, type Logger } from './logger.ts';
import { createLease, createScheduler, feedbackRepo, openStore, sqlitePath, type Lease, type Scheduler, type Store } from './schedule/index.ts';
import { createLiveSources, systemSourceClock, type FetchJob, type SourceClock } from './sources/index.ts';
import { presentDigest } from './bots/shared/present.ts';

// === Errors

/** A start-up step that failed: printed as `paperboy: cannot start: <what>: <reason>`, exit code 1. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
  readonly code = 'STARTUP';
  /** The step, naming the variable to fix where there is one (`STORE_URL sqlite://…`, `Telegram`). */
  readonly what: string;
  /** The first line of the cause's message. */
  readonly reason: string;
  constructor(what: string, cause: unknown) {
    const reason = (cause as Error)?.message?.split('\n')[0] || String(cause);
    super(`cannot start: ${what}: ${reason}`, { cause });
    this.what = what;
    this.reason = reason;
  }
}

// === Wiring

/** Options of {@link run}. */
export interface RunOptions {
  /** Default: pino on stderr at `config.logLevel`, tokens scrubbed. */
  logger?: Logger;
  /** The console chat's streams (used when no platform token is set). Default: stdin/stdout. */
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Aborting stops a start-up in progress: what was opened is closed and `run` rejects with the reason. */
  signal?: AbortSignal;
  /**
   * The time of the scheduler, the command handler and the fetch job (whose pacing and backoff
   * `sleep` on it). Default: the real clock. Tests pass one they move by hand.
   */
  clock?: SourceClock;
}

/** A running bot. */
export interface App {
  config: Config;
  store: Store;
  scheduler: Scheduler;
  handler: CommandHandler;
  corpus: LiveCorpus;
  /** The live-sources fetch job, when `SOURCES` names any. */
  sources?: FetchJob;
  metrics: Metrics;
  /** The health/metrics server's address when it has a port of its own (`METRICS_PORT`). */
  httpAddress?: () => AddressInfo;
  /** With the console chat: resolves at the end of its input. */
  consoleDone?: Promise<void>;
  /**
   * The start-up checks (`paperboy doctor`'s, on what is open), each set logged as one block:
   * `local` (configuration, store, corpus) before the scheduler was built; `platform` (Telegram,
   * Discord) running in the background once the adapters are up (empty without platform tokens).
   */
  checks: { local: Check[]; platform: Promise<Check[]> };
  /** Stops cron, adapters and watcher, waits for in-flight deliveries, closes the store. Idempotent. */
  stop(reason: string): Promise<void>;
}

/**
 * Builds and starts the bot in the order described in the module comment. Throws a
 * {@link StartupError} (after closing whatever was already opened) when a step fails.
 *
 * ```ts
 * const app = await run(parseConfig(process.env));
 * await app.stop('SIGTERM');
 * ```
 */
export async function run(config: Config, options: RunOptions = {}): Promise<App> {
  const log = options.logger ?? createLogger({ level: config.logLevel, secrets: [config.telegram?.token, config.telegram?.webhook?.secret, config.discord?.token] });
  const { signal } = options;
  const clock = options.clock ?? systemSourceClock;
  const opened: (() => Promise<void> | void)[] = [];
  const closeOpened = async () => {
    for (const close of opened.splice(0).reverse()) await Promise.resolve().then(close).catch(() => {});
  };
  /** Runs one start-up step; on failure (or an abort) closes what was opened and throws. */
  async function step<T>(what: string, work: () => Promise<T> | T): Promise<T> {
    try {
      signal?.throwIfAborted();
      return await abortable(Promise.resolve().then(work), signal);
    } catch (e) {
      await closeOpened();
      throw signal?.aborted && e === signal.reason ? e : new StartupError(what, e);
    }
  }

  // 2. Corpus
  // FEEDS_DIR is where the fetch job writes; it is created when sources are on, and still read
  // (if present) when they are off, so papers fetched before stay.
  const { feedsDir } = config.sources;
  const fetching = config.sources.specs.length > 0;
  if (fetching) await step(`FEEDS_DIR ${feedsDir}`, () => mkdirSync(feedsDir, { recursive: true }));
  const corpus = await step(`DIGESTS_DIR ${config.digestsDir}`, () => {
    const dirs = existsSync(feedsDir) && resolve(feedsDir) !== resolve(config.digestsDir) ? [config.digestsDir, feedsDir] : [config.digestsDir];
    const clog = log.child({ part: 'corpus' });
    const stateDir = indexStateDir(config.storeUrl);
    return openLiveCorpus(dirs, {
      ...(stateDir ? { stateDir } : {}),
      // A warm start answers from the saved index; the catch-up with the directories starts once the adapters are up (below).
      deferCatchUp: true,
      onReload: (u) => {
        if (!u.files.parsed && !u.files.removed) return;
        clog.info({ papers: u.status.papers, digests: u.status.files, parsed: u.files.parsed, removed: u.files.removed, upserted: u.upserted, deleted: u.removed, ms: u.ms, parseMs: u.parseMs, mergeMs: u.mergeMs, loopDelayMaxMs: u.loopDelayMaxMs }, 'digests changed: index updated');
      },
      onError: (err) => clog.error({ err }, 'digest update failed; keeping the previous index'),
      // The long posting lists brought up to date after a load or an update (what the first searches would otherwise compute).
      onWarmed: (w) => {
        if (w.postings > 0) clog.info({ postings: w.postings, busyMs: w.busyMs, slices: w.slices, maxSliceMs: w.maxSliceMs, ms: w.ms }, 'index warmed');
      },
      // The corpus worker stops once its state is saved and idle (its memory goes back) and starts on the next change.
      onWorker: (event) => clog.info({ rssMB: Math.round(process.memoryUsage().rss / 1e6) }, event === 'started' ? 'corpus worker started' : 'corpus worker stopped (idle)'),
      onSnapshot: (e) => {
        if (e.kind === 'ignored') clog.info({ reason: e.reason }, 'index snapshot not used; building the index from the digests');
        else if (e.kind === 'loaded') clog.info({ ms: e.ms, papers: e.papers }, 'index snapshot loaded');
        else clog.info({ ms: e.ms, bytes: e.bytes }, 'index snapshot saved');
      },
    });
  });
  opened.push(() => corpus.close());
  for (const p of corpus.status().problems) log.warn({ file: p.file, line: p.line }, p.reason);
  log.info({ papers: corpus.index().size, digests: corpus.status().files, from: corpus.loadedFrom, dir: config.digestsDir, ...(fetching || existsSync(feedsDir) ? { feeds: feedsDir } : {}) }, 'corpus loaded');

  // 3. Store (+ lease). SQLite is one process's store; any other backend may be shared by several
  // instances, which then elect one scheduler through a lease in the store (README "Scaling out").
  const redactedStoreUrl = config.storeUrl.replace(/\/\/[^@/]*@/, '//***@');
  const store = await step(`STORE_URL ${redactedStoreUrl}`, () => openStore(config.storeUrl, { logger: log.child({ part: 'store' }), ...(config.storePrefix ? { prefix: config.storePrefix } : {}) }));
  opened.push(() => store.close());
  const storeInfo = await step(`STORE_URL ${redactedStoreUrl}`, () => store.info());
  const { shared } = storeInfo;
  log.info({ store: redactedStoreUrl, backend: storeInfo.backend, shared }, 'store opened');
  // Loud on purpose: these are risks to the data (e.g. a Redis that keeps nothing on disk).
  for (const warning of storeInfo.warnings) log.warn({ store: redactedStoreUrl }, `STORE WARNING: ${warning}`);
  // 3b. Start-up checks on what is open (configuration, store, corpus): one block in the log, never
  // fatal (what they find, the operator fixes; `paperboy doctor` says the same with the network).
  const localChecks = await step('start-up checks', () => localStartupChecks(config, { store, corpus: corpus.status() }));
  logChecks(log, localChecks);
  const metrics = createMetrics();
  const lease = shared
    ? createLease(store.leases, {
        owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
        ttlMs: config.leaseTtlMs,
        onError: (err) => log.warn({ err: (err as Error).message }, 'scheduler lease renewal failed'),
      })
    : undefined;
  // The fetch job: built now (it needs the store and the lease), started with the other jobs.
  const sources: FetchJob | undefined = fetching
    ? await step(`FEEDS_DIR ${feedsDir}`, () =>
        createLiveSources({
          specs: config.sources.specs,
          bases: config.sources.bases,
          feedsDir,
          kv: store.kv,
          backfillDays: config.sources.backfillDays,
          intervalMinutes: config.sources.intervalMinutes,
          logger: log.child({ part: 'sources' }),
          clock,
          // The scheduler's lease loop keeps it; the fetch job only reads it.
          ...(lease ? { isLeader: async () => lease.fence() !== undefined } : {}),
          onSource: metrics.source,
        }),
      )
    : undefined;

  // 4. Scheduler (not started yet); members' votes shape its picks and are cast through the handler
  const feedback = feedbackRepo(store.kv);
  const scheduler = createScheduler({
    present: presentDigest,
    store,
    feedback,
    index: () => corpus.index(),
    clock,
    logger: log.child({ part: 'scheduler' }),
    catchUpWindowMs: config.catchUpWindowMs,
    ...(lease ? { lease } : {}),
    events: metrics.scheduler,
  });
  if (!lease) metrics.scheduler.leader?.(true); // alone: this instance delivers

  // 5. Command handler
  const handler = createCommandHandler({
    index: () => metrics.timed(corpus.index()),
    subscriptions: store.subscriptions,
    digests: scheduler,
    defaults: config.defaults,
    clock,
    feedback,
  });

  // /healthz, /readyz, /metrics: next to the webhook (PORT), or on METRICS_PORT.
  const routes = healthRoutes({ registry: metrics.registry, ready: () => readiness({ store, backend: storeInfo.backend, corpus, scheduler, lease }) });

  // 6. Adapters, each sender registered with the scheduler
  const adapters = await step('adapters', () => createAdapters(config, { handler, store, corpus, log, routes, ...options }));
  for (const { adapter } of adapters) scheduler.addSender(adapter.sender);

  // 7. Background jobs (and the health/metrics server when it has a port of its own)
  const webhookMode = Boolean(config.telegram?.webhook);
  const http = !webhookMode && config.httpPort !== null ? await step(`METRICS_PORT ${config.httpPort}`, () => startHealthServer(routes, { port: config.httpPort! })) : undefined;
  if (http) {
    opened.push(() => http.close());
    log.info({ port: http.address().port }, 'health and metrics on /healthz, /readyz, /metrics');
  }
  scheduler.start();
  opened.push(() => scheduler.stop());
  sources?.start();
  if (sources) opened.push(() => sources.stop());

  // 8. Adapters started, last and concurrently
  for (const { adapter } of adapters) opened.push(() => adapter.stop());
  await Promise.all(adapters.map(({ name, adapter }) => step(name, () => adapter.start())));
  opened.length = 0;

  // The corpus catches up with the directories now that the bot answers (a warm start served the
  // saved index so far: the worker's start and the catch-up would have competed with start-up).
  corpus.reload().catch((err: unknown) => log.child({ part: 'corpus' }).error({ err }, 'digest update failed; keeping the previous index'));

  // The platform checks, in the background (bounded requests; start-up does not wait for them).
  const platformChecks = platformStartupChecks(config, { store }).then(
    (checks) => {
      logChecks(log, checks, 'platform checks');
      return checks;
    },
    (err: unknown) => {
      log.warn({ err }, 'platform checks failed');
      return [] as Check[];
    },
  );

  let stopping: Promise<void> | undefined;
  const consoleDone = adapters.find((a) => a.done)?.done;
  return {
    config,
    store,
    scheduler,
    handler,
    corpus,
    metrics,
    ...(http ? { httpAddress: () => http.address() } : {}),
    ...(sources ? { sources } : {}),
    ...(consoleDone ? { consoleDone } : {}),
    checks: { local: localChecks, platform: platformChecks },
    stop(reason) {
      stopping ??= (async () => {
        log.info({ reason }, 'shutting down');
        await scheduler.stop();
        await sources?.stop();
        for (const { adapter } of [...adapters].reverse()) await adapter.stop().catch((err: unknown) => log.warn({ err }, 'adapter stop failed'));
        await corpus.close();
        await http?.close();
        await store.close();
        log.info('bye');
      })();
      return stopping;
    },
  };
}

interface NamedAdapter {
  /** Names the step in a start-up error. */
  name: string;
  adapter: Adapter;
  /** The console chat's end of input. */
  done?: Promise<void>;
}

/** Every adapter whose token is set, or the console chat when none is. Nothing connects yet. */
async function createAdapters(
  config: Config,
  deps: { handler: CommandHandler; store: Store; corpus: LiveCorpus; log: Logger; routes: Routes } & Pick<RunOptions, 'input' | 'output'>,
): Promise<NamedAdapter[]> {
  const { handler, store, corpus, log } = deps;
  const adapters: NamedAdapter[] = [];
  if (config.telegram) {
    const { createTelegramBot } = await import('./bots/telegram/index.ts');
    const adapter = createTelegramBot({
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      ...(config.telegram.webhook ? { webhook: { ...config.telegram.webhook, routes: deps.routes } } : {}),
      handler,
      kv: store.kv,
      logger: log.child({ adapter: 'telegram' }),
      onMigrate: async (from, to) => {
        await store.subscriptions.move(from, to);
        await feedbackRepo(store.kv).move(from, to); // the chat's votes follow it
      },
    });
    adapters.push({ name: 'Telegram', adapter });
  }
  if (config.discord) {
    const { createDiscordBot } = await import('./bots/discord/index.ts');
    const adapter = createDiscordBot({
      token: config.discord.token,
      apiBase: config.discord.apiBase,
      ...(config.discord.guildId ? { guildId: config.discord.guildId } : {}),
      handler,
      kv: store.kv,
      logger: log.child({ adapter: 'discord' }),
      suggestPapers: (q) => corpus.index().search(q, { limit: 10 }).hits.map((h) => h.paper.name ?? h.paper.title ?? h.paper.summary.slice(0, 90)),
    });
    adapters.push({ name: 'Discord', adapter });
  }
  if (adapters.length === 0) {
    const { createConsoleChat } = await import('./bots/console/index.ts');
    const input = deps.input ?? process.stdin;
    const output = deps.output ?? process.stdout;
    const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
    const chat = createConsoleChat({ handler, input, output, prompt: interactive, onError: (err) => log.error({ err }, 'console command failed') });
    if (interactive) {
      output.write(`Paperboy console chat — ${corpus.index().size} papers. Try /paper diffusion, /subscribe llm, /help. Ctrl-D quits.\n`);
    }
    adapters.push({ name: 'console', adapter: chat, done: chat.done });
  }
  return adapters;
}

/**
 * Where the index snapshot lives: next to the SQLite store (`data/paperboy.sqlite` ->
 * `data/paperboy.index/`), `data/paperboy.index/` when the store is not a local file, none for an
 * in-memory store.
 */
export function indexStateDir(storeUrl: string): string | undefined {
  let file: string | undefined;
  if (/^sqlite:\/\//i.test(storeUrl)) {
    try {
      file = sqlitePath(storeUrl);
    } catch {
      file = undefined;
    }
  }
  if (file === ':memory:') return undefined;
  if (!file) return resolve('data', 'paperboy.index');
  return resolve(dirname(file), `${file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')}.index`);
}

/** What `/readyz` says: the store answers (within 2 s), the index is loaded, and the lease state. */
async function readiness(o: { store: Store; backend: string; corpus: LiveCorpus; scheduler: Scheduler; lease: Lease | undefined }): Promise<Readiness> {
  let storeError: string | undefined;
  await within(2_000, () => o.store.ping()).catch((e: unknown) => (storeError = (e as Error)?.message ?? String(e)));
  const papers = o.corpus.index().size;
  let lease: Readiness['lease'] = { role: 'single' };
  if (o.lease) {
    const holder = storeError ? undefined : await within(2_000, () => o.lease!.holder()).catch(() => undefined);
    lease = { role: o.scheduler.isLeader() ? 'leader' : 'follower', holder: holder?.owner ?? null };
  }
  return { ok: !storeError, store: { ok: !storeError, backend: o.backend, ...(storeError ? { error: storeError } : {}) }, index: { loaded: true, papers }, lease };
}

/** `work`, or the abort reason as soon as `signal` aborts (the work itself is left to settle unobserved). */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// === Entry point

/**
 * `npm start` (and `paperboy start`): reads the configuration, runs the bot, and owns the process:
 * SIGINT/SIGTERM shut down cleanly (exit 0, also during start-up), a start-up failure prints one
 * line and exits 1, and once running an unexpected error is logged and the process keeps running.
 * With the console chat, the end of input shuts down (exit 0).
 */
export async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger({ level: config.logLevel, secrets: [config.telegram?.token, config.telegram?.webhook?.secret, config.discord?.token] });
  const starting = new AbortController();
  let app: App | undefined;

  const unexpected = (what: string) => (err: unknown) => {
    if (app) log.error({ err }, `${what} (kept running)`);
    else starting.abort(new StartupError('unexpected error', err));
  };
  process.on('unhandledRejection', unexpected('unhandled rejection'));
  process.on('uncaughtException', unexpected('uncaught exception'));
  const exitAfterStop = (reason: string) =>
    void app!.stop(reason).then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (app) exitAfterStop(signal);
      else starting.abort(signal); // the reason is the signal's name: see the catch below
    });
  }

  try {
    app = await run(config, { logger: log, signal: starting.signal });
  } catch (e) {
    if (e === starting.signal.reason && typeof e === 'string') {
      log.info({ reason: e }, 'stopped during start-up');
      process.exit(0);
    }
    const failure = e instanceof StartupError ? e : new StartupError('unexpected error', e);
    process.stderr.write(`paperboy: ${failure.message}\n`);
    process.exit(1);
  }
  if (app.consoleDone) {
    await app.consoleDone;
    await app.stop('end of input');
    process.exit(0);
  }
}

if (isEntryPoint(import.meta.url)) await main();
