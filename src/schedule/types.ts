/**
 * Schedule-layer domain types and ports (store, clock, platform senders).
 *
 * Adapters implement {@link DigestSender}; the store is behind {@link Store} with keyv/SQLite and
 * in-memory implementations.
 * @module
 */
import type { Reply } from '../core/index.ts';

// === Chats

export type Platform = 'telegram' | 'discord' | 'console';

/**
 * Where messages go. Telegram: chat id (+ forum `threadId`); Discord: `chatId` is the channel id
 * (DM channel for personal subscriptions), `guildId` when in a server; console: a fixed id.
 */
export interface ChatRef {
  platform: Platform;
  chatId: string;
  threadId?: string;
  guildId?: string;
}

/** Stable string key of a chat (platform, chat and thread), used as store key and idempotency prefix. */
export function chatKey(chat: ChatRef): string {
  return chat.threadId ? `${chat.platform}:${chat.chatId}:${chat.threadId}` : `${chat.platform}:${chat.chatId}`;
}

// === Subscriptions

/** A chat's subscription: what, when and where to deliver. */
export interface Subscription {
  chat: ChatRef;
  /** Catalog topic ids. */
  topics: string[];
  /** Free keywords (searched in the index). */
  keywords: string[];
  /** Local delivery time `HH:MM`. */
  time: string;
  /** IANA time zone, e.g. `Europe/Moscow`. */
  timeZone: string;
  /** Papers per digest, 1..10. */
  size: number;
  /** Paused by `/schedule off` or by repeated permanent delivery errors (see `pauseReason`). */
  paused: boolean;
  pauseReason: string | null;
  /** When true, no "no new papers today" note is sent. */
  silentWhenEmpty: boolean;
  /** Epoch ms of the next due delivery (persisted, for catch-up after downtime), null when paused. */
  nextRunAt: number | null;
  lastDelivery: { at: number; localDate: string; count: number } | null;
  lastError: { at: number; message: string } | null;
  /** Consecutive permanent failures; pauses at 3. */
  failures: number;
  createdAt: number;
  updatedAt: number;
}

// === Platform delivery port

/** Outcome of one send: accepted, retry later (rate limit / network), moved chat, or permanent failure. */
export type SendOutcome =
  | { ok: true }
  | { ok: false; kind: 'retry'; reason: string; retryAfterMs?: number }
  | { ok: false; kind: 'moved'; reason: string; to: ChatRef }
  | { ok: false; kind: 'permanent'; reason: string; code?: string };

/** Implemented by each adapter: render and send a reply into a chat. Must not throw. */
export interface DigestSender {
  readonly platform: Platform;
  send(chat: ChatRef, reply: Reply): Promise<SendOutcome>;
}

/** Injectable time source (fake clock in tests). */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

// === Store ports (keyv/SQLite and in-memory implementations live in ./store/)

export interface SubscriptionRepo {
  get(chat: ChatRef): Promise<Subscription | undefined>;
  put(sub: Subscription): Promise<void>;
  delete(chat: ChatRef): Promise<void>;
  /** All subscriptions (the due scan). */
  list(): Promise<Subscription[]>;
  /** Moves a subscription and its history to a new chat id (Telegram group -> supergroup migration). */
  move(from: ChatRef, to: ChatRef): Promise<void>;
}

/** Per-chat delivery history: ids of every paper ever delivered to the chat. */
export interface HistoryRepo {
  delivered(chat: ChatRef): Promise<Set<string>>;
  add(chat: ChatRef, paperIds: readonly string[]): Promise<void>;
}

/** `/digest`'s answer: today's digest, or why there is none (a code the command layer words). */
export type DigestNow = { ok: true; reply: Reply } | { ok: false; code: 'NOT_SUBSCRIBED' };

/**
 * `/digest` and the cron loop both go through this service so a chat never gets the same local
 * date's digest twice and never receives a paper twice.
 */
export interface DigestService {
  /** Today's digest (chat's local date), consuming it for today; repeated calls return the same papers. */
  digestNow(chat: ChatRef): Promise<DigestNow>;
}

// === Delivery outbox (see ./outbox.ts and ./deliver.ts)

/**
 * Lifecycle of one digest: `pending` (papers chosen, not yet handed to the platform, or waiting for
 * a retry), `sending` (handed over; a crash here means "maybe sent", so it is sent again), `sent`
 * (the platform accepted it), `failed` (given up: permanent error or too many attempts).
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/** One day's digest for one chat, keyed by {@link OutboxEntry.key} = `chatKey(chat) + ':' + localDate`. */
export interface OutboxEntry {
  /** Idempotency key: chat + local date. */
  key: string;
  chat: ChatRef;
  /** The chat's local date this digest is for (`YYYY-MM-DD`). */
  localDate: string;
  state: OutboxState;
  /** The selected papers, fixed when the entry is created so a retry sends the same ones; empty = the "no new papers" note. */
  paperIds: string[];
  /** Why each paper was picked (parallel to `paperIds`), shown in the digest. */
  why: string[][];
  /** `schedule`: sent by the scheduler; `command`: returned to `/digest` as its reply. */
  via: 'schedule' | 'command';
  /** Send attempts started (counted before sending, so a crash loop is bounded too). */
  attempts: number;
  /** Earliest next send attempt (epoch ms) while pending. */
  nextAttemptAt: number;
  /** Times the chat moved during delivery (bounded, against migration loops). */
  moves: number;
  lastError: string | null;
  /** True once history and the subscription were updated after `sent` (the entry then leaves the open set). */
  recorded: boolean;
  createdAt: number;
  updatedAt: number;
  sentAt: number | null;
}

/** The outbox port. Terminal entries are kept a few days (the idempotency window), then expire. */
export interface OutboxRepo {
  get(key: string): Promise<OutboxEntry | undefined>;
  put(entry: OutboxEntry): Promise<void>;
  delete(key: string): Promise<void>;
  /** Entries that still need work: pending, sending, or sent but not yet recorded. */
  open(): Promise<OutboxEntry[]>;
  /** Deletes terminal entries past their retention; returns how many entries remain. Run about daily. */
  prune(): Promise<number>;
}

// === Generic key-value port (adapters: Telegram callback payloads, send progress, caches)

/** Small key-value port; values are JSON-serialisable; `ttlMs` makes a value expire. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Everything the schedule layer persists. `memoryStore()` for tests, `openStore(url)` for keyv. */
export interface Store {
  subscriptions: SubscriptionRepo;
  history: HistoryRepo;
  outbox: OutboxRepo;
  kv: KeyValueStore;
  /** Reloads cached subscriptions and open outbox entries from a shared backend (no-op when not shared). */
  refresh(): Promise<void>;
  /** Waits for pending writes and closes connections. */
  close(): Promise<void>;
}

/**
 * The logger every layer outside core writes to: the scheduler and each adapter. Objects first,
 * message second; pino's `Logger` satisfies it, tests pass a silent object.
 */
export interface LoggerPort {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}
