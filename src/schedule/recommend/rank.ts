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
 *   candidate scores its strongest term's lift over the overall rate (a noisy-OR: a reader who likes
 *   "anything on code or programs" is one term, not a centroid). Scaled to [-1, 1] over the pool;
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
import { latestDate, type Paper, type PaperItem } from '../../core/index.ts';
import { DenseScratch, TermCounts, type FeatureSpace, type SparseVector } from './features.ts';

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
}

/** A pick with its score parts (for the CLI, tests and the evaluation). */
export interface RankedPick extends PaperItem {
  score: number;
  /** Chosen by the exploration share rather than the blended score. */
  explore: boolean;
  parts: { topic: number; fresh: number; popularity: number; taste: number };
}

interface Scored {
  item: PaperItem;
  vector: SparseVector | undefined;
  parts: RankedPick['parts'];
  base: number;
  noTaste: number;
  /** Position in the candidate list (the tie-break: the list comes freshest-first and topic-rotated). */
  order: number;
}

const scratch = new DenseScratch();
const counts = new TermCounts();
const dayMs = 86_400_000;

/**
 * Orders `candidates` for a digest of `input.size` and returns the picks. Candidates the chat voted
 * on are never picked (it has seen them). Deterministic for the same inputs.
 */
export function rankCandidates(candidates: readonly PaperItem[], input: RankInput, options: RankOptions = defaultRankOptions): RankedPick[] {
  const o = options;
  const pool = candidates.filter((c) => !input.votes.has(c.paper.id));
  if (pool.length === 0 || input.size <= 0) return [];
  const space = input.space;

  // === Signals
  const statics = pool.map((c) => staticsOf(c.paper));
  let newest = -Infinity;
  let maxStrength = 1;
  let maxUp = 0;
  for (let i = 0; i < pool.length; i++) {
    const d = statics[i]!.day;
    if (d !== null && d > newest) newest = d;
    if (pool[i]!.why.length > maxStrength) maxStrength = pool[i]!.why.length;
    if (statics[i]!.upvotes > maxUp) maxUp = statics[i]!.upvotes;
  }
  const vectors = pool.map((c) => space?.vector(c.paper.id));
  const { taste, votes } = o.model === 'rate' ? rateScores(vectors, input.votes, space, o.smoothing) : rocchioScores(vectors, input.votes, space, o.dislikeWeight);
  const confidence = Math.min(1, votes / Math.max(1, o.confidentAfter));
  const upScale = maxUp > 0 ? 1 / Math.log1p(maxUp) : 0;

  const scored: Scored[] = pool.map((item, i) => {
    const { day: d, upvotes, carriers } = statics[i]!;
    const fresh = d === null || newest === -Infinity ? 0 : 0.5 ** (Math.max(0, newest - d) / o.halfLifeDays);
    const popularity = o.upvoteShare * Math.log1p(upvotes) * upScale + (1 - o.upvoteShare) * Math.min(1, (carriers - 1) / 2);
    const parts = { topic: item.why.length / maxStrength, fresh, popularity, taste: taste[i]! };
    const noTaste = o.weights.topic * parts.topic + o.weights.fresh * fresh + o.weights.popularity * popularity;
    return { item, vector: vectors[i], parts, noTaste, base: noTaste + o.weights.taste * confidence * parts.taste, order: i };
  });

  // === Slots: exploration only once the chat has a model to explore away from.
  const explore = confidence > 0 ? explorationSlots(input.localDate, input.size, o.explorationShare) : 0;
  const exploit = Math.min(input.size - explore, scored.length);
  const byBase = [...scored].sort((a, b) => b.base - a.base || a.order - b.order);
  const shortlist = byBase.slice(0, Math.max(input.size, Math.ceil(input.size * o.shortlistFactor)));
  const picked: Scored[] = [];
  const covered = new Set<string>();
  const exploredSet = new Set<Scored>();
  const take = (from: readonly Scored[], value: (s: Scored) => number, explored: boolean) => {
    let best: Scored | undefined;
    let bestValue = -Infinity;
    for (const s of from) {
      if (picked.includes(s)) continue;
      const v = value(s) - penalty(s);
      if (v > bestValue || (v === bestValue && best && s.order < best.order)) {
        best = s;
        bestValue = v;
      }
    }
    if (!best) return;
    picked.push(best);
    if (explored) exploredSet.add(best);
    for (const w of best.item.why) covered.add(w);
    if (best.vector && o.similarityPenalty !== 0) scratch.add(best.vector, 1);
  };
  // Similarity to the picks so far: the scratch holds the sum of picked vectors; the max is
  // approximated by that sum's dot (picks are few and rarely similar to each other).
  const penalty = (s: Scored) => {
    let p = 0;
    if (o.similarityPenalty !== 0 && picked.length && s.vector) p += o.similarityPenalty * Math.min(1, scratch.dot(s.vector));
    if (input.followed > 1 && s.item.why.length && s.item.why.every((w) => covered.has(w))) p += o.coveragePenalty;
    return p;
  };
  scratch.clear();
  try {
    for (let k = 0; k < exploit; k++) take(shortlist, (s) => s.base, false);
    if (explore > 0) {
      // The lower median: at most half of the pool counts as outside the taste.
      const median = scored.map((s) => s.parts.taste).sort((a, b) => a - b)[Math.floor((scored.length - 1) / 2)]!;
      const outside = scored.filter((s) => s.parts.taste <= median);
      for (let k = 0; k < explore; k++) take(outside.length ? outside : scored, (s) => s.noTaste, true);
    }
    // Too few outside the model's choice: fill from the rest by score.
    while (picked.length < Math.min(input.size, scored.length)) take(byBase, (s) => s.base, false);
  } finally {
    scratch.clear();
  }
  return picked.map((s) => ({ ...s.item, score: exploredSet.has(s) ? s.noTaste : s.base, explore: exploredSet.has(s), parts: s.parts }));
}

