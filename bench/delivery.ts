/**
 * Delivery benchmark: the real Telegram adapter (grammY client with the adapter's throttler and
 * auto-retry, and its `DigestSender`) sends one digest to each of N chats that are due at once,
 * against a fake Bot API that enforces Telegram's limits with `429` + `retry_after`.
 *
 * Reported: achieved messages/s over the whole run, 429s seen, lost digests (a chat that did not get
 * every message of its digest) and duplicated ones (a chat that got a message of its digest twice).
 * @module
 */
import type { Reply } from '../src/core/reply.ts';
import { createTelegramBot, defaultThrottle, renderReply } from '../src/bots/telegram/index.ts';
import type { ChatRef, SendOutcome } from '../src/schedule/types.ts';
import { FakeTelegramApi, type SentMessage } from '../test/fakes/telegram-api.ts';
import { generatePapers, toPaper } from './corpus-gen.ts';
import { loadStarterPools } from './gen/starter.ts';
import { round } from './stats.ts';

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
  };
}

/** 60% private chats, 40% supergroups (negative ids), as a bot's subscriber list tends to be. */
function chatRefs(n: number): ChatRef[] {
  return Array.from({ length: n }, (_, i) =>
    i % 5 < 3 ? { platform: 'telegram' as const, chatId: String(100_000_000 + i) } : { platform: 'telegram' as const, chatId: String(-1_001_000_000_000 - i) },
  );
}

/**
 * Lost and duplicated digests from what the fake accepted: a chat lost its digest when fewer messages
 * than rendered arrived, and got a duplicate when any message of it arrived twice.
 */
export function tally(expected: ReadonlyMap<string, readonly string[]>, messages: readonly Pick<SentMessage, 'chatId' | 'html'>[]): { lost: number; duplicated: number } {
  const got = new Map<string, Map<string, number>>();
  for (const m of messages) {
    const key = String(m.chatId);
    const byText = got.get(key) ?? new Map<string, number>();
    byText.set(m.html, (byText.get(m.html) ?? 0) + 1);
    got.set(key, byText);
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

/** Runs the delivery section; resolves when every chat has its digest or gave up. */
export async function benchDelivery(options: DeliveryOptions): Promise<DeliveryRunResult> {
  const pools = loadStarterPools();
  const papers = generatePapers(pools, 300, { seed: options.seed ?? 1 }).map(toPaper);
  const fake = await FakeTelegramApi.start();
  fake.rateLimit({ global: options.rate.global, perChat: options.rate.perChat, retryAfter: 1 });
  try {
    const telegram = createTelegramBot({
      token: fake.token,
      apiRoot: fake.apiRoot,
      handler: { handle: async () => ({ kind: 'info', lines: [], items: [] }) },
      kv: memoryKv(),
      logger: quietLogger,
      onMigrate: async () => {},
      botInfo: fake.me,
      // What-if: sends spaced evenly (`minTime`) rather than a fixed-window reservoir, which lets up to
      // twice the rate through across a window boundary and draws 429s from a sliding-window limit.
      ...(options.throttleGlobal ? { throttle: { ...defaultThrottle, global: { minTime: Math.ceil(1000 / options.throttleGlobal) } } } : {}),
      // Every queued send must be able to wait its turn behind all the others.
      sendTimeoutMs: Math.ceil(options.chats / Math.min(25, options.rate.global)) * 1000 + 60_000,
    });
    const chats = chatRefs(options.chats);
    const replies = new Map<string, Reply>();
    const expected = new Map<string, string[]>();
    chats.forEach((chat, i) => {
      const items = [0, 1, 2].map((k) => ({ paper: papers[(i * 3 + k) % papers.length]!, why: ['topic:llm'] }));
      const reply: Reply = { kind: 'digest', title: 'Your papers for 2025-01-15', lines: [], items };
      replies.set(chat.chatId, reply);
      expected.set(chat.chatId, renderReply(reply).map((m) => m.html));
    });

    let retryOutcomes = 0;
    let permanentFailures = 0;
    const start = performance.now();
    await Promise.all(
      chats.map(async (chat) => {
        for (let attempt = 0; attempt < 10; attempt++) {
          const outcome: SendOutcome = await telegram.sender.send(chat, replies.get(chat.chatId)!);
          if (outcome.ok) return;
          if (outcome.kind !== 'retry') {
            permanentFailures++;
            return;
          }
          retryOutcomes++;
          await new Promise((r) => setTimeout(r, outcome.retryAfterMs ?? 1000));
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    const { lost, duplicated } = tally(expected, fake.messages);
    const sends = fake.calls.filter((c) => c.method === 'sendMessage');
    const others = sends.filter((c) => c.status !== 200 && c.status !== 429);
    const accepted = fake.messages.length;
    const perSec = accepted / seconds;
    return {
      chats: options.chats,
      path: 'sender',
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
    await fake.close();
  }
}
