/**
 * Selection benchmark: `selectDaily` for many subscriptions against the large index, each chat with a
 * realistic history (`historyDays` days of `size` papers already delivered, drawn from the papers of
 * its topics, which is what past digests would have sent).
 *
 * Subscriptions and histories are built in chunks outside the timed region, so memory stays bounded
 * at 100k chats and only selection is measured. A run stops at `budgetMs` and projects the full count
 * from its rate, so a slow selector cannot hold the whole suite hostage.
 * @module
 */
import type { DigestIndex } from '../src/core/search-index.ts';
import type { Paper } from '../src/core/model.ts';
import type { Subscription } from '../src/schedule/types.ts';
import { topicIds } from '../src/core/topics.ts';
import { Rng } from './gen/rng.ts';
import { msSince, round, summarize, type LatencyStats } from './stats.ts';
import { roundStats } from './search.ts';
import { tick } from './util.ts';

/** What the selector returns (as `src/cli.ts` uses it). */
interface Selection {
  papers: { paper: Paper; why: string[] }[];
}
type SelectDaily = (sub: Subscription, index: DigestIndex, delivered: ReadonlySet<string>, localDate: string) => Selection;

export interface SelectOptions {
  subscriptions: number;
  historyDays: number;
  budgetMs: number;
  seed?: number;
  /** The chats' local date. Default `2025-01-15`. */
  localDate?: string;
}

export interface SelectRunResult {
  subscriptions: number;
  indexPapers: number;
  /** Subscriptions actually selected for (less than `subscriptions` when the budget ran out). */
  ran: number;
  /** Time spent in `selectDaily` for the ones that ran. */
  ms: number;
  /** `ms` scaled to all subscriptions (equal to `ms` when all ran). */
  projectedMs: number;
  perSubMs: LatencyStats;
  meanPicked: number;
  /** Subscriptions that got nothing new. */
  empty: number;
  /** Picked papers already in the chat's history (must be 0). */
  repeats: number;
  /** Picks over the subscription's size (must be 0). */
  oversize: number;
  meanHistory: number;
}

const chunkSize = 5_000;
/** Keywords some subscriptions add to their topics (English, Russian, Chinese, names). */
const keywordPool = ['transformer', 'benchmark', 'video', 'агент', 'диффузия', 'квантование', '多模态', '强化学习', '扩散', 'LoRA', 'RLHF', 'Mamba', 'CLIP', 'robot', 'speech'];

/** Builds one subscription (1-3 topics, sometimes keywords, size mostly 3) and its history. */
function makeSub(rng: Rng, i: number, byTopic: ReadonlyMap<string, readonly string[]>, all: readonly string[], historyDays: number, now: number): { sub: Subscription; history: Set<string> } {
  const keywordsOnly = rng.chance(0.05);
  const topics = keywordsOnly ? [] : rng.sample(topicIds, rng.range(1, 3));
  const keywords = keywordsOnly || rng.chance(0.2) ? rng.sample(keywordPool, rng.range(1, 2)) : [];
  const size = rng.chance(0.8) ? 3 : rng.range(1, 10);
  // Past digests drew from the chat's topics: pick a topic, then a paper of it (no concatenated pool:
  // at 100k papers a per-chat copy of 2-3 topic lists dominated the setup time).
  const pools = topics.map((t) => byTopic.get(t) ?? []).filter((p) => p.length > 0);
  const available = pools.length ? pools.reduce((n, p) => n + p.length, 0) : all.length;
  const history = new Set<string>();
  const want = Math.min(historyDays * size, available);
  for (let guard = 0; history.size < want && guard < want * 4; guard++) history.add(rng.pick(pools.length ? rng.pick(pools) : all));
  const sub: Subscription = {
    chat: { platform: i % 2 ? 'telegram' : 'discord', chatId: String(1_000_000 + i) },
    topics,
    keywords,
    time: `${String(rng.int(24)).padStart(2, '0')}:00`,
    timeZone: rng.pick(['UTC', 'Europe/Moscow', 'Asia/Shanghai', 'America/New_York']),
    size,
    paused: false,
    pauseReason: null,
    silentWhenEmpty: false,
    nextRunAt: now,
    lastDelivery: null,
    lastError: null,
    failures: 0,
    createdAt: now,
    updatedAt: now,
  };
  return { sub, history };
}

/** Runs `selectDaily` for `options.subscriptions` chats against `index`. */
export async function benchSelect(index: DigestIndex, options: SelectOptions): Promise<SelectRunResult> {
  // The module is being written alongside the bench; load it lazily so a missing file skips this section.
  const modulePath = '../src/schedule/select.ts';
  const { selectDaily } = (await import(modulePath)) as { selectDaily: SelectDaily };
  const localDate = options.localDate ?? '2025-01-15';
  const rng = new Rng((options.seed ?? 1) * 7919);
  const papers = index.papers();
  const all = papers.map((p) => p.id);
  const byTopic = new Map<string, string[]>();
  for (const p of papers) for (const t of p.topics) (byTopic.get(t) ?? byTopic.set(t, []).get(t)!).push(p.id);

  const samples: number[] = [];
  let spent = 0;
  let picked = 0;
  let empty = 0;
  let repeats = 0;
  let oversize = 0;
  let historySum = 0;
  const now = Date.UTC(2025, 0, 15, 9);
  for (let base = 0; base < options.subscriptions && spent < options.budgetMs; base += chunkSize) {
    const chunk = Array.from({ length: Math.min(chunkSize, options.subscriptions - base) }, (_, k) => makeSub(rng, base + k, byTopic, all, options.historyDays, now));
    for (const { sub, history } of chunk) {
      if (spent >= options.budgetMs) break;
      const start = process.hrtime.bigint();
      const result = selectDaily(sub, index, history, localDate);
      const ms = msSince(start);
      spent += ms;
      samples.push(ms);
      historySum += history.size;
      picked += result.papers.length;
      if (result.papers.length === 0) empty++;
      if (result.papers.length > sub.size) oversize++;
      for (const { paper } of result.papers) if (history.has(paper.id)) repeats++;
    }
    await tick();
  }
  const ran = samples.length;
  return {
    subscriptions: options.subscriptions,
    indexPapers: index.size,
    ran,
    ms: Math.round(spent),
    projectedMs: Math.round(ran ? (spent / ran) * options.subscriptions : 0),
    perSubMs: roundStats(summarize(samples)),
    meanPicked: round(picked / Math.max(1, ran)),
    empty,
    repeats,
    oversize,
    meanHistory: round(historySum / Math.max(1, ran), 1),
  };
}
