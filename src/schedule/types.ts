/**
 * Schedule-layer domain types and ports (store, clock, platform senders).
 *
 * Adapters implement {@link DigestSender}; the store is behind {@link Store} with keyv/SQLite and
 * in-memory implementations.
 * @module
 */
import type { Lang, PaperItem, Reply } from '../core/index.ts';

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
  /**
   * Why it is paused, as a code the command layer words in the chat's language. A string is a reason
   * stored by an older version (an English sentence), shown as it is.
   */
  pauseReason: PauseReason | string | null;
  /** When true, no "no new papers today" note is sent. */
  silentWhenEmpty: boolean;
  /** Epoch ms of the next due delivery (persisted, for catch-up after downtime), null when paused. */
  nextRunAt: number | null;
  lastDelivery: { at: number; localDate: string; count: number } | null;
  /**
   * The last failed delivery: the platform's own error text (`message`, not ours to translate) and,
   * when retries ran out, how many attempts were made. Older versions stored `gave up after N
   * attempts: …` in `message`; it is shown as it is.
   */
  lastError: { at: number; message: string; attempts?: number } | null;
  /** Consecutive permanent failures; pauses at 3. */
  failures: number;
  createdAt: number;
  updatedAt: number;
  /**
   * The chat's language setting (`/lang`): a fixed language, or `auto` (the default; a record
   * without the field is `auto`), which follows {@link Subscription.ownerLocale}.
   */
  language?: Lang | 'auto';
  /** The language of whoever set the subscription up (their app language, or a Discord server's). */
  ownerLocale?: Lang;
}

/** Why a subscription is paused: `/schedule off`, or permanent delivery failures in a row. */
export type PauseReason = { code: 'BY_COMMAND' } | { code: 'DELIVERY_FAILED'; failures: number; error: string };

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
  /** All subscriptions (operator tools; the scheduler reads {@link SubscriptionRepo.due}). */
  list(): Promise<Subscription[]>;
  /**
   * Subscriptions due at `now` (not paused, `nextRunAt <= now`), earliest first, at most `limit`
   * (default all). Read from an index on `nextRunAt` (a sorted set / an indexed column), so an idle
   * tick costs one query whatever the number of subscriptions.
   */
  due(now: number, limit?: number): Promise<Subscription[]>;
  /**
   * The subscriptions of the chat's group (its Discord server, or its Telegram group and forum
   * topics), the chat's own included; empty for other chats. Read from the store, so `/status` on
   * any instance sees every instance's writes.
   */
  inGroup(chat: ChatRef): Promise<Subscription[]>;
  /** Moves a subscription and its history to a new chat id (Telegram group -> supergroup migration). */
  move(from: ChatRef, to: ChatRef): Promise<void>;
  /**
   * Optional batch: moves each subscription's `nextRunAt` on, conditionally (still `from`, not
   * paused), in one statement. Without it the scheduler reads and writes each one.
   */
  advance?(runs: readonly NextRun[]): Promise<void>;
}

/** Per-chat delivery history: ids of every paper ever delivered to the chat. */
export interface HistoryRepo {
  delivered(chat: ChatRef): Promise<Set<string>>;
  add(chat: ChatRef, paperIds: readonly string[]): Promise<void>;
  /** Optional batch read (one query for a tick's chunk of due chats), keyed by `chatKey`. */
  deliveredMany?(chats: readonly ChatRef[]): Promise<Map<string, Set<string>>>;
}

/** A due subscription's schedule moved on: `nextRunAt` from `from` to `to`, only if still `from`. */
export interface NextRun {
  chat: ChatRef;
  from: number;
  to: number;
  /** `updatedAt`. */
  at: number;
}

/**
 * A day's digest as data: the chat's local date, the papers still in the index (with why each was
 * picked) and what the chat follows. Empty `items` = the "no new papers today" note. The command
 * layer words it (title, count, the note) in the chat's language: see {@link DigestPresenter}.
 */
export interface DigestContent {
  localDate: string;
  items: PaperItem[];
  follows: { topics: string[]; keywords: string[] };
}

/**
 * Turns a digest into the message a chat gets, in its language (`bots/shared` provides it; the
 * schedule layer has no words of its own). `sub` is the chat's subscription when it still exists.
 */
export type DigestPresenter = (digest: DigestContent, sub: Subscription | undefined) => Reply;

/** `/digest`'s answer: today's digest as data, or why there is none (a code the command layer words). */
export type DigestNow =
  /** `delivered`: this reply is the day's digest; false: it shows again the one already sent (or being sent). */
  | { ok: true; digest: DigestContent; subscription: Subscription; delivered?: boolean }
  | { ok: false; code: 'NOT_SUBSCRIBED' };

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
  /**
   * Revision, raised by one on every conditional write ({@link OutboxRepo.swap}): a writer that read
   * revision n can replace the entry only while it is still n. Missing on entries written before
   * revisions existed (read as 0).
   */
  rev?: number;
  /**
   * The `sending` claim: who is sending this attempt (an instance id), a unique attempt id, and when
   * the claim was written. Another instance resends a claimed entry only once the claim is older
   * than the in-doubt time (the claimant may be alive and about to write `sent`).
   */
  claim?: { by: string; attempt: string; at: number } | null;
}

