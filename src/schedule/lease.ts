/**
 * The scheduler lease: with several instances on one shared store (Redis, Postgres), only the
 * instance holding the lease runs delivery ticks; the others answer commands and wait. When the
 * holder dies, its lease expires after `ttlMs` and the next instance to tick takes over (catch-up and
 * the outbox make the hand-over lose and repeat nothing).
 *
 * keyv has no compare-and-set, so taking the lease is write-then-verify: read it; if it is free,
 * expired or already ours, write `{ owner, until }`; when taking it over, wait `settleMs` and read it
 * back. Of several instances racing for a free lease the last write wins and every racer reads the
 * same owner back, so exactly one proceeds, provided a write is visible to the others within
 * `settleMs` (true of one Redis or Postgres primary; not of an eventually consistent replica).
 *
 * ```ts
 * const lease = storeLease(store.kv, { owner: `${hostname()}:${process.pid}` });
 * createScheduler({ ..., lease });
 * ```
 * @module
 */
import type { KeyValueStore } from './types.ts';

export interface Lease {
  /** Who this instance is (logged). */
  readonly owner: string;
  /** Takes or renews the lease; true while this instance holds it. */
  acquire(): Promise<boolean>;
  /** Gives the lease up (on shutdown) if this instance holds it, so another can take over at once. */
  release(): Promise<void>;
}

export interface LeaseOptions {
  owner: string;
  /** How long a lease lasts without renewal. Default 2 minutes (the holder renews every tick). */
  ttlMs?: number;
  /** Wait between writing and verifying a take-over. Default 250 ms. */
  settleMs?: number;
  /** Key in the kv space. Default `scheduler:lease`. */
  key?: string;
  now?: () => number;
}

interface Held {
  owner: string;
  until: number;
}

export const defaultLeaseOptions = { ttlMs: 120_000, settleMs: 250, key: 'scheduler:lease' } as const;

/** A lease kept in the store's key-value space. */
export function storeLease(kv: KeyValueStore, options: LeaseOptions): Lease {
  const { owner, ttlMs, settleMs, key } = { ...defaultLeaseOptions, ...options };
  const now = options.now ?? Date.now;
  const read = async (): Promise<Held | undefined> => {
    const v = (await kv.get(key)) as Held | undefined;
    return v && typeof v.owner === 'string' && typeof v.until === 'number' ? v : undefined;
  };
  return {
    owner,
    async acquire() {
      const held = await read();
      const t = now();
      if (held && held.owner !== owner && held.until > t) return false;
      await kv.set(key, { owner, until: t + ttlMs } satisfies Held, ttlMs);
      if (held?.owner === owner && held.until > t) return true; // a renewal: nobody could take it meanwhile
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      return (await read())?.owner === owner;
    },
    async release() {
      if ((await read())?.owner === owner) await kv.delete(key);
    },
  };
}
