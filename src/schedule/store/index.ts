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

/**
 * An in-memory store (values deep-copied, TTLs honoured). Synchronous to create, empty.
 * `now` drives TTL expiry (pass the fake clock's `now` in tests).
 */
export function memoryStore(options: RepoOptions & { now?: () => number } = {}): Store {
  const buckets = Object.fromEntries(namespaces.map((ns) => [ns, memoryBucket(options.now)])) as Record<Namespace, Bucket>;
  // Empty buckets: createRepos finishes warming in a microtask; callers await every method anyway.
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
    close() {
      closing ??= (async () => {
        await repos.flush();
        await opened.close();
      })();
      return closing;
    },
  };
}
