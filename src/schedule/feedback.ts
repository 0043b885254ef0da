/**
 * Feedback: members' 👍/👎 on papers, per chat, behind the store's generic key-value port (so it
 * works on every backend the store runs on: SQLite, Redis, Postgres, memory).
 *
 * One record per chat (`taste:<chatKey>`): paper id -> member -> vote and when. One vote per member
 * per paper, changeable (a second 👍 from the same member changes nothing; 👎 replaces it); the
 * ranking reads the chat's aggregate, a paper's net votes. The record keeps the `maxPapers` most
 * recently voted papers, so it stays small however long a chat votes.
 *
 * Every write is one atomic read-modify-write of the chat's record through the store's
 * `KeyValueStore.update` (a compare-and-swap retried on conflict on Redis and PostgreSQL; in-process
 * on SQLite and memory, whose store one process owns), so members voting at once, through several
 * instances, never lose a vote.
 *
 * ```ts
 * const feedback = feedbackRepo(store.kv);
 * await feedback.vote(chat, 'telegram:42', 'arxiv:2409.12186', 1, Date.now()); // { previous: 0, net: 1 }
 * (await feedback.votes(chat)).get('arxiv:2409.12186'); // 1
 * ```
 * @module
 */
import { KeyedQueue } from './concurrency.ts';
import { chatKey, type ChatRef, type KeyValueChange, type KeyValueStore } from './types.ts';

/** A member's vote: 👍 = 1, 👎 = -1. */
export type Vote = 1 | -1;

/** What one vote did. */
export interface VoteResult {
  /** The member's vote on the paper before (0: none). */
  previous: Vote | 0;
  /** The paper's net votes in the chat after this one. */
  net: number;
}

/** A liked paper, for `/saved`. */
export interface SavedPaper {
  paperId: string;
  /** Net votes (> 0). */
  net: number;
  /** Last vote on it (epoch ms). */
  at: number;
}

/** How many votes shape a chat's picks (`/status`). */
export interface TasteSummary {
  /** Papers with a non-zero net vote (what the model reads). */
  papers: number;
  liked: number;
  disliked: number;
  /** Member votes in total. */
  votes: number;
}

export interface FeedbackRepo {
  /** Records `member`'s vote on a paper, replacing their earlier one; `0` withdraws it. */
  vote(chat: ChatRef, member: string, paperId: string, vote: Vote | 0, now: number): Promise<VoteResult>;
  /** The chat's aggregate: paper id -> net votes (papers netting 0 left out). */
  votes(chat: ChatRef): Promise<Map<string, number>>;
  summary(chat: ChatRef): Promise<TasteSummary>;
  /** Papers the chat likes (net > 0), most recently voted first. */
  saved(chat: ChatRef): Promise<SavedPaper[]>;
  /** Forgets every vote of the chat; returns how many papers had votes. */
  reset(chat: ChatRef): Promise<number>;
  /**
   * Remembers the papers the chat was last shown (a digest, a result page), numbered from `first`, so
   * `/like <n>` can name one by its number. Kept {@link shownTtlMs}.
   */
  remember(chat: ChatRef, paperIds: readonly string[], first: number): Promise<void>;
  /** The paper shown as number `n` in the chat's last list, if any. */
  shown(chat: ChatRef, n: number): Promise<string | undefined>;
  /**
   * Moves a chat's votes to its new id (Telegram group -> supergroup), merged into any the new id
   * already has (those win per member). Idempotent, like `SubscriptionRepo.move`.
   */
  move(from: ChatRef, to: ChatRef): Promise<void>;
}

/** How long the last shown list stays addressable by number (two weeks). */
export const shownTtlMs = 14 * 24 * 3_600_000;

/** Papers kept per chat (the oldest voted are dropped first). */
export const maxVotedPapers = 500;

/** The stored record: paper id -> member -> [vote, at]. */
interface TasteRecord {
  v: 1;
  papers: Record<string, Record<string, [Vote, number]>>;
}

const keyOf = (chat: ChatRef) => `taste:${chatKey(chat)}`;
const shownKey = (chat: ChatRef) => `shown:${chatKey(chat)}`;
const empty = (): TasteRecord => ({ v: 1, papers: {} });

function read(value: unknown): TasteRecord {
  const r = value as TasteRecord | undefined;
  return r && r.v === 1 && r.papers && typeof r.papers === 'object' ? r : empty();
}

