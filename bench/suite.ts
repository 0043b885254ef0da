/**
 * The benchmark suite: runs every section in order over one generated corpus and returns plain
 * results (no printing), so `run.ts` and the vitest smoke test share it.
 *
 * Order matters for memory: the small index is dropped before the large one is built, and the large
 * one is kept for selection.
 * @module
 */
import { tagPapers } from '../src/core/corpus.ts';
import { topicCatalog } from '../src/core/topics.ts';
import type { DigestIndex } from '../src/core/search-index.ts';
import { makeCorpus } from './corpus-gen.ts';
import { loadStarterPools } from './gen/starter.ts';
import { buildQueries } from './gen/queries.ts';
import { benchParse, type ParseResult } from './parse.ts';
import { benchIndexBuild, benchSearch, type IndexBuildResult, type SearchBenchResult } from './search.ts';
import type { SelectRunResult } from './select.ts';
import type { DeliveryOptions, DeliveryRunResult } from './delivery.ts';
import { round } from './stats.ts';
import { machineInfo, statusOf, tick, type MachineInfo, type SectionStatus } from './util.ts';

// === Configuration

/** What to run and at which sizes. See {@link fullConfig} and {@link quickConfig}. */
export interface BenchConfig {
  quick: boolean;
  seed: number;
  /** Generated digest text per format for the parse section. */
  parseBytesPerFormat: number;
  /** Corpus sizes for index + search, ascending; the largest index is kept for selection. */
  sizes: number[];
  queries: number;
  /** Stop a size's query loop after this long and report the queries that ran. */
  searchBudgetMs: number;
  /** Subscription counts for selection, run against the largest index. */
  subscriptions: number[];
  /** Days of delivery history per chat (each day delivered `size` papers). */
  historyDays: number;
  /** Stop a selection run after this long and project the full count from the rate so far. */
  selectBudgetMs: number;
  /** Chats due at once for the delivery section. */
  chats: number;
  /** Limits the fake Bot API enforces. */
  rate: { global: number; perChat: number };
  /**
   * Run delivery in a child process while the largest index builds (it waits on the rate limit, the
   * build is CPU-bound on one core), awaiting it before any search is timed. Keeps the full suite
   * under 5 minutes; off in quick mode, where delivery runs in-process after the rest.
   */
  deliveryAlongsideBuild: boolean;
  /** What-if: the Telegram adapter's overall throttle in msgs/s instead of its default (25). */
  throttleGlobal?: number;
  /**
   * A second delivery run with the adapter's overall cap raised to just under the fake's limit: can
   * the pipeline (scheduler, outbox, throttler, retries) saturate Telegram's 30 msg/s? The shipped
   * default stays at 25/s (SPEC section 6), leaving room for command replies during a fan-out.
   */
  saturation?: { chats: number; throttleGlobal: number };
}

/** `npm run bench`: SPEC section 8 sizes. `BENCH_CHATS` overrides the delivery chat count. */
export const fullConfig: BenchConfig = {
  quick: false,
  seed: 1,
  parseBytesPerFormat: 4_000_000,
  sizes: [10_000, 100_000],
  queries: 1_000,
  searchBudgetMs: 45_000,
  subscriptions: [10_000, 100_000],
  historyDays: 30,
  selectBudgetMs: 25_000,
  chats: 2_000,
  rate: { global: 30, perChat: 1 },
  deliveryAlongsideBuild: true,
  saturation: { chats: 1_000, throttleGlobal: 29 },
};

/** `BENCH_QUICK=1`: a smoke run (1k papers, 100 subscriptions, 100 chats) in well under 30 s. */
export const quickConfig: BenchConfig = {
  ...fullConfig,
  quick: true,
  parseBytesPerFormat: 200_000,
  sizes: [1_000],
  queries: 200,
  searchBudgetMs: 5_000,
  subscriptions: [100],
  selectBudgetMs: 5_000,
  chats: 100,
  deliveryAlongsideBuild: false,
  saturation: undefined,
};

// === Results

