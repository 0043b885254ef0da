/**
 * The repositories (subscriptions, history, outbox, kv, leases) over {@link Bucket}s: the in-memory
 * store and the single-process keyv stores (SQLite by default). Redis and PostgreSQL have their own
 * implementations of the same port (`redis.ts`, `postgres.ts`) with server-side atomic operations
 * and indexes.
 *
 * Caching: all subscriptions and the open outbox entries live in memory (loaded once at start-up,
 * written through): this process owns the store, and the due scan over 100k cached subscriptions
 * costs milliseconds where 100k reads would not.
 *
 * `shared: true` (tests only: several in-memory stores over the same buckets model several
 * instances) turns the caches off: every read goes to the buckets. Conditional writes use
 * {@link Bucket.update}, atomic for memory buckets; the fence check before it is not (one process).
 * @module
 */
import { chatKey, type Fence, type HistoryRepo, type KeyValueStore, type LeaseHolder, type LeaseStore, type OutboxEntry, type OutboxRepo, type Store, type Subscription, type SubscriptionRepo, type SwapResult } from '../types.ts';
import { KeyedQueue } from '../concurrency.ts';
import type { Bucket } from './bucket.ts';
import { groupKey, isDue, isOpen, moveChat } from './shape.ts';

export { isOpen } from './shape.ts';

/** The namespaces a store keeps (keyv namespaces / key prefixes). */
export const namespaces = ['subscriptions', 'history', 'outbox', 'kv'] as const;
export type Namespace = (typeof namespaces)[number];

export interface RepoOptions {
  /** How long a terminal outbox entry is kept (its key stops a second digest that day). Default 3 days. */
  outboxRetentionMs?: number;
  /** Several stores share the buckets (tests): no caches, every read goes to the buckets. */
  shared?: boolean;
  /** The clock of lease expiry. Default `Date.now`. */
  now?: () => number;
}

/** Default {@link RepoOptions}. */
export const defaultRepoOptions = { outboxRetentionMs: 3 * 24 * 3_600_000, shared: false } as const;

/** The repositories over buckets, plus a flush of writes in flight. */
export type BucketRepos = Omit<Store, 'close' | 'ping' | 'info'> & { flush(): Promise<void> };

