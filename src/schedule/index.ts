/**
 * The schedule layer's public surface: subscriptions, selection, timing, delivery and the store.
 * Everything outside `src/schedule/` imports the layer from here and only from here (the
 * dependency-cruiser rule `schedule-through-its-index`); nothing here imports a platform SDK.
 *
 * ```ts
 * import { createScheduler, openStore, defaultSubscription, nextRunAt } from './schedule/index.ts';
 * ```
 * @module
 */

// === Domain types and ports
export * from './types.ts';

// === Timing
export { addDays, formatLocal, isValidTimeZone, localDate, nextRunAt, parseTime, type LocalTime, type TimeError } from './time.ts';

// === Subscriptions
export { applyPatch, defaultSubscription, followsAnything, maxDigestSize, minDigestSize, nextRunFor, type SubscriptionDefaults, type SubscriptionPatch } from './subscription.ts';

// === Selection
export { defaultSelectOptions, selectDaily, type SelectIndex, type Selection, type SelectOptions } from './select.ts';

// === Delivery
export { defaultRetryPolicy, newEntry, outboxKey, retryDelay, type RetryPolicy } from './outbox.ts';
export { digestContent } from './digest-reply.ts';
export { createScheduler, defaultSchedulerOptions, type Scheduler, type SchedulerEvents, type SchedulerIndex, type SchedulerOptions, type TickReport } from './scheduler.ts';
export type { AttemptResult } from './deliver.ts';

// === Store and the multi-instance lease
export { memoryBuckets, memoryStore, openStore, redactUrl, sqlitePath, StoreError, type OpenStoreOptions, type RepoOptions } from './store/index.ts';
export { createLease, defaultLeaseOptions, type Lease, type LeaseOptions } from './lease.ts';

// === Recommendations (the personal ranking of the daily pick) and the votes that shape it
export { feedbackRepo, maxVotedPapers, type FeedbackRepo, type SavedPaper, type TasteSummary, type Vote, type VoteResult } from './feedback.ts';
export { recommendDaily, defaultRecommendPool, type RecommendIndex, type RecommendOptions } from './recommend/daily.ts';
export { defaultRankOptions, explorationSlots, rankCandidates, type ChatVotes, type RankedPick, type RankInput, type RankOptions } from './recommend/rank.ts';
export { defaultFeatureOptions, featureSpace, type FeatureOptions, type SparseVector, type TermSource } from './recommend/features.ts';
