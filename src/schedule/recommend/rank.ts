/**
 * The personal ranking of a chat's candidate papers: pure, every input injected.
 *
 * Each candidate gets a score that blends
 * - **topic strength**: how many of the chat's topics and keywords it matches (relative to the best
 *   candidate);
 * - **freshness**: halves every `halfLifeDays` days before the newest candidate's date;
 * - **popularity**: Hugging Face upvotes (log-scaled against the most upvoted candidate) and the
 *   number of digests that carry it;
 * - **taste**, learnt from the chat's votes: each term of the voted papers (words of every alphabetic
 *   language, cross-lingual `concept:`/`topic:` tokens) gets its like rate among the voted papers
 *   that have it, smoothed towards the chat's overall like rate by `smoothing` pseudo-votes; a
 *   candidate scores the mean of its two strongest terms' rates, over the overall rate (close to a
 *   noisy-OR: a reader who likes "anything on code or programs" is a few terms, not a centroid; one
 *   term alone was more often chance: REPORT.md). Scaled to [-1, 1] over the pool;
 *   its weight grows with the number of votes until `confidentAfter`. `model: 'rocchio'` (cosine
 *   with liked-minus-disliked centroid) is kept for comparison: it ranked worse (REPORT.md).
 *
 * Picks are then taken greedily from a shortlist with two diversity penalties (similarity to a paper
 * already picked, and a topic already covered when the chat follows several), and an **exploration
 * share** of the slots (spread over days by the date) goes to the best candidate the taste model
 * would not have chosen (taste below the pool's median), so a chat's picks never collapse onto the
 * one theme it liked first and the model keeps seeing other papers to learn from.
 *
 * ```ts
 * const picks = rankCandidates(items, { size: 3, votes, space, localDate: '2024-09-20', followed: 2 });
 * picks.map((p) => [p.paper.id, p.explore]);
 * ```
 * @module
 */
import type { PaperItem } from '../../core/index.ts';
import { arena, DenseScratch, noVector, TermCounts, type FeatureSpace } from './features.ts';
import { voteModel, type VoteModel } from './chat-state.ts';
import { candidateTable, dayNumber, unknownVector, vectorsFor, type CandidateTable } from './pool.ts';

/** A chat's aggregate votes: paper id -> net votes (members' 👍 minus 👎; 0 = no opinion). */
export type ChatVotes = ReadonlyMap<string, number>;

/** Ranking knobs; every default is documented in {@link defaultRankOptions}. */
export interface RankOptions {
  /** Blend weights of the four signals (each signal is in [0, 1], taste in [-1, 1]). */
  weights: { topic: number; fresh: number; popularity: number; taste: number };
  /** Days over which freshness halves. */
  halfLifeDays: number;
  /** Share of popularity from upvotes; the rest from the number of digests carrying the paper. */
  upvoteShare: number;
  /** `rate`: per-term like rates, strongest term wins; `rocchio`: cosine with the liked-minus-disliked centroid. */
  model: 'rate' | 'rocchio';
  /** `rate`: pseudo-votes pulling a term's like rate towards the chat's overall rate. */
  smoothing: number;
  /** `rate`: weight of a disliked paper's terms against a liked one's (1: one vote each). Default 1. */
  rateDislike?: number;
  /**
   * `rate`: a candidate scores the mean of its `rateTerms` strongest terms' rates (1: the strongest
   * only; unset: 1). Shipped 2 (tuned: one term shared with a liked paper is weak evidence, two are
   * less often chance; +0.025 on the tune readers under two taggings, where 3 gave +0.031 and +0.008).
   */
  rateTerms?: number;
  /** Exploration takes, among candidates outside the taste, the best by the other signals (`score`, default) or the one the taste model rates highest (`taste`). */
  exploreBy?: 'score' | 'taste';
  /** `rocchio`: weight β of the disliked centroid against the liked one. */
  dislikeWeight: number;
  /** Votes after which taste has its full weight (fewer: proportionally less). */
  confidentAfter: number;
  /** Penalty per unit of cosine similarity to the most similar paper already picked. */
  similarityPenalty: number;
  /** Penalty for a candidate whose followed topics are all covered by earlier picks (several topics followed). */
  coveragePenalty: number;
  /** Share of digest slots, over days, that go to exploration once the chat has votes. */
  explorationShare: number;
  /** Candidates re-ranked with the diversity penalties (the best by score, times the digest size). */
  shortlistFactor: number;
}

