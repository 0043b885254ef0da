/**
 * Subscription rules, in one place: a new chat's defaults, partial updates that keep `nextRunAt`
 * right ({@link applyPatch}, the one way commands change a subscription), and whether a chat follows
 * anything at all.
 * @module
 */
import { localDate, nextRunAt } from './time.ts';
import type { ChatRef, Subscription } from './types.ts';

/** Defaults for new subscriptions (from config: `DEFAULT_TIMEZONE`, `DEFAULT_DIGEST_TIME`, `DIGEST_SIZE`). */
export interface SubscriptionDefaults {
  timeZone: string;
  time: string;
  size: number;
}

/** Papers per digest: `/schedule size`, `DIGEST_SIZE` and the CLI accept this range, and stored sizes are clamped to it. */
export const minDigestSize = 1;
export const maxDigestSize = 10;

/**
 * Whether a subscription follows any topic or keyword. One that follows nothing keeps its settings
 * (time, zone, size, quiet) for the next `/subscribe`, but gets no digest: the scheduler only moves
 * its `nextRunAt` on, `/digest` says so, and a digest still waiting for a retry is dropped.
 */
export function followsAnything(sub: Pick<Subscription, 'topics' | 'keywords'>): boolean {
  return sub.topics.length + sub.keywords.length > 0;
}

/**
 * A new, empty subscription for `chat`, due at the next `defaults.time` in `defaults.timeZone`.
 *
 * ```ts
 * const sub = { ...defaultSubscription(chat, { timeZone: 'UTC', time: '09:00', size: 3 }, Date.now()), topics: ['llm'] };
 * ```
 */
export function defaultSubscription(chat: ChatRef, defaults: SubscriptionDefaults, now: number): Subscription {
  return {
    chat: { ...chat },
    topics: [],
    keywords: [],
    time: defaults.time,
    timeZone: defaults.timeZone,
    size: clampSize(defaults.size),
    paused: false,
    pauseReason: null,
    silentWhenEmpty: false,
    nextRunAt: nextRunAt(defaults.time, defaults.timeZone, now),
    lastDelivery: null,
    lastError: null,
    failures: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Fields a command may change; timing fields are recomputed by {@link applyPatch}. `failures: 0`
 * resets the count of consecutive failed deliveries (`/schedule off` does, so `/start`, which
 * resumes only pauses caused by failures, does not undo it).
 */
export type SubscriptionPatch = Partial<Pick<Subscription, 'topics' | 'keywords' | 'time' | 'timeZone' | 'size' | 'paused' | 'pauseReason' | 'silentWhenEmpty' | 'language' | 'ownerLocale'>> & { failures?: 0 };

/**
 * Applies a patch and keeps the invariants: size clamped; paused -> `nextRunAt` null; resumed ->
 * failures reset and the reason cleared; a new time or zone (or a resume) -> `nextRunAt` recomputed
 * from `now`. Today's digest is still not sent twice after a time change: the outbox key (chat +
 * local date) is already taken.
 *
 * ```ts
 * await subs.put(applyPatch(sub, { time: '07:30', timeZone: 'Asia/Kolkata' }, Date.now()));
 * ```
 */
export function applyPatch(sub: Subscription, patch: SubscriptionPatch, now: number): Subscription {
  const next: Subscription = { ...sub, ...patch, updatedAt: now };
  next.size = clampSize(next.size);
  if (next.paused) {
    next.nextRunAt = null;
    next.pauseReason ??= { code: 'BY_COMMAND' };
  } else {
    const resumed = sub.paused;
    if (resumed) {
      next.pauseReason = null;
      next.failures = 0;
    }
    if (resumed || next.nextRunAt === null || next.time !== sub.time || next.timeZone !== sub.timeZone) {
      next.nextRunAt = nextRunFor(next, now);
    }
  }
  return next;
}

/**
 * The next run for the subscription's time and zone, skipping a local date whose digest it already
 * got (a digest per local date: after today's went out, `/schedule` to a later hour means tomorrow).
 *
 * ```ts
 * nextRunFor(sub, Date.now()); // epoch ms of the next 09:00 in sub.timeZone not yet delivered
 * ```
 */
export function nextRunFor(sub: Pick<Subscription, 'time' | 'timeZone' | 'lastDelivery'>, now: number): number {
  const at = nextRunAt(sub.time, sub.timeZone, now);
  return sub.lastDelivery?.localDate === localDate(at, sub.timeZone) ? nextRunAt(sub.time, sub.timeZone, at) : at;
}

function clampSize(n: number): number {
  return Math.min(maxDigestSize, Math.max(minDigestSize, Math.round(Number.isFinite(n) ? n : 3)));
}
