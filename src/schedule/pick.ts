/**
 * What goes into a chat's digest for a local date: the chat's recommendations (`recommend/`: topic
 * strength, freshness, popularity and its members' votes) minus every paper the chat already got and
 * every paper already chosen for its other open digests (one still retrying, or sent but not yet
 * recorded). The one rule the scheduled run and `/digest` share.
 * @module
 */
import type { FeedbackRepo } from './feedback.ts';
import { recommendDaily, type RecommendIndex, type RecommendOptions } from './recommend/daily.ts';
import type { ChatVotes } from './recommend/rank.ts';
import type { SelectOptions } from './select.ts';
import { chatKey, type ChatRef, type HistoryRepo, type OutboxEntry, type Subscription } from './types.ts';

/** A chosen paper and why it matched (topic ids, keywords), as the outbox keeps it. */
export interface Pick {
  id: string;
  why: string[];
}

/**
 * Papers reserved by open outbox entries, per chat key: computed once per tick from the open set,
 * so a fan-out over 100k chats does not scan it once per chat.
 */
export function reservedByChat(open: readonly OutboxEntry[]): Map<string, string[]> {
  const reserved = new Map<string, string[]>();
  for (const e of open) {
    const key = chatKey(e.chat);
    (reserved.get(key) ?? reserved.set(key, []).get(key)!).push(...e.paperIds);
  }
  return reserved;
}

/** The papers reserved by `chat`'s open entries (the `/digest` path: one chat, no precomputed map). */
export function reservedFor(open: readonly OutboxEntry[], chat: ChatRef): string[] {
  return reservedByChat(open.filter((e) => chatKey(e.chat) === chatKey(chat))).get(chatKey(chat)) ?? [];
}

/**
 * Picks the papers of `sub`'s digest for `date`. Call it under the chat's lock (see
 * `SchedulerContext.chatLocks`): it reads the history that a concurrent digest would change.
 *
 * ```ts
 * const picks = await pickFor(sub, '2026-11-23', { history: store.history, index, reserved: [] });
 * ```
 */
export async function pickFor(
  sub: Subscription,
  date: string,
  deps: { history: HistoryRepo; index: RecommendIndex; reserved: readonly string[]; feedback?: FeedbackRepo | undefined; select?: SelectOptions; recommend?: RecommendOptions | undefined },
): Promise<Pick[]> {
  const [delivered, votes] = await Promise.all([deps.history.delivered(sub.chat), deps.feedback ? deps.feedback.votes(sub.chat) : new Map<string, number>()]);
  return pickFrom(sub, date, delivered, { ...deps, votes });
}

/** {@link pickFor} with the chat's history (and votes) already read (`delivered` is extended in place). */
export function pickFrom(sub: Subscription, date: string, delivered: Set<string>, deps: { index: RecommendIndex; reserved: readonly string[]; votes?: ChatVotes | undefined; select?: SelectOptions; recommend?: RecommendOptions | undefined }): Pick[] {
  for (const id of deps.reserved) delivered.add(id);
  const options: RecommendOptions = { ...deps.recommend, ...(deps.select ? { select: deps.select } : {}) };
  return recommendDaily(sub, deps.index, delivered, date, deps.votes ?? new Map<string, number>(), options).papers.map((p) => ({ id: p.paper.id, why: p.why }));
}