/**
 * Defaults, tuned on the tune readers of `test/relevance/recommend/` (its `tune.ts`; results in its
 * REPORT.md): taste dominates once a chat has voted three times; freshness, topic strength and
 * popularity order what taste cannot tell apart; a covered topic steps back for an uncovered one;
 * one slot in ten explores (not tuned: 0 always wins on precision, and the promise is diversity).
 * The similarity penalty is off: it did not help on the tune readers (a reader with a narrow theme
 * wants three papers on it).
 */
export const defaultRankOptions: RankOptions = {
  weights: { topic: 0.5, fresh: 0.3, popularity: 0.3, taste: 5 },
  halfLifeDays: 2,
  upvoteShare: 0.8,
  model: 'rate',
  smoothing: 8,
  rateTerms: 2,
  dislikeWeight: 0.5,
  confidentAfter: 3,
  similarityPenalty: 0,
  coveragePenalty: 0.3,
  explorationShare: 0.1,
  shortlistFactor: 4,
};

/** What the ranking needs besides the candidates. */
export interface RankInput {
  /** Papers in the digest. */
  size: number;
  /** The chat's votes (aggregate). */
  votes: ChatVotes;
  /** Term vectors; without one, taste and similarity are 0 (topic, freshness, popularity only). */
  space?: FeatureSpace | undefined;
  /** The chat's local date (`YYYY-MM-DD`): spreads exploration slots over days. */
  localDate: string;
  /** Topics and keywords the chat follows (for the strength scale and the coverage penalty). */
  followed: number;
  /** The chat's state kept across ticks (`chat-state.ts`: its votes as handles); without it, made for this ranking only. */
  state?: VoteModel | undefined;
}

/** A pick with its score parts (for the CLI, tests and the evaluation). */
export interface RankedPick extends PaperItem {
  score: number;
  /** Chosen by the exploration share rather than the blended score. */
  explore: boolean;
  parts: { topic: number; fresh: number; popularity: number; taste: number };
}

const scratch = new DenseScratch();
const counts = new TermCounts();

/**
 * Per-call working arrays, reused (the ranking is synchronous): a 100k-chat run allocates only the
 * picks it returns.
 */
class Work {
  cap = 0;
  taste = new Float64Array(0);
  base = new Float64Array(0);
  noTaste = new Float64Array(0);
  fresh = new Float64Array(0);
  popularity = new Float64Array(0);
  topic = new Float64Array(0);
  /** Candidate positions (into the table) in the order given. */
  pos = new Int32Array(0);
  /** Candidates' vector handles (`noVector`: none). */
  vec = new Int32Array(0);
  picked = new Uint8Array(0);
  shortlist = new Int32Array(0);
  median = new Float64Array(0);
  picks: number[] = [];
  explored: boolean[] = [];
  covered: string[] = [];

  fit(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(n, this.cap * 2, 64);
    this.taste = new Float64Array(cap);
    this.base = new Float64Array(cap);
    this.noTaste = new Float64Array(cap);
    this.fresh = new Float64Array(cap);
    this.popularity = new Float64Array(cap);
    this.topic = new Float64Array(cap);
    this.pos = new Int32Array(cap);
    this.vec = new Int32Array(cap);
    this.picked = new Uint8Array(cap);
    this.shortlist = new Int32Array(cap);
    this.median = new Float64Array(cap);
    this.cap = cap;
  }
}
const work = new Work();

/** Candidate positions for a table's own items, in order (`rankCandidates`). */
let identity = new Int32Array(0);

/**
 * Orders `candidates` for a digest of `input.size` and returns the picks. Candidates the chat voted
 * on are never picked (it has seen them). Deterministic for the same inputs.
 */
export function rankCandidates(candidates: readonly PaperItem[], input: RankInput, options: RankOptions = defaultRankOptions): RankedPick[] {
  const table = candidateTable(input.votes.size ? candidates.filter((c) => !input.votes.has(c.paper.id)) : candidates);
  const n = table.papers.length;
  if (identity.length < n) identity = new Int32Array(Math.max(n, identity.length * 2));
  for (let i = 0; i < n; i++) identity[i] = i;
  return rankTable(table, identity, n, input, options);
}

/**
 * {@link rankCandidates} over positions `cands[0..count)` of a candidate table (the shared pools of
 * `pool.ts`): the same ranking, reading the per-paper signals the table keeps. The candidates must
 * not include a paper the chat voted on (`chatCandidates` leaves them out).
 */
