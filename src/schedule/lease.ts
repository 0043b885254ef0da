/**
 * The scheduler lease: with several instances on one shared store (Redis, PostgreSQL), only the
 * instance holding the lease runs delivery ticks; the others answer commands and try to take the
 * lease every renewal period. A crashed holder's lease expires after `ttlMs`.
 *
 * Taking and renewing are one atomic step on the backend ({@link LeaseStore}: Redis `SET NX PX`
 * and compare-and-extend scripts, a PostgreSQL upsert that only replaces an expired row), and each
 * new holder gets a larger **fencing token**. The holder knows a deadline of its own: the time it
 * *sent* the last successful renewal plus the TTL, less a margin for clock drift. Past that
 * deadline {@link Lease.fence} answers undefined, and the tick stops claiming digests at once,
 * whether or not the renewal's answer ever came. Every `sending` claim also carries the token, and
 * the backend refuses it once another holder has taken over (fencing), so two instances can never
 * both claim one digest even if a process stalls past its deadline.
 *
 * ```ts
 * const lease = createLease(store.leases, { owner: `${hostname()}:${process.pid}` });
 * createScheduler({ ..., lease });
 * ```
 * @module
 */
import type { Fence, LeaseHolder, LeaseStore } from './types.ts';

export interface Lease {
  /** Who this instance is (logged, and written in every `sending` claim). */
  readonly owner: string;
  /** How long the lease lasts without renewal. */
  readonly ttlMs: number;
  /** How often the holder renews (and a follower tries to take it): at most a third of the TTL. */
  readonly renewMs: number;
  /** Takes or renews the lease; true while this instance holds it. Never throws (a failed call is false). */
  acquire(): Promise<boolean>;
  /** The fencing token while the lease is provably held (its local deadline has not passed), else undefined. */
  fence(): Fence | undefined;
  /** Gives the lease up (on shutdown) if this instance holds it, so another can take over at once. */
  release(): Promise<void>;
  /** Who holds it, as the backend sees it (readiness, metrics). */
  holder(): Promise<LeaseHolder | undefined>;
}

export interface LeaseOptions {
  owner: string;
  /** How long a lease lasts without renewal. Default 15 s: a crashed holder is replaced within ~20 s. */
  ttlMs?: number;
  /** Renewal period. Default and maximum TTL/3 (two renewals may fail before the lease lapses). */
  renewMs?: number;
  /** Subtracted from the local deadline for clock drift between this host and the backend. Default TTL/10. */
  driftMs?: number;
  /** The lease's name on the backend. Default `scheduler`. */
  name?: string;
  now?: () => number;
  /** A failed acquire/renew call (the backend unreachable). */
  onError?: (err: unknown) => void;
}

export const defaultLeaseOptions = { ttlMs: 15_000, name: 'scheduler' } as const;

/**
 * A lease over the backend's primitive.
 *
 * ```ts
 * const lease = createLease(store.leases, { owner: 'host:123', ttlMs: 15_000 });
 * if (await lease.acquire()) { const fence = lease.fence(); ... }
 * ```
 */
export function createLease(store: LeaseStore, options: LeaseOptions): Lease {
  const ttlMs = options.ttlMs ?? defaultLeaseOptions.ttlMs;
  if (!(ttlMs >= 100)) throw new RangeError('schedule/lease: ttlMs must be at least 100 ms');
  const renewMs = Math.min(options.renewMs ?? Math.floor(ttlMs / 3), Math.floor(ttlMs / 3));
  const driftMs = options.driftMs ?? Math.floor(ttlMs / 10);
  const name = options.name ?? defaultLeaseOptions.name;
  const now = options.now ?? Date.now;
  const { owner } = options;
  let token: number | undefined;
  let until = 0;
  return {
    owner,
    ttlMs,
    renewMs,
    async acquire() {
      const sentAt = now();
      try {
        const got = await store.acquire(name, owner, ttlMs, token);
        if (got === null) {
          token = undefined;
          until = 0;
          return false;
        }
        // A different token means the lease lapsed in between and was taken anew (possibly after
        // someone else held it): the new token fences off anything claimed under the old one.
        token = got;
        until = sentAt + ttlMs - driftMs;
        return now() < until;
      } catch (e) {
        options.onError?.(e);
        return now() < until; // still provably ours until the deadline of the last success
      }
    },
    fence() {
      return token !== undefined && now() < until ? { lease: name, token } : undefined;
    },
    async release() {
      const held = token;
      token = undefined;
      until = 0;
      if (held !== undefined) await store.release(name, owner, held);
    },
    holder: () => store.holder(name),
  };
}
