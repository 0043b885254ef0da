/**
 * Engine comparison on OUR corpus: DigestIndex (our BM25+ posting lists, with bigrams or
 * Intl.Segmenter for Chinese), MiniSearch and Orama with our tokenizer and topic expansion (the
 * MiniSearch one is DigestIndex as it was before the posting lists, `test/support/minisearch-index.ts`),
 * and MiniSearch and Orama with their default tokenizers as baselines. Reports relevance on the labelled
 * queries (test/relevance/queries.ts), build time, memory (JS heap plus ArrayBuffers, where the
 * posting lists live), and query latency on the starter corpus and on synthetic corpora recombined
 * from it.
 *
 *   npx tsx --expose-gc bench/engines.ts                 # starter + 10k
 *   npx tsx --expose-gc bench/engines.ts --sizes 10000,100000 --orama-max 10000 --minisearch-max 10000
 *
 * MiniSearch and Orama are slow to build at 100k (minutes); `--minisearch-max` and `--orama-max`
 * skip them above a size. Without --expose-gc memory figures are noisier (no forced GC before/after).
 * Engines are built, measured and dropped one at a time (only one index in memory), so a 100k run
 * fits in memory; each finished engine is logged to stderr as it goes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import Database from 'better-sqlite3';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { buildCorpus } from '../src/core/corpus.ts';
import type { Paper } from '../src/core/model.ts';
import { DigestIndex, nameKey } from '../src/core/search-index.ts';
import { tokenize, tokenizeQuery } from '../src/core/tokenize.ts';
import { matchTopics, tagTopics } from '../src/core/topics.ts';
import { cappedPrecisionAt, mean, recallAt, reciprocalRank } from '../test/relevance/metrics.ts';
import { labelledQueries } from '../test/relevance/queries.ts';
import { resolveRef } from '../test/relevance/corpus.ts';
import { MiniSearchIndex } from '../test/support/minisearch-index.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    'orama-max': { type: 'string', default: '10000' },
    'minisearch-max': { type: 'string', default: '10000' },
    queries: { type: 'string', default: '1000' },
    dir: { type: 'string', default: 'data/digests' },
  },
});
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const oramaMax = Number(values['orama-max']);
const miniSearchMax = Number(values['minisearch-max']);
const queryCount = Number(values.queries);

// === Engines behind one interface

interface Engine {
  name: string;
  build(papers: readonly Paper[]): Promise<void>;
  search(query: string, limit: number): Promise<string[]>;
  /** Lets go of the index (and removes any file it wrote), so the next engine is measured alone. */
  close?(): void;
}

function digestIndexEngine(name: string, cjk: 'bigram' | 'segmenter'): Engine {
  let index: DigestIndex;
  return {
    name,
    async build(papers) {
      index = new DigestIndex({ cjk });
      index.add(papers);
    },
    async search(q, limit) {
      return index.search(q, { limit }).hits.map((h) => h.paper.id);
    },
    close() {
      index = undefined!;
    },
  };
}

/** DigestIndex's ranking on MiniSearch (before the posting lists): same tokenizer, expansion, boosts. */
function miniSearchOursEngine(): Engine {
  let index: MiniSearchIndex;
  return {
    name: 'minisearch + our tokenizer + expansion',
    async build(papers) {
      index = new MiniSearchIndex();
      index.add(papers);
    },
    async search(q, limit) {
      return index.search(q, limit).hits.map((h) => h.id);
    },
    close() {
      index = undefined!;
    },
  };
}

function miniSearchDefaultEngine(): Engine {
  let ms: MiniSearch;
  return {
    name: 'minisearch default tokenizer, no expansion',
    async build(papers) {
      ms = new MiniSearch({ fields: ['name', 'title', 'summary', 'abstract'], searchOptions: { boost: { name: 6, title: 2 } } });
      ms.addAll(papers.map(flat));
    },
    async search(q, limit) {
      return ms.search(q).slice(0, limit).map((r) => String(r.id));
    },
    close() {
      ms = undefined!;
    },
  };
}