export function rankTable(table: CandidateTable, cands: Int32Array, count: number, input: RankInput, options: RankOptions = defaultRankOptions): RankedPick[] {
  const o = options;
  const w = work;
  w.fit(count);
  const chatVotes = input.votes;
  let m = 0;
  for (let k = 0; k < count; k++) w.pos[m++] = cands[k]!;
  if (m === 0 || input.size <= 0) return [];
  const space = input.space;
  const vectors = vectorsFor(table, space);
  const vec = w.vec;

  // === Signals
  let newest = -Infinity;
  let maxStrength = 1;
  let maxLogUp = 0;
  for (let k = 0; k < m; k++) {
    const i = w.pos[k]!;
    const d = table.day[i]!;
    if (d > newest) newest = d;
    if (table.strength[i]! > maxStrength) maxStrength = table.strength[i]!;
    if (table.logUp[i]! > maxLogUp) maxLogUp = table.logUp[i]!;
    let v = vectors[i]!;
    if (v === unknownVector) vectors[i] = v = space ? space.handle(table.ids[i]!) : noVector;
    vec[k] = v;
  }
  const votes = o.model === 'rate' ? rateScores(vec, m, chatVotes, space, input.state, o.smoothing, o.rateTerms ?? 1, o.rateDislike ?? 1, w.taste) : rocchioScores(vec, m, chatVotes, space, o.dislikeWeight, w.taste);
  const confidence = Math.min(1, votes / Math.max(1, o.confidentAfter));
  const upScale = maxLogUp > 0 ? o.upvoteShare / maxLogUp : 0;
  const wt = o.weights;
  const tasteWeight = wt.taste * confidence;
  const halves = halvingTable(o.halfLifeDays);
  for (let k = 0; k < m; k++) {
    const i = w.pos[k]!;
    const d = table.day[i]!;
    const fresh = Number.isNaN(d) || newest === -Infinity ? 0 : freshness(halves, Math.max(0, newest - d));
    const popularity = table.logUp[i]! * upScale + (1 - o.upvoteShare) * Math.min(1, (table.carriers[i]! - 1) / 2);
    const topic = table.strength[i]! / maxStrength;
    const noTaste = wt.topic * topic + wt.fresh * fresh + wt.popularity * popularity;
    w.fresh[k] = fresh;
    w.popularity[k] = popularity;
    w.topic[k] = topic;
    w.noTaste[k] = noTaste;
    w.base[k] = noTaste + tasteWeight * w.taste[k]!;
    w.picked[k] = 0;
  }

  // === Slots: exploration only once the chat has a model to explore away from.
  const explore = confidence > 0 ? explorationSlots(input.localDate, input.size, o.explorationShare) : 0;
  const exploit = Math.min(input.size - explore, m);
  // The shortlist: the best by base score (ties: earlier in the list), by partial insertion.
  const shortN = Math.min(m, Math.max(input.size, Math.ceil(input.size * o.shortlistFactor)));
  const short = w.shortlist;
  let len = 0;
  for (let k = 0; k < m; k++) {
    const b = w.base[k]!;
    if (len === shortN && b <= w.base[short[len - 1]!]!) continue;
    let j = len < shortN ? len++ : len - 1;
    while (j > 0 && w.base[short[j - 1]!]! < b) {
      short[j] = short[j - 1]!;
      j--;
    }
    short[j] = k;
  }

  const picks = w.picks;
  const explored = w.explored;
  picks.length = explored.length = 0;
  const covered = w.covered;
  covered.length = 0;
  const similarity = o.similarityPenalty !== 0;
  const coverage = input.followed > 1 && o.coveragePenalty !== 0;
  const t = taking;
  t.table = table;
  t.similarity = similarity ? o.similarityPenalty : 0;
  t.coverage = coverage ? o.coveragePenalty : 0;
  t.median = Infinity;
  if (similarity) scratch.clear();
  try {
    for (let j = 0; j < exploit; j++) take(short, len, w.base, false);
    if (explore > 0) {
      // The lower median: at most half of the pool counts as outside the taste.
      const sorted = w.median.subarray(0, m);
      sorted.set(w.taste.subarray(0, m));
      sorted.sort();
      t.median = sorted[Math.floor((m - 1) / 2)]!;
      for (let j = 0; j < explore; j++) take(null, m, o.exploreBy === 'taste' ? w.base : w.noTaste, true);
    }
    // Too few outside the model's choice: fill from the rest by score.
    while (picks.length < Math.min(input.size, m) && take(null, m, w.base, false));
  } finally {
    if (similarity) scratch.clear();
    t.table = undefined;
  }
  const result: RankedPick[] = new Array(picks.length);
  for (let j = 0; j < picks.length; j++) {
    const k = picks[j]!;
    const at = w.pos[k]!;
    result[j] = { paper: table.papers[at]!, why: [...table.why[at]!], score: explored[j] ? w.noTaste[k]! : w.base[k]!, explore: explored[j]!, parts: { topic: w.topic[k]!, fresh: w.fresh[k]!, popularity: w.popularity[k]!, taste: w.taste[k]! } };
  }
  return result;
}

