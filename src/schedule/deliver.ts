/**
 * One delivery attempt for an outbox entry, and what each platform outcome does to the entry and
 * the subscription (see ./outbox.ts for the write order that makes a crash safe).
 *
 * Every write of an entry is conditional on the revision this attempt read ({@link OutboxRepo.swap}),
 * and the `sending` claim also on the lease's fencing token: of a scheduled send and a `/digest`
 * (on any instance), or of two instances, exactly one claims a digest; the other sees `conflict`
 * (or `fenced`) and sends nothing.
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { Reply } from '../core/index.ts';
import type { FeedbackRepo } from './feedback.ts';
import { outboxKey, retryDelay, type RetryPolicy } from './outbox.ts';
import { followsAnything } from './subscription.ts';
import { chatKey, type ChatRef, type Clock, type DigestSender, type Fence, type LoggerPort, type OutboxEntry, type OutboxRepo, type Platform, type SendOutcome, type Store, type Subscription } from './types.ts';

/** May this instance claim digests now, and with which fence (none without a lease: one process). */
export type Guard = { ok: false } | { ok: true; fence?: Fence };

export interface DeliveryDeps {
  store: Store;
  senders: ReadonlyMap<Platform, DigestSender>;
  clock: Clock;
  logger: LoggerPort;
  retry: RetryPolicy;
  /** Consecutive permanent failures that pause a subscription. Default 3. */
  pauseAfter: number;
  /** The message for an entry (papers looked up in the current index). */
  render: (entry: OutboxEntry, sub?: Subscription) => Promise<Reply>;
  /** This instance's id, written in its `sending` claims. Default `local`. */
  instance?: string;
  /** Checked right before each claim. Default: always allowed, unfenced (one process). */
  guard?: () => Guard;
  /**
   * How old another attempt's `sending` claim must be before this instance resends it (the claimant
   * may be alive, its `sent` write delayed by an outage). 0 (one process): a claim found at all is a
   * crashed run's, resent at once.
   */
  inDoubtMs?: number;
  /** Aborted on shutdown: stops retrying a `sent` write that the store refuses. */
  signal?: AbortSignal;
  /** A subscription was paused after repeated permanent failures (metrics). */
  onPaused?: (chat: ChatRef) => void;
  /** Counts outcomes (metrics). */
  onOutcome?: (result: AttemptResult, entry: OutboxEntry, outcome?: SendOutcome) => void;
  /** Where a delivered digest's papers are remembered for `/like <n>` (optional: tests may omit it). */
  feedback?: Pick<FeedbackRepo, 'remember' | 'move'>;
}

/**
 * What an attempt ended in. `moved`: re-keyed to the new chat, attempt again. `conflict`: another
 * writer changed the entry first (it owns the digest now). `fenced`: the lease is not provably held.
 * `in-doubt`: another attempt's claim is too recent to resend.
 */
export type AttemptResult = 'sent' | 'retry' | 'moved' | 'failed' | 'no-sender' | 'conflict' | 'fenced' | 'in-doubt';

/** Most chat moves followed for one digest (a migration loop stops here). */
export const maxMoves = 3;

/** The next revision-checked write of `entry` (read at revision `entry.rev`). */
function swapFrom(outbox: OutboxRepo, read: OutboxEntry, next: OutboxEntry, fence?: Fence) {
  return outbox.swap(next, read.rev ?? 0, fence);
}

/**
 * Sends `entry` once (or finishes recording it when it is already `sent`). Never throws for a
 * platform problem: a sender that throws counts as a `retry` outcome. `sub`, when the caller has
 * just read it, saves reading it again.
 */
