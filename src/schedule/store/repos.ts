/**
 * The repositories (subscriptions, history, outbox, kv) over {@link Bucket}s, shared by the
 * in-memory and keyv stores.
 *
 * Caching: all subscriptions and the open outbox entries live in memory (loaded once at start-up,
 * written through), because the due scan runs every minute over every subscription and 100k
 * store round trips a minute would be the bottleneck.
 *
 * Shared backends (Redis, Postgres: several instances on one store): with `shared: true`, single
 * reads (`get`) go to the backend, so a command on one instance sees another's writes, and
 * `refresh()` reloads both caches with one scan; the scheduler's lease holder calls it before each
 * tick (see `lease.ts` and README "Scaling out").
 * @module
 */
import { chatKey, type HistoryRepo, type KeyValueStore, type OutboxEntry, type OutboxRepo, type Store, type Subscription, type SubscriptionRepo } from '../types.ts';
import { KeyedQueue } from '../concurrency.ts';
import type { Bucket } from './bucket.ts';

/** The namespaces a store keeps (keyv namespaces / key prefixes). */
export const namespaces = ['subscriptions', 'history', 'outbox', 'kv'] as const;
export type Namespace = (typeof namespaces)[number];

export interface RepoOptions {
  /** How long a terminal outbox entry is kept (its key stops a second digest that day). Default 3 days. */
  outboxRetentionMs?: number;
  /** Several processes share the backend: single reads bypass the caches, `refresh()` reloads them. */
  shared?: boolean;
}

/** Default {@link RepoOptions}. */
export const defaultRepoOptions: Required<RepoOptions> = { outboxRetentionMs: 3 * 24 * 3_600_000, shared: false };

/** Builds the repositories over buckets, warming the caches from them. */
export async function createRepos(buckets: Record<Namespace, Bucket>, options: RepoOptions = {}): Promise<Omit<Store, 'close'> & { flush(): Promise<void> }> {
  const { outboxRetentionMs, shared } = { ...defaultRepoOptions, ...options };

  // === Subscriptions (all cached)
  let subs = new Map<string, Subscription>();
  const loadSubs = async () => {
    const fresh = new Map<string, Subscription>();
    for await (const [key, sub] of buckets.subscriptions.entries<Subscription>()) fresh.set(key, sub);
    subs = fresh;
  };
  await loadSubs();

  // === History (not cached: read once per chat per day)
  const historyLocks = new KeyedQueue();
  const history: HistoryRepo = {
    async delivered(chat) {
      return new Set((await buckets.history.get<string[]>(chatKey(chat))) ?? []);
    },
    add(chat, paperIds) {
      const key = chatKey(chat);
      // Read-modify-write under a per-chat lock; adding ids twice is harmless (idempotent).
      return historyLocks.run(key, async () => {
        const ids = (await buckets.history.get<string[]>(key)) ?? [];
        const seen = new Set(ids);
        const fresh = paperIds.filter((id) => !seen.has(id) && (seen.add(id), true));
        if (fresh.length) await buckets.history.set(key, [...ids, ...fresh]);
      });
    },
  };

  const subscriptions: SubscriptionRepo = {
    async get(chat) {
      if (shared) return buckets.subscriptions.get<Subscription>(chatKey(chat));
      const sub = subs.get(chatKey(chat));
      return sub && structuredClone(sub);
    },
    async put(sub) {
      const key = chatKey(sub.chat);
      const copy = structuredClone(sub);
      subs.set(key, copy);
      await buckets.subscriptions.set(key, copy);
    },
    async delete(chat) {
      const key = chatKey(chat);
      subs.delete(key);
      await buckets.subscriptions.delete(key);
    },
    /** Cached objects, not copies (the due scan reads 100k of them a minute): treat them as read-only. */
    async list() {
      return [...subs.values()];
    },
    /**
     * Moves the subscription and the delivery history. Idempotent: adapters call it when they see a
     * migration, and the scheduler calls it again on a `moved` outcome.
     */
    async move(from, to) {
      const fromKey = chatKey(from);
      const toKey = chatKey(to);
      if (fromKey === toKey) return;
      const sub = await subscriptions.get(from);
      if (sub) {
        // Write the new record before deleting the old one: a crash in between leaves two, never none.
        if (!(await subscriptions.get(to))) await subscriptions.put({ ...sub, chat: { ...to } });
        await subscriptions.delete(from);
      }
      const moved = await buckets.history.get<string[]>(fromKey);
      if (moved?.length) {
        await history.add(to, moved);
        await buckets.history.delete(fromKey);
      }
    },
  };

  // === Outbox (open entries cached; terminal ones expire after the retention window)
  let open = new Map<string, OutboxEntry>();
  const loadOpen = async () => {
    const fresh = new Map<string, OutboxEntry>();
    for await (const [key, entry] of buckets.outbox.entries<OutboxEntry>()) if (isOpen(entry)) fresh.set(key, entry);
    open = fresh;
  };
  await loadOpen();
  const outbox: OutboxRepo = {
    async get(key) {
      const cached = shared ? undefined : open.get(key);
      return cached ? structuredClone(cached) : buckets.outbox.get<OutboxEntry>(key);
    },
    async put(entry) {
      const copy = structuredClone(entry);
      if (isOpen(copy)) open.set(copy.key, copy);
      else open.delete(copy.key);
      await buckets.outbox.set(copy.key, copy, isOpen(copy) ? undefined : outboxRetentionMs);
    },
    async delete(key) {
      open.delete(key);
      await buckets.outbox.delete(key);
    },
    async open() {
      return [...open.values()].map((e) => structuredClone(e));
    },
    async prune() {
      // Iterating skips and deletes expired entries (keyv and the memory bucket both do).
      let left = 0;
      for await (const _ of buckets.outbox.entries()) left++;
      return left;
    },
  };

  // === Generic kv for adapters
  const kv: KeyValueStore = {
    get: (key) => buckets.kv.get(key),
    set: (key, value, ttlMs) => buckets.kv.set(key, value, ttlMs),
    delete: (key) => buckets.kv.delete(key),
  };

  return {
    subscriptions,
    history,
    outbox,
    kv,
    /** Reloads the caches from the backend when it is shared; a no-op otherwise (the caches are the truth). */
    async refresh() {
      if (shared) await Promise.all([loadSubs(), loadOpen()]);
    },
    async flush() {
      await historyLocks.drain();
      await Promise.all(namespaces.map((ns) => buckets[ns].flush()));
    },
  };
}

/** Entries that still need work (sending, retrying, or history not yet recorded). */
export function isOpen(entry: OutboxEntry): boolean {
  return entry.state === 'pending' || entry.state === 'sending' || (entry.state === 'sent' && !entry.recorded);
}
