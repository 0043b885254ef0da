/**
 * The scheduler, composed of parts with one job each:
 *
 * - `tick.ts`: one pass over open outbox entries and due chats (a bounded worker pool, `concurrency.ts`);
 * - `catch-up.ts`: which run of a due chat to deliver after downtime, or skip;
 * - `pick.ts`: the papers of a chat's digest (shared by the tick and `/digest`);
 * - `timers.ts`: node-cron, the multi-instance lease and the retry wake-up;
 * - `digest-now.ts`: `/digest` through the same outbox;
 * - `deliver.ts` / `outbox.ts`: one delivery attempt and the exactly-once write order.
 *
 * ```ts
 * const scheduler = createScheduler({ store, index: () => corpus.index(), present: presentDigest, clock: systemClock, logger });
 * scheduler.addSender(telegram.sender);
 * scheduler.start();               // cron every minute (and a catch-up tick right away)
 * await scheduler.digestNow(chat); // the /digest reply
 * await scheduler.stop();          // cron stopped, in-flight deliveries finished
 * ```
 * @module
 */
import { KeyedQueue } from './concurrency.ts';
import type { SchedulerContext, SchedulerIndex } from './context.ts';
import type { AttemptResult, DeliveryDeps, Guard } from './deliver.ts';
import { digestNow } from './digest-now.ts';
import { digestContent } from './digest-reply.ts';
import { feedbackRepo, type FeedbackRepo } from './feedback.ts';
import type { RecommendOptions } from './recommend/daily.ts';
import type { Lease } from './lease.ts';
import { defaultRetryPolicy, type RetryPolicy } from './outbox.ts';
import type { SelectOptions } from './select.ts';
import { createTicker, type TickReport } from './tick.ts';
import { createTimers } from './timers.ts';
import type { ChatRef, Clock, DigestPresenter, DigestSender, DigestService, LoggerPort, OutboxEntry, Platform, SendOutcome, Store } from './types.ts';

export type { SchedulerIndex } from './context.ts';
export type { TickReport } from './tick.ts';

export interface SchedulerOptions {
  store: Store;
  /** The live index (called per tick, so a reloaded corpus is used from the next tick on). */
  index: () => SchedulerIndex;
  /**
   * Words a digest for its chat (title, count, the "no new papers" note), in the chat's language:
   * `presentDigest` from `bots/shared`. The schedule layer chooses papers and times, not words.
   */
  present: DigestPresenter;
  /** Senders to start with, as if each was passed to {@link Scheduler.addSender}. Default none. */
  senders?: readonly DigestSender[];
  clock: Clock;
  logger: LoggerPort;
  /** A due digest older than this is skipped (not caught up). Default 6 h. */
  catchUpWindowMs?: number;
  /** Chats processed at once. Default 8. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Consecutive permanent failures that pause a subscription. Default 3. */
  pauseAfterFailures?: number;
  /** Cron expression for {@link Scheduler.start}. Default every minute. */
  cron?: string;
  select?: SelectOptions;
  /** Ranking knobs of the daily pick (defaults: `defaultRankOptions`, tuned offline). */
  recommend?: RecommendOptions;
  /** Where votes are kept. Default: `feedbackRepo(store.kv)`. */
  feedback?: FeedbackRepo;
  /**
   * Several instances on one shared store: ticks run only while this instance holds the lease (it
   * is renewed every `lease.renewMs`, and a follower takes it over within that period of its
   * expiry), and every claim is fenced with its token. Unset: this process owns the store.
   */
  lease?: Lease;
  /**
   * With a lease: how old another attempt's `sending` claim must be before this instance resends it
   * (its instance may be alive, its `sent` write held up by a store outage). Default 60 s. Without a
   * lease a claim found at start-up is a crashed run's and is resent at once.
   */
  inDoubtMs?: number;
  /** Observers (metrics): every tick's report and duration, every attempt's result. */
  events?: SchedulerEvents;
}