export interface CorpusInfo {
  papers: number;
  genMs: number;
  tagMs: number;
  meanBytes: number;
}

export interface TargetVerdict {
  name: string;
  figure: string;
  /** undefined when the section did not run. */
  met: boolean | undefined;
}

export interface BenchResults {
  machine: MachineInfo;
  config: BenchConfig;
  totalMs: number;
  parse: ParseResult;
  corpus: CorpusInfo[];
  index: SectionStatus & { runs: IndexBuildResult[] };
  search: SectionStatus & { runs: SearchBenchResult[] };
  select: SectionStatus & { runs: SelectRunResult[] };
  delivery: SectionStatus & { run?: DeliveryRunResult; saturation?: DeliveryRunResult };
  targets: TargetVerdict[];
}

/** Progress lines (stderr in `run.ts`; silent in tests). */
export type Log = (line: string) => void;

// === Runner

/** Runs every section with `config`; never throws for a missing or failing dependency. */
export async function runSuite(config: BenchConfig, log: Log = () => {}): Promise<BenchResults> {
  const started = performance.now();
  const pools = loadStarterPools();

  log('parse: generating digest text and parsing it');
  const parse = benchParse(pools, { bytesPerFormat: config.parseBytesPerFormat, seed: config.seed });
  await tick();

  const corpus: CorpusInfo[] = [];
  const index: BenchResults['index'] = { status: 'ok', runs: [] };
  const search: BenchResults['search'] = { status: 'ok', runs: [] };
  let largest: DigestIndex | undefined;
  let phase: 'index' | 'search' = 'index';
  const deliveryOptions = { chats: config.chats, rate: config.rate, seed: config.seed, ...(config.throttleGlobal ? { throttleGlobal: config.throttleGlobal } : {}) };
  const deliveryRuns: DeliveryOptions[] = [deliveryOptions, ...(config.saturation ? [{ ...deliveryOptions, ...config.saturation }] : [])];
  let deliveryChild: Promise<DeliveryRunResult[]> | undefined;
  try {
    const maxSize = Math.max(...config.sizes);
    log(`corpus: generating and tagging ${maxSize} papers`);
    const all = makeCorpus(pools, maxSize, tagPapers, config.seed);
    corpus.push({ papers: maxSize, genMs: all.genMs, tagMs: all.tagMs, meanBytes: all.meanBytes });
    for (const size of config.sizes) {
      // The smaller corpus is a prefix of the larger one (same seed, same stream).
      const papers = size === maxSize ? all.papers : all.papers.slice(0, size);
      largest = undefined; // let the previous index be collected before measuring the next
      phase = 'index';
      if (size === maxSize && config.deliveryAlongsideBuild) {
        log(`delivery: ${config.chats} chats due at once (child process, alongside the next build)`);
        const { runDeliveryChild } = await import('./delivery-main.ts');
        deliveryChild = runDeliveryChild(deliveryRuns);
        deliveryChild.catch(() => {}); // awaited below; avoid an unhandled rejection meanwhile
      }
      log(`index: building ${size}`);
      const built = benchIndexBuild(papers);
      index.runs.push(built.result);
      if (deliveryChild) {
        log('delivery: waiting for the child to finish before timing searches');
        await deliveryChild.catch(() => undefined);
      }
      log(`index: ${size} built in ${built.result.buildMs} ms; searching`);
      phase = 'search';
      const queries = buildQueries(papers, topicCatalog, config.queries, config.seed + 10);
      search.runs.push(benchSearch(built.index, queries, { budgetMs: config.searchBudgetMs }));
      largest = built.index;
      await tick();
    }
  } catch (e) {
    Object.assign(search, statusOf(e));
    if (phase === 'index') Object.assign(index, statusOf(e));
  }

  const select: BenchResults['select'] = { status: 'skipped', reason: 'no index', runs: [] };
  if (largest) {
    try {
      const { benchSelect } = await import('./select.ts');
      select.runs = [];
      for (const count of config.subscriptions) {
        log(`select: ${count} subscriptions`);
        select.runs.push(await benchSelect(largest, { subscriptions: count, historyDays: config.historyDays, budgetMs: config.selectBudgetMs, seed: config.seed }));
      }
      Object.assign(select, { status: 'ok', reason: undefined });
    } catch (e) {
      Object.assign(select, statusOf(e));
    }
  }
  largest = undefined;

  const delivery: BenchResults['delivery'] = { status: 'ok' };
  try {
    let runs: DeliveryRunResult[];
    if (deliveryChild) runs = await deliveryChild;
    else {
      const { benchDelivery } = await import('./delivery.ts');
      runs = [];
      for (const run of deliveryRuns) {
        log(`delivery: ${run.chats} chats due at once${run.throttleGlobal ? ` (adapter cap ${run.throttleGlobal}/s)` : ''}`);
        runs.push(await benchDelivery(run));
      }
    }
    delivery.run = runs[0];
    if (config.saturation) delivery.saturation = runs[1];
  } catch (e) {
    Object.assign(delivery, statusOf(e));
  }

  const results: BenchResults = {
    machine: machineInfo(),
    config,
    totalMs: Math.round(performance.now() - started),
    parse,
    corpus,
    index,
    search,
    select,
    delivery,
    targets: [],
  };
  results.targets = targets(results);
  return results;
}