/** Orama with our tokenizer; topic expansion as extra `topic:<id>` words in the term (no query trees). */
function oramaEngine(ours: boolean): Engine {
  let db: AnyOrama;
  const names = new Map<string, Set<string>>();
  const tokenizer = {
    language: 'english',
    normalizationCache: new Map<string, string>(),
    tokenize: (raw: string, _lang?: string, prop?: string) => {
      if (prop === 'topics') return raw.split(' ').filter(Boolean);
      const topicWords = raw.split(' ').filter((w) => w.startsWith('topic:'));
      const rest = topicWords.length ? raw.split(' ').filter((w) => !w.startsWith('topic:')).join(' ') : raw;
      return [...new Set([...tokenize(rest), ...topicWords])];
    },
  };
  return {
    name: ours ? 'orama + our tokenizer + expansion' : 'orama default tokenizer, no expansion',
    async build(papers) {
      db = create({
        schema: { name: 'string', title: 'string', summary: 'string', abstract: 'string', topics: 'string' } as const,
        ...(ours ? { components: { tokenizer } } : {}),
      });
      await insertMultiple(db, papers.map(flat), 1000);
      names.clear();
      for (const p of papers) for (const k of [p.name, p.title].filter(Boolean)) {
        const key = nameKey(k!);
        names.set(key, (names.get(key) ?? new Set()).add(p.id));
      }
    },
    async search(q, limit) {
      const topics = ours ? [...matchTopics(q, { query: true }).keys()].map((t) => `topic:${t}`) : [];
      const term = [ours ? tokenizeQuery(q).join(' ') : q, ...topics].join(' ');
      const res = await oramaSearch(db, {
        term,
        properties: ours ? ['name', 'title', 'summary', 'abstract', 'topics'] : ['name', 'title', 'summary', 'abstract'],
        boost: { name: 6, title: 2, abstract: 0.5, topics: 5 },
        threshold: 1,
        limit: ours ? limit + 20 : limit,
      });
      let ids = res.hits.map((h) => String(h.id));
      const exact = ours ? names.get(nameKey(q)) : undefined;
      if (exact) ids = [...ids.filter((id) => exact.has(id)), ...ids.filter((id) => !exact.has(id))];
      return ids.slice(0, limit);
    },
    close() {
      db = undefined!;
      names.clear();
    },
  };
}

/**
 * SQLite FTS5 (better-sqlite3) with our tokenizer: each field stored as our tokens joined by spaces
 * (`unicode61` keeps `:`, `-` and `_` inside tokens), topic expansion as `topic:<id>` words in a
 * fifth column, BM25 with the same field boosts, exact names first. The database is a file in a
 * temporary directory (as a deployment would keep it; its pages are in the page cache, not the JS heap:
 * see the RSS column).
 */
