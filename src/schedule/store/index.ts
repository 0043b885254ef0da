/**
 * The schedule store: subscriptions, delivery history, outbox, leases and a small key-value space
 * for adapters. {@link memoryStore} for tests, {@link openStore} for `npm start`: SQLite by default
 * (one process), Redis or PostgreSQL for several instances.
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
import type { NetworkStoreOptions } from './network.ts';
import { createRepos, namespaces, type BucketRepos, type Namespace, type RepoOptions } from './repos.ts';

export { StoreError, sqlitePath } from './keyv.ts';
export { defaultRepoOptions, isOpen, type RepoOptions } from './repos.ts';
export { redactUrl } from './timeout.ts';
export type { Bucket } from './bucket.ts';
export type { NetworkStoreOptions } from './network.ts';

/** Empty in-memory buckets, one per namespace: pass the same set to several {@link memoryStore}s to model a shared backend. */
export function memoryBuckets(now?: () => number): Record<Namespace, Bucket> {
  return Object.fromEntries(namespaces.map((ns) => [ns, memoryBucket(now)])) as Record<Namespace, Bucket>;
}

/**
 * An in-memory store (values deep-copied, TTLs honoured). Synchronous to create, empty unless given
 * `buckets` (tests of several instances on one backend pass the same buckets with `shared: true`).
 * `now` drives TTL and lease expiry (pass the fake clock's `now` in tests).
 */
export function memoryStore(options: RepoOptions & { buckets?: Record<Namespace, Bucket> } = {}): Store {
  const buckets = options.buckets ?? memoryBuckets(options.now);
  // createRepos finishes warming in a microtask or two; callers await every method anyway.
  const ready = createRepos(buckets, options);
  // Plain objects (not proxies), so tests can spread and override single methods.
  const late = <K extends keyof BucketRepos>(repo: K, methods: readonly string[]) =>
    Object.fromEntries(methods.map((m) => [m, async (...args: unknown[]) => ((await ready)[repo] as unknown as Record<string, (...a: unknown[]) => unknown>)[m]!(...args)])) as unknown as BucketRepos[K];
  return {
    subscriptions: late('subscriptions', ['get', 'put', 'delete', 'list', 'due', 'inGroup', 'move']),
    history: late('history', ['delivered', 'add']),
    outbox: late('outbox', ['get', 'put', 'swap', 'delete', 'open', 'prune']),
    kv: late('kv', ['get', 'set', 'delete', 'update']),
    leases: late('leases', ['acquire', 'release', 'holder']),
    ping: async () => void (await ready),
    info: async () => ({ backend: 'memory', shared: options.shared ?? false, warnings: [] }),
    close: async () => (await ready).flush(),
  };
}

/** Options of {@link openStore}. */
export type OpenStoreOptions = RepoOptions & NetworkStoreOptions;

/**
 * Opens the store named by `STORE_URL`:
 * - `sqlite://relative/path.sqlite` (relative to the working directory; the directory is created)
 *   or `sqlite:///abs/path.sqlite`: one process;
 * - `redis://…`, `rediss://…`: Redis (`redis.ts`), for several instances;
 * - `postgres://…`, `postgresql://…`: PostgreSQL (`postgres.ts`), for several instances;
 * - `mysql://`, `mongodb://`, `valkey://` through the matching `@keyv/*` package when installed
 *   (one process: no atomic claims).
 * Throws a {@link StoreError} saying what to install or fix.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'redis' || scheme === 'rediss') {
    const { openRedisStore } = await import('./redis.ts');
    return openRedisStore(url, options);
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    const { openPostgresStore } = await import('./postgres.ts');
    return openPostgresStore(url, options);
  }
  const opened = await openKeyvBuckets(url, namespaces);
  let repos: BucketRepos;
  try {
    repos = await createRepos(opened.buckets, options);
  } catch (e) {
    await opened.close().catch(() => {});
    throw e;
  }
  const backend = scheme ?? 'sqlite';
  const warnings = backend === 'sqlite' ? [] : [`${backend}: stores have no atomic claims here: run one instance only`];
  let closing: Promise<void> | undefined;
  return {
    subscriptions: repos.subscriptions,
    history: repos.history,
    outbox: repos.outbox,
    kv: repos.kv,
    leases: repos.leases,
    ping: async () => void (await repos.kv.get('ping')),
    info: async () => ({ backend, shared: false, warnings }),
    close() {
      closing ??= (async () => {
        await repos.flush();
        await opened.close();
      })();
      return closing;
    },
  };
}
