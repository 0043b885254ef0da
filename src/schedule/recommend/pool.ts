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
 * The lists are kept least recently used first and capped by entries (papers over all lists: what
 * their memory grows with); past the cap the least recently used go one by one. When the index
 * changes (the hourly fetch adds papers), a list is carried over to the new generation on first use:
 * kept when none of its topics gained or lost a paper, merged with the added papers when its topics
 * only gained some, made again otherwise (see {@link carryOver}).
 *
 * The pool so made is "the first `pool` unseen papers of the shared order". Before, each chat ran
 * the selection with its own history, whose topics take turns among *unseen* papers; the two differ
 * only in which topic supplies more of the pool when a chat has seen more of one topic's best
 * papers than of another's (measured on the tune readers: REPORT.md).
 *
 * ```ts
 * const table = sharedCandidates(sub, index, '2026-11-23', 60);
 * const { count } = walkCandidates(table, delivered, votes, 60, out); // out[0..count): positions in table.papers
 * ```
 * @module
 */
import { latestDate, type Paper, type PaperItem } from '../../core/index.ts';
import { defaultSelectOptions, selectDaily, type SeenSet, type SelectIndex, type SelectOptions } from '../select.ts';
import type { Subscription } from '../types.ts';
import { arena, type FeatureSpace } from './features.ts';

/**
 * The shared, chat-independent candidate list of one subscription, with what ranking reads of each
 * paper, column by column: about 50 bytes an entry (measured on the 100k bench: `bench/recommend.ts`),
 * where an array of `{ paper, why }` items with their own `why` arrays took about three times that.
 */
export interface CandidateTable {
  papers: readonly Paper[];
  /** `papers[i].id` (the walk reads only these: no record to touch, a proxy for blob-kept records). */
  ids: readonly string[];
  /** Topics and keywords of the subscription the paper matched; one array per distinct combination. */
  why: readonly (readonly string[])[];
  /** Selection returned fewer than asked: there are no more candidates. */
  complete: boolean;
  /** How many the selection was asked for. */
  want: number;
  /** Days since 1970-01-01 of the latest source date (NaN: none). */
  day: Float64Array;
  /** `ln(1 + upvotes)`: the popularity scale. */
  logUp: Float64Array;
  /** Digests (source files) carrying the paper. */
  carriers: Uint16Array;
  /** Topics and keywords of the subscription matched (`why.length`). */
  strength: Uint8Array;
  /**
   * Handles of the term vectors (in the features' `arena`) from {@link vectorsFor}'s space, looked
   * up on first use ({@link unknownVector}: not yet; `noVector`: none).
   */
  vectors: Int32Array;
  /** The space `vectors` came from (another space, e.g. other feature options, resets them). */
  space: FeatureSpace | undefined;
  /** The arena epoch of the handles in `vectors` (a compacted arena resets them). */
  epoch: number;
  /** When the shared-list cache last moved it to the recent end (its use clock). */
  movedAt: number;
}

const dayMs = 86_400_000;

/** A table's vector handle not looked up yet. */
export const unknownVector = -2;

/** Days since 1970-01-01 of a `YYYY-MM-DD` (or `YYYY-MM`: its first day) date, or NaN. */
export function dayNumber(date: string | null): number {
  if (!date) return NaN;
  const t = Date.parse(date.length === 7 ? `${date}-01` : date);
  return Number.isNaN(t) ? NaN : Math.floor(t / dayMs);
}

/** A table over `items` (candidates given directly: `rankCandidates`, or one selection). */
export function candidateTable(items: readonly PaperItem[], complete = true, want = items.length): CandidateTable {
  const n = items.length;
  const papers: Paper[] = new Array(n);
  const ids: string[] = new Array(n);
  const why: (readonly string[])[] = new Array(n);
  const t: CandidateTable = { papers, ids, why, complete, want, day: new Float64Array(n), logUp: new Float64Array(n), carriers: new Uint16Array(n), strength: new Uint8Array(n), vectors: new Int32Array(n).fill(unknownVector), space: undefined, epoch: arena.epoch, movedAt: 0 };
  const distinct = new Map<string, readonly string[]>();
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const paper = item.paper;
    const key = item.why.join('\u0001');
    let w = distinct.get(key);
    if (!w) distinct.set(key, (w = [...item.why]));
    papers[i] = paper;
    ids[i] = paper.id;
    why[i] = w;
    const s = staticsOf(paper);
    t.day[i] = s.day;
    t.logUp[i] = Math.log1p(s.upvotes);
    t.carriers[i] = Math.min(65_535, s.carriers);
    t.strength[i] = Math.min(255, w.length);
  }
  return t;
}

