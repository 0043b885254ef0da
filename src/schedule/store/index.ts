/**
 * The schedule store: subscriptions, delivery history, outbox and a small key-value space for
 * adapters. {@link memoryStore} for tests, {@link openStore} (keyv; SQLite by default) for `npm start`.
 *
 * ```ts
 * const store = await openStore('sqlite://data/paperboy.sqlite');
 * await store.subscriptions.put(defaultSubscription(chat, defaults, Date.now()));
 * await store.close();
 * ```
 * @module
 */
import type { Store } from '../types.ts';
import { memoryBucket, type Bucket } from './bucket.ts';
import { openKeyvBuckets } from './keyv.ts';
import { createRepos, namespaces, type Namespace, type RepoOptions } from './repos.ts';

export { StoreError, sqlitePath } from './keyv.ts';
export { defaultRepoOptions, isOpen, type RepoOptions } from './repos.ts';
export type { Bucket } from './bucket.ts';

/** Empty in-memory buckets, one per namespace: pass the same set to several {@link memoryStore}s to model a shared backend. */
export function memoryBuckets(now?: () => number): Record<Namespace, Bucket> {
  return Object.fromEntries(namespaces.map((ns) => [ns, memoryBucket(now)])) as Record<Namespace, Bucket>;
}

/**
 * An in-memory store (values deep-copied, TTLs honoured). Synchronous to create, empty unless given
 * `buckets` (tests of several instances on one backend pass the same buckets with `shared: true`).
 * `now` drives TTL expiry (pass the fake clock's `now` in tests).
 */
export function memoryStore(options: RepoOptions & { now?: () => number; buckets?: Record<Namespace, Bucket> } = {}): Store {
  const buckets = options.buckets ?? memoryBuckets(options.now);
  // createRepos finishes warming in a microtask or two; callers await every method anyway.
  const ready = createRepos(buckets, options);
  return {
    subscriptions: {
      get: async (c) => (await ready).subscriptions.get(c),
      put: async (s) => (await ready).subscriptions.put(s),
      delete: async (c) => (await ready).subscriptions.delete(c),
      list: async () => (await ready).subscriptions.list(),
      move: async (a, b) => (await ready).subscriptions.move(a, b),
    },
    history: {
      delivered: async (c) => (await ready).history.delivered(c),
      add: async (c, ids) => (await ready).history.add(c, ids),
    },
    outbox: {
      get: async (k) => (await ready).outbox.get(k),
      put: async (e) => (await ready).outbox.put(e),
      delete: async (k) => (await ready).outbox.delete(k),
      open: async () => (await ready).outbox.open(),
      prune: async () => (await ready).outbox.prune(),
    },
    kv: {
      get: async (k) => (await ready).kv.get(k),
      set: async (k, v, ttl) => (await ready).kv.set(k, v, ttl),
      delete: async (k) => (await ready).kv.delete(k),
    },
    refresh: async () => (await ready).refresh(),
    close: async () => (await ready).flush(),
  };
}

/**
 * Opens the store named by `STORE_URL`: `sqlite://relative/path.sqlite` (relative to the working
 * directory; the directory is created) or `sqlite:///abs/path.sqlite`, or `redis://`, `rediss://`,
 * `postgresql://`, `mysql://`, `mongodb://` through the matching `@keyv/*` package when installed.
 * Throws a {@link StoreError} saying what to install or fix.
 */
export async function openStore(url: string, options: RepoOptions = {}): Promise<Store> {
  const opened = await openKeyvBuckets(url, namespaces);
  let repos;
  try {
    repos = await createRepos(opened.buckets, options);
  } catch (e) {
    await opened.close().catch(() => {});
    throw e;
  }
  let closing: Promise<void> | undefined;
  return {
    subscriptions: repos.subscriptions,
    history: repos.history,
    outbox: repos.outbox,
    kv: repos.kv,
    refresh: () => repos.refresh(),
    close() {
      closing ??= (async () => {
        await repos.flush();
        await opened.close();
      })();
      return closing;
    },
  };
}
