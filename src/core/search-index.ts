/**
 * DigestIndex: the searchable, multilingual paper index, a thin wrapper over MiniSearch (BM25+).
 *
 * Why MiniSearch: measured against Orama on this corpus (see `bench/engines.ts`), with our tokenizer
 * both find the same papers, but MiniSearch built faster, answered faster and used less memory, and it
 * takes a per-field tokenizer plus nested query trees, which the topic expansion below relies on.
 *
 * What it adds over the engine:
 * - our tokenizer (`tokenize.ts`) for documents and queries (Russian/English stems, Chinese bigrams,
 *   names whole and by parts);
 * - cross-lingual expansion: a query word that matches a topic pattern in any language (`diffusion`,
 *   `видео`, `视频生成`) also searches that topic's `topic:<id>` token, one term per topic;
 * - exact names first: a query equal to a paper's name or English title puts that paper at rank 1;
 * - `why` each hit matched; topic filter, paging and totals; replace-by-id on `add`.
 *
 * ```ts
 * const index = new DigestIndex();
 * index.add(corpus.papers);
 * index.search('diffusion', { limit: 5 }).hits.map((h) => h.paper.name);
 * ```
 * @module
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Paper } from './model.ts';
import { matchTopics } from './topics.ts';
import { tokenize, tokenizeQuery } from './tokenize.ts';
import { resolveIndexOptions, type IndexOptions, type IndexOptionsInput } from './search/options.ts';

export { defaultIndexOptions, type BM25Params, type FieldBoosts, type IndexOptions, type IndexOptionsInput } from './search/options.ts';

export interface SearchOptions {
  /** Max hits returned (default 10). */
  limit?: number;
  /** Hits to skip, for paging (default 0). */
  offset?: number;
  /** Only papers tagged with one of these topic ids. */
  topics?: string[];
}

/** A ranked hit with the reasons it matched (terms, topic ids). */
export interface SearchHit {
  paper: Paper;
  score: number;
  /**
   * Why it matched, strongest first: `name` (the query is its exact name or title), the matched index
   * terms (stems, as in `diffus`, `виде`, `视频`), then `topic:<id>` for matches through the catalog.
   */
  why: string[];
}

export interface SearchPage {
  hits: SearchHit[];
  /** Total hits before limit/offset. */
  total: number;
}

/** Document as the engine sees it: one string per field. */
interface IndexedDoc {
  id: string;
  name: string;
  title: string;
  summary: string;
  abstract: string;
  topics: string;
}

const textFields = ['name', 'title', 'summary', 'abstract'] as const;
const allFields = [...textFields, 'topics'];
const topicPrefix = 'topic:';
const cyrillic = /^[а-я]/;

/** `FIFO-Diffusion`, `fifo diffusion`, `Fifo_Diffusion.` -> `fifodiffusion`. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_.:,;!?'"«»“”()]+/g, '');
}

/** The index over merged papers. `add` replaces papers with the same id (re-ingested digests). */
export class DigestIndex {
  /** Resolved ranking options (read-only; create a new index to change them). */
  readonly options: Readonly<IndexOptions>;
  #engine: MiniSearch<IndexedDoc>;
  #papers = new Map<string, Paper>();
  /** nameKey(name or title) -> ids, for the exact-name rule. */
  #names = new Map<string, Set<string>>();
  #topicCounts: Map<string, number> | undefined;