/** What ranking reads from a paper besides its vector. */
interface Statics {
  /** `latestDate` ('' when none): the selection's freshness order. */
  date: string;
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
    const date = latestDate(paper);
    s = { date: date ?? '', day: dayNumber(date), upvotes: paper.upvotes ?? 0, carriers: new Set(paper.sources.map((x) => x.file)).size };
    statics.set(paper, s);
  }
  return s;
}

/**
 * The vector handles of `table` for `space`: kept when the table last served a space with the same
 * vectors (the previous index generation's, for a list carried over an index change:
 * `FeatureSpace.sameVectors`) in the same arena epoch, else reset.
 */
export function vectorsFor(table: CandidateTable, space: FeatureSpace | undefined): Int32Array {
  if (table.space !== space) {
    if (!table.space || !space || !space.sameVectors(table.space)) table.vectors.fill(unknownVector);
    table.space = space;
  }
  if (table.epoch !== arena.epoch) {
    table.vectors.fill(unknownVector);
    table.epoch = arena.epoch;
  }
  return table.vectors;
}

// === The shared lists

/**
 * The shared lists of one index generation, most recently used last (a `Map` keeps insertion order:
 * a use moves the list to the end, eviction takes from the front).
 */
interface PoolCache {
  generation: number | undefined;
  size: number;
  /** `localDate` + U+0002 + subscription key -> table. */
  lists: Map<string, CandidateTable>;
  /** Local date -> lists kept for it (chats in different zones are due on different dates). */
  dates: Map<string, number>;
  /** Entries (papers) over all lists: what the cache's memory grows with. */
  entries: number;
  /** Lists handed out so far (a clock for the least-recently-used order). */
  uses: number;
  /** The index's papers in this generation (to tell what the next generation changed). */
  papers: readonly Paper[];
  /** Topics some paper of this generation has (a topic no paper has takes no turn in the selection). */
  present: ReadonlySet<string>;
  /** The previous generation's cache, whose lists are carried over on first use (see {@link carryOver}). */
  previous: PoolCache | undefined;
  /** What changed since `previous` (undefined: not known, nothing is carried over). */
  delta: Delta | undefined;
  /**
   * Lists of the previous generation kept as they were, merged with added papers, made again; and
   * lists taken from another local date with the same rotation ({@link otherDateKey}).
   */
  carried: Carried;
}

/** How lists were carried over (see {@link PoolCache.carried}). */
interface Carried {
  kept: number;
  merged: number;
  remade: number;
  /** Taken from another date with the same rotation. */
  otherDate: number;
  /** Replayed from another date's list in this date's rotation. */
  rotated: number;
}

/** What an index change did, as far as the shared lists care. */
interface Delta {
  /** Papers that are new (an id the previous generation did not have). */
  added: readonly Paper[];
  /** Topics of papers replaced or removed (old and new records): lists on them are made again. */
  touched: ReadonlySet<string>;
}

const caches = new WeakMap<object, PoolCache>();
/**
 * Local dates kept per index generation: at any moment chats are due on at most two local dates
 * (time zones span 26 hours), plus a `/digest` on a third; the oldest date's lists are dropped
 * when a fourth comes, so a store whose index never changes does not keep every day's lists.
 */
const maxDates = 3;
/**
 * Entries (papers, over all lists) kept per index generation; past it the least recently used
 * lists are dropped one by one until the cache is back under it. Memory grows with entries, not
 * lists (a list is 64 deep at first, deeper for chats that have seen much of it). The 100k bench
 * (`bench/recommend.ts`: 100,000 chats, 23,000 distinct lists) keeps 2.4 million entries, at
 * about 50 bytes each (docs/performance-history.md); 4 million is about 200 MB.
 */
let maxEntries = 4_000_000;

/** Changes the entry cap (tests; a deployment with little memory). Returns the previous cap. */
export function setSharedListCap(entries: number): number {
  const before = maxEntries;
  maxEntries = Math.max(1, Math.floor(entries));
  return before;
}

/** First depth of a shared list: the pool plus room for a typical history. */
const firstDepth = 64;