/**
 * Taste per candidate with the `rocchio` model: cosine with the chat's profile, scaled so the strongest candidate is
 * ±1 (0 everywhere without votes or vectors), and how many voted papers the profile holds.
 */
function rocchioScores(vectors: readonly (SparseVector | undefined)[], chatVotes: ChatVotes, space: FeatureSpace | undefined, dislikeWeight: number): { taste: number[]; votes: number } {
  const zero = vectors.map(() => 0);
  if (!space || chatVotes.size === 0) return { taste: zero, votes: 0 };
  const liked: SparseVector[] = [];
  const disliked: SparseVector[] = [];
  for (const [id, net] of chatVotes) {
    if (net === 0) continue;
    const v = space.vector(id);
    if (v) (net > 0 ? liked : disliked).push(v);
  }
  const votes = liked.length + disliked.length;
  if (votes === 0) return { taste: zero, votes: 0 };
  scratch.clear();
  try {
    for (const v of liked) scratch.add(v, 1 / liked.length);
    for (const v of disliked) scratch.add(v, -dislikeWeight / disliked.length);
    const norm = scratch.norm();
    if (norm === 0) return { taste: zero, votes };
    const raw = vectors.map((v) => (v ? scratch.dot(v) / norm : 0));
    const top = Math.max(...raw.map(Math.abs));
    return { taste: top > 0 ? raw.map((x) => x / top) : zero, votes };
  } finally {
    scratch.clear();
  }
}

/**
 * Taste per candidate with the `rate` model (see the module comment), scaled so the strongest
 * candidate is ±1, and how many voted papers it learnt from.
 */
function rateScores(vectors: readonly (SparseVector | undefined)[], chatVotes: ChatVotes, space: FeatureSpace | undefined, smoothing: number): { taste: number[]; votes: number } {
  const n = vectors.length;
  const taste = new Array<number>(n).fill(0);
  if (!space || chatVotes.size === 0) return { taste, votes: 0 };
  let liked = 0;
  let votes = 0;
  counts.clear();
  try {
    for (const [id, net] of chatVotes) {
      const v = net === 0 ? undefined : space.vector(id);
      if (!v) continue;
      votes++;
      if (net > 0) liked++;
      counts.add(v, net > 0);
    }
    if (votes === 0) return { taste, votes: 0 };
    const p0 = (liked + 0.5) / (votes + 1);
    // Candidates' vectors may have numbered new terms since the counts were sized.
    counts.fit();
    const seen = counts.seen;
    const likedCounts = counts.liked;
    const base = smoothing * p0;
    let top = 0;
    for (let c = 0; c < n; c++) {
      const v = vectors[c];
      if (!v) continue;
      const ids = v.ids;
      let best = -Infinity;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const k = seen[id]!;
        if (k === 0) continue;
        const lift = (likedCounts[id]! + base) / (k + smoothing);
        if (lift > best) best = lift;
      }
      const x = best === -Infinity ? 0 : best - p0;
      taste[c] = x;
      if (Math.abs(x) > top) top = Math.abs(x);
    }
    if (top > 0) for (let c = 0; c < n; c++) taste[c]! /= top;
    return { taste, votes };
  } finally {
    counts.clear();
  }
}

/**
 * Exploration slots in the digest of `localDate`: `share × size` per day on average, spread
 * deterministically (day d gets floor((d+1)·s·n) − floor(d·s·n)), never the whole digest.
 */
export function explorationSlots(localDate: string, size: number, share: number): number {
  const d = dayNumber(localDate) ?? 0;
  const slots = Math.floor((d + 1) * share * size) - Math.floor(d * share * size);
  return Math.max(0, Math.min(size - 1, slots));
}

/** What ranking reads from a paper besides its vector, computed once per record. */
interface Statics {
  /** Days since 1970-01-01 of its latest source date, or null. */
  day: number | null;
  upvotes: number;
  /** Digests (source files) carrying it. */
  carriers: number;
}

/** Per record (a reloaded corpus has new records, and they get theirs): parsing dates for 60 candidates of 100k chats showed in the profile. */
const statics = new WeakMap<Paper, Statics>();

function staticsOf(paper: Paper): Statics {
  let s = statics.get(paper);
  if (!s) {
    s = { day: dayNumber(latestDate(paper)), upvotes: paper.upvotes ?? 0, carriers: new Set(paper.sources.map((x) => x.file)).size };
    statics.set(paper, s);
  }
  return s;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` (or `YYYY-MM`: its first day) date, or null. */
function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(date.length === 7 ? `${date}-01` : date);
  return Number.isNaN(t) ? null : Math.floor(t / dayMs);
}
