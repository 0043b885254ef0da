/**
 * keyv-backed buckets: `@keyv/sqlite` by default (a file under `data/`), or any keyv adapter named by
 * the URL scheme (Redis, Postgres, MySQL, MongoDB), loaded on demand so those packages stay optional.
 *
 * One keyv instance (and one adapter connection) per namespace: keyv 5 keeps the namespace on the
 * adapter object, so sharing one adapter between namespaces would make iteration read the wrong one.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { KeyedQueue } from '../concurrency.ts';
import type { Bucket, BucketChange } from './bucket.ts';

/** Why a store could not be opened; the message says how to fix it. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: 'BAD_STORE_URL' | 'ADAPTER_MISSING' | 'NOT_ITERABLE' | 'UNREACHABLE' | 'TIMEOUT';
  /** The store URL as given (may contain credentials: log it redacted). */
  readonly url: string;
  constructor(code: StoreError['code'], url: string, detail: string) {
    super(`schedule/store: ${detail}`);
    this.code = code;
    this.url = url;
  }
}

/**
 * Other keyv adapters per URL scheme (optional packages, loaded on demand), and how each is
 * constructed. Redis and PostgreSQL have their own stores (`redis.ts`, `postgres.ts`).
 */
const adapters: Record<string, { pkg: string; make: (mod: AdapterModule, url: string) => KeyvStoreAdapter }> = {
  valkey: { pkg: '@keyv/valkey', make: (m, url) => new m.default(url) },
  mysql: { pkg: '@keyv/mysql', make: (m, url) => new m.default({ uri: url }) },
  mongodb: { pkg: '@keyv/mongo', make: (m, url) => new m.default({ url }) },
};
type AdapterModule = { default: new (options: unknown) => KeyvStoreAdapter };

/**
 * `sqlite://data/x.sqlite` (relative to the working directory) or `sqlite:///abs/x.sqlite` -> a
 * file path (or `:memory:`).
 */
export function sqlitePath(url: string): string {
  const rest = url.slice('sqlite://'.length);
  if (!rest) throw new StoreError('BAD_STORE_URL', url, `"${url}" names no file; use sqlite://data/paperboy.sqlite`);
  if (rest === ':memory:') return rest;
  return isAbsolute(rest) ? rest : resolve(process.cwd(), rest);
}

/** Opens one keyv instance per namespace for `url`. Throws {@link StoreError} on a bad URL or missing adapter. */
export async function openKeyvBuckets<N extends string>(url: string, namespaces: readonly N[]): Promise<{ buckets: Record<N, Bucket>; close(): Promise<void> }> {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) throw new StoreError('BAD_STORE_URL', url, `"${url}" is not a store URL; expected sqlite://data/paperboy.sqlite, redis://host:6379 or postgresql://...`);
  let makeAdapter: () => Promise<KeyvStoreAdapter>;
  if (scheme === 'sqlite') {
    const path = sqlitePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const { KeyvSqlite } = await import('@keyv/sqlite');
    let first = true;
    makeAdapter = async () => {
      // iterationLimit: the start-up scan reads all subscriptions; the default page of 10 rows
      // (LIMIT/OFFSET, recursive) would make 100k subscriptions take 10,000 queries.
      const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 15_000, iterationLimit: 5_000 });
      if (first) {
        first = false;
        // WAL: readers never block the writer, and synchronous=NORMAL keeps every committed write
        // across a process crash (SIGKILL) without an fsync per write; only an OS crash or power
        // loss may drop the last transactions. Set once here, persisted in the file.
        await adapter.query('PRAGMA journal_mode=WAL');
      }
      await adapter.query('PRAGMA synchronous=NORMAL');
      return adapter;
    };
  } else {
    const spec = adapters[scheme];
    if (!spec) throw new StoreError('BAD_STORE_URL', url, `unsupported store scheme "${scheme}:"; use sqlite, redis, postgresql, mysql or mongodb`);
    let mod: AdapterModule;
    try {
      const pkg = spec.pkg; // a variable, so TypeScript does not require the optional package
      mod = (await import(pkg)) as AdapterModule;
    } catch (e) {
      throw new StoreError('ADAPTER_MISSING', url, `STORE_URL uses ${scheme}: but ${spec.pkg} is not installed; run \`npm install ${spec.pkg}\` (${(e as Error).message.split('\n')[0]})`);
    }
    makeAdapter = async () => spec.make(mod, url);
  }

  const instances: Keyv[] = [];
  const buckets = {} as Record<N, Bucket>;
  for (const ns of namespaces) {
    const keyv = new Keyv({
      store: await makeAdapter(),
      namespace: ns,
      // Fail loudly: a write that silently returns false would break exactly-once delivery.
      throwOnErrors: true,
      // Plain JSON data only; JSON is several times faster than keyv's generic serializer.
      serialize: JSON.stringify,
      deserialize: JSON.parse,
    });
    keyv.on('error', () => {}); // errors are thrown to the caller (throwOnErrors); don't crash on the event
    instances.push(keyv);
    buckets[ns] = keyvBucket(keyv, url);
  }
  return {
    buckets,
    async close() {
      await Promise.all(namespaces.map((ns) => buckets[ns].flush()));
      await Promise.all(instances.map((k) => k.disconnect()));
    },
  };
}

function keyvBucket(keyv: Keyv, url: string): Bucket {
  const queue = new KeyedQueue();
  return {
    get: <T>(key: string) => queue.run(key, () => keyv.get(key) as Promise<T | undefined>),
    set: (key, value, ttlMs) => queue.run(key, async () => void (await keyv.set(key, value, ttlMs))),
    delete: (key) => queue.run(key, async () => void (await keyv.delete(key))),
    // Atomic within this process only (the key's queue): these stores are single-process.
    update: <T>(key: string, fn: (current: T | undefined) => BucketChange | undefined) =>
      queue.run(key, async () => {
        const change = fn((await keyv.get(key)) as T | undefined);
        if (!change) return;
        if ('delete' in change) await keyv.delete(key);
        else await keyv.set(key, change.set, change.ttlMs);
      }),
    async *entries<T>(): AsyncIterable<[string, T]> {
      if (!keyv.iterator) throw new StoreError('NOT_ITERABLE', url, 'this keyv adapter cannot list keys; the scheduler needs iteration (sqlite, redis, postgres, mysql, mongo)');
      for await (const [key, value] of keyv.iterator(keyv.namespace)) yield [key as string, value as T];
    },
    flush: () => queue.drain(),
  };
}