const netOf = (members: Record<string, [Vote, number]>) => Object.values(members).reduce((s, [v]) => s + v, 0);
const lastAt = (members: Record<string, [Vote, number]>) => Math.max(0, ...Object.values(members).map(([, at]) => at));

/** The feedback repository over a key-value store (`store.kv`). */
export function feedbackRepo(kv: KeyValueStore, options: { maxPapers?: number } = {}): FeedbackRepo {
  const maxPapers = options.maxPapers ?? maxVotedPapers;
  const locks = new KeyedQueue();
  const load = async (chat: ChatRef) => read(await kv.get(keyOf(chat)));
  /**
   * A read-modify-write of one chat's record: atomic across instances through the store's `update`
   * (a compare-and-swap on Redis and PostgreSQL: `fn` may run again on a conflict, so it only
   * computes), and queued per key in this process either way (fewer conflicts; the only guard for a
   * stand-in store without `update`).
   */
  const change = (key: string, fn: (current: unknown) => KeyValueChange | undefined) =>
    locks.run(key, async () => {
      if (kv.update) return kv.update(key, fn);
      const c = fn(await kv.get(key));
      if (!c) return;
      if ('delete' in c) await kv.delete(key);
      else await kv.set(key, c.set, c.ttlMs);
    });
  return {
    async vote(chat, member, paperId, vote, now) {
      let result: VoteResult = { previous: 0, net: 0 };
      await change(keyOf(chat), (current) => {
        const record = read(current);
        const members = { ...(record.papers[paperId] ?? {}) };
        const previous = members[member]?.[0] ?? 0;
        if (vote === 0) delete members[member];
        else members[member] = [vote, now];
        if (Object.keys(members).length) record.papers[paperId] = members;
        else delete record.papers[paperId];
        const ids = Object.keys(record.papers);
        if (ids.length > maxPapers) {
          ids.sort((a, b) => lastAt(record.papers[a]!) - lastAt(record.papers[b]!));
          for (const id of ids.slice(0, ids.length - maxPapers)) delete record.papers[id];
        }
        result = { previous, net: netOf(members) };
        return Object.keys(record.papers).length ? { set: record } : current === undefined ? undefined : { delete: true };
      });
      return result;
    },
    async votes(chat) {
      const out = new Map<string, number>();
      for (const [id, members] of Object.entries((await load(chat)).papers)) {
        const net = netOf(members);
        if (net !== 0) out.set(id, net);
      }
      return out;
    },
    async summary(chat) {
      const s: TasteSummary = { papers: 0, liked: 0, disliked: 0, votes: 0 };
      for (const members of Object.values((await load(chat)).papers)) {
        const net = netOf(members);
        s.votes += Object.keys(members).length;
        if (net === 0) continue;
        s.papers++;
        if (net > 0) s.liked++;
        else s.disliked++;
      }
      return s;
    },
    async saved(chat) {
      return Object.entries((await load(chat)).papers)
        .map(([paperId, members]) => ({ paperId, net: netOf(members), at: lastAt(members) }))
        .filter((p) => p.net > 0)
        .sort((a, b) => b.at - a.at || (a.paperId < b.paperId ? -1 : 1));
    },
    async reset(chat) {
      let n = 0;
      await change(keyOf(chat), (current) => {
        n = Object.keys(read(current).papers).length;
        return current === undefined ? undefined : { delete: true };
      });
      return n;
    },
    async move(from, to) {
      if (keyOf(from) === keyOf(to)) return;
      const old = await load(from);
      if (Object.keys(old.papers).length === 0) return;
      await change(keyOf(to), (current) => {
        const record = read(current);
        for (const [paperId, members] of Object.entries(old.papers)) record.papers[paperId] = { ...members, ...(record.papers[paperId] ?? {}) };
        return { set: record };
      });
      await change(keyOf(from), () => ({ delete: true }));
    },
    async remember(chat, paperIds, first) {
      if (paperIds.length) await kv.set(shownKey(chat), { first, ids: [...paperIds] }, shownTtlMs);
    },
    async shown(chat, n) {
      const list = (await kv.get(shownKey(chat))) as { first?: unknown; ids?: unknown } | undefined;
      if (!list || typeof list.first !== 'number' || !Array.isArray(list.ids)) return undefined;
      const id = list.ids[n - list.first];
      return typeof id === 'string' ? id : undefined;
    },
  };
}