export async function attemptDelivery(entry: OutboxEntry, deps: DeliveryDeps, sub?: Subscription): Promise<{ result: AttemptResult; entry: OutboxEntry }> {
  const { store, clock, logger } = deps;
  const done = (result: AttemptResult, e: OutboxEntry, outcome?: SendOutcome) => {
    deps.onOutcome?.(result, e, outcome);
    return { result, entry: e };
  };
  if (entry.state === 'sent') {
    if (!entry.recorded) return done('sent', await recordSent(entry, deps));
    return { result: 'sent', entry };
  }
  if (entry.state === 'failed') return { result: 'failed', entry };
  if (entry.state === 'sending' && entry.claim && clock.now() - entry.claim.at < (deps.inDoubtMs ?? 0)) return { result: 'in-doubt', entry };
  const sender = deps.senders.get(entry.chat.platform);
  if (!sender) return { result: 'no-sender', entry };
  sub ??= await store.subscriptions.get(entry.chat);
  if (!sub || sub.paused || !followsAnything(sub)) {
    // Unsubscribed, deleted or paused (/schedule off) while the digest waited for a retry: don't send it.
    // For the operator (logs, the outbox), not shown to the chat.
    const why = sub?.paused ? 'the chat paused its digests before delivery' : 'the chat unsubscribed before delivery';
    const dropped: OutboxEntry = { ...entry, state: 'failed', lastError: why, updatedAt: clock.now() };
    if ((await swapFrom(store.outbox, entry, dropped)) !== 'ok') return { result: 'conflict', entry };
    return done('failed', { ...dropped, rev: (entry.rev ?? 0) + 1 });
  }

  const guard = deps.guard?.() ?? { ok: true };
  if (!guard.ok) return { result: 'fenced', entry };
  if (entry.state === 'sending') logger.warn({ key: entry.key, claim: entry.claim ?? null }, 'resending a digest whose last attempt ended without an answer (it may arrive twice)');
  const reply = await deps.render(entry, sub);
  const claim = { by: deps.instance ?? 'local', attempt: randomUUID(), at: clock.now() };
  let current: OutboxEntry = { ...entry, state: 'sending', attempts: entry.attempts + 1, claim, updatedAt: claim.at };
  // The claim: from here this attempt alone may send the digest.
  const claimed = await swapFrom(store.outbox, entry, current, guard.fence);
  if (claimed !== 'ok') return { result: claimed, entry };
  current = { ...current, rev: (entry.rev ?? 0) + 1 };

  let outcome: SendOutcome;
  try {
    outcome = await sender.send(current.chat, reply);
  } catch (e) {
    outcome = { ok: false, kind: 'retry', reason: `sender threw: ${(e as Error)?.message ?? String(e)}` };
  }
  const now = clock.now();

  if (outcome.ok) {
    // The first write after acceptance: shrinks the duplicate window to this one write.
    current = await markSent(current, now, deps);
    if (!current.recorded) current = await recordSent(current, deps);
    // A store that completes in one write skipped recordSent: the card numbers are remembered here.
    else await rememberCards(current, deps);
    logger.info({ key: current.key, papers: current.paperIds.length, attempts: current.attempts }, 'digest delivered');
    return done('sent', current, outcome);
  }

  const write = async (next: OutboxEntry): Promise<OutboxEntry | undefined> => {
    if ((await swapFrom(store.outbox, current, next)) !== 'ok') {
      logger.warn({ key: current.key }, 'digest changed by another writer during its attempt; leaving it to that writer');
      return undefined;
    }
    return { ...next, rev: (current.rev ?? 0) + 1 };
  };
  switch (outcome.kind) {
    case 'retry': {
      if (current.attempts >= deps.retry.maxAttempts) {
        const failed = await write({ ...current, state: 'failed', lastError: outcome.reason, updatedAt: now });
        if (!failed) return { result: 'conflict', entry: current };
        await noteError(failed, outcome.reason, false, deps, failed.attempts);
        logger.warn({ key: failed.key, attempts: failed.attempts, reason: outcome.reason }, 'digest failed: too many retries');
        return done('failed', failed, outcome);
      }
      const delay = retryDelay(deps.retry, current.attempts, outcome.retryAfterMs);
      const pending = await write({ ...current, state: 'pending', claim: null, nextAttemptAt: now + delay, lastError: outcome.reason, updatedAt: now });
      if (!pending) return { result: 'conflict', entry: current };
      logger.debug({ key: pending.key, attempts: pending.attempts, delayMs: delay, reason: outcome.reason }, 'digest will be retried');
      return done('retry', pending, outcome);
    }
    case 'moved': {
      await store.subscriptions.move(current.chat, outcome.to); // idempotent (the adapter may have moved it already)
      await deps.feedback?.move(current.chat, outcome.to); // the chat's votes follow it
      if (current.moves >= maxMoves) {
        const failed = await write({ ...current, state: 'failed', lastError: `moved too many times: ${outcome.reason}`, updatedAt: now });
        return failed ? done('failed', failed, outcome) : { result: 'conflict', entry: current };
      }
      const key = outboxKey(outcome.to, current.localDate);
      const moved: OutboxEntry = { ...current, key, chat: { ...outcome.to }, state: 'pending', claim: null, nextAttemptAt: now, moves: current.moves + 1, lastError: outcome.reason, updatedAt: now };
      if (key === current.key) {
        const same = await write(moved);
        return same ? done('moved', same, outcome) : { result: 'conflict', entry: current };
      }
      // New key first (unless that chat already has the day's digest), then drop the old one: a
      // crash in between leaves both (the old one will be answered `moved` again), never neither.
      const created = await store.outbox.swap(moved, null);
      await store.outbox.delete(current.key);
      logger.info({ from: chatKey(current.chat), to: chatKey(outcome.to), key }, 'chat moved; digest follows it');
      if (created !== 'ok') return { result: 'conflict', entry: current };
      return done('moved', { ...moved, rev: 0 }, outcome);
    }
    case 'permanent': {
      const failed = await write({ ...current, state: 'failed', lastError: outcome.reason, updatedAt: now });
      if (!failed) return { result: 'conflict', entry: current };
      await noteError(failed, outcome.reason, true, deps);
      logger.warn({ key: failed.key, reason: outcome.reason, code: outcome.code }, 'digest failed permanently');
      return done('failed', failed, outcome);
    }
  }
}