function cacheOf(index: SelectIndex): PoolCache {
  const size = index.size ?? index.papers().length;
  const c = caches.get(index);
  if (c && c.generation === index.generation && c.size === size) return c;
  const papers = index.papers();
  const present = new Set<string>();
  for (const p of papers) for (const t of p.topics) present.add(t);
  // The previous generation's lists stay reachable (for carrying over) until the next change.
  if (c) c.previous = undefined;
  const next: PoolCache = { generation: index.generation, size, lists: new Map(), dates: new Map(), entries: 0, uses: 0, papers, present, previous: c, delta: c ? deltaOf(c.papers, papers) : undefined, carried: { kept: 0, merged: 0, remade: 0, otherDate: 0, rotated: 0 } };
  caches.set(index, next);
  return next;
}

/**
 * What changed between two generations' paper lists. `DigestIndex.papers()` keeps insertion order
 * and a replaced paper's place, so the usual change (papers added) is the old list as a prefix.
 */
function deltaOf(before: readonly Paper[], after: readonly Paper[]): Delta {
  let same = after.length >= before.length;
  for (let i = 0; same && i < before.length; i++) same = before[i] === after[i];
  if (same) return { added: after.slice(before.length), touched: new Set() };
  const old = new Map(before.map((p) => [p.id, p]));
  const added: Paper[] = [];
  const touched = new Set<string>();
  for (const p of after) {
    const was = old.get(p.id);
    if (was === p) {
      old.delete(p.id);
      continue;
    }
    if (!was) {
      added.push(p);
      continue;
    }
    old.delete(p.id);
    for (const t of was.topics) touched.add(t);
    for (const t of p.topics) touched.add(t);
  }
  for (const removed of old.values()) for (const t of removed.topics) touched.add(t);
  return { added, touched };
}

/** What the shared list depends on besides the index and the date: topics and keywords in order, selection options. */
function keyOf(sub: Pick<Subscription, 'topics' | 'keywords'>, select: SelectOptions | undefined): string {
  const opts = select ? `${select.keywordDepth ?? ''}/${select.maxSubset ?? ''}` : '';
  return `${sub.topics.join('\u0001')}\u0000${sub.keywords.join('\u0001')}\u0000${opts}`;
}

const dateSep = '\u0002';

/** Keeps `table` under `key` as the most recently used list, then evicts down to the caps. */
function keep(cache: PoolCache, localDate: string, key: string, table: CandidateTable, replaced: CandidateTable | undefined): void {
  if (replaced) {
    cache.entries -= replaced.papers.length;
    cache.lists.delete(key);
  } else {
    const n = cache.dates.get(localDate);
    if (n === undefined && cache.dates.size >= maxDates) dropDate(cache, [...cache.dates.keys()].sort()[0]!);
    cache.dates.set(localDate, (n ?? 0) + 1);
  }
  cache.lists.set(key, table);
  table.movedAt = ++cache.uses;
  cache.entries += table.papers.length;
  // The least recently used first; never the list just kept (its table may be another date's too: by key).
  for (const [k, t] of cache.lists) {
    if (cache.entries <= maxEntries || k === key) break;
    forget(cache, k, t);
  }
}

function forget(cache: PoolCache, key: string, table: CandidateTable): void {
  cache.lists.delete(key);
  cache.entries -= table.papers.length;
  const date = key.slice(0, key.indexOf(dateSep));
  const n = cache.dates.get(date)! - 1;
  if (n > 0) cache.dates.set(date, n);
  else cache.dates.delete(date);
}

function dropDate(cache: PoolCache, date: string): void {
  const prefix = date + dateSep;
  for (const [k, t] of cache.lists) if (k.startsWith(prefix)) forget(cache, k, t);
  cache.dates.delete(date);
}

/**
 * The shared candidate list of `sub`'s topics and keywords on `localDate` (topics take turns from
 * a topic that rotates daily), at least `depth` deep (or complete). Cached per index generation.
 */