// === Freshness

/**
 * `exp(-ln 2 / halfLifeDays × age)` for ages 0..{@link tabled} days, computed on first use: day
 * numbers are integers, so a chat's 60 candidates take a few distinct ages, and the 100k-chat pick
 * called `Math.exp` six million times for them. The same expression, so the same values.
 */
interface Halves {
  halfLifeDays: number;
  halving: number;
  /** Age in days -> freshness; NaN: not computed yet. */
  values: Float64Array;
}

const tabled = 1024;
let halves: Halves = { halfLifeDays: NaN, halving: NaN, values: new Float64Array(tabled + 1) };

function halvingTable(halfLifeDays: number): Halves {
  if (halves.halfLifeDays !== halfLifeDays) halves = { halfLifeDays, halving: -Math.LN2 / halfLifeDays, values: new Float64Array(tabled + 1).fill(NaN) };
  return halves;
}

/** Freshness at `age` days (≥ 0; an age past the table or not whole: computed). */
function freshness(h: Halves, age: number): number {
  if (age > tabled || (age | 0) !== age) return Math.exp(h.halving * age);
  let f = h.values[age]!;
  if (Number.isNaN(f)) h.values[age] = f = Math.exp(h.halving * age);
  return f;
}

/** What {@link take} reads besides the reused {@link work} arrays: the ranking in progress (synchronous). */
const taking: { table: CandidateTable | undefined; similarity: number; coverage: number; median: number } = { table: undefined, similarity: 0, coverage: 0, median: Infinity };

/**
 * Picks the best candidate not yet picked among `ks[0..n)` (or `0..n` when `ks` is null), by
 * `value - penalty`, ties to the earlier; when `exploring`, only those whose taste is at most the
 * median. A module function over {@link taking} rather than a closure made per ranking.
 */
function take(ks: Int32Array | null, n: number, value: Float64Array, exploring: boolean): boolean {
  const w = work;
  const { similarity, coverage, median } = taking;
  const table = taking.table!;
  const vec = w.vec;
  const picks = w.picks;
  const covered = w.covered;
  let best = -1;
  let bestValue = -Infinity;
  for (let j = 0; j < n; j++) {
    const k = ks ? ks[j]! : j;
    if (w.picked[k] || (exploring && w.taste[k]! > median)) continue;
    let v = value[k]!;
    if (similarity !== 0 && picks.length && vec[k]! >= 0) v -= similarity * Math.min(1, scratch.dot(vec[k]!));
    if (coverage !== 0 && coveredAll(table.why[w.pos[k]!]!, covered)) v -= coverage;
    if (v > bestValue || (v === bestValue && best >= 0 && k < best)) {
      best = k;
      bestValue = v;
    }
  }
  if (best < 0) return false;
  w.picked[best] = 1;
  picks.push(best);
  w.explored.push(exploring);
  for (const x of table.why[w.pos[best]!]!) if (!covered.includes(x)) covered.push(x);
  if (similarity !== 0 && vec[best]! >= 0) scratch.add(vec[best]!, 1);
  return true;
}

/** Whether every one of a candidate's topics/keywords is among those covered (a candidate matching none never is). */
function coveredAll(why: readonly string[], covered: readonly string[]): boolean {
  if (why.length === 0) return false;
  for (const x of why) if (!covered.includes(x)) return false;
  return true;
}

/**
 * Taste per candidate with the `rocchio` model, into `taste[0..m)`: cosine with the chat's profile,
 * scaled so the strongest candidate is ±1 (0 everywhere without votes or vectors). Returns how many
 * voted papers the profile holds.
 */
function rocchioScores(vectors: Int32Array, m: number, chatVotes: ChatVotes, space: FeatureSpace | undefined, dislikeWeight: number, taste: Float64Array): number {
  taste.fill(0, 0, m);
  if (!space || chatVotes.size === 0) return 0;
  const liked: number[] = [];
  const disliked: number[] = [];
  for (const [id, net] of chatVotes) {
    if (net === 0) continue;
    const v = space.handle(id);
    if (v >= 0) (net > 0 ? liked : disliked).push(v);
  }
  const votes = liked.length + disliked.length;
  if (votes === 0) return 0;
  scratch.clear();
  try {
    for (const v of liked) scratch.add(v, 1 / liked.length);
    for (const v of disliked) scratch.add(v, -dislikeWeight / disliked.length);
    const norm = scratch.norm();
    if (norm === 0) return votes;
    let top = 0;
    for (let c = 0; c < m; c++) {
      const v = vectors[c]!;
      const x = v >= 0 ? scratch.dot(v) / norm : 0;
      taste[c] = x;
      if (Math.abs(x) > top) top = Math.abs(x);
    }
    if (top > 0) for (let c = 0; c < m; c++) taste[c]! /= top;
    else taste.fill(0, 0, m);
    return votes;
  } finally {
    scratch.clear();
  }
}