/**
 * Writes `sent` after the platform accepted the digest, whatever happened to the entry meanwhile
 * (the message is out: that is the truth to record). The store may be unreachable right now: the
 * write is retried (250 ms doubling to 2 s) until it lands or shutdown; until then the entry stays
 * `sending` under this attempt's claim, which other instances leave alone for the in-doubt time.
 */
async function markSent(claimed: OutboxEntry, at: number, deps: DeliveryDeps): Promise<OutboxEntry> {
  const { store, logger } = deps;
  let read = claimed;
  for (let attempt = 0; ; attempt++) {
    try {
      if (attempt > 0) {
        const fresh = await store.outbox.get(claimed.key);
        if (!fresh) throw new Error('the entry is gone');
        if (fresh.state === 'sent') return fresh; // recorded by whoever wrote it, or by recordSent next
        read = fresh;
      }
      const sent: OutboxEntry = { ...read, state: 'sent', sentAt: at, updatedAt: deps.clock.now(), lastError: null, recorded: false };
      // Where the store can, `sent`, history, the last delivery and `recorded` are one atomic write.
      const result = store.outbox.complete ? await store.outbox.complete({ ...sent, recorded: true, rev: (read.rev ?? 0) + 1 }, read.rev ?? 0) : await swapFrom(store.outbox, read, sent);
      if (result === 'ok') return { ...sent, recorded: Boolean(store.outbox.complete), rev: (read.rev ?? 0) + 1 };
      // Changed meanwhile (re-read and write again).
    } catch (e) {
      if (deps.signal?.aborted) {
        logger.error({ key: claimed.key, err: e }, 'digest was delivered but its `sent` mark could not be written before shutdown: another instance may send it again after the in-doubt time');
        throw e;
      }
      if (attempt === 0) logger.warn({ key: claimed.key, err: (e as Error).message }, 'digest delivered; writing `sent` failed, retrying until the store answers');
      await sleep(Math.min(2_000, 250 * 2 ** Math.min(attempt, 3)), deps.signal);
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}

/** After `sent`: history, then the subscription's last delivery, then `recorded`. Each step is idempotent. */
export async function recordSent(entry: OutboxEntry, deps: Pick<DeliveryDeps, 'store' | 'clock' | 'feedback'>): Promise<OutboxEntry> {
  const { store, clock } = deps;
  if (entry.paperIds.length) await store.history.add(entry.chat, entry.paperIds);
  await rememberCards(entry, deps);
  const sub = await store.subscriptions.get(entry.chat);
  const at = entry.sentAt ?? clock.now();
  if (sub && (!sub.lastDelivery || sub.lastDelivery.at <= at)) {
    await store.subscriptions.put({ ...sub, lastDelivery: { at, localDate: entry.localDate, count: entry.paperIds.length }, failures: 0, lastError: null, updatedAt: clock.now() });
  }
  const done: OutboxEntry = { ...entry, recorded: true, updatedAt: clock.now() };
  // Conditional: if another writer recorded it first, its write stands (the same facts).
  if ((await swapFrom(store.outbox, entry, done)) === 'ok') return { ...done, rev: (entry.rev ?? 0) + 1 };
  return done;
}

/** The digest's card numbers, for /like <n> (best effort: a vote by button needs no number). */
async function rememberCards(entry: OutboxEntry, deps: Pick<DeliveryDeps, 'feedback'>): Promise<void> {
  if (entry.paperIds.length) await deps.feedback?.remember(entry.chat, entry.paperIds, 1).catch(() => undefined);
}

/**
 * Records an error on the subscription (the platform's text, plus the attempts when retries ran
 * out); permanent ones count towards the pause, whose reason is a code the command layer words.
 */
async function noteError(entry: OutboxEntry, message: string, permanent: boolean, deps: DeliveryDeps, attempts?: number): Promise<void> {
  const { store, clock, logger } = deps;
  const sub = await store.subscriptions.get(entry.chat);
  if (!sub) return;
  const now = clock.now();
  const failures = permanent ? sub.failures + 1 : sub.failures;
  const pause = permanent && failures >= deps.pauseAfter && !sub.paused;
  await store.subscriptions.put({
    ...sub,
    failures,
    lastError: { at: now, message, ...(attempts === undefined ? {} : { attempts }) },
    ...(pause ? { paused: true, pauseReason: { code: 'DELIVERY_FAILED', failures, error: message } as const, nextRunAt: null } : {}),
    updatedAt: now,
  });
  if (pause) {
    logger.warn({ chat: chatKey(entry.chat), failures, reason: message }, 'subscription paused after repeated delivery failures');
    deps.onPaused?.(entry.chat);
  }
}