export function sharedCandidates(sub: Subscription, index: SelectIndex, localDate: string, depth: number, select?: SelectOptions): CandidateTable {
  const cache = cacheOf(index);
  const key = localDate + dateSep + keyOf(sub, select);
  const cached = cache.lists.get(key);
  if (cached && (cached.complete || cached.papers.length >= depth)) {
    // Most recently used: to the end of the order, unless it went there lately (in the last half of
    // the lists' uses: the order is then within half a round of exact, at a fraction of the moves).
    if (++cache.uses - cached.movedAt > cache.lists.size >> 1) {
      cache.lists.delete(key);
      cache.lists.set(key, cached);
      cached.movedAt = cache.uses;
    }
    return cached;
  }
  if (!cached) {
    let same = sameListOtherDate(cache, key, sub, localDate);
    if (same) cache.carried.otherDate++;
    else if ((same = rotatedFromOtherDate(cache, key, sub, localDate, select))) cache.carried.rotated++;
    if (same) {
      keep(cache, localDate, key, same, undefined);
      if (same.complete || same.papers.length >= depth) return same;
      return sharedCandidates(sub, index, localDate, depth, select);
    }
  }
  const previous = cached ? undefined : cache.previous;
  const previousKey = !previous ? undefined : previous.lists.has(key) ? key : (otherDateKey(previous, cache, key, sub, localDate) ?? otherDateKey(previous, cache, key, sub, localDate, true));
  if (previousKey !== undefined) {
    const carried = carryOver(cache, previousKey, sub, localDate, select);
    if (!carried) cache.carried.remade++;
    if (carried) {
      keep(cache, localDate, key, carried, undefined);
      if (carried.complete || carried.papers.length >= depth) return carried;
      return sharedCandidates(sub, index, localDate, depth, select);
    }
  }
  const want = Math.max(depth, firstDepth, cached ? cached.papers.length * 2 : 0);
  const { papers } = selectDaily({ ...sub, size: want }, index, none, localDate, select);
  const table = candidateTable(papers, papers.length < want, want);
  keep(cache, localDate, key, table, cached);
  return table;
}

// === Lists of another local date

/**
 * Turns of `sub`'s selection in `cache`'s generation (what `selectDaily` rotates over): its distinct
 * topics that some paper has, plus its distinct keywords (trimmed, non-empty).
 */
function turnCount(cache: PoolCache, sub: Subscription): number {
  let n = 0;
  sub.topics.forEach((t, i) => {
    if (sub.topics.indexOf(t) === i && cache.present.has(t)) n++;
  });
  const keywords = sub.keywords.map((k) => k.trim());
  keywords.forEach((k, i) => {
    if (k !== '' && keywords.indexOf(k) === i) n++;
  });
  return n;
}

/** The turn that leads on `date` (as `selectDaily` picks it). */
const leadOf = (date: string, turns: number) => (turns === 0 ? 0 : dateHash(date) % turns);

/**
 * The key of a list of `from` (this generation's cache, or the previous one) for the same
 * subscription on another local date whose rotation starts with the same turn as `localDate`'s, or
 * undefined. `selectDaily` depends on the date only through the turn that leads, so that list is
 * the one `localDate` would get (in `from`'s generation): a single-topic subscription's list is the
 * same every day, a two-topic one's every other day. The next day's tick made every list again;
 * now it takes these (`bench/recommend.ts`, `carried.otherDate`).
 */
function otherDateKey(from: PoolCache, cache: PoolCache, key: string, sub: Subscription, localDate: string, anyLead = false): string | undefined {
  const turns = turnCount(cache, sub);
  if (from !== cache && turnCount(from, sub) !== turns) return undefined;
  const lead = leadOf(localDate, turns);
  const subKey = key.slice(key.indexOf(dateSep) + 1);
  for (const date of from.dates.keys()) {
    if (date === localDate || (!anyLead && leadOf(date, turns) !== lead)) continue;
    const other = date + dateSep + subKey;
    if (from.lists.has(other)) return other;
  }
  return undefined;
}

/**
 * `sub`'s list on `localDate` replayed from this generation's list of another date whose rotation
 * starts with another turn ({@link mergeAdded} with no papers added), or undefined (keywords, more
 * topics than the selection ranks exactly, no such list, or too little of it known).
 */
function rotatedFromOtherDate(cache: PoolCache, key: string, sub: Subscription, localDate: string, select: SelectOptions | undefined): CandidateTable | undefined {
  const turns = exactTurns(cache, sub, select);
  if (!turns) return undefined;
  const other = otherDateKey(cache, cache, key, sub, localDate, true);
  const old = other === undefined ? undefined : cache.lists.get(other);
  return old && mergeAdded(old, [], turns, localDate, other!.slice(0, other!.indexOf(dateSep)));
}