/** What the scheduler reports as it runs (all optional; must not throw). */
export interface SchedulerEvents {
  tick?(report: TickReport, ms: number): void;
  attempt?(result: AttemptResult, entry: OutboxEntry, outcome?: SendOutcome): void;
  /** This instance became (true) or stopped being (false) the lease holder. */
  leader?(held: boolean): void;
  /** A subscription was paused after repeated permanent delivery failures. */
  paused?(chat: ChatRef): void;
}

export const defaultSchedulerOptions = { catchUpWindowMs: 6 * 3_600_000, concurrency: 8, pauseAfterFailures: 3, cron: '* * * * *', inDoubtMs: 60_000 } as const;

export interface Scheduler extends DigestService {
  /**
   * Registers the sender of a platform (a second one for the same platform replaces the first). The
   * one way adapters plug into delivery: chats of a platform without a sender wait, within the
   * catch-up window, until one is added.
   */
  addSender(sender: DigestSender): void;
  /** One pass: retries and unfinished entries first, then due chats. Concurrent calls run one after another. */
  tick(): Promise<TickReport>;
  /** Runs {@link tick} on the cron schedule (skipping a tick while one runs) and once right away. */
  start(): void;
  /** Stops the cron and waits for the tick in flight (claims stop at once). */
  stop(): Promise<void>;
  /** True while this instance may deliver (no lease, or it holds the lease). */
  isLeader(): boolean;
}

/** Creates the scheduler. Nothing runs until {@link Scheduler.tick} or {@link Scheduler.start}. */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const o = { ...defaultSchedulerOptions, ...options };
  if (!(o.concurrency >= 1)) throw new RangeError('schedule/scheduler: concurrency must be >= 1');
  const { store, clock, logger } = o;
  const senders = new Map<Platform, DigestSender>((o.senders ?? []).map((s) => [s.platform, s]));
  const { lease } = o;
  const feedback = o.feedback ?? feedbackRepo(store.kv);
  let stopping = new AbortController();
  const guard = (): Guard => {
    if (stopping.signal.aborted) return { ok: false };
    if (!lease) return { ok: true };
    const fence = lease.fence();
    return fence ? { ok: true, fence } : { ok: false };
  };
  const delivery: DeliveryDeps = {
    feedback,
    store,
    senders,
    clock,
    logger,
    retry: { ...defaultRetryPolicy, ...o.retry },
    pauseAfter: o.pauseAfterFailures,
    render: async (entry, known) => {
      const sub = known ?? (await store.subscriptions.get(entry.chat));
      return o.present(digestContent(entry, (id) => o.index().get(id), sub), sub);
    },
    instance: lease?.owner ?? 'local',
    guard,
    inDoubtMs: lease ? o.inDoubtMs : 0,
    get signal() {
      return stopping.signal;
    },
    ...(o.events?.attempt ? { onOutcome: o.events.attempt } : {}),
    ...(o.events?.paused ? { onPaused: o.events.paused } : {}),
  };
  const ctx: SchedulerContext = { store, clock, logger, index: o.index, senders, chatLocks: new KeyedQueue(), delivery, guard, feedback, ...(o.select ? { select: o.select } : {}), ...(o.recommend ? { recommend: o.recommend } : {}) };
  const ticker = createTicker(ctx, { catchUpWindowMs: o.catchUpWindowMs, concurrency: o.concurrency, ...(o.events?.tick ? { onTick: o.events.tick } : {}) });
  const timers = createTimers({ ticker, store, clock, logger, cron: o.cron, inDoubtMs: delivery.inDoubtMs!, ...(lease ? { lease } : {}), ...(o.events?.leader ? { onLeader: o.events.leader } : {}) });
  return {
    addSender(sender) {
      senders.set(sender.platform, sender);
    },
    tick: ticker.tick,
    isLeader: timers.isLeader,
    digestNow: (chat) => digestNow(ctx, chat),
    start() {
      if (stopping.signal.aborted) stopping = new AbortController();
      timers.start();
    },
    async stop() {
      stopping.abort();
      await timers.stop();
    },
  };
}
