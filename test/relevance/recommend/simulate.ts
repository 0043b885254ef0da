/**
 * The recommendation simulation: real HFday days (by default the ten of `test/fixtures/hfday-d/`,
 * 2024-09-16..27, 138 papers; `loadDays(dir)` reads another folder of day files), one day at a time.
 * On day k the bot's index holds days 1..k; each reader's chat gets 3 picks, never a paper it
 * already received; the reader likes the picks its rule matches and dislikes the others, and those
 * votes are the chat's feedback from then on. Precision is measured on days 4..N (days 1-3 are the
 * warm-up every ranking gets): 3 × (N − 3) picks per reader.
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, DigestIndex, paperTexts, type Paper, type PaperItem } from '../../../src/core/index.ts';
import { defaultRankOptions, type FeatureOptions, defaultSubscription, recommendDaily, selectDaily, type RankOptions } from '../../../src/schedule/index.ts';
import { likes, type Reader } from './readers.ts';

const fixtureDir = fileURLToPath(new URL('../../fixtures/hfday-d/', import.meta.url));

/** One simulated day: its date and the index over every day up to it. */
export interface SimDay {
  date: string;
  index: DigestIndex;
}

/**
 * The days of `dir` (default: the ten fixture days), each with its cumulative index (built once,
 * shared by every run). `dir` holds HFday daily files `YYYY-MM-DD.json` (other files are ignored);
 * at least five, so that days 4.. measure something after the warm-up.
 */
export function loadDays(dir: string = fixtureDir): SimDay[] {
  const names = readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();
  if (names.length < 5) throw new Error(`${dir}: ${names.length} day files (YYYY-MM-DD.json); the protocol needs at least 5`);
  return names.map((_, k) => {
    const files = names.slice(0, k + 1).map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
    const index = new DigestIndex();
    index.add(buildCorpus(files).papers);
    return { date: names[k]!.slice(0, 10), index };
  });
}

/** How a run ranks: topic-only (today's selection) or the recommendations with these options. */
export type Ranker = { kind: 'topic-only' } | { kind: 'oracle' } | { kind: 'recommend'; rank: RankOptions; useVotes: boolean; pool?: number; features?: FeatureOptions };

export interface ReaderResult {
  reader: Reader;
  /** Liked picks / picks on days 4..N. */
  precision: number;
  picks: number;
  liked: number;
  /** Picks that were a paper the chat had already received (must be 0). */
  repeats: number;
}

/** First measured day (1-based): days 1-3 are warm-up. */
export const firstMeasuredDay = 4;

const englishOf = (p: Paper) => `${p.title ?? ''}\n${paperTexts(p).en?.summary ?? ''}`;

/** Runs one reader through the days with `ranker`. */
export function simulate(reader: Reader, days: readonly SimDay[], ranker: Ranker, size = 3): ReaderResult {
  const sub = { ...defaultSubscription({ platform: 'console', chatId: reader.id }, { timeZone: 'UTC', time: '09:00', size }, 0), topics: reader.topics };
  const delivered = new Set<string>();
  const votes = new Map<string, number>();
  let picks = 0;
  let liked = 0;
  let repeats = 0;
  days.forEach((day, k) => {
    const chosen =
      ranker.kind === 'topic-only'
        ? selectDaily(sub, day.index, delivered, day.date).papers
        : ranker.kind === 'oracle'
          ? oracle(reader, selectDaily({ ...sub, size: 200 }, day.index, delivered, day.date).papers, size)
          : recommendDaily(sub, day.index, delivered, day.date, ranker.useVotes ? votes : new Map(), { rank: ranker.rank, ...(ranker.pool ? { pool: ranker.pool } : {}), ...(ranker.features ? { features: ranker.features } : {}) }).papers;
    for (const { paper } of chosen) {
      if (delivered.has(paper.id)) repeats++;
      delivered.add(paper.id);
      const like = likes(reader, englishOf(paper));
      votes.set(paper.id, like ? 1 : -1);
      if (k + 1 >= firstMeasuredDay) {
        picks++;
        if (like) liked++;
      }
    }
  });
  return { reader, precision: picks ? liked / picks : 0, picks, liked, repeats };
}

/** The upper bound: every candidate the reader likes first (in topic-only order), then the rest. */
function oracle(reader: Reader, pool: readonly PaperItem[], size: number): PaperItem[] {
  const liked = pool.filter((c) => likes(reader, englishOf(c.paper)));
  return [...liked, ...pool.filter((c) => !liked.includes(c))].slice(0, size);
}

/** Mean precision of a set of results. */
export function meanPrecision(results: readonly ReaderResult[]): number {
  return results.length ? results.reduce((s, r) => s + r.precision, 0) / results.length : 0;
}

/** The recommendation ranker with the shipped defaults. */
export const shipped: Ranker = { kind: 'recommend', rank: defaultRankOptions, useVotes: true };
