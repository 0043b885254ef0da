/**
 * The index and search sections alone (`npx tsx --expose-gc bench/search-only.ts [papers]`, default
 * 100,000): the same generated corpus, index build and 1,000 mixed queries as `npm run bench`, printed
 * as JSON with the machine's load average (the figures are only comparable on a quiet machine). For
 * measuring a search or lexicon change without running the whole suite.
 *
 * Three timings of the same queries, each labelled in the output:
 * - `search` — **cold lists**, as `npm run bench` times them: right after the build, each long posting
 *   list's impacts and block bounds are computed by the first query that reads it (the definition of
 *   every earlier round's figures);
 * - `warmLists` — after a 1,000-paper change (papers replaced, which makes every kept list stale),
 *   then warming as the bot runs it after a load or an update (`DigestIndex.warm` until done, timed
 *   in slices), then the queries: the lists as the bot has them once warming is done;
 * - `coldListsAfterChange` — after another 1,000-paper change and no warming: what the queries pay
 *   when they come before warming is done (or on a tree without warming).
 * The result cache is emptied by each change (and the warm-up queries run without it), as before.
 * @module
 */
import { loadavg } from 'node:os';
import { tagPapers } from '../src/core/corpus.ts';
import { topicCatalog } from '../src/core/topics.ts';
import type { DigestIndex } from '../src/core/search-index.ts';
import { makeCorpus } from './corpus-gen.ts';
import { loadStarterPools } from './gen/starter.ts';
import { buildQueries } from './gen/queries.ts';
import { benchIndexBuild, benchSearch, type SearchBenchResult } from './search.ts';
import { round } from './stats.ts';
import { fullConfig } from './suite.ts';

const size = Number(process.argv[2] ?? 100_000);
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const loadBefore = load();
const corpus = makeCorpus(loadStarterPools(), size, tagPapers, fullConfig.seed);
const built = benchIndexBuild(corpus.papers);
const index = built.index;
const queries = buildQueries(corpus.papers, topicCatalog, fullConfig.queries, fullConfig.seed + 10);
const brief = (s: SearchBenchResult) => ({ ...s, slowest: s.slowest.slice(0, 3) });
/** Impacts and block bounds held (MB); 0 on a tree without these counters. */
const cacheMB = (ix: DigestIndex) => {
  const o = ix as unknown as { impactBytes?: number; boundsBytes?: number };
  return { impacts: round((o.impactBytes ?? 0) / 1e6, 1), bounds: round((o.boundsBytes ?? 0) / 1e6, 1) };
};
/** Replaces 1,000 papers (the same records again, from `from` on): a change that makes every kept list stale. */
const change = (from: number) => index.add(corpus.papers.slice(from, from + 1000).map((p) => ({ ...p })));
const warmable = index as unknown as { warm?: (budget: number) => number; warmth?: () => unknown };

const search = benchSearch(index, queries);
const afterCold = cacheMB(index);

let warmLists: unknown = 'not available on this tree (no DigestIndex.warm)';
if (warmable.warm && warmable.warmth) {
  change(0);
  const staleAfterChange = warmable.warmth();
  // As the bot warms (`app/live-corpus.ts`), without the pauses between slices: at most ~50,000 postings a slice.
  const slices: number[] = [];
  let postings = 0;
  for (;;) {
    const t = performance.now();
    const read = warmable.warm(50_000);
    if (read === 0) break;
    slices.push(performance.now() - t);
    postings += read;
  }
  const sorted = [...slices].sort((a, b) => a - b);
  const warming = { ms: round(slices.reduce((a, b) => a + b, 0), 1), postings, slices: slices.length, sliceMsP50: round(sorted[Math.floor(sorted.length / 2)] ?? 0, 2), sliceMsMax: round(sorted.at(-1) ?? 0, 2) };
  const timed = benchSearch(index, queries);
  warmLists = { lists: 'warm: 1,000 papers replaced, then warmed as the bot does, then timed', staleAfterChange, warming, memoryMB: cacheMB(index), ...brief(timed) };
}
change(1000);
const staleAfterChange = warmable.warmth?.();
const coldListsAfterChange = { lists: 'cold: 1,000 papers replaced, then timed without warming', ...(staleAfterChange ? { staleAfterChange } : {}), ...brief(benchSearch(index, queries)) };

console.log(
  JSON.stringify(
    {
      papers: size,
      loadavgBefore: loadBefore,
      loadavgAfter: load(),
      index: built.result,
      search: { lists: 'cold: right after the build, computed on first use (as npm run bench)', memoryMB: afterCold, ...brief(search) },
      warmLists,
      coldListsAfterChange,
    },
    null,
    1,
  ),
);
