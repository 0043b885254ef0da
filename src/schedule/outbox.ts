/**
 * Outbox entries and the retry policy.
 *
 * Exactly-once, as far as a platform without idempotent sends allows:
 * 1. the entry is written `pending` with the chosen paper ids BEFORE anything is sent; its key
 *    (chat + local date) is what stops a second digest for that day, whoever asks (cron, `/digest`,
 *    a restart);
 * 2. `sending` is written before each attempt (a crash now means "maybe sent": send again);
 * 3. `sent` is the FIRST write after the platform accepted it, then history and the subscription,
 *    then `recorded`. A restart finishes any `sent` entry that is not yet recorded.
 * Every write after the first is conditional on the revision read (`OutboxRepo.swap`), and the
 * `sending` claim also on the lease's fencing token, so of several writers (instances, `/digest`)
 * exactly one claims a digest. The claim names the instance and the attempt; another instance resends
 * it only once it is older than the in-doubt time (its claimant may be alive, retrying its `sent`
 * write through a store outage).
 * The remaining window: a crash after the platform accepted a digest and before the `sent` write
 * commits (one write: a local SQLite write, or one Redis/PostgreSQL round trip) sends that digest
 * again — on restart (one process) or after the in-doubt time (another instance): at most the digests
 * in flight at the crash, i.e. the send concurrency. No protocol closes it without an idempotent send
 * API, which Telegram and Discord do not offer.
 * @module
 */
import { chatKey, type ChatRef, type OutboxEntry } from './types.ts';

/** Backoff for `retry` outcomes (rate limits, network errors, a sender that threw). */
export interface RetryPolicy {
  /** First retry delay. Default 30 s. */
  baseMs: number;
  /** Largest delay. Default 1 h. */
  capMs: number;
  /** Attempts before giving up (the entry becomes `failed`). Default 8 (about 2 hours of retries). */
  maxAttempts: number;
  /** Spreads retries of many chats apart. Default ±20% random; tests pass `(ms) => ms`. */
  jitter: (delayMs: number, attempt: number) => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  baseMs: 30_000,
  capMs: 3_600_000,
  maxAttempts: 8,
  jitter: (ms) => Math.round(ms * (0.8 + Math.random() * 0.4)),
};

/**
 * Delay before the next attempt after `attempts` attempts: base·2^(attempts-1), capped, jittered,
 * and never shorter than the platform's `retryAfterMs`.
 *
 * ```ts
 * retryDelay({ ...defaultRetryPolicy, jitter: (ms) => ms }, 3); // 120_000
 * retryDelay({ ...defaultRetryPolicy, jitter: (ms) => ms }, 1, 95_000); // 95_000
 * ```
 */
export function retryDelay(policy: RetryPolicy, attempts: number, retryAfterMs?: number): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(retryAfterMs ?? 0, Math.max(0, policy.jitter(exp, attempts)));
}

/** The idempotency key of a chat's digest for a local date: `telegram:-100123:2026-11-23`. */
export function outboxKey(chat: ChatRef, localDate: string): string {
  return `${chatKey(chat)}:${localDate}`;
}

/** A fresh `pending` entry, due now. */
export function newEntry(chat: ChatRef, localDate: string, picks: { id: string; why: string[] }[], via: OutboxEntry['via'], now: number): OutboxEntry {
  return {
    key: outboxKey(chat, localDate),
    chat: { ...chat },
    localDate,
    state: 'pending',
    paperIds: picks.map((p) => p.id),
    why: picks.map((p) => p.why),
    via,
    attempts: 0,
    nextAttemptAt: now,
    moves: 0,
    lastError: null,
    recorded: false,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
  };
}