/** This generation's list of `sub` on another local date that `localDate` would get too ({@link otherDateKey}). */
function sameListOtherDate(cache: PoolCache, key: string, sub: Subscription, localDate: string): CandidateTable | undefined {
  const other = otherDateKey(cache, cache, key, sub, localDate);
  return other === undefined ? undefined : cache.lists.get(other);
}

// === Carrying lists over an index change

/**
 * The previous generation's list under `key`, brought up to this generation without running the
 * selection again, or undefined (made again then). The hourly fetch adds papers; every chat's list
 * was made again after it, which cost more than ranking (the profile of the 100k bench). Now:
 * - a list none of whose topics a changed paper has (and no keywords: search scores move with
 *   the corpus) is the same list, and is kept;
 * - a list whose topics only gained papers is merged ({@link mergeAdded});
 * - anything else (a paper of its topics replaced or removed, keywords, more topics than the
 *   selection ranks exactly) is made again.
 * Either way the list is exactly what the selection would now return (property-tested).
 */
function carryOver(cache: PoolCache, key: string, sub: Subscription, localDate: string, select: SelectOptions | undefined): CandidateTable | undefined {
  // `key` may be another local date's list (`otherDateKey`): with the same rotation, the same list;
  // with another, it is replayed in this date's rotation (`mergeAdded`).
  const previous = cache.previous;
  const delta = cache.delta;
  const old = previous?.lists.get(key);
  if (!previous || !delta || !old) return undefined;
  forget(previous, key, old);
  const turns = exactTurns(cache, sub, select);
  if (!turns || turns.some((t) => delta.touched.has(t) || !previous.present.has(t))) return undefined;
  const oldDate = key.slice(0, key.indexOf(dateSep));
  const added = delta.added.filter((p) => p.topics.some((t) => turns.includes(t)));
  if (added.length === 0 && leadOf(oldDate, turns.length) === leadOf(localDate, turns.length)) {
    cache.carried.kept++;
    return old;
  }
  const merged = mergeAdded(old, added, turns, localDate, oldDate);
  if (merged) cache.carried.merged++;
  return merged;
}

/**
 * The turns of `sub`'s selection (its distinct topics some paper of `cache`'s generation has) when
 * a list of them can be replayed exactly ({@link mergeAdded}): no keywords (search scores move with
 * the corpus), at most `maxSubset` topics (ranked exactly by the selection). Else undefined.
 */
function exactTurns(cache: PoolCache, sub: Subscription, select: SelectOptions | undefined): string[] | undefined {
  if (sub.keywords.some((k) => k.trim() !== '')) return undefined;
  const maxSubset = select?.maxSubset ?? defaultSelectOptions.maxSubset;
  const turns = [...new Set(sub.topics)].filter((t) => cache.present.has(t));
  return turns.length > maxSubset ? undefined : turns;
}

/** Which of `turns` a paper has, as a bit mask. */
function maskOf(paper: Paper, turns: readonly string[]): number {
  let m = 0;
  for (let i = 0; i < turns.length; i++) if (paper.topics.includes(turns[i]!)) m |= 1 << i;
  return m;
}

const bits = (m: number) => (m & 1) + ((m >> 1) & 1) + ((m >> 2) & 1) + ((m >> 3) & 1) + ((m >> 4) & 1) + ((m >> 5) & 1) + ((m >> 6) & 1) + ((m >> 7) & 1);

/**
 * `old` (a topic-only selection list of `turns` on `oldDate`, nothing seen) with `added` papers
 * merged in, as the selection now returns it on `localDate`, or undefined when the old list does
 * not tell (made again then).
 *
 * The selection (`selectDaily`) lets the topics take turns from a topic that rotates by date; a
 * topic's turn takes the best paper not yet taken among those having the topic (more followed
 * topics matched first, then the freshest, then the id: exact for up to `maxSubset` topics). So the
 * old list is replayed (in `oldDate`'s rotation) with each turn drawing from the old list's papers
 * of its topic, which gives the old list again and, for each turn, how far into its topic the old
 * list is known to be complete (up to that turn's last pick: everything of the topic before it was
 * taken by then; all of it when the turn ran dry). Then the same turns are run (in `localDate`'s
 * rotation) over those papers plus the added ones. A turn that would need a paper past what the old
 * list knows of its topic ends the list there: what came before is exactly the selection's first
 * picks, kept as a list that deep (not complete: deepened when a chat needs more), or undefined
 * when that is shorter than a first list ({@link firstDepth}). Another rotation mostly ends a list
 * a few papers short (a turn takes one paper more than it did).
 */