function sqliteEngine(): Engine {
  let db: Database.Database;
  let dir: string;
  let query: Database.Statement;
  const names = new Map<string, Set<string>>();
  return {
    name: 'SQLite FTS5 (better-sqlite3) + our tokenizer + expansion',
    async build(papers) {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = mkdtempSync(join(tmpdir(), 'paperboy-fts5-'));
      db = new Database(join(dir, 'fts.sqlite'));
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.exec(`CREATE VIRTUAL TABLE docs USING fts5(pid UNINDEXED, name, title, summary, abstract, topics, tokenize = "unicode61 remove_diacritics 0 tokenchars ':-_'")`);
      const insert = db.prepare('INSERT INTO docs (pid, name, title, summary, abstract, topics) VALUES (?, ?, ?, ?, ?, ?)');
      const words = (text: string) => tokenize(text).join(' ');
      db.transaction(() => {
        for (const p of papers) {
          const f = flat(p);
          insert.run(p.id, words(f.name), words(f.title), words(f.summary), words(f.abstract), f.topics);
        }
      })();
      // Weights as DigestIndex's boosts: name 6, title 2, summary 1, abstract 0.5, topics 5.
      query = db.prepare('SELECT pid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 6, 2, 1, 0.5, 5) LIMIT ?');
      names.clear();
      for (const p of papers) for (const k of [p.name, p.title].filter(Boolean)) {
        const key = nameKey(k!);
        names.set(key, (names.get(key) ?? new Set()).add(p.id));
      }
    },
    async search(q, limit) {
      const terms = [...new Set([...tokenizeQuery(q), ...[...matchTopics(q, { query: true }).keys()].map((t) => `topic:${t}`)])];
      if (!terms.length) return [];
      // Tokens are quoted: `-` and `:` are FTS5 syntax.
      const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
      let ids = (query.all(match, limit + 20) as { pid: string }[]).map((r) => r.pid);
      const exact = names.get(nameKey(q));
      if (exact) ids = [...exact, ...ids.filter((id) => !exact.has(id))];
      return ids.slice(0, limit);
    },
    close() {
      db?.close();
      db = undefined!;
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = '';
      names.clear();
    },
  };
}

/**
 * FlexSearch (0.8) with our tokenizer: one `Index` per field over our tokens (FlexSearch's own
 * encoder only splits them on spaces), topic expansion as `topic:<id>` words; results merged by a
 * field-weighted reciprocal rank (FlexSearch ranks by term position/resolution, not BM25, and
 * returns ids only), exact names first.
 */
type FlexSearchIndex = InstanceType<typeof FlexSearch.Index>;

function flexSearchEngine(): Engine {
  const fields = ['name', 'title', 'summary', 'abstract', 'topics'] as const;
  const boosts = { name: 6, title: 2, summary: 1, abstract: 0.5, topics: 5 };
  let indexes: Record<(typeof fields)[number], FlexSearchIndex>;
  const names = new Map<string, Set<string>>();
  let ids: string[] = [];
  return {
    name: 'FlexSearch + our tokenizer + expansion',
    async build(papers) {
      // Our tokens arrive joined by spaces; FlexSearch only splits them again (no encoding of its own).
      const make = () => new FlexSearch.Index({ tokenize: 'strict', resolution: 9, encode: (text: string) => text.split(' ').filter(Boolean) });
      indexes = { name: make(), title: make(), summary: make(), abstract: make(), topics: make() };
      ids = papers.map((p) => p.id);
      papers.forEach((p, i) => {
        const f = flat(p);
        for (const field of fields) {
          const text = field === 'topics' ? f.topics : tokenize(f[field]).join(' ');
          if (text) indexes[field].add(i, text);
        }
      });
      names.clear();
      for (const p of papers) for (const k of [p.name, p.title].filter(Boolean)) {
        const key = nameKey(k!);
        names.set(key, (names.get(key) ?? new Set()).add(p.id));
      }
    },
    async search(q, limit) {
      const terms = [...new Set([...tokenizeQuery(q), ...[...matchTopics(q, { query: true }).keys()].map((t) => `topic:${t}`)])];
      const scores = new Map<number, number>();
      for (const field of fields) {
        for (const term of terms) {
          const hits = indexes[field].search(term, { limit: 200 }) as number[];
          hits.forEach((doc, rank) => scores.set(doc, (scores.get(doc) ?? 0) + boosts[field] / (rank + 10)));
        }
      }
      let ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit + 20).map(([doc]) => ids[doc]!);
      const exact = names.get(nameKey(q));
      if (exact) ranked = [...exact, ...ranked.filter((id) => !exact.has(id))];
      return ranked.slice(0, limit);
    },
    close() {
      indexes = undefined!;
      ids = [];
      names.clear();
    },
  };
}

function flat(p: Paper) {
  return {
    id: p.id,
    name: p.name ?? '',
    title: [p.title, p.localTitle].filter(Boolean).join('\n'),
    summary: p.summary,
    abstract: p.abstract ?? '',
    topics: p.topics.map((t) => `topic:${t}`).join(' '),
  };
}

