/**
 * Index and search benchmarks: build time and memory of `DigestIndex` at a given corpus size, then
 * latency percentiles of a mixed query set (overall and per query kind).
 * @module
 */
import type { Paper } from '../src/core/model.ts';
import { DigestIndex } from '../src/core/search-index.ts';
import type { BenchQuery, QueryKind } from './gen/queries.ts';
import { msSince, round, summarize, type LatencyStats } from './stats.ts';
import { mb, memoryAfterGc } from './util.ts';

export interface IndexBuildResult {
  papers: number;
  buildMs: number;
  /** Heap used after a full GC, minus the same before the build (MB). */
  heapDeltaMB: number;
  /**
   * ArrayBuffer memory after a full GC, minus the same before the build (MB). The posting lists are
   * typed arrays, whose backing stores V8 counts outside `heapUsed`: heap + this is what the index holds.
   */
  arrayBuffersDeltaMB: number;
  rssDeltaMB: number;
  heapAfterMB: number;
  rssAfterMB: number;
}

/** Builds an index over `papers` (one `add` call, as `indexCorpus` does) and measures it. */
export function benchIndexBuild(papers: readonly Paper[]): { index: DigestIndex; result: IndexBuildResult } {
  const before = memoryAfterGc();
  const buffersBefore = process.memoryUsage().arrayBuffers;
  const start = process.hrtime.bigint();
  const index = new DigestIndex();
  index.add(papers);
  const buildMs = msSince(start);
  const after = memoryAfterGc();
  const buffersAfter = process.memoryUsage().arrayBuffers;
  return {
    index,
    result: {
      papers: index.size,
      buildMs: round(buildMs, 0),
      heapDeltaMB: mb(after.heapUsed - before.heapUsed),
      arrayBuffersDeltaMB: mb(buffersAfter - buffersBefore),
      rssDeltaMB: mb(after.rss - before.rss),
      heapAfterMB: mb(after.heapUsed),
      rssAfterMB: mb(after.rss),
    },
  };
}

export interface SearchBenchResult {
  papers: number;
  queries: number;
  latencyMs: LatencyStats;
  byKind: Partial<Record<QueryKind, LatencyStats>>;
  /** Queries with no hit at all (a sanity check on the query mix, not a target). */
  zeroHit: number;
  /** Distinct query strings among those run (repeats are what a result cache would serve). */
  distinct: number;
  /** Mean `total` of a query (how many papers the engine scored). */
  meanTotal: number;
  /** The slowest queries, for profiling. */
  slowest: { q: string; kind: QueryKind; ms: number; total: number }[];
}

export interface SearchBenchOptions {
  /** Results per call; `/paper` shows 5 a page. Default 5. */
  limit?: number;
  /** Untimed warm-up queries run first (JIT, lazy engine structures). Default 50. */
  warmup?: number;
  /** Stop after this much query time and report the queries that ran. Default: no limit. */
  budgetMs?: number;
}

/** Times every query in `queries` against `index`, one at a time, as a chat command would. */
export function benchSearch(index: DigestIndex, queries: readonly BenchQuery[], options: SearchBenchOptions = {}): SearchBenchResult {
  const limit = options.limit ?? 5;
  // The warm-up is for the JIT, not the result cache: its queries are also the first timed ones, and a
  // cached page would flatter the mean and p50 (repeats inside the timed mix still hit, as in real use).
  const cacheSize = index.resultCacheSize;
  index.resultCacheSize = 0;
  for (const { q } of queries.slice(0, options.warmup ?? 50)) index.search(q, { limit });
  index.resultCacheSize = cacheSize;
  const samples: { q: string; kind: QueryKind; ms: number; total: number }[] = [];
  const budget = options.budgetMs ?? Infinity;
  let spent = 0;
  for (const { q, kind } of queries) {
    if (spent > budget) break;
    const start = process.hrtime.bigint();
    const page = index.search(q, { limit });
    const ms = msSince(start);
    spent += ms;
    samples.push({ q, kind, ms, total: page.total });
  }
  const kinds = [...new Set(samples.map((s) => s.kind))];
  const byKind: Partial<Record<QueryKind, LatencyStats>> = {};
  for (const kind of kinds) byKind[kind] = roundStats(summarize(samples.filter((s) => s.kind === kind).map((s) => s.ms)));
  return {
    papers: index.size,
    queries: samples.length,
    latencyMs: roundStats(summarize(samples.map((s) => s.ms))),
    byKind,
    zeroHit: samples.filter((s) => s.total === 0).length,
    distinct: new Set(samples.map((s) => s.q)).size,
    meanTotal: round(samples.reduce((n, s) => n + s.total, 0) / Math.max(1, samples.length), 0),
    slowest: [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => ({ ...s, ms: round(s.ms) })),
  };
}

/** Rounds every figure of `s` to 3 decimals (µs precision). */
export function roundStats(s: LatencyStats): LatencyStats {
  return { count: s.count, mean: round(s.mean, 3), min: round(s.min, 3), p50: round(s.p50, 3), p95: round(s.p95, 3), p99: round(s.p99, 3), max: round(s.max, 3) };
}
