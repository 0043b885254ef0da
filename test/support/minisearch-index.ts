/**
 * The search `DigestIndex` did on MiniSearch before it moved to its own posting lists: the same
 * documents, query tree, BM25+ options, exact-name rule and `why`. Kept as the reference the new index
 * must rank like (`test/unit/search-index.test.ts`) and as an engine in `bench/engines.ts`.
 *
 * Search only (no replace-by-id, no topic filter, no concept expansion: compare with
 * `conceptExpansion: 0`): a reference, not a second product.
 * @module
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Paper } from '../../src/core/model.ts';
import { nameFieldText, nameKey } from '../../src/core/search-index.ts';
import { resolveIndexOptions, type IndexOptions, type IndexOptionsInput } from '../../src/core/search/options.ts';
import { tokenize, tokenizeQuery } from '../../src/core/tokenize.ts';
import { queryTopics } from '../../src/core/topics.ts';
import { conceptTokens } from '../../src/core/lexicon/expand.ts';

const textFields = ['name', 'title', 'summary', 'abstract'] as const;
const topicPrefix = 'topic:';
const cyrillic = /^[а-я]/;

export interface ReferenceHit {
  id: string;
  score: number;
  why: string[];
}

/** MiniSearch-backed index with DigestIndex's ranking (as of the switch to posting lists). */
export class MiniSearchIndex {
  readonly options: IndexOptions;
  #engine: MiniSearch;
  #names = new Map<string, Set<string>>();

  constructor(options: IndexOptionsInput = {}) {
    this.options = resolveIndexOptions(options);
    const cjk = this.options.cjk;
    this.#engine = new MiniSearch({
      fields: [...textFields, 'topics'],
      storeFields: [],
      tokenize: (text, field) => (field === 'topics' ? text.split(' ') : tokenize(text, { cjk })),
      processTerm: (term) => term,
      searchOptions: { bm25: this.options.bm25 },
    });
  }

  add(papers: readonly Paper[]): void {
    for (const p of papers) {
      for (const key of [p.name, ...(p.aliases ?? []), p.title, p.localTitle].filter((k): k is string => !!k).map(nameKey)) {
        if (key) this.#names.set(key, (this.#names.get(key) ?? new Set()).add(p.id));
      }
      this.#engine.add({
        id: p.id,
        name: nameFieldText(p),
        title: [p.title, p.localTitle].filter(Boolean).join('\n'),
        summary: p.summary,
        abstract: p.abstract ?? '',
        // The expansion field as DigestIndex fills it: topics, then the lexicon's concept tokens (which
        // only concept expansion searches; they count in the field's length either way).
        topics: [...p.topics.map((t) => topicPrefix + t), ...conceptTokens(p)].join(' '),
      });
    }
  }

  search(query: string, limit = 10): { hits: ReferenceHit[]; total: number } {
    const { tree, topicIds } = this.#buildQuery(query);
    if (!tree) return { hits: [], total: 0 };
    const results = this.#engine.search(tree);
    const exact = this.#names.get(nameKey(query));
    if (exact) {
      for (const r of results) if (exact.has(r.id)) r.score *= this.options.exactNameBoost;
      results.sort((a, b) => Number(exact.has(b.id)) - Number(exact.has(a.id)) || b.score - a.score);
    }
    const hits = results.slice(0, limit).map((r) => ({ id: String(r.id), score: r.score, why: explain(r, exact?.has(r.id) ?? false, topicIds) }));
    return { hits, total: results.length };
  }

  #buildQuery(query: string): { tree: Query | undefined; topicIds: string[] } {
    const { cjk, cyrillicPrefixMinLength: min, boosts, prefixWeight, topicExpansion } = this.options;
    const terms = tokenizeQuery(query, { cjk });
    const topicIds = topicExpansion ? queryTopics(query) : [];
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
}

function explain(r: SearchResult, exactName: boolean, topicIds: readonly string[]): string[] {
  const strong: string[] = [];
  const weak: string[] = [];
  const topics: string[] = [];
  for (const [term, fields] of Object.entries(r.match)) {
    if (term.startsWith(topicPrefix)) topics.push(term);
    else if (fields.includes('name') || fields.includes('title')) strong.push(term);
    else weak.push(term);
  }
  topics.sort((a, b) => topicIds.indexOf(a.slice(topicPrefix.length)) - topicIds.indexOf(b.slice(topicPrefix.length)));
  return [...(exactName ? ['name'] : []), ...strong, ...weak, ...topics];
}