/**
 * A lease's fencing token: a conditional write carrying it succeeds only while that token is the
 * lease's current one on the backend (a holder whose lease lapsed cannot claim anything more).
 */
export interface Fence {
  lease: string;
  token: number;
}

/** Result of a conditional write: done, the entry changed meanwhile, or the fence is no longer current. */
export type SwapResult = 'ok' | 'conflict' | 'fenced';

/** The outbox port. Terminal entries are kept a few days (the idempotency window), then expire. */
export interface OutboxRepo {
  get(key: string): Promise<OutboxEntry | undefined>;
  put(entry: OutboxEntry): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Writes `entry` (its `rev` becomes `expectedRev + 1`, or 0 for a new key) only if the stored
   * entry's revision is `expectedRev`, `null` meaning "no entry under this key": atomic on the
   * backend (a Lua script on Redis, a conditional statement on PostgreSQL, one process's lock on
   * SQLite and in memory). With `fence`, also only while that lease token is current.
   */
  swap(entry: OutboxEntry, expectedRev: number | null, fence?: Fence): Promise<SwapResult>;
  /** Entries that still need work: pending, sending, or sent but not yet recorded (from an index, not a scan). */
  open(): Promise<OutboxEntry[]>;
  /** Deletes terminal entries past their retention; returns how many entries remain. Run about daily. */
  prune(): Promise<number>;
  /**
   * Optional batch of `swap(entry, null, fence)`: creates the entries whose keys are free, in one
   * statement; returns the keys created, or `fenced`.
   */
  createMany?(entries: readonly OutboxEntry[], fence?: Fence): Promise<string[] | 'fenced'>;
  /**
   * Optional: after the platform accepted `entry` (at revision `expectedRev`), writes it `sent` and
   * `recorded`, adds its papers to the chat's history and records the subscription's last delivery,
   * all in one atomic step (without it: `sent`, then history, subscription and `recorded`).
   */
  complete?(entry: OutboxEntry, expectedRev: number): Promise<SwapResult>;
}

// === Generic key-value port (adapters: Telegram callback payloads, send progress, caches)

/** What {@link KeyValueStore.update} writes: a new value (with an optional TTL), or a deletion. */
export type KeyValueChange = { set: unknown; ttlMs?: number } | { delete: true };

/** Small key-value port; values are JSON-serialisable; `ttlMs` makes a value expire. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Changes a key atomically with respect to every other `update` of it, from any instance sharing
   * the store: `fn` sees the current value and returns the change, or undefined to leave the key as
   * it is. Redis and PostgreSQL run a compare-and-swap retried on conflict, so `fn` may run more than
   * once: it must only compute (a caller reading results out of it takes the last run's). Every
   * store `openStore`/`memoryStore` opens has it; a stand-in without it leaves callers to serialise
   * in their own process.
   */
  update?(key: string, fn: (current: unknown) => KeyValueChange | undefined): Promise<void>;
}

// === Leases (see ./lease.ts)

/** Who holds a lease, as the backend sees it. */
export interface LeaseHolder {
  owner: string;
  token: number;
  /** Time left before it expires (backend clock). */
  expiresInMs: number;
}

/**
 * The backend's lease primitive: atomic take-or-renew with a fencing token that grows with every new
 * holder (Redis `SET NX PX` and compare-and-extend scripts; a PostgreSQL `INSERT … ON CONFLICT …
 * WHERE expired`; a per-process lock for SQLite and memory).
 */
export interface LeaseStore {
  /**
   * Renews the lease when `owner` holds it with token `held`; takes it with a new, larger token when
   * it is free or expired. Returns the token, or null when someone else holds it.
   */
  acquire(name: string, owner: string, ttlMs: number, held?: number): Promise<number | null>;
  /** Deletes the lease if `owner` still holds it with `token` (compare-and-delete). */
  release(name: string, owner: string, token: number): Promise<void>;
  holder(name: string): Promise<LeaseHolder | undefined>;
}

/** What a store can say about itself (start-up warnings, `/readyz`, the doctor). */
export interface StoreInfo {
  /** `sqlite`, `memory`, `redis`, `postgres`. */
  backend: string;
  /** Several processes may share it (a lease elects the scheduler). */
  shared: boolean;
  /** Problems an operator must know about (e.g. a Redis that keeps nothing on disk). */
  warnings: string[];
}

/** Everything the schedule layer persists. `memoryStore()` for tests, `openStore(url)` for the rest. */
export interface Store {
  subscriptions: SubscriptionRepo;
  history: HistoryRepo;
  outbox: OutboxRepo;
  kv: KeyValueStore;
  leases: LeaseStore;
  /** One round trip to the backend (readiness): resolves when it answers, rejects otherwise. */
  ping(): Promise<void>;
  /** The backend, whether it is shared, and warnings found when it was opened. */
  info(): Promise<StoreInfo>;
  /** Waits for pending writes and closes connections (once; later calls return the same promise). */
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
