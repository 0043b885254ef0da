/**
 * Runs the cross-lingual evaluation: for a split (tune or report) and a corpus language (the Russian-only
 * or the Chinese-only digests of that split's days), parse the generated digests through the production
 * pipeline (`buildCorpus`), index them, run every query, and score each against the relevance sets
 * judged from the English originals (RULES.md).
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type Corpus } from '../../../src/core/corpus.ts';
import { DigestIndex, type IndexOptionsInput } from '../../../src/core/search-index.ts';
import type { Paper } from '../../../src/core/model.ts';
import { mean } from '../metrics.ts';
import { isRelevant } from './judge.ts';
import { testDigests, type TestDigest } from './digests.ts';
import { concepts, type XConcept, type XQuery } from './queries.ts';
import { sourcePapers, type SourcePaper } from './source.ts';
import { daysOf, type Split } from './split.ts';

export const fixtureDir = fileURLToPath(new URL('../../fixtures/xling/', import.meta.url));

export type CorpusLang = 'ru' | 'zh';

/** file -> arXiv ids in order (written by `generate.ts`). */
export function manifest(): Record<string, string[]> {
  return JSON.parse(readFileSync(join(fixtureDir, 'manifest.json'), 'utf8')) as Record<string, string[]>;
}

/**
 * What one evaluation runs on: sample papers (English originals, for judging) and the test digests made
 * from them (for searching). For a split of the committed days the digests are generated in memory,
 * which `xling.test.ts` checks is exactly the committed `test/fixtures/xling/` files.
 */
export interface Material {
  label: string;
  papers: readonly SourcePaper[];
  digests: readonly TestDigest[];
}

/** Sample papers (of any days) and their generated digests. */
export function materialOf(label: string, papers: readonly SourcePaper[]): Material {
  return { label, papers, digests: testDigests(papers) };
}

const splitMaterial = new Map<Split, Material>();
function resolve(m: Material | Split): Material {
  if (typeof m !== 'string') return m;
  let got = splitMaterial.get(m);
  if (!got) splitMaterial.set(m, (got = materialOf(`${m} days`, sourcePapers().filter((p) => daysOf(m).includes(p.day)))));
  return got;
}

/** The material's digests in one language, parsed, tagged and merged by the production code. */
export function loadCorpus(material: Material | Split, lang: CorpusLang): { corpus: Corpus; arxivOf: (p: Paper) => string[] } {
  const digests = resolve(material).digests.filter((d) => d.lang === lang);
  const encoder = new TextEncoder();
  const corpus = buildCorpus(digests.map((d) => ({ file: d.file, bytes: encoder.encode(d.text) })));
  const ids = new Map(digests.map((d) => [d.file, d.arxivIds]));
  const arxivOf = (p: Paper) => p.sources.map((s) => ids.get(s.file)![s.index]!);
  return { corpus, arxivOf };
}

/** One query's outcome. */
export interface Row {
  concept: XConcept;
  query: XQuery;
  relevant: ReadonlySet<string>;
  /** arXiv ids of the first 10 hits (a merged paper contributes all of its ids at its rank). */
  ranked: string[][];
  total: number;
  /** The looser matching search fell back to, when it did. */
  relaxed?: string;
  recall10: number;
  rr: number;
}

/** What a search run needs: the hits (papers), total, and the fallback it used. */
export type SearchFn = (index: DigestIndex, query: string) => { papers: Paper[]; total: number; relaxed?: string };

const defaultSearch: SearchFn = (index, query) => {
  const page = index.search(query, { limit: 10 }) as ReturnType<DigestIndex['search']> & { relaxed?: string };
  return { papers: page.hits.map((h) => h.paper), total: page.total, relaxed: page.relaxed };
};

/**
 * Relevance sets of every concept over the papers of a material or split ('all': the 165 committed
 * papers), as arXiv ids; with `lang`, only over the papers that language's digests carry (the feed
 * days have no Chinese).
 */
export function relevanceSets(material: Material | Split | 'all', lang?: CorpusLang): Map<string, Set<string>> {
  const all = material === 'all' ? sourcePapers() : resolve(material).papers;
  const papers = all.filter((p) => lang !== 'zh' || p.zh !== null);
  return new Map(concepts.map((c) => [c.id, new Set(papers.filter((p) => isRelevant(c, p)).map((p) => p.arxivId))]));
}

/** Runs every query over one material (or split) and corpus language. */
export function runEval(material: Material | Split, lang: CorpusLang, options: { index?: IndexOptionsInput; search?: SearchFn } = {}): Row[] {
  const { corpus, arxivOf } = loadCorpus(material, lang);
  const index = new DigestIndex(options.index);
  index.add(corpus.papers);
  const sets = relevanceSets(material, lang);
  const search = options.search ?? defaultSearch;
  const rows: Row[] = [];
  for (const concept of concepts) {
    const relevant = sets.get(concept.id)!;
    for (const query of concept.queries) {
      const { papers, total, relaxed } = search(index, query.q);
      const ranked = papers.slice(0, 10).map(arxivOf);
      const found = new Set(ranked.flat().filter((id) => relevant.has(id)));
      const first = ranked.findIndex((ids) => ids.some((id) => relevant.has(id)));
      rows.push({
        concept,
        query,
        relevant,
        ranked,
        total,
        ...(relaxed ? { relaxed } : {}),
        recall10: relevant.size === 0 ? NaN : found.size / Math.min(10, relevant.size),
        rr: first < 0 ? 0 : 1 / (first + 1),
      });
    }
  }
  return rows;
}

// === Summaries

export interface Summary {
  /** Queries in the group. */
  n: number;
  /** Queries with at least one relevant paper in the split (the ones recall and MRR average over). */
  scored: number;
  recall10: number;
  mrr: number;
  /** Share of all queries in the group that returned nothing. */
  zeroRate: number;
}

export function summarize(rows: readonly Row[]): Summary {
  const scored = rows.filter((r) => r.relevant.size > 0);
  return {
    n: rows.length,
    scored: scored.length,
    recall10: mean(scored.map((r) => r.recall10)),
    mrr: mean(scored.map((r) => r.rr)),
    zeroRate: rows.length ? rows.filter((r) => r.total === 0).length / rows.length : 0,
  };
}

/** The groups the closing note reports: per query language, shape, catalog/outside, concept kind. */
export function groups(rows: readonly Row[]): [string, Row[]][] {
  const by = (label: string, pred: (r: Row) => boolean): [string, Row[]] => [label, rows.filter(pred)];
  return [
    by('all', () => true),
    by('lang en', (r) => r.query.lang === 'en'),
    by('lang ru', (r) => r.query.lang === 'ru'),
    by('lang zh', (r) => r.query.lang === 'zh'),
    by('single word', (r) => r.query.shape === 'word'),
    by('phrase', (r) => r.query.shape === 'phrase'),
    by('catalog', (r) => r.concept.catalog !== null),
    by('outside catalog', (r) => r.concept.catalog === null),
    ...(['method', 'task', 'domain', 'modality', 'evaluation', 'model'] as const).map((k) => by(`kind ${k}`, (r) => r.concept.kind === k)),
  ];
}

export function formatSummary(label: string, s: Summary): string {
  return `${label.padEnd(16)} n=${String(s.n).padStart(3)} scored=${String(s.scored).padStart(3)}  recall@10=${s.recall10.toFixed(3)}  MRR=${s.mrr.toFixed(3)}  zero=${(s.zeroRate * 100).toFixed(1)}%`;
}
