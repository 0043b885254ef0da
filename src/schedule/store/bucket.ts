/**
 * A namespaced key-value bucket: the one storage primitive the repositories are written against,
 * so the in-memory and the keyv-backed stores share every line of repository logic.
 * @module
 */

/** One namespace of a key-value store. Values are plain JSON data. */
export interface Bucket {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Replaces a key's value atomically with respect to every other `update` of that key in this
   * process (and, for memory buckets, every store sharing them): `fn` sees the current value and
   * returns the change, or undefined to leave the key as it is.
   */
  update<T>(key: string, fn: (current: T | undefined) => BucketChange | undefined): Promise<void>;
  /** Every live entry (expired ones are skipped). Used once at start-up to warm caches. */
  entries<T>(): AsyncIterable<[string, T]>;
  /** Waits for writes in flight. */
  flush(): Promise<void>;
}

/** What {@link Bucket.update} writes: a new value (with an optional TTL) or a deletion. */
export type BucketChange = { set: unknown; ttlMs?: number } | { delete: true };

/**
 * An in-memory bucket. Values are deep-copied in and out, like a real store serialises them, so a
 * test cannot pass by mutating a cached object.
 */
export function memoryBucket(now: () => number = Date.now): Bucket {
  const data = new Map<string, { value: unknown; expires: number | undefined }>();
  const live = (key: string) => {
    const e = data.get(key);
    if (e?.expires !== undefined && e.expires <= now()) {
      data.delete(key);
      return undefined;
    }
    return e;
  };
  return {
    async get<T>(key: string) {
      const e = live(key);
      return e ? (structuredClone(e.value) as T) : undefined;
    },
    async set(key, value, ttlMs) {
      data.set(key, { value: structuredClone(value), expires: ttlMs ? now() + ttlMs : undefined });
    },
    async delete(key) {
      data.delete(key);
    },
    async update<T>(key: string, fn: (current: T | undefined) => BucketChange | undefined) {
      // Synchronous from read to write: nothing can interleave, so this is a compare-and-set.
      const e = live(key);
      const change = fn(e ? (structuredClone(e.value) as T) : undefined);
      if (!change) return;
      if ('delete' in change) data.delete(key);
      else data.set(key, { value: structuredClone(change.set), expires: change.ttlMs ? now() + change.ttlMs : undefined });
    },
    async *entries<T>(): AsyncIterable<[string, T]> {
      for (const key of [...data.keys()]) {
        const e = live(key);
        if (e) yield [key, structuredClone(e.value) as T];
      }
    },
    async flush() {},
  };
}
