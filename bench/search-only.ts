/**
 * The index and search sections alone (`npx tsx --expose-gc bench/search-only.ts [papers]`, default
 * 100,000): the same generated corpus, index build and 1,000 mixed queries as `npm run bench`, printed
 * as JSON with the machine's load average (the figures are only comparable on a quiet machine). For
 * measuring a search or lexicon change without running the whole suite.
 * @module
 */
import { loadavg } from 'node:os';
import { tagPapers } from '../src/core/corpus.ts';
import { topicCatalog } from '../src/core/topics.ts';
import { makeCorpus } from './corpus-gen.ts';
import { loadStarterPools } from './gen/starter.ts';
import { buildQueries } from './gen/queries.ts';
import { benchIndexBuild, benchSearch } from './search.ts';
import { fullConfig } from './suite.ts';

const size = Number(process.argv[2] ?? 100_000);
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const loadBefore = load();
const corpus = makeCorpus(loadStarterPools(), size, tagPapers, fullConfig.seed);
const built = benchIndexBuild(corpus.papers);
const queries = buildQueries(corpus.papers, topicCatalog, fullConfig.queries, fullConfig.seed + 10);
const search = benchSearch(built.index, queries);
console.log(JSON.stringify({ papers: size, loadavgBefore: loadBefore, loadavgAfter: load(), index: built.result, search: { ...search, slowest: search.slowest.slice(0, 3) } }, null, 1));