function mergeAdded(old: CandidateTable, added: readonly Paper[], turns: readonly string[], localDate: string, oldDate = localDate): CandidateTable | undefined {
  const k = turns.length;
  if (k === 0 || k > 8) return undefined;
  const oldStart = dateHash(oldDate) % k;
  const start = dateHash(localDate) % k;
  const want = old.want;
  // Candidates: the old list's papers, then the added ones; per candidate its topic mask and strength.
  const n = old.papers.length;
  const all: Paper[] = [...old.papers, ...added];
  const mask = all.map((p) => maskOf(p, turns));
  const strength = mask.map(bits);
  // The selection's order within a turn, by candidate: `before` with each paper's date read once.
  const dates = all.map((p) => staticsOf(p).date);
  const precedes = (a: number, b: number) => {
    if (strength[a] !== strength[b]) return strength[a]! > strength[b]!;
    if (dates[a] !== dates[b]) return dates[a]! > dates[b]!;
    return all[a]!.id < all[b]!.id;
  };
  // The order is the same for every turn (strength counts all the turns a paper has) and total (ids
  // are distinct), so one sort of every candidate gives each turn's order as a filter of it, for
  // the old list's papers (`limit` n) and with the added ones: 2k sorts made one (the merge was
  // the costliest part of carrying lists over an index change: bench/recommend.ts, profiled).
  const byOrder = all.map((_, c) => c).sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
  // Per turn, its candidates in the turn's order.
  const sorted = (limit: number) =>
    turns.map((_, t) => {
      const list: number[] = [];
      for (const c of byOrder) if (c < limit && mask[c]! & (1 << t)) list.push(c);
      return list;
    });

  // Replay the old list: each turn's last pick (its known frontier) and whether it ran dry.
  const oldLists = sorted(n);
  const last = new Array<number>(k).fill(-1);
  const dry = new Array<boolean>(k).fill(old.complete);
  {
    const taken = new Uint8Array(n);
    const cursor = new Array<number>(k).fill(0);
    const live = new Array<boolean>(k).fill(true);
    let len = 0;
    while (len < n && live.some(Boolean)) {
      for (let j = 0; j < k && len < n; j++) {
        const t = (oldStart + j) % k;
        if (!live[t]) continue;
        const list = oldLists[t]!;
        while (cursor[t]! < list.length && taken[list[cursor[t]!]!]) cursor[t]!++;
        if (cursor[t]! >= list.length) {
          live[t] = false;
          dry[t] = true;
          continue;
        }
        const c = list[cursor[t]!]!;
        if (c !== len) return undefined; // not the old list: it was not made this way
        taken[c] = 1;
        last[t] = c;
        len++;
      }
    }
    if (len !== n) return undefined;
  }

  // The merged run.
  const lists = sorted(all.length);
  const taken = new Uint8Array(all.length);
  const cursor = new Array<number>(k).fill(0);
  const live = new Array<boolean>(k).fill(true);
  const order: number[] = [];
  let known = true;
  run: while (order.length < want && live.some(Boolean)) {
    for (let j = 0; j < k && order.length < want; j++) {
      const t = (start + j) % k;
      if (!live[t]) continue;
      const list = lists[t]!;
      while (cursor[t]! < list.length && taken[list[cursor[t]!]!]) cursor[t]!++;
      const c = cursor[t]! < list.length ? list[cursor[t]!]! : -1;
      if (dry[t]) {
        if (c < 0) {
          live[t] = false;
          continue;
        }
      } else {
        // Past the frontier the old list does not know what the topic holds: the list stops here.
        const f = last[t]!;
        if (c < 0 || f < 0 || (c !== f && !precedes(c, f))) {
          known = false;
          break run;
        }
      }
      taken[c] = 1;
      order.push(c);
    }
  }
  if (known) return tableFrom(old, all, order, turns, strength, want);
  // What is known is the selection's first picks (in another rotation, a turn may need one paper more
  // than the old list's turn took): kept as a list that deep, not complete (deepened when a chat
  // needs more), unless too short to serve a chat.
  return order.length >= Math.min(want, firstDepth) ? tableFrom(old, all, order, turns, strength, order.length) : undefined;
}