  /**
   * @param options ranking knobs, merged over {@link defaultIndexOptions}; throws on invalid numbers.
   */
  constructor(options: IndexOptionsInput = {}) {
    this.options = resolveIndexOptions(options);
    const cjk = this.options.cjk;
    this.#engine = new MiniSearch<IndexedDoc>({
      fields: allFields,
      storeFields: [],
      // Fields are few and fixed; one tokenizer decides per field. `processTerm` is the identity
      // because `tokenize` already normalises and stems.
      tokenize: (text, field) => (field === 'topics' ? text.split(' ') : tokenize(text, { cjk })),
      processTerm: (term) => term,
      searchOptions: { bm25: this.options.bm25 },
    });
  }

  /** Adds papers; a paper whose id is already indexed replaces the old record (keeping its position). */
  add(papers: readonly Paper[]): void {
    for (const paper of papers) {
      const old = this.#papers.get(paper.id);
      if (old) {
        this.#engine.discard(paper.id);
        this.#forgetNames(old);
      }
      this.#papers.set(paper.id, paper);
      this.#rememberNames(paper);
      this.#engine.add(toDoc(paper));
    }
    this.#topicCounts = undefined;
  }

  /**
   * Ranked search. Words are OR-ed (more matched words rank higher), expanded through the topic catalog;
   * exact-name matches come first. An empty or punctuation-only query finds nothing.
   *
   * ```ts
   * index.search('видео', { limit: 5, offset: 5, topics: ['diffusion'] }); // { hits, total }
   * ```
   */
  search(query: string, options: SearchOptions = {}): SearchPage {
    const limit = Math.max(0, Math.floor(options.limit ?? 10));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const { tree, topicIds } = this.#buildQuery(query);
    if (!tree) return { hits: [], total: 0 };

    const wanted = options.topics?.length ? new Set(options.topics) : undefined;
    const filter = wanted
      ? (r: SearchResult) => this.#papers.get(r.id)!.topics.some((t) => wanted.has(t))
      : undefined;
    const results = this.#engine.search(tree, filter ? { filter } : {});

    const exact = this.#names.get(nameKey(query));
    if (exact) {
      for (const r of results) if (exact.has(r.id)) r.score *= this.options.exactNameBoost;
      results.sort((a, b) => Number(exact.has(b.id)) - Number(exact.has(a.id)) || b.score - a.score);
    }
    const hits = results.slice(offset, offset + limit).map((r) => ({
      paper: this.#papers.get(r.id)!,
      score: r.score,
      why: explain(r, exact?.has(r.id) ?? false, topicIds),
    }));
    return { hits, total: results.length };
  }

  get(id: string): Paper | undefined {
    return this.#papers.get(id);
  }

  /** All papers, in insertion order (a replaced paper keeps its first position). */
  papers(): readonly Paper[] {
    return [...this.#papers.values()];
  }

  get size(): number {
    return this.#papers.size;
  }

  /** Number of papers per topic id (only topics with at least one paper). */
  topicCounts(): Map<string, number> {
    if (!this.#topicCounts) {
      const counts = new Map<string, number>();
      for (const p of this.#papers.values()) for (const t of new Set(p.topics)) counts.set(t, (counts.get(t) ?? 0) + 1);
      this.#topicCounts = counts;
    }
    return new Map(this.#topicCounts);
  }

  // === Internals

  /** The engine query: query words over text fields, OR the catalog topics the query names. */
  #buildQuery(query: string): { tree: Query | undefined; topicIds: string[] } {
    const { cjk, cyrillicPrefixMinLength: min, boosts, prefixWeight, topicExpansion } = this.options;
    const terms = tokenizeQuery(query, { cjk });
    const topicIds = topicExpansion ? [...matchTopics(query, { query: true }).keys()] : [];
    const queries: Query[] = [];
    if (terms.length) {
      queries.push({
        queries: terms,
        fields: [...textFields],
        boost: { name: boosts.name, title: boosts.title, summary: boosts.summary, abstract: boosts.abstract },
        tokenize: (s: string) => [s],
        processTerm: (t: string) => t,
        prefix: (t: string) => min !== false && t.length >= min && cyrillic.test(t),
        weights: { prefix: prefixWeight, fuzzy: 0 },
      });
    }
    if (topicIds.length) {
      queries.push({
        queries: topicIds.map((id) => topicPrefix + id),
        fields: ['topics'],
        boost: { topics: boosts.topics },
        tokenize: (s: string) => [s],
        processTerm: (t: string) => t,
        prefix: false,
      });
    }
    if (queries.length === 0) return { tree: undefined, topicIds };
    return { tree: queries.length === 1 ? queries[0]! : { combineWith: 'OR', queries }, topicIds };
  }

  #rememberNames(paper: Paper): void {
    for (const key of namesOf(paper)) {
      const ids = this.#names.get(key) ?? new Set<string>();
      ids.add(paper.id);
      this.#names.set(key, ids);
    }
  }

  #forgetNames(paper: Paper): void {
    for (const key of namesOf(paper)) {
      const ids = this.#names.get(key);
      ids?.delete(paper.id);
      if (ids?.size === 0) this.#names.delete(key);
    }
  }
}

// === Helpers

function toDoc(p: Paper): IndexedDoc {
  return {
    id: p.id,
    name: p.name ?? '',
    title: [p.title, p.localTitle].filter(Boolean).join('\n'),
    summary: p.summary,
    abstract: p.abstract ?? '',
    topics: p.topics.map((t) => topicPrefix + t).join(' '),
  };
}

/** Keys a query can equal to count as the paper's exact name: the name, its `/` aliases, the titles. */
function namesOf(p: Paper): string[] {
  const keys = new Set<string>();
  if (p.name) {
    keys.add(nameKey(p.name));
    for (const alias of p.name.split('/')) keys.add(nameKey(alias));
  }
  if (p.title) keys.add(nameKey(p.title));
  if (p.localTitle) keys.add(nameKey(p.localTitle));
  keys.delete('');
  return [...keys];
}

/** `why` of a hit: exact name, matched text terms (name/title matches first), then topics. */
function explain(r: SearchResult, exactName: boolean, topicIds: readonly string[]): string[] {
  const why: string[] = exactName ? ['name'] : [];
  const strong: string[] = [];
  const weak: string[] = [];
  const topics: string[] = [];
  for (const [term, fields] of Object.entries(r.match)) {
    if (term.startsWith(topicPrefix)) topics.push(term);
    else if (fields.includes('name') || fields.includes('title')) strong.push(term);
    else weak.push(term);
  }
  topics.sort((a, b) => topicIds.indexOf(a.slice(topicPrefix.length)) - topicIds.indexOf(b.slice(topicPrefix.length)));
  return [...why, ...strong, ...weak, ...topics];
}
