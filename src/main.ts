/**
 * `npm start`: parse config, load the corpus (watched), open the store, start the scheduler, then
 * every adapter whose token is set — or the console chat when none is.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import dotenv from 'dotenv';
import { openLiveCorpus } from './app/corpus-dir.ts';
import { createCommandHandler } from './bots/shared/commands.ts';
import type { CommandHandler } from './bots/shared/types.ts';
import { ConfigError, parseConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { storeLease } from './schedule/lease.ts';
import { createScheduler } from './schedule/scheduler.ts';
import { openStore } from './schedule/store/index.ts';
import { systemClock, type DigestSender } from './schedule/types.ts';

// .env is optional; real environment variables win over it (dotenv never overrides).
dotenv.config({ quiet: true });

let config;
try {
  config = parseConfig(process.env);
} catch (e) {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\nSee .env.example for every variable and its default.\n`);
    process.exit(1);
  }
  throw e;
}

const log = createLogger({
  level: config.logLevel,
  secrets: [config.telegram?.token, config.telegram?.webhook?.secret, config.discord?.token],
});

// Start-up failures (missing digests directory, a store that cannot be opened, an adapter that
// cannot log in) stop the process with one clear line and exit code 1, after closing what was
// already opened; once running, an unexpected error is logged and the process keeps running.
let started = false;
const opened: (() => Promise<void> | void)[] = [];
async function startupFailed(what: string, e: unknown): Promise<never> {
  const reason = (e as Error)?.message?.split('\n')[0] || String(e);
  process.stderr.write(`paperboy: cannot start: ${what}: ${reason}\n`);
  for (const close of opened.reverse()) await Promise.resolve().then(close).catch(() => {});
  process.exit(1);
}
process.on('unhandledRejection', (reason) => {
  if (!started) void startupFailed('unexpected error', reason);
  else log.error({ err: reason }, 'unhandled rejection (kept running)');
});
process.on('uncaughtException', (err) => {
  if (!started) void startupFailed('unexpected error', err);
  else log.error({ err }, 'uncaught exception (kept running)');
});
async function step<T>(what: string, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (e) {
    return startupFailed(what, e);
  }
}

const corpus = await step(`DIGESTS_DIR ${config.digestsDir}`, () =>
  openLiveCorpus(config.digestsDir, {
    onReload: (c, index) => {
      log.info({ papers: index.size, digests: c.digests.length }, 'digests changed: index rebuilt');
      for (const p of c.problems) log.warn({ file: p.file, line: p.line }, p.reason);
    },
    onError: (err) => log.error({ err }, 'digest reload failed; keeping the previous index'),
  }),
);
opened.push(() => corpus.close());
for (const p of corpus.corpus().problems) log.warn({ file: p.file, line: p.line }, p.reason);
log.info({ papers: corpus.index().size, digests: corpus.corpus().digests.length, dir: config.digestsDir }, 'corpus loaded');

// SQLite is one process's store; any other backend may be shared by several instances, which then
// elect one scheduler through a lease in the store (README "Scaling out").
const shared = !/^sqlite:/i.test(config.storeUrl);
const redactedStoreUrl = config.storeUrl.replace(/\/\/[^@/]*@/, '//***@');
const store = await step(`STORE_URL ${redactedStoreUrl}`, () => openStore(config.storeUrl, { shared }));
opened.push(() => store.close());
log.info({ store: redactedStoreUrl, shared }, 'store opened');
const lease = shared ? storeLease(store.kv, { owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}` }) : undefined;

// The handler needs the scheduler (for /digest) and the adapters need the handler: break the cycle
// with a late-bound reference.
let handlerRef: CommandHandler | undefined;
const handler: CommandHandler = { handle: (req) => handlerRef!.handle(req) };
const senders: DigestSender[] = [];
const stops: (() => Promise<void> | void)[] = [];
let consoleDone: Promise<void> | undefined;

if (config.telegram) {
  const { createTelegramBot } = await import('./bots/telegram/index.ts');
  const telegram = createTelegramBot({
    token: config.telegram.token,
    apiRoot: config.telegram.apiRoot,
    ...(config.telegram.webhook ? { webhook: config.telegram.webhook } : {}),
    handler,
    kv: store.kv,
    logger: log.child({ adapter: 'telegram' }),
    onMigrate: (from, to) => store.subscriptions.move(from, to),
  });
  senders.push(telegram.sender);
  stops.push(() => telegram.stop());
  opened.push(() => telegram.stop());
  await step('Telegram', () => telegram.start());
}
if (config.discord) {
  const { createDiscordBot } = await import('./bots/discord/index.ts');
  const discord = createDiscordBot({
    token: config.discord.token,
    apiBase: config.discord.apiBase,
    ...(config.discord.guildId ? { guildId: config.discord.guildId } : {}),
    handler,
    kv: store.kv,
    logger: log.child({ adapter: 'discord' }),
    suggestPapers: (q) => corpus.index().search(q, { limit: 10 }).hits.map((h) => h.paper.name ?? h.paper.title ?? h.paper.summary.slice(0, 90)),
  });
  senders.push(discord.sender);
  stops.push(() => discord.stop());
  opened.push(() => discord.stop());
  await step('Discord', () => discord.start());
}
if (!config.telegram && !config.discord) {
  const { startConsoleChat } = await import('./bots/console/index.ts');
  const interactive = Boolean(process.stdin.isTTY);
  const chat = startConsoleChat({
    handler,
    input: process.stdin,
    output: process.stdout,
    prompt: interactive,
    onError: (err) => log.error({ err }, 'console command failed'),
  });
  senders.push(chat.sender);
  stops.push(() => chat.close());
  consoleDone = chat.done;
  if (interactive) {
    process.stdout.write(`Paperboy console chat — ${corpus.index().size} papers. Try /paper diffusion, /subscribe llm, /help. Ctrl-D quits.\n`);
  }
}

const scheduler = createScheduler({
  store,
  index: () => corpus.index(),
  senders,
  clock: systemClock,
  logger: log.child({ part: 'scheduler' }),
  catchUpWindowMs: config.catchUpWindowMs,
  ...(lease ? { lease } : {}),
});
handlerRef = createCommandHandler({
  index: () => corpus.index(),
  subscriptions: store.subscriptions,
  digests: scheduler,
  defaults: config.defaults,
  clock: systemClock,
});
scheduler.start();
started = true;

let stopping: Promise<void> | undefined;
/** Stops cron, adapters and watcher, waits for in-flight deliveries, closes the store. */
function shutdown(reason: string): Promise<void> {
  stopping ??= (async () => {
    log.info({ reason }, 'shutting down');
    await scheduler.stop();
    for (const stop of stops) await Promise.resolve(stop()).catch((err) => log.warn({ err }, 'adapter stop failed'));
    corpus.close();
    await store.close();
    log.info('bye');
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () =>
    void shutdown(signal).then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    ),
  );
}
if (consoleDone) {
  await consoleDone;
  await shutdown('end of input');
  process.exit(0);
}
