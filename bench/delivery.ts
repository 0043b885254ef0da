/**
 * Delivery benchmark: N subscriptions due at once go through the scheduler (selection, SQLite outbox,
 * retries) and the real Telegram adapter (grammY client with the adapter's throttler and auto-retry)
 * to a fake Bot API that enforces Telegram's limits with `429` + `retry_after`.
 *
 * Reported: achieved messages/s over the whole run, 429s seen, lost digests (a due chat that got no
 * digest) and duplicated ones (a chat that got its digest more than once).
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tagPapers } from '../src/core/corpus.ts';
import { DigestIndex } from '../src/core/search-index.ts';
import { createScheduler, defaultSubscription, digestContent, localDate, openStore, outboxKey } from '../src/schedule/index.ts';
import { systemClock } from '../src/schedule/types.ts';
import { createTelegramBot, defaultThrottle, renderReply } from '../src/bots/telegram/index.ts';
import type { ChatRef } from '../src/schedule/types.ts';
import { FakeTelegramApi, type SentMessage } from '../test/fakes/telegram-api.ts';
import { generatePapers, toPaper } from './corpus-gen.ts';
import { loadStarterPools } from './gen/starter.ts';
import { round } from './stats.ts';
import { presentDigest } from '../src/bots/shared/present.ts';

export interface DeliveryOptions {
  chats: number;
  rate: { global: number; perChat: number };
  seed?: number;
  /**
   * Overrides the adapter's overall throttle with evenly spaced sends at this rate (msgs/s; the
   * adapter's default is a 25-per-second reservoir, SPEC section 6). What-if runs only
   * (`BENCH_TG_GLOBAL`); the standard figure uses the adapter's default.
   */
  throttleGlobal?: number;
}

export interface DeliveryRunResult {
  chats: number;
  /** `sender`: every due chat's digest handed to the DigestSender at once, `retry` outcomes re-sent after their delay. */
  path: 'sender' | 'scheduler';
  seconds: number;
  messagesExpected: number;
  messagesAccepted: number;
  messagesPerSec: number;
  /** messagesPerSec as a share of the overall limit. */
  percentOfLimit: number;
  /** 429 answers the fake gave. */
  rejected429: number;
  /** Other non-2xx answers (bad HTML, too long, ...): should be 0. */
  otherErrors: number;
  firstOtherError?: string;
  /** `retry` outcomes the sender returned (the scheduler would re-queue these). */
  retryOutcomes: number;
  permanentFailures: number;
  lost: number;
  duplicated: number;
  /** Set when it ran in a child process next to another section (`index build`). */
  alongside?: string;
  /** The adapter's overall throttle when overridden (msgs/s). */
  throttleGlobal?: number;
}

const quietLogger = { info() {}, warn() {}, error() {}, debug() {} };

/** A key-value store in memory with TTLs (the adapter's `kv` port). */
function memoryKv() {
  const data = new Map<string, { value: unknown; until: number }>();
  return {
    async get(key: string) {
      const e = data.get(key);
      return e && e.until > Date.now() ? e.value : undefined;
    },
    async set(key: string, value: unknown, ttlMs?: number) {
      data.set(key, { value, until: ttlMs ? Date.now() + ttlMs : Infinity });
    },
    async delete(key: string) {
      data.delete(key);
    },
  };
}

/** 60% private chats, 40% supergroups (negative ids), as a bot's subscriber list tends to be. */
function chatRefs(n: number): ChatRef[] {
  return Array.from({ length: n }, (_, i) =>
    i % 5 < 3 ? { platform: 'telegram' as const, chatId: String(100_000_000 + i) } : { platform: 'telegram' as const, chatId: String(-1_001_000_000_000 - i) },
  );
}

/**
 * Lost and duplicated digests from what the fake accepted: a chat lost its digest when any message of
 * it did not arrive, and got a duplicate when any message of it arrived twice.
 */
export function tally(expected: ReadonlyMap<string, readonly string[]>, messages: readonly Pick<SentMessage, 'chatId' | 'html'>[]): { lost: number; duplicated: number } {
  const got = new Map<string, Map<string, number>>();
  for (const m of messages) {
    const byText = got.get(String(m.chatId)) ?? new Map<string, number>();
    byText.set(m.html, (byText.get(m.html) ?? 0) + 1);
    got.set(String(m.chatId), byText);
  }
  let lost = 0;
  let duplicated = 0;
  for (const [chatId, parts] of expected) {
    const received = got.get(chatId) ?? new Map<string, number>();
    if (parts.some((html) => !received.has(html))) lost++;
    if ([...received.values()].some((c) => c > 1)) duplicated++;
  }
  return { lost, duplicated };
}

