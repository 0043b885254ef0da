/**
 * What the scheduler's parts (tick, catch-up, timers, `/digest`) share: the store, the clock, the
 * live index, the registered senders and the per-chat locks. Built once by `createScheduler`.
 * @module
 */
import type { Paper } from '../core/index.ts';
import type { KeyedQueue } from './concurrency.ts';
import type { DeliveryDeps, Guard } from './deliver.ts';
import type { FeedbackRepo } from './feedback.ts';
import type { RecommendIndex, RecommendOptions } from './recommend/daily.ts';
import type { SelectOptions } from './select.ts';
import type { Clock, DigestSender, LoggerPort, Platform, Store } from './types.ts';

/** What the scheduler needs from the index: selection plus lookup by id. */
export type SchedulerIndex = RecommendIndex & { get(id: string): Paper | undefined };

/** The scheduler's shared state. */
export interface SchedulerContext {
  store: Store;
  clock: Clock;
  logger: LoggerPort;
  /** The live index (read per tick and per `/digest`, so a reloaded corpus is used from then on). */
  index: () => SchedulerIndex;
  /** Senders by platform, filled by `Scheduler.addSender`. */
  senders: Map<Platform, DigestSender>;
  /**
   * One writer per chat (tick, `/digest`, a retry): selection reads the chat's history and open
   * entries, so a digest for another local date must not be chosen at the same time.
   */
  chatLocks: KeyedQueue;
  /** What a delivery attempt needs (see `deliver.ts`). */
  delivery: DeliveryDeps;
  /** May this instance claim digests now (the lease's deadline not passed), and with which fence. */
  guard: () => Guard;
  select?: SelectOptions;
  /** Members' votes, read by the daily pick (the chat's taste). */
  feedback: FeedbackRepo;
  recommend?: RecommendOptions;
}