/** Builds the repositories over buckets, warming the caches from them. */
export async function createRepos(buckets: Record<Namespace, Bucket>, options: RepoOptions = {}): Promise<BucketRepos> {
  const { outboxRetentionMs, shared } = { ...defaultRepoOptions, ...options };
  const now = options.now ?? Date.now;

  // === Subscriptions (all cached unless shared)
  const subs = new Map<string, Subscription>();
  const scanSubs = async () => {
    const all: Subscription[] = [];
    for await (const [, sub] of buckets.subscriptions.entries<Subscription>()) all.push(sub);
    return all;
  };
  if (!shared) for (const sub of await scanSubs()) subs.set(chatKey(sub.chat), sub);
  const allSubs = async () => (shared ? scanSubs() : [...subs.values()]);

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
      if (!shared) subs.set(key, copy);
      await buckets.subscriptions.set(key, copy);
    },
    async delete(chat) {
      const key = chatKey(chat);
      subs.delete(key);
      await buckets.subscriptions.delete(key);
    },
    /** Cached objects, not copies (100k of them): treat them as read-only. */
    list: allSubs,
    async due(at, limit = Infinity) {
      const due = (await allSubs()).filter((s) => isDue(s, at));
      due.sort((a, b) => a.nextRunAt! - b.nextRunAt!);
      return due.slice(0, limit);
    },
    async inGroup(chat) {
      const group = groupKey(chat);
      if (!group) return [];
      return (await allSubs()).filter((s) => groupKey(s.chat) === group).map((s) => structuredClone(s));
    },
    /**
     * Moves the subscription and the delivery history. Idempotent: adapters call it when they see a
     * migration, and the scheduler calls it again on a `moved` outcome.
     */
    move: (from, to) => moveChat(from, to, { subscriptions, history, dropHistory: (chat) => buckets.history.delete(chatKey(chat)) }),
  };

  // === Leases (in the kv bucket; the record stays after release so tokens keep growing)
  interface LeaseRecord {
    owner: string;
    token: number;
    until: number;
  }
  const leaseKey = (name: string) => `lease:${name}`;
  const leases: LeaseStore = {
    async acquire(name, owner, ttlMs, held) {
      let token: number | null = null;
      await buckets.kv.update<LeaseRecord>(leaseKey(name), (cur) => {
        const t = now();
        if (cur && cur.until > t && !(cur.owner === owner && cur.token === held)) return undefined;
        token = cur && cur.until > t ? cur.token : (cur?.token ?? 0) + 1;
        return { set: { owner, token, until: t + ttlMs } satisfies LeaseRecord };
      });
      return token;
    },
    async release(name, owner, token) {
      await buckets.kv.update<LeaseRecord>(leaseKey(name), (cur) => (cur && cur.owner === owner && cur.token === token ? { set: { ...cur, until: 0 } } : undefined));
    },
    async holder(name): Promise<LeaseHolder | undefined> {
      const cur = await buckets.kv.get<LeaseRecord>(leaseKey(name));
      const left = cur ? cur.until - now() : 0;
      return cur && left > 0 ? { owner: cur.owner, token: cur.token, expiresInMs: left } : undefined;
    },
  };
  const fenceHolds = async (fence: Fence | undefined) => {
    if (!fence) return true;
    const h = await leases.holder(fence.lease);
    return h?.token === fence.token;
  };

  // === Outbox (open entries cached unless shared; terminal ones expire after the retention window)
  const open = new Map<string, OutboxEntry>();
  const swapLocks = new KeyedQueue();
  const scanOpen = async () => {
    const all: OutboxEntry[] = [];
    for await (const [, entry] of buckets.outbox.entries<OutboxEntry>()) if (isOpen(entry)) all.push(entry);
    return all;
  };
  if (!shared) for (const e of await scanOpen()) open.set(e.key, e);
  const ttlOf = (e: OutboxEntry) => (isOpen(e) ? undefined : outboxRetentionMs);
  const cache = (e: OutboxEntry) => {
    if (shared) return;
    if (isOpen(e)) open.set(e.key, e);
    else open.delete(e.key);
  };
  const outbox: OutboxRepo = {
    async get(key) {
      const cached = shared ? undefined : open.get(key);
      return cached ? structuredClone(cached) : buckets.outbox.get<OutboxEntry>(key);
    },
    async put(entry) {
      const copy = structuredClone(entry);
      cache(copy);
      await buckets.outbox.set(copy.key, copy, ttlOf(copy));
    },
    async swap(entry, expectedRev, fence) {
      if (!(await fenceHolds(fence))) return 'fenced';
      let result = 'conflict' as SwapResult;
      const next: OutboxEntry = { ...structuredClone(entry), rev: expectedRev === null ? 0 : expectedRev + 1 };
      const matches = (cur: OutboxEntry | undefined) => (expectedRev === null ? cur === undefined : cur !== undefined && (cur.rev ?? 0) === expectedRev);
      if (!shared) {
        // This process owns the store: the cache holds every open entry as written, so only a key
        // that is not open (new, or terminal) is read; one swap per key at a time.
        return swapLocks.run(entry.key, async () => {
          const cur = open.get(entry.key) ?? (await buckets.outbox.get<OutboxEntry>(entry.key));
          if (!matches(cur)) return 'conflict';
          cache(next);
          await buckets.outbox.set(next.key, next, ttlOf(next));
          return 'ok';
        });
      }
      await buckets.outbox.update<OutboxEntry>(entry.key, (cur) => {
        if (!matches(cur)) return undefined;
        result = 'ok';
        const ttlMs = ttlOf(next);
        return ttlMs === undefined ? { set: next } : { set: next, ttlMs };
      });
      if (result === 'ok') cache(next);
      return result;
    },
    async delete(key) {
      open.delete(key);
      await buckets.outbox.delete(key);
    },
    async open() {
      return (shared ? await scanOpen() : [...open.values()]).map((e) => structuredClone(e));
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
    // Atomic in this process (memory buckets: every store sharing them), which owns the store.
    update: (key, fn) => buckets.kv.update(key, fn),
  };

  return {
    subscriptions,
    history,
    outbox,
    kv,
    leases,
    async flush() {
      await historyLocks.drain();
      await swapLocks.drain();
      await Promise.all(namespaces.map((ns) => buckets[ns].flush()));
    },
  };
}