/**
 * Runs the delivery section through the whole pipeline a real deployment uses: N subscriptions due
 * at the same minute in a SQLite store, the scheduler (selection, outbox, retry with `retry_after`),
 * and the Telegram adapter's sender against the rate-limited fake. Ticks run back to back (the cron
 * would run them a minute apart, with the scheduler's own wake-ups for short retries) until every
 * chat's outbox entry is sent or the deadline passes.
 */
export async function benchDelivery(options: DeliveryOptions): Promise<DeliveryRunResult> {
  const pools = loadStarterPools();
  const papers = tagPapers(generatePapers(pools, 300, { seed: options.seed ?? 1 }).map(toPaper));
  const index = new DigestIndex();
  index.add(papers);
  const topics = [...index.topicCounts().entries()].filter(([, n]) => n >= 30).map(([t]) => t);
  const fake = await FakeTelegramApi.start();
  fake.rateLimit({ global: options.rate.global, perChat: options.rate.perChat, retryAfter: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'paperboy-bench-'));
  const store = await openStore(`sqlite://${join(dir, 'bench.sqlite')}`);
  try {
    const telegram = createTelegramBot({
      token: fake.token,
      apiRoot: fake.apiRoot,
      handler: { handle: async () => ({ kind: 'info', lines: [], items: [] }) },
      kv: memoryKv(),
      logger: quietLogger,
      onMigrate: async () => {},
      botInfo: fake.me,
      // What-if: sends spaced evenly (`minTime`) at this rate instead of the shipped 25/s.
      ...(options.throttleGlobal ? { throttle: { ...defaultThrottle, global: { minTime: Math.ceil(1000 / options.throttleGlobal) } } } : {}),
      // Every queued send must be able to wait its turn behind all the others.
      sendTimeoutMs: Math.ceil(options.chats / Math.min(25, options.rate.global)) * 1000 + 60_000,
    });
    const now = Date.now();
    const chats = chatRefs(options.chats);
    for (const [i, chat] of chats.entries()) {
      const sub = defaultSubscription(chat, { time: '09:00', timeZone: 'UTC', size: 3 }, now);
      await store.subscriptions.put({ ...sub, topics: [topics[i % topics.length]!, topics[(i * 7 + 3) % topics.length]!], nextRunAt: now - 1000 });
    }
    const scheduler = createScheduler({
      present: presentDigest,
      store,
      index: () => index,
      senders: [telegram.sender],
      clock: systemClock,
      logger: { info() {}, warn() {}, error() {}, debug() {} },
      // The adapter's throttler paces the sends; enough chats in flight to keep its queue full.
      concurrency: 64,
    });

    let retryOutcomes = 0;
    let permanentFailures = 0;
    const start = performance.now();
    const deadline = start + (options.chats / Math.min(25, options.rate.global)) * 3000 + 60_000;
    for (;;) {
      const report = await scheduler.tick();
      retryOutcomes += report.retried;
      permanentFailures += report.failed;
      const open = await store.outbox.open();
      if (open.length === 0 && report.due === 0) break;
      if (performance.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200)); // wait out the shortest retry_after
    }
    const seconds = (performance.now() - start) / 1000;
    await scheduler.stop();

    // Every chat must hold exactly one digest: each message its outbox entry renders to, once.
    const expected = new Map<string, string[]>();
    for (const chat of chats) {
      const sub = await store.subscriptions.get(chat);
      const entry = await store.outbox.get(outboxKey(chat, localDate(now, 'UTC')));
      expected.set(chat.chatId, entry && sub ? renderReply(presentDigest(digestContent(entry, (id) => index.get(id), sub), sub)).map((m) => m.html) : ['(no outbox entry)']);
    }
    const { lost, duplicated } = tally(expected, fake.messages);
    const sends = fake.calls.filter((c) => c.method === 'sendMessage');
    const others = sends.filter((c) => c.status !== 200 && c.status !== 429);
    const accepted = fake.messages.length;
    const perSec = accepted / seconds;
    return {
      chats: options.chats,
      path: 'scheduler',
      seconds: round(seconds, 1),
      messagesExpected: [...expected.values()].reduce((n, p) => n + p.length, 0),
      messagesAccepted: accepted,
      messagesPerSec: round(perSec, 1),
      percentOfLimit: round((100 * perSec) / options.rate.global, 1),
      rejected429: sends.filter((c) => c.status === 429).length,
      otherErrors: others.length,
      ...(others[0] ? { firstOtherError: `${others[0].status} ${JSON.stringify(others[0].response).slice(0, 200)}` } : {}),
      retryOutcomes,
      permanentFailures,
      lost,
      duplicated,
      ...(options.throttleGlobal ? { throttleGlobal: options.throttleGlobal } : {}),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    await fake.close();
  }
}
