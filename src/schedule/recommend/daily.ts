/**
 * The daily pick with recommendations: candidates within the chat's subscriptions (the first unseen
 * papers of the topic-only selection's deep list, shared by every chat with the same subscription:
 * `pool.ts`), re-ranked for the chat by `rankTable` (`rank.ts`). The one
 * ranking the scheduled digest, `/digest` and `paperboy recommend` share.
 *
 * ```ts
 * const { papers } = recommendDaily(sub, index, delivered, '2026-11-23', votes);
 * ```
 * @module
 */
import type { SeenSet, SelectIndex, SelectOptions } from '../select.ts';
import { chatKey, type Subscription } from '../types.ts';
import { chatState } from './chat-state.ts';
import { defaultFeatureOptions, featureSpace, type FeatureOptions, type TermSource } from './features.ts';
import { chatCandidates } from './pool.ts';
import { defaultRankOptions, rankTable, type ChatVotes, type RankedPick, type RankOptions } from './rank.ts';

/** An index the recommendations can read terms from (`DigestIndex`); without the term methods, taste is off. */
export type RecommendIndex = SelectIndex & Partial<TermSource>;

export interface RecommendOptions {
  /** Candidates drawn from the topic-only selection before re-ranking. Default 60. */
  pool?: number;
  rank?: RankOptions;
  features?: FeatureOptions;
  select?: SelectOptions;
  /** Keep the chat's votes as vector handles across ticks (`chat-state.ts`). Default true; false makes them for this pick only (the same picks). */
  keepState?: boolean;
}

/** Default pool: deep enough for taste to matter, small enough for 100k chats a day. */
export const defaultRecommendPool = 60;

/**
 * Up to `sub.size` picks for `localDate`: never a delivered paper (nor one the chat voted on), ranked
 * by topic strength, freshness, popularity and the chat's votes, with an exploration share.
 */
export function recommendDaily(sub: Subscription, index: RecommendIndex, delivered: SeenSet, localDate: string, votes: ChatVotes, options: RecommendOptions = {}): { papers: RankedPick[] } {
  const pool = Math.max(sub.size, options.pool ?? defaultRecommendPool);
  if (out.length < pool) out = new Int32Array(pool);
  const { table, count } = chatCandidates(sub, index, delivered, votes, localDate, pool, options.select, out);
  const space = hasTerms(index) ? featureSpace(index, options.features ?? defaultFeatureOptions) : undefined;
  const rank = options.rank ?? defaultRankOptions;
  // The chat's votes as vector handles, kept across ticks (chat-state.ts); only the rate model reads them.
  const state = space && votes.size && rank.model === 'rate' && options.keepState !== false ? chatState(chatKey(sub.chat)) : undefined;
  return { papers: rankTable(table, out, count, { size: sub.size, votes, space, localDate, followed: followedCount(sub), state }, rank) };
}

/** Candidate positions of the chat being ranked (reused: the pick is synchronous). */
let out = new Int32Array(defaultRecommendPool);

/** Distinct topics plus distinct keywords (no sets for the usual one to three). */
function followedCount(sub: Subscription): number {
  let n = 0;
  sub.topics.forEach((t, i) => {
    if (sub.topics.indexOf(t) === i) n++;
  });
  sub.keywords.forEach((k, i) => {
    if (sub.keywords.indexOf(k) === i) n++;
  });
  return n;
}

function hasTerms(index: RecommendIndex): index is SelectIndex & TermSource {
  return typeof index.terms === 'function' && typeof index.documentFrequency === 'function';
}