// === Measuring

const gc = (globalThis as { gc?: () => void }).gc;
/** JS heap plus ArrayBuffer backing stores (typed arrays live outside `heapUsed`), in MB. */
const heapMb = () => {
  gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Row {
  engine: string;
  papers: number;
  buildMs: number;
  heapMb: number;
  /** Resident memory the build added (native memory too: SQLite's pages and caches), MB. */
  rssMb: number;
  p50: number;
  p95: number;
  p99: number;
  recall10?: number;
  mrr?: number;
  cappedP5?: number;
}

async function measure(engine: Engine, papers: readonly Paper[], queries: readonly string[], relevance?: { query: string; relevant: Set<string> }[]): Promise<Row> {
  const before = heapMb();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  await engine.build(papers);
  const buildMs = performance.now() - t0;
  const heap = heapMb() - before;
  const rss = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  for (const q of queries.slice(0, 50)) await engine.search(q, 10); // warm-up
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await engine.search(q, 10);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const row: Row = { engine: engine.name, papers: papers.length, buildMs, heapMb: heap, rssMb: rss, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
  if (relevance) {
    const scores = await Promise.all(
      relevance.map(async ({ query, relevant }) => {
        const ranked = await engine.search(query, 10);
        return { r: recallAt(ranked, relevant, 10), rr: reciprocalRank(ranked, relevant), p: cappedPrecisionAt(ranked, relevant, 5) };
      }),
    );
    row.recall10 = mean(scores.map((s) => s.r));
    row.mrr = mean(scores.map((s) => s.rr));
    row.cappedP5 = mean(scores.map((s) => s.p));
  }
  return row;
}

// === Synthetic corpus: sentences of same-language papers recombined, names varied

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?。!?])\s*/).filter((s) => s.trim().length > 10);
}

function synthesize(base: readonly Paper[], n: number): Paper[] {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const byLang = new Map<string, string[]>();
  for (const p of base) byLang.set(p.lang, [...(byLang.get(p.lang) ?? []), ...sentences(p.summary)]);
  const out: Paper[] = [];
  for (let i = 0; i < n; i++) {
    const seed = pick(base);
    const pool = byLang.get(seed.lang)!;
    let summary = '';
    while (summary.length < 1500) summary += pick(pool) + ' ';
    const name = seed.name ? `${seed.name}${i % 7 === 0 ? '' : `-${i}`}` : null;
    const p: Paper = {
      ...seed,
      id: `syn:${i}`,
      name,
      title: seed.title ? `${seed.title} ${i}` : null,
      summary,
      abstract: seed.abstract ? sentences(seed.abstract).sort(() => rand() - 0.5).join(' ') : undefined,
      topics: [],
    };
    p.topics = tagTopics([p.name, p.title, p.summary].filter(Boolean).join('\n'));
    out.push(p);
  }
  return out;
}