/** A table over `all[order[i]]`, reusing what `old` holds for its papers (`all[0..old length)`). */
function tableFrom(old: CandidateTable, all: readonly Paper[], order: readonly number[], turns: readonly string[], strength: readonly number[], want: number): CandidateTable {
  const n = order.length;
  const papers: Paper[] = new Array(n);
  const ids: string[] = new Array(n);
  const why: (readonly string[])[] = new Array(n);
  const t: CandidateTable = { papers, ids, why, complete: n < want, want, day: new Float64Array(n), logUp: new Float64Array(n), carriers: new Uint16Array(n), strength: new Uint8Array(n), vectors: new Int32Array(n).fill(unknownVector), space: old.space, epoch: old.epoch, movedAt: 0 };
  const distinct = new Map<string, readonly string[]>();
  const oldN = old.papers.length;
  for (let i = 0; i < n; i++) {
    const c = order[i]!;
    const paper = all[c]!;
    papers[i] = paper;
    ids[i] = paper.id;
    if (c < oldN) {
      why[i] = old.why[c]!;
      t.day[i] = old.day[c]!;
      t.logUp[i] = old.logUp[c]!;
      t.carriers[i] = old.carriers[c]!;
      t.strength[i] = old.strength[c]!;
      t.vectors[i] = old.vectors[c];
      continue;
    }
    // The selection's why: the followed topics the paper has, in the subscription's order.
    const w = turns.filter((x) => paper.topics.includes(x));
    const key = w.join('\u0001');
    let shared = distinct.get(key);
    if (!shared) {
      shared = old.why.find((x) => x.join('\u0001') === key) ?? w;
      distinct.set(key, shared);
    }
    const s = staticsOf(paper);
    why[i] = shared;
    t.day[i] = s.day;
    t.logUp[i] = Math.log1p(s.upvotes);
    t.carriers[i] = Math.min(65_535, s.carriers);
    t.strength[i] = Math.min(255, strength[c]!);
  }
  return t;
}

/** The selection's date hash (`select.ts`): which topic's turn comes first on a date. */
function dateHash(date: string): number {
  let h = 0;
  for (let i = 0; i < date.length; i++) h = (h * 31 + date.charCodeAt(i)) >>> 0;
  return h;
}

/** Forgets every shared list of `index` (the bench measures their memory by what this frees). */
export function dropSharedLists(index: SelectIndex): void {
  caches.delete(index);
}

/**
 * Shared lists kept for `index`'s current generation: how many, their entries (papers) in all, the
 * cap, and how the previous generation's lists were carried over so far (kept, merged, made again).
 */
export function sharedListStats(index: SelectIndex): { lists: number; entries: number; maxEntries: number; carried: Carried } {
  const c = caches.get(index);
  return { lists: c?.lists.size ?? 0, entries: c?.entries ?? 0, maxEntries, carried: { ...(c?.carried ?? { kept: 0, merged: 0, remade: 0, otherDate: 0, rotated: 0 }) } };
}

const none: SeenSet = { has: () => false };

/**
 * Fills `out[from..)` with the positions in `table` of candidates neither `delivered` nor `voted` has
 * (in list order), starting at position `start`, until `out` holds `pool`; returns how many it holds
 * and where the walk stopped.
 */
export function walkCandidates(table: CandidateTable, delivered: SeenSet, voted: SeenSet, pool: number, out: Int32Array, start = 0, from = 0): { count: number; next: number } {
  const ids = table.ids;
  let n = from;
  let i = start;
  for (; i < ids.length && n < pool; i++) {
    const id = ids[i]!;
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
    table = sharedCandidates(sub, index, localDate, shorter.papers.length + 1, select);
    walk = samePrefix(shorter, table) ? walkCandidates(table, delivered, voted, pool, out, walk.next, walk.count) : walkCandidates(table, delivered, voted, pool, out);
  }
  return { table, count: walk.count };
}

function samePrefix(shorter: CandidateTable, longer: CandidateTable): boolean {
  if (longer.papers.length < shorter.papers.length) return false;
  for (let i = 0; i < shorter.papers.length; i++) if (shorter.papers[i] !== longer.papers[i]) return false;
  return true;
}

