/**
 * One delivery attempt for an outbox entry, and what each platform outcome does to the entry and
 * the subscription (see ./outbox.ts for the write order that makes a crash safe).
 * @module
 */
import type { Reply } from '../core/index.ts';
import { outboxKey, retryDelay, type RetryPolicy } from './outbox.ts';
import { followsAnything } from './subscription.ts';
import { chatKey, type Clock, type DigestSender, type OutboxEntry, type Platform, type LoggerPort, type SendOutcome, type Store } from './types.ts';

export interface DeliveryDeps {
  store: Store;
  senders: ReadonlyMap<Platform, DigestSender>;
  clock: Clock;
  logger: LoggerPort;
  retry: RetryPolicy;
  /** Consecutive permanent failures that pause a subscription. Default 3. */
  pauseAfter: number;
  /** The message for an entry (papers looked up in the current index). */
  render: (entry: OutboxEntry) => Promise<Reply>;
}

/** What an attempt ended in. `moved`: re-keyed to the new chat, attempt again. */
export type AttemptResult = 'sent' | 'retry' | 'moved' | 'failed' | 'no-sender';

/** Most chat moves followed for one digest (a migration loop stops here). */
export const maxMoves = 3;

/**
 * Sends `entry` once (or finishes recording it when it is already `sent`). Never throws for a
 * platform problem: a sender that throws counts as a `retry` outcome.
 */
export async function attemptDelivery(entry: OutboxEntry, deps: DeliveryDeps): Promise<{ result: AttemptResult; entry: OutboxEntry }> {
  const { store, clock, logger } = deps;
  if (entry.state === 'sent') {
    if (!entry.recorded) await recordSent(entry, deps);
    return { result: 'sent', entry };
  }
  const sender = deps.senders.get(entry.chat.platform);
  if (!sender) return { result: 'no-sender', entry };
  const sub = await store.subscriptions.get(entry.chat);
  if (!sub || sub.paused || !followsAnything(sub)) {
    // Unsubscribed, deleted or paused (/schedule off) while the digest waited for a retry: don't send it.
    const why = sub?.paused ? `the chat paused its digests before delivery (${sub.pauseReason ?? 'paused'})` : 'the chat unsubscribed before delivery';
    const dropped: OutboxEntry = { ...entry, state: 'failed', lastError: why, updatedAt: clock.now() };
    await store.outbox.put(dropped);
    return { result: 'failed', entry: dropped };
  }

  const reply = await deps.render(entry);
  let current: OutboxEntry = { ...entry, state: 'sending', attempts: entry.attempts + 1, updatedAt: clock.now() };
  await store.outbox.put(current);

  let outcome: SendOutcome;
  try {
    outcome = await sender.send(current.chat, reply);
  } catch (e) {
    outcome = { ok: false, kind: 'retry', reason: `sender threw: ${(e as Error)?.message ?? String(e)}` };
  }
  const now = clock.now();

  if (outcome.ok) {
    // The first write after acceptance: shrinks the duplicate window to this one write.
    current = { ...current, state: 'sent', sentAt: now, updatedAt: now, lastError: null, recorded: false };
    await store.outbox.put(current);
    await recordSent(current, deps);
    logger.info({ key: current.key, papers: current.paperIds.length, attempts: current.attempts }, 'digest delivered');
    return { result: 'sent', entry: current };
  }

  switch (outcome.kind) {
    case 'retry': {
      if (current.attempts >= deps.retry.maxAttempts) {
        current = { ...current, state: 'failed', lastError: outcome.reason, updatedAt: now };
        await store.outbox.put(current);
        await noteError(current, `gave up after ${current.attempts} attempts: ${outcome.reason}`, false, deps);
        logger.warn({ key: current.key, attempts: current.attempts, reason: outcome.reason }, 'digest failed: too many retries');
        return { result: 'failed', entry: current };
      }
      const delay = retryDelay(deps.retry, current.attempts, outcome.retryAfterMs);
      current = { ...current, state: 'pending', nextAttemptAt: now + delay, lastError: outcome.reason, updatedAt: now };
      await store.outbox.put(current);
      logger.debug({ key: current.key, attempts: current.attempts, delayMs: delay, reason: outcome.reason }, 'digest will be retried');
      return { result: 'retry', entry: current };
    }
    case 'moved': {
      await store.subscriptions.move(current.chat, outcome.to); // idempotent (the adapter may have moved it already)
      if (current.moves >= maxMoves) {
        current = { ...current, state: 'failed', lastError: `moved too many times: ${outcome.reason}`, updatedAt: now };
        await store.outbox.put(current);
        return { result: 'failed', entry: current };
      }
      const key = outboxKey(outcome.to, current.localDate);
      const moved: OutboxEntry = { ...current, key, chat: { ...outcome.to }, state: 'pending', nextAttemptAt: now, moves: current.moves + 1, lastError: outcome.reason, updatedAt: now };
      // New key first, then drop the old one: a crash in between leaves both (the old one will be
      // answered `moved` again and dropped), never neither.
      if (key !== current.key && !(await store.outbox.get(key))) await store.outbox.put(moved);
      if (key !== current.key) await store.outbox.delete(current.key);
      else await store.outbox.put(moved);
      logger.info({ from: chatKey(current.chat), to: chatKey(outcome.to), key }, 'chat moved; digest follows it');
      return { result: 'moved', entry: moved };
    }
    case 'permanent': {
      current = { ...current, state: 'failed', lastError: outcome.reason, updatedAt: now };
      await store.outbox.put(current);
      await noteError(current, outcome.reason, true, deps);
      logger.warn({ key: current.key, reason: outcome.reason, code: outcome.code }, 'digest failed permanently');
      return { result: 'failed', entry: current };
    }
  }
}

/** After `sent`: history, then the subscription's last delivery, then `recorded`. Each step is idempotent. */
export async function recordSent(entry: OutboxEntry, deps: Pick<DeliveryDeps, 'store' | 'clock'>): Promise<OutboxEntry> {
  const { store, clock } = deps;
  if (entry.paperIds.length) await store.history.add(entry.chat, entry.paperIds);
  const sub = await store.subscriptions.get(entry.chat);
  const at = entry.sentAt ?? clock.now();
  if (sub && (!sub.lastDelivery || sub.lastDelivery.at <= at)) {
    await store.subscriptions.put({ ...sub, lastDelivery: { at, localDate: entry.localDate, count: entry.paperIds.length }, failures: 0, lastError: null, updatedAt: clock.now() });
  }
  const done: OutboxEntry = { ...entry, recorded: true, updatedAt: clock.now() };
  await store.outbox.put(done);
  return done;
}

/** Records an error on the subscription; permanent ones count towards the pause. */
async function noteError(entry: OutboxEntry, message: string, permanent: boolean, deps: DeliveryDeps): Promise<void> {
  const { store, clock, logger } = deps;
  const sub = await store.subscriptions.get(entry.chat);
  if (!sub) return;
  const now = clock.now();
  const failures = permanent ? sub.failures + 1 : sub.failures;
  const pause = permanent && failures >= deps.pauseAfter && !sub.paused;
  await store.subscriptions.put({
    ...sub,
    failures,
    lastError: { at: now, message },
    ...(pause ? { paused: true, pauseReason: `delivery failed ${failures} times in a row: ${message}`, nextRunAt: null } : {}),
    updatedAt: now,
  });
  if (pause) logger.warn({ chat: chatKey(entry.chat), failures, reason: message }, 'subscription paused after repeated delivery failures');
}