function mixedQueries(papers: readonly Paper[], n: number): string[] {
  const rand = rng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const words = papers.flatMap((p) => p.summary.split(/[\s,.:;()«»"]+/).filter((w) => w.length > 4)).slice(0, 50_000);
  const base = labelledQueries.map((q) => q.query);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.5) out.push(pick(base));
    else if (r < 0.75) out.push(pick(papers).name ?? pick(base));
    else out.push(`${pick(words)} ${pick(words)}`);
  }
  return out;
}

// === Run

function table(rows: Row[]): string {
  const head = ['engine', 'papers', 'build ms', 'mem MB', 'RSS +MB', 'p50 ms', 'p95 ms', 'p99 ms', 'recall@10', 'MRR', 'cappedP@5'];
  const lines = rows.map((r) => [
    r.engine, String(r.papers), r.buildMs.toFixed(0), r.heapMb.toFixed(1), r.rssMb.toFixed(0), r.p50.toFixed(3), r.p95.toFixed(3), r.p99.toFixed(3),
    r.recall10?.toFixed(3) ?? '', r.mrr?.toFixed(3) ?? '', r.cappedP5?.toFixed(3) ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [head, ...lines].map((l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

async function main() {
  const dir = values.dir;
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|json)$/.test(f) && f !== 'manifest.json')
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }));
  const corpus = buildCorpus(files).papers;
  const relevance = labelledQueries.map((q) => ({ query: q.query, relevant: new Set(q.relevant.map((r) => resolveRef(corpus, r).id)) }));
  // Factories, not engines: each engine is made, built, measured and closed before the next one is
  // made, so at 100,000 papers only one index is alive at a time (holding all of them ran out of memory).
  const engines: { name: string; make: () => Engine }[] = [
    { name: 'DigestIndex (posting lists) + our tokenizer (bigrams) + expansion', make: () => digestIndexEngine('DigestIndex (posting lists) + our tokenizer (bigrams) + expansion', 'bigram') },
    { name: 'DigestIndex (posting lists) + our tokenizer (Intl.Segmenter) + expansion', make: () => digestIndexEngine('DigestIndex (posting lists) + our tokenizer (Intl.Segmenter) + expansion', 'segmenter') },
    { name: 'minisearch + our tokenizer + expansion', make: miniSearchOursEngine },
    { name: 'minisearch default tokenizer, no expansion', make: miniSearchDefaultEngine },
    { name: 'orama + our tokenizer + expansion', make: () => oramaEngine(true) },
    { name: 'orama default tokenizer, no expansion', make: () => oramaEngine(false) },
    { name: 'FlexSearch + our tokenizer + expansion', make: flexSearchEngine },
    { name: 'SQLite FTS5 (better-sqlite3) + our tokenizer + expansion', make: sqliteEngine },
  ];
  /** Makes, measures and drops one engine. */
  const measureOne = async (make: () => Engine, papers: readonly Paper[], queries: readonly string[], rel?: typeof relevance): Promise<Row> => {
    const engine = make();
    try {
      return await measure(engine, papers, queries, rel);
    } finally {
      engine.close?.();
    }
  };

  const rows: Row[] = [];
  const starterQueries = mixedQueries(corpus, queryCount);
  for (const e of engines) rows.push(await measureOne(e.make, corpus, starterQueries, relevance));
  console.log(`\nStarter corpus (${corpus.length} papers), ${starterQueries.length} queries`);
  console.log(table(rows));

  for (const size of sizes) {
    const t0 = performance.now();
    const synthetic = synthesize(corpus, size);
    const genMs = performance.now() - t0;
    const queries = mixedQueries(synthetic, queryCount);
    const scaleRows: Row[] = [];
    for (const e of engines) {
      if (e.name.startsWith('orama') && size > oramaMax) continue;
      if (e.name.startsWith('minisearch') && size > miniSearchMax) continue;
      if (e.name.includes('default') && size > 10_000) continue;
      const row = await measureOne(e.make, synthetic, queries);
      scaleRows.push(row);
      // Progress as each engine finishes (a 100k run takes long; a crash keeps what was measured).
      console.error(`[engines] ${size} papers: ${e.name}: build ${row.buildMs.toFixed(0)} ms, +${row.heapMb.toFixed(0)} MB, p99 ${row.p99.toFixed(3)} ms`);
    }
    rows.push(...scaleRows);
    console.log(`\nSynthetic ${size} papers (generated + tagged in ${genMs.toFixed(0)} ms, avg summary ${Math.round(mean(synthetic.map((p) => p.summary.length)))} chars), ${queries.length} queries`);
    console.log(table(scaleRows));
  }
  console.log(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores${gc ? '' : ' (run with --expose-gc for steadier heap figures)'}`);
  console.log(JSON.stringify(rows.map((r) => ({ ...r, buildMs: Math.round(r.buildMs) }))));
}

await main();