/** The Telegram adapter's shipped overall cap (msgs/s, SPEC section 6). */
const shippedTelegramRate = 25;

/** SPEC section 8 verdicts from the largest run of each section. */
export function targets(r: BenchResults): TargetVerdict[] {
  const s = r.search.runs.at(-1);
  const sel = r.select.runs.at(-1);
  const d = r.delivery.run;
  const sat = r.delivery.saturation;
  const cap = Math.min(r.config.throttleGlobal ?? shippedTelegramRate, r.config.rate.global);
  const parseOk = r.parse.status === 'ok' ? r.parse.formats.every((f) => f.failures === 0 && f.papersParsed === f.papersExpected) : undefined;
  return [
    {
      name: `search p99 < 10 ms at ${s ? s.papers.toLocaleString('en-US') : '100,000'} papers`,
      figure: s ? `p99 ${s.latencyMs.p99} ms` : 'not run',
      met: s ? s.latencyMs.p99 < 10 && s.queries === r.config.queries : undefined,
    },
    {
      name: `selection of ${sel ? sel.subscriptions.toLocaleString('en-US') : '100,000'} subscriptions < 10 s`,
      figure: sel ? `${(sel.projectedMs / 1000).toFixed(1)} s${sel.ran < sel.subscriptions ? ' (projected)' : ''}` : 'not run',
      met: sel ? sel.projectedMs < 10_000 && sel.repeats === 0 : undefined,
    },
    {
      name: `delivery at the adapter's ${cap} msg/s cap: >= 90% of it, 0 lost, 0 duplicated`,
      figure: d ? `${d.messagesPerSec} msg/s (${round((100 * d.messagesPerSec) / cap, 1)}% of cap), lost ${d.lost}, dup ${d.duplicated}` : 'not run',
      met: d ? d.messagesPerSec >= 0.9 * cap && d.lost === 0 && d.duplicated === 0 : undefined,
    },
    ...(r.config.saturation
      ? [
          {
            name: `delivery, cap raised to ${r.config.saturation.throttleGlobal}/s: >= 90% of the ${r.config.rate.global} msg/s limit, 0 lost, 0 duplicated`,
            figure: sat ? `${sat.messagesPerSec} msg/s (${sat.percentOfLimit}%), 429s ${sat.rejected429}, lost ${sat.lost}, dup ${sat.duplicated}` : 'not run',
            met: sat ? sat.percentOfLimit >= 90 && sat.lost === 0 && sat.duplicated === 0 : undefined,
          },
        ]
      : []),
    {
      name: 'parse: generated digests parsed with exact counts',
      figure: r.parse.formats.map((f) => `${f.format} ${f.mbPerSec} MB/s`).join(', ') || 'not run',
      met: parseOk,
    },
  ];
}
