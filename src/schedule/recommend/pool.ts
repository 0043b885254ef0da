/**
 * Candidate pools shared by every chat with the same subscription.
 *
 * A chat's candidates are the best papers of its topics and keywords that it has not seen. The
 * ordered list of "the best papers of these topics and keywords" does not depend on the chat: it is
 * the topic-only selection (`selectDaily`) with nothing seen, asked for a deep list. It is computed
 * once per index generation, local date and subscription (topics, keywords) and kept with what the
 * ranking reads of each paper (date, upvotes, digests carrying it, topic strength, term vector), so
 * 100k chats that share a few thousand subscriptions pay for a few thousand selections; a chat then
 * only walks the list, skipping what it has seen, until its pool is full. When a chat has seen so
 * much that the list runs out, the list is made twice as deep for everyone.
 *
 * The pool so made is "the first `pool` unseen papers of the shared order". Before, each chat ran
 * the selection with its own history, whose topics take turns among *unseen* papers; the two differ
 * only in which topic supplies more of the pool when a chat has seen more of one topic's best
 * papers than of another's (measured on the tune readers: REPORT.md).
 *
 * ```ts
 * const table = sharedCandidates(sub, index, '2026-11-23', 60);
 * const { count } = walkCandidates(table, delivered, votes, 60, out); // out[0..count) index table.items
 * ```
 * @module
 */
import { latestDate, type Paper, type PaperItem } from '../../core/index.ts';
import { selectDaily, type SeenSet, type SelectIndex, type SelectOptions } from '../select.ts';
import type { Subscription } from '../types.ts';
import type { FeatureSpace, SparseVector } from './features.ts';

/** The shared, chat-independent candidate list of one subscription, with what ranking reads of each paper. */
export interface CandidateTable {
  items: readonly PaperItem[];
  /** Selection returned fewer than asked: there are no more candidates. */
  complete: boolean;
  /** Days since 1970-01-01 of the latest source date (NaN: none). */
  day: Float64Array;
  upvotes: Float64Array;
  /** `ln(1 + upvotes)`: the popularity scale. */
  logUp: Float64Array;
  /** Digests (source files) carrying the paper. */
  carriers: Float64Array;
  /** Topics and keywords of the subscription matched (`why.length`). */
  strength: Float64Array;
  /** Term vectors from {@link vectorsFor}'s space, looked up on first use (undefined: not yet; null: none). */
  vectors: (SparseVector | null | undefined)[];
  /** The space `vectors` came from (another space, e.g. other feature options, resets them). */
  space: FeatureSpace | undefined;
}