/**
 * Taste per candidate with the `rate` model (see the module comment), into `taste[0..m)`, scaled so
 * the strongest candidate is ±1. Returns how many voted papers it learnt from.
 */
function rateScores(vectors: Int32Array, m: number, chatVotes: ChatVotes, space: FeatureSpace | undefined, state: VoteModel | undefined, smoothing: number, terms: number, dislike: number, taste: Float64Array): number {
  taste.fill(0, 0, m);
  if (!space || chatVotes.size === 0) return 0;
  counts.clear();
  try {
    const model = voteModel(state, chatVotes, space);
    const voted = model.voted;
    const votes = voted.length;
    const liked = model.liked;
    if (votes === 0) return 0;
    // Every vector in play (candidates' and votes') is looked up now: size the counts for their term ids once.
    counts.fit();
    for (let i = 0; i < votes; i++) counts.add(voted[i]! >> 1, (voted[i]! & 1) === 1);
    const p0 = (liked + 0.5) / (liked + dislike * (votes - liked) + 1);
    counts.lifts(smoothing * p0, smoothing, dislike);
    const lift = counts.lift;
    const ids = arena.ids;
    let top = 0;
    for (let c = 0; c < m; c++) {
      const h = vectors[c]!;
      if (h < 0) continue;
      const end = h + 1 + ids[h]!;
      let best = -Infinity;
      if (terms <= 1) {
        for (let i = h + 1; i < end; i++) {
          const l = lift[ids[i]!]!;
          if (l > best) best = l;
        }
      } else if (terms === 2) best = meanOfBest2(lift, ids, h + 1, end);
      else best = meanOfBest(lift, ids, h + 1, end, terms);
      const x = best === -Infinity ? 0 : best - p0;
      taste[c] = x;
      if (Math.abs(x) > top) top = Math.abs(x);
    }
    if (top > 0) for (let c = 0; c < m; c++) taste[c]! /= top;
    return votes;
  } finally {
    counts.clear();
  }
}

/** {@link meanOfBest} for k = 2 (the default), in registers. */
function meanOfBest2(lift: Float64Array, ids: Uint16Array, from: number, end: number): number {
  let a = -Infinity;
  let b = -Infinity;
  for (let i = from; i < end; i++) {
    const l = lift[ids[i]!]!;
    if (l <= b) continue;
    if (l > a) {
      b = a;
      a = l;
    } else b = l;
  }
  if (a === -Infinity) return -Infinity;
  return b === -Infinity ? a : (a + b) / 2;
}

const topBuffer = new Float64Array(16);

/** Mean of the `k` highest `lift` values over the terms `ids[from..end)` (fewer when fewer are voted; -Infinity when none). */
function meanOfBest(lift: Float64Array, ids: Uint16Array, from: number, end: number, k: number): number {
  const top = topBuffer;
  k = Math.min(k, top.length);
  let n = 0;
  for (let i = from; i < end; i++) {
    const l = lift[ids[i]!]!;
    if (l === -Infinity || (n === k && l <= top[n - 1]!)) continue;
    let j = n < k ? n++ : n - 1;
    while (j > 0 && top[j - 1]! < l) {
      top[j] = top[j - 1]!;
      j--;
    }
    top[j] = l;
  }
  if (n === 0) return -Infinity;
  let s = 0;
  for (let j = 0; j < n; j++) s += top[j]!;
  return s / n;
}

/**
 * Exploration slots in the digest of `localDate`: `share × size` per day on average, spread
 * deterministically (day d gets floor((d+1)·s·n) − floor(d·s·n)), never the whole digest.
 */
export function explorationSlots(localDate: string, size: number, share: number): number {
  const d = dayOf(localDate);
  const slots = Math.floor((d + 1) * share * size) - Math.floor(d * share * size);
  return Math.max(0, Math.min(size - 1, slots));
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (0 when unparseable: exploration then starts on day 0). */
function dayOf(date: string): number {
  const d = dayNumber(date);
  return Number.isNaN(d) ? 0 : d;
}
