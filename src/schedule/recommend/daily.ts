/**
 * The daily pick with recommendations: candidates within the chat's subscriptions (the topic-only
 * selection, asked for a deeper pool), re-ranked for the chat by {@link rankCandidates}. The one
 * ranking the scheduled digest, `/digest` and `paperboy recommend` share.
 *
 * ```ts
 * const { papers } = recommendDaily(sub, index, delivered, '2026-11-23', votes);
 * ```
 * @module
 */
import { selectDaily, type SeenSet, type SelectIndex, type SelectOptions } from '../select.ts';
import type { Subscription } from '../types.ts';
import { defaultFeatureOptions, featureSpace, type FeatureOptions, type TermSource } from './features.ts';
import { defaultRankOptions, rankCandidates, type ChatVotes, type RankedPick, type RankOptions } from './rank.ts';

/** An index the recommendations can read terms from (`DigestIndex`); without the term methods, taste is off. */
export type RecommendIndex = SelectIndex & Partial<TermSource>;

export interface RecommendOptions {
  /** Candidates drawn from the topic-only selection before re-ranking. Default 60. */
  pool?: number;
  rank?: RankOptions;
  features?: FeatureOptions;
  select?: SelectOptions;
}

/** Default pool: deep enough for taste to matter, small enough for 100k chats a day. */
export const defaultRecommendPool = 60;

/**
 * Up to `sub.size` picks for `localDate`: never a delivered paper (nor one the chat voted on), ranked
 * by topic strength, freshness, popularity and the chat's votes, with an exploration share.
 */
export function recommendDaily(sub: Subscription, index: RecommendIndex, delivered: SeenSet, localDate: string, votes: ChatVotes, options: RecommendOptions = {}): { papers: RankedPick[] } {
  // Voted papers were seen (a /paper result, an earlier digest): they take no place in the pool.
  const seen = votes.size ? { has: (id: string) => delivered.has(id) || votes.has(id) } : delivered;
  const pool = selectDaily({ ...sub, size: Math.max(sub.size, options.pool ?? defaultRecommendPool) }, index, seen, localDate, options.select).papers;
  const space = hasTerms(index) ? featureSpace(index, options.features ?? defaultFeatureOptions) : undefined;
  const followed = new Set(sub.topics).size + new Set(sub.keywords).size;
  return { papers: rankCandidates(pool, { size: sub.size, votes, space, localDate, followed }, options.rank ?? defaultRankOptions) };
}

function hasTerms(index: RecommendIndex): index is SelectIndex & TermSource {
  return typeof index.terms === 'function' && typeof index.documentFrequency === 'function';
}