const dayMs = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` (or `YYYY-MM`: its first day) date, or NaN. */
export function dayNumber(date: string | null): number {
  if (!date) return NaN;
  const t = Date.parse(date.length === 7 ? `${date}-01` : date);
  return Number.isNaN(t) ? NaN : Math.floor(t / dayMs);
}

/** A table over `items` (candidates given directly: `rankCandidates`, or one selection). */
export function candidateTable(items: readonly PaperItem[], complete = true): CandidateTable {
  const n = items.length;
  const t: CandidateTable = { items, complete, day: new Float64Array(n), upvotes: new Float64Array(n), logUp: new Float64Array(n), carriers: new Float64Array(n), strength: new Float64Array(n), vectors: new Array(n).fill(undefined), space: undefined };
  for (let i = 0; i < n; i++) {
    const { paper, why } = items[i]!;
    const s = staticsOf(paper);
    t.day[i] = s.day;
    t.upvotes[i] = s.upvotes;
    t.logUp[i] = Math.log1p(s.upvotes);
    t.carriers[i] = s.carriers;
    t.strength[i] = why.length;
  }
  return t;
}

/** What ranking reads from a paper besides its vector. */
interface Statics {
  day: number;
  upvotes: number;
  carriers: number;
}

/**
 * Per record, kept while the record lives (a reloaded corpus has new records, and they get theirs):
 * every subscription's table repeats the same papers, and parsing their dates showed in the profile.
 */
const statics = new WeakMap<Paper, Statics>();

function staticsOf(paper: Paper): Statics {
  let s = statics.get(paper);
  if (!s) {
    s = { day: dayNumber(latestDate(paper)), upvotes: paper.upvotes ?? 0, carriers: new Set(paper.sources.map((x) => x.file)).size };
    statics.set(paper, s);
  }
  return s;
}

/** The vectors of `table` for `space`: resets them when the table last served another space. */
export function vectorsFor(table: CandidateTable, space: FeatureSpace | undefined): (SparseVector | null | undefined)[] {
  if (table.space !== space) {
    table.vectors.fill(undefined);
    table.space = space;
  }
  return table.vectors;
}

// === The shared lists

interface PoolCache {
  generation: number | undefined;
  size: number;
  /** Local date -> subscription key -> table (a few dates at once: chats in different zones). */
  byDate: Map<string, Map<string, CandidateTable>>;
  tables: number;
}

const caches = new WeakMap<object, PoolCache>();
/**
 * Local dates kept per index generation: at any moment chats are due on at most two local dates
 * (time zones span 26 hours), plus a `/digest` on a third; older dates' tables are dropped, so a
 * store whose index never changes does not keep every day's lists.
 */
const maxDates = 3;
/**
 * Tables kept per index generation over all dates; all are dropped when exceeded. It must exceed the
 * distinct topic lists due in one tick: at 20,000 the 100k bench (more distinct lists than that)
 * dropped and rebuilt them all the time, and a warm pass cost as much as a cold one (32.3 s vs 10.8 s).
 */
const maxTables = 100_000;
/** First depth of a shared list: the pool plus room for a typical history. */
const firstDepth = 64;

function cacheOf(index: SelectIndex): PoolCache {
  const size = index.size ?? index.papers().length;
  let c = caches.get(index);
  if (!c || c.generation !== index.generation || c.size !== size) {
    c = { generation: index.generation, size, byDate: new Map(), tables: 0 };
    caches.set(index, c);
  }
  return c;
}

/** The tables of `localDate`, dropping the oldest date's when more than {@link maxDates} are kept. */
function tablesOf(cache: PoolCache, localDate: string): Map<string, CandidateTable> {
  let tables = cache.byDate.get(localDate);
  if (!tables) {
    cache.byDate.set(localDate, (tables = new Map()));
    if (cache.byDate.size > maxDates) {
      const oldest = [...cache.byDate.keys()].sort()[0]!;
      cache.tables -= cache.byDate.get(oldest)!.size;
      cache.byDate.delete(oldest);
    }
  }
  return tables;
}

/** What the shared list depends on besides the index and the date: topics and keywords in order, selection options. */
function keyOf(sub: Pick<Subscription, 'topics' | 'keywords'>, select: SelectOptions | undefined): string {
  const opts = select ? `${select.keywordDepth ?? ''}/${select.maxSubset ?? ''}` : '';
  return `${sub.topics.join('\u0001')}\u0000${sub.keywords.join('\u0001')}\u0000${opts}`;
}

/**
 * The shared candidate list of `sub`'s topics and keywords on `localDate` (topics take turns from
 * a topic that rotates daily), at least `depth` deep (or complete). Cached per index generation.
 */
export function sharedCandidates(sub: Subscription, index: SelectIndex, localDate: string, depth: number, select?: SelectOptions): CandidateTable {
  const cache = cacheOf(index);
  let tables = tablesOf(cache, localDate);
  const key = keyOf(sub, select);
  const cached = tables.get(key);
  if (cached && (cached.complete || cached.items.length >= depth)) return cached;
  const want = Math.max(depth, firstDepth, cached ? cached.items.length * 2 : 0);
  const { papers } = selectDaily({ ...sub, size: want }, index, none, localDate, select);
  const table = candidateTable(papers, papers.length < want);
  if (!cached && cache.tables >= maxTables) {
    cache.byDate.clear();
    cache.tables = 0;
    tables = tablesOf(cache, localDate);
  }
  if (!cached) cache.tables++;
  tables.set(key, table);
  return table;
}

const none: SeenSet = { has: () => false };

/**
 * Fills `out[from..)` with the positions in `table` of candidates neither `delivered` nor `voted` has
 * (in list order), starting at position `start`, until `out` holds `pool`; returns how many it holds
 * and where the walk stopped.
 */
export function walkCandidates(table: CandidateTable, delivered: SeenSet, voted: SeenSet, pool: number, out: Int32Array, start = 0, from = 0): { count: number; next: number } {
  const items = table.items;
  let n = from;
  let i = start;
  for (; i < items.length && n < pool; i++) {
    const id = items[i]!.paper.id;
    if (!delivered.has(id) && !voted.has(id)) out[n++] = i;
  }
  return { count: n, next: i };
}

/**
 * The chat's candidates: positions into the returned table of its first `pool` papers not delivered
 * and not voted on (a voted paper was seen: a `/paper` result, an earlier digest), deepening the
 * shared list (twice as deep each time) when the chat has seen too much of it. A deeper list
 * starts with the shorter one (the selection only stops later), so the walk goes on where it
 * stopped; if a keyword search reordered the prefix, it starts over.
 */
export function chatCandidates(sub: Subscription, index: SelectIndex, delivered: SeenSet, voted: SeenSet, localDate: string, pool: number, select: SelectOptions | undefined, out: Int32Array): { table: CandidateTable; count: number } {
  let table = sharedCandidates(sub, index, localDate, pool, select);
  let walk = walkCandidates(table, delivered, voted, pool, out);
  while (walk.count < pool && !table.complete) {
    const shorter = table;
    table = sharedCandidates(sub, index, localDate, shorter.items.length + 1, select);
    walk = samePrefix(shorter, table) ? walkCandidates(table, delivered, voted, pool, out, walk.next, walk.count) : walkCandidates(table, delivered, voted, pool, out);
  }
  return { table, count: walk.count };
}

function samePrefix(shorter: CandidateTable, longer: CandidateTable): boolean {
  if (longer.items.length < shorter.items.length) return false;
  for (let i = 0; i < shorter.items.length; i++) if (shorter.items[i]!.paper !== longer.items[i]!.paper) return false;
  return true;
}
