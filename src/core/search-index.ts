/**
 * DigestIndex: the searchable, multilingual paper index. BM25+ over name, title, summary, abstract and
 * topics, with MiniSearch's scoring, on our own compact posting lists (`search/postings.ts`).
 *
 * Why not MiniSearch itself any more: it was chosen over Orama on this corpus (`bench/engines.ts`) and
 * served until the 100,000-paper benchmark (SPEC section 8: p99 < 10 ms). There it built in 113-164 s
 * (+770 MB heap) and answered with p99 0.6-1 s, because it stores postings as `Map`s per term and field,
 * and per query materialises and sorts a result object, with per-term match lists, for every matching
 * paper — and topic-expanded queries match most of the corpus. The profile put the build in
 * `Map.set` under `MiniSearch#add` and GC, and the search in MiniSearch's `termResults` and result
 * sorting. Here the same BM25+ formula and parameters (so rankings are unchanged; a test compares
 * against MiniSearch) run on typed-array posting lists with precomputed impacts, keep only the top
 * `offset + limit` in a small heap, and explain (`why`) only the returned page. `npm run bench` at
 * 100k: build 20 s (+55 MB heap, +195 MB ArrayBuffers), p50 0.7 / p95 2.8 / p99 3.7 ms (p99 3.2-5.6 ms
 * over repeated runs). MiniSearch's radix tree still does prefix lookups.
 *
 * What it adds over plain BM25:
 * - our tokenizer (`tokenize.ts`) for documents and queries (Russian/English stems, Chinese bigrams,
 *   names whole and by parts);
 * - cross-lingual expansion: a query word that matches a topic pattern in any language (`diffusion`,
 *   `видео`, `视频生成`) also searches that topic's `topic:<id>` token, one term per topic;
 * - Cyrillic stems also match as prefixes (диффуз -> диффузн), at a lower weight;
 * - more matched query terms rank higher (the score is multiplied by their number, as MiniSearch does);
 * - exact names first: a query equal to a paper's name or English title puts that paper at rank 1;
 * - `why` each hit matched; topic filter, paging and totals; replace-by-id on `add`.
 * - the last 256 searches' pages kept (`resultCacheSize`), emptied by any change: a repeated search
 *   costs a copy of its page. Measured (round 5, 100k papers, the bench's 1,000 queries of which 866
 *   distinct, load 6.5-7.9): mean 1.06-1.10 -> 0.99-1.26 ms, p99 unchanged within the noise (6.9-7.0
 *   vs 7.0-11.0 ms): the slow tail is first-time broad queries. Document-at-a-time MaxScore pruning
 *   for those was tried (identical pages on all 1,000 queries) and was slower at p95/p99 in JS:
 *   most broad queries here match 80-95 % of the corpus through terms of similar weight, so few
 *   postings can be skipped and the per-candidate bookkeeping costs more than the tight
 *   term-at-a-time loop.
 * - block-max pruning for those broad queries instead (`search/pruned.ts`, {@link DigestIndex.pruning}):
 *   bounds per block of 32 documents, kept per long list, let a query skip the blocks that cannot
 *   reach its page, with the bookkeeping per block rather than per candidate; pages, totals and tie
 *   order are those of full scoring (`test/integration/search-pruned.test.ts` compares them on the
 *   benchmark's 1,000 queries).
 *
 * ```ts
 * const index = new DigestIndex();
 * index.add(corpus.papers);
 * index.search('diffusion', { limit: 5 }).hits.map((h) => h.paper.name);
 * ```
 * @module
 */
import { paperTexts, textLangs, type Paper } from './model.ts';
import { queryTopics } from './topics.ts';
import { conceptPrefix, conceptTokens, queryConcepts } from './lexicon/expand.ts';
import { relaxedConcepts } from './lexicon/relax.ts';
import { lexiconFingerprint } from './lexicon/index.ts';
import { tokenize, tokenizeQuery } from './tokenize.ts';
import { resolveIndexOptions, type IndexOptions, type IndexOptionsInput } from './search/options.ts';
import { PostingIndex, ScoreAccumulator } from './search/postings.ts';
import { DocMarks, rankTouched, type Ranked } from './search/rank.ts';
import { PrunedScratch, rankPruned, type PrunedTerm } from './search/pruned.ts';
import { PaperTable, type PaperTableSnapshot } from './search/paper-table.ts';
import type { PostingSnapshot } from './search/postings.ts';
import type { BlobStore } from './search/records.ts';
import { nameKey } from './name-key.ts';

/** The exact-name key is the one merging uses (`name-key.ts`). */
export { nameKey };

export { MemoryBlobs, type BlobRef, type BlobStore } from './search/records.ts';
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
  /**
   * Set when the query as typed found nothing and the hits come from looser matching, which the reply
   * should say: `prefix` — query words taken as beginnings of words (`квантиз`, `interpretab`); `fuzzy`
   * — words one or two edits away (`difusion`). (Dropping query words, the third loosening one might
   * expect, cannot help: words are OR-ed, so a query that found nothing found nothing with any of them.)
   */
  relaxed?: 'prefix' | 'fuzzy';
}

/** Field positions in the text index; name and title matches count as strong in `why`. */
const fields = { name: 0, title: 1, summary: 2, abstract: 3 } as const;
const topicPrefix = 'topic:';
const cyrillic = /^[а-я]/;

/**
 * One query word (or concept, or topic) and the index terms it reaches, each with its weight and the
 * index it lives in (`expansion`: the topic/concept index). Documents reached by several sources rank
 * higher (MiniSearch's "quality"): a paper in the query's own language matches the word and its
 * concept, one in another language the concept only. (Folding a word into its concept's source, so
 * that the own-language paper scored both but counted once, was tried: recall@10 on the tune days
 * fell 0.008 on Russian digests and was flat on Chinese, so words keep their own sources.)
 */
interface Source {
  terms: { term: string; id: number; weight: number; expansion: boolean }[];
}

/** Where an index keeps its papers (see `search/records.ts`). */
export interface IndexStorage {
  /** Keep only id, topics and sources in memory and each whole record in this store. Default: objects in memory. */
  blobs?: BlobStore;
}

/** Below this many documents every query is scored in full (pruning has nothing to gain). */
const minPrunedCapacity = 4096;

/** Papers prepared and filed together by {@link DigestIndex.add}. */
const addBatch = 256;

/** Version of {@link IndexSnapshot}'s layout; a snapshot of another version is not loaded. */
export const indexSnapshotVersion = 2;

/** Everything a {@link DigestIndex} holds (typed arrays plus JSON-able values); see {@link DigestIndex.snapshot}. */
export interface IndexSnapshot {
  version: number;
  options: IndexOptions;
  /** The lexicon the concept tokens came from (`lexiconFingerprint`); another one is refused. */
  lexicon: string;
  text: PostingSnapshot;
  topics: PostingSnapshot;
  table: PaperTableSnapshot;
}

/** The index over merged papers. `add` replaces papers with the same id (re-ingested digests). */
export class DigestIndex {
  /** Resolved ranking options (read-only; create a new index to change them). */
  readonly options: Readonly<IndexOptions>;
  /** Words of name, title, summary, abstract (one list per term, tf per field). */
  #text: PostingIndex;
  /** `topic:<id>` tokens, reached only through expansion; same ordinals as `#text`. */
  #topics: PostingIndex;
  #acc = new ScoreAccumulator();
  /** Ids, ordinals, records, exact names (`search/paper-table.ts`). */
  #table: PaperTable;
  #generation = 0;
  /** Per-query scratch sets: exact-name papers, papers passing the topic filter. */
  #exact = new DocMarks();
  #exactOrdinals: number[] = [];
  #only = new DocMarks();
  #pruned = new PrunedScratch();

  /**
   * @param options ranking knobs, merged over {@link defaultIndexOptions}; throws on invalid numbers.
   * @param storage where records are kept (default: the objects themselves, in memory).
   */
  constructor(options: IndexOptionsInput = {}, storage: IndexStorage = {}) {
    this.options = resolveIndexOptions(options);
    this.#table = new PaperTable(storage.blobs);
    const { bm25, boosts } = this.options;
    // Only Cyrillic terms are ever prefix-expanded (see #plan), so only they enter the radix tree.
    this.#text = new PostingIndex([boosts.name, boosts.title, boosts.summary, boosts.abstract], bm25, (term) => cyrillic.test(term));
    this.#topics = new PostingIndex([boosts.topics], bm25);
  }

  /**
   * Adds papers; a paper whose id is already indexed replaces the old record (keeping its position in
   * {@link papers}). The next search commits the change (~1-2 ms per 100,000 papers).
   */
  add(papers: readonly Paper[]): void {
    // Prepared a batch at a time: a prepared paper's token lists are ~15 KB (each token its own
    // string), so preparing a 65,000-paper build at once held ~1 GB of them until it was filed.
    for (let i = 0; i < papers.length; i += addBatch) this.addPrepared(papers.slice(i, i + addBatch).map((p) => this.prepare(p)));
    if (papers.length === 0) this.#commit();
  }

  /**
   * Removes papers by id (unknown ids are ignored). Costs no tokenizing: the posting lists know each
   * paper's terms (their forward index), and its exact names come from its stored record.
   */
  remove(ids: Iterable<string>): void {
    for (const id of ids) this.#drop(id, false);
    this.#commit();
  }

  // === Prepared papers: tokenizing apart from indexing

  /**
   * A paper with the terms this index stores it under (tokens per text field, expansion tokens,
   * exact-name keys): the costly part of {@link add} (tokenizing, stemming, matching the lexicon),
   * pure, so it can run elsewhere — the bot's corpus worker prepares papers off the main thread,
   * which then only files them ({@link addPrepared}). Depends on the options only through `cjk`.
   */
  prepare(paper: Paper): PreparedPaper {
    return preparePaper(paper, this.options.cjk);
  }

  /**
   * {@link add} for prepared papers. A paper whose id is indexed replaces it (its old terms come from
   * the posting lists' forward index: the old record is not prepared again).
   */
  addPrepared(items: readonly PreparedPaper[]): void {
    for (const item of items) {
      this.#drop(item.paper.id, true);
      const ordinal = this.#text.add(item.fields);
      this.#topics.add([item.expansion]);
      this.#table.put(ordinal, item.paper, item.names);
    }
    this.#commit();
  }

  /** Bumped by every {@link add} and {@link remove}: caches over the index compare it. */
  get generation(): number {
    return this.#generation;
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
    if (this.resultCacheSize <= 0) return this.#search(query, options);
    if (this.#cacheGeneration !== this.#generation) {
      this.#cache.clear();
      this.#cacheGeneration = this.#generation;
    }
    const key = `${options.limit ?? ''}\u0000${options.offset ?? ''}\u0000${options.topics?.join(',') ?? ''}\u0000${query}`;
    let page = this.#cache.get(key);
    if (page) this.#cache.delete(key);
    else page = this.#search(query, options);
    // Least recently used last out: a Map keeps insertion order, so re-inserting marks it used.
    this.#cache.set(key, page);
    if (this.#cache.size > this.resultCacheSize) this.#cache.delete(this.#cache.keys().next().value!);
    return { ...page, hits: page.hits.map((h) => ({ ...h, why: h.why.slice() })) };
  }

  /**
   * How many recent searches {@link search} answers again from memory (a bot sees the same topic
   * words over and over: `llm`, `видео`, 大语言模型); any `add` or `remove` empties it. 0 turns it off.
   */
  resultCacheSize = 256;
  #cache = new Map<string, SearchPage>();
  #cacheGeneration = -1;

  #search(query: string, options: SearchOptions): SearchPage {
    const page = this.#run(query, this.#plan(query), options);
    if (page.total > 0 || !this.options.fallback) return page;
    // No dead ends: looser matching, said so in the page.
    for (const mode of ['prefix', 'fuzzy'] as const) {
      const relaxed = this.#run(query, this.#relaxedPlan(query, mode), options);
      if (relaxed.total > 0) return { ...relaxed, relaxed: mode };
    }
    return page;
  }

  /** Scores `sources`, then ranks: exact names first, topic filter, the page, `why` for it. */
  #run(query: string, sources: readonly Source[], options: SearchOptions): SearchPage {
    const limit = Math.max(0, Math.floor(options.limit ?? 10));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    if (sources.length === 0) return { hits: [], total: 0 };

    const acc = this.#acc;
    acc.begin(this.#text.capacity);
    const k = offset + limit;
    const exact = this.#exactMarks(query);
    const only = this.#topicFilter(options.topics);
    // Broad queries: only the blocks that can hold a top-k document are scored (`search/pruned.ts`).
    const pruned = this.pruning && only === undefined && k > 0 ? this.#prunedTerms(sources) : undefined;
    let ranked: Ranked[];
    let total: number;
    if (pruned !== undefined) {
      ({ ranked, total } = rankPruned(pruned, acc, this.#pruned, {
        capacity: this.#text.capacity,
        k,
        exact: exact && { marks: exact, ordinals: this.#exactOrdinals },
        exactBoost: this.options.exactNameBoost,
      }));
    } else {
      // Score: term at a time into the accumulator.
      for (const source of sources) {
        const s = acc.nextSource();
        for (const { id, weight, expansion } of source.terms) (expansion ? this.#topics : this.#text).accumulate(id, weight, acc, s);
      }
      // Final scores, exact names first, filter, top offset + limit; `why` for the page only.
      ({ ranked, total } = rankTouched(acc, { k, exact, exactBoost: this.options.exactNameBoost, only }));
    }
    const hits = ranked.slice(offset).map(({ doc, score, exact }) => ({ paper: this.#table.at(doc)!, score, why: this.#explain(doc, exact, sources) }));
    return { hits, total };
  }

  /**
   * Whether broad queries use block-max pruning (`search/pruned.ts`): the same pages and totals,
   * scoring only the blocks of documents that can reach the page. false scores every posting — the
   * reference the pruned path is tested against. Default true.
   */
  pruning = true;

  /**
   * The terms of `sources` for {@link rankPruned}, or undefined when the query is too narrow for
   * pruning to pay (its lists hold fewer postings than half the documents: plain scoring is cheap).
   */
  #prunedTerms(sources: readonly Source[]): PrunedTerm[] | undefined {
    const capacity = this.#text.capacity;
    if (capacity < minPrunedCapacity) return undefined;
    let postings = 0;
    for (const source of sources) for (const { id, expansion } of source.terms) postings += (expansion ? this.#topics : this.#text).postingCount(id);
    if (postings * 2 < capacity) return undefined;
    const terms: PrunedTerm[] = [];
    sources.forEach((source, i) => {
      for (const { id, weight, expansion } of source.terms) {
        if (weight === 0) continue;
        const index = expansion ? this.#topics : this.#text;
        const list = index.postingsOf(id);
        if (list !== undefined && list.length > 0) terms.push({ postings: list, weight, source: i + 1, alive: index.deadMarks });
      }
    });
    return terms;
  }

  get(id: string): Paper | undefined {
    return this.#table.get(id);
  }

  /** All papers, in insertion order (a replaced paper keeps its first position). */
  papers(): readonly Paper[] {
    return this.#table.papers();
  }

  get size(): number {
    return this.#table.size;
  }

  /**
   * A paper's index terms, for content models over the index (recommendations): `words`, the tokens
   * of its name, titles and summaries in every language it has, as they are indexed (a term once per
   * occurrence, so counting gives term frequencies), and `expansion`, its `topic:` and `concept:`
   * tokens (cross-lingual: a Russian and an English paper on one concept share them). Undefined for
   * an unknown id. Read-only: computed from the record (about as costly as indexing it), not stored.
   *
   * ```ts
   * index.terms('arxiv:2409.12186')?.expansion; // ['topic:code', 'topic:llm', 'concept:code-generation', …]
   * ```
   */
  terms(id: string): { words: string[]; expansion: string[] } | undefined {
    const paper = this.#table.get(id);
    if (!paper) return undefined;
    return { words: textTokens(paper, this.options.cjk).flat(), expansion: expansionTokens(paper) };
  }

  /**
   * How many indexed papers contain `term` (a word as {@link terms} gives it, or a `topic:`/`concept:`
   * token): the document frequency an idf weight needs. O(papers with the term); 0 for an unknown term.
   */
  documentFrequency(term: string): number {
    const expansion = term.startsWith(topicPrefix) || term.startsWith(conceptPrefix);
    const postings = expansion ? this.#topics : this.#text;
    const id = postings.termId(term);
    let n = 0;
    if (id !== undefined) postings.forEachDoc(id, () => n++);
    return n;
  }

  /** Number of papers per topic id (only topics with at least one paper). */
  topicCounts(): Map<string, number> {
    return this.#table.topicCounts();
  }

  // === Storage: compaction and snapshots

  /**
   * Freezes the postings added since the last freeze into segments (see `PostingIndex.freeze`):
   * call it once an update is applied, so the memory of the next update's additions is reused.
   */
  freeze(): void {
    this.#text.freeze();
    this.#topics.freeze();
  }

  /**
   * Drops removed papers' postings, a slice per step (see `PostingIndex.compaction`); searches and
   * updates between steps see a consistent index.
   */
  *compaction(): Generator<void, void> {
    yield* this.#text.compaction();
    yield* this.#topics.compaction();
  }

  /** The whole index as typed arrays and plain values, shared not copied (persist it at once). */
  snapshot(): IndexSnapshot {
    return { version: indexSnapshotVersion, options: structuredClone(this.options), lexicon: lexiconFingerprint(), text: this.#text.snapshot(), topics: this.#topics.snapshot(), table: this.#table.snapshot() };
  }

  /**
   * The index a {@link snapshot} describes. Throws when it was made by another layout version or
   * with other ranking options (it would rank differently): rebuild instead.
   */
  static fromSnapshot(s: IndexSnapshot, storage: IndexStorage = {}): DigestIndex {
    if (s.version !== indexSnapshotVersion) throw new Error(`DigestIndex: snapshot version ${s.version}, expected ${indexSnapshotVersion}`);
    if (s.lexicon !== lexiconFingerprint()) throw new Error(`DigestIndex: snapshot made with lexicon ${s.lexicon}, this build has ${lexiconFingerprint()}`);
    const index = new DigestIndex(s.options, storage);
    if (JSON.stringify(index.options) !== JSON.stringify(s.options)) throw new Error('DigestIndex: snapshot options do not resolve to themselves');
    const { bm25, boosts } = index.options;
    index.#text = PostingIndex.fromSnapshot(s.text, [boosts.name, boosts.title, boosts.summary, boosts.abstract], bm25, (term) => cyrillic.test(term));
    index.#topics = PostingIndex.fromSnapshot(s.topics, [boosts.topics], bm25);
    index.#table = PaperTable.fromSnapshot(s.table, storage.blobs);
    return index;
  }

  /**
   * Share of the documents in the posting lists that are removed or replaced papers, whose postings
   * only a {@link compaction} drops (0 after one; a live index compacts when this grows).
   */
  get deadFraction(): number {
    return this.#text.capacity === 0 ? 0 : this.#text.dead / this.#text.capacity;
  }

  /** Bytes of the records held in the index's blob store (undefined without one): the store holds more when papers were replaced or removed. */
  get recordBytes(): number | undefined {
    return this.#table.recordBytes;
  }

  /**
   * Moves the records held into `target` (a new blob store), a slice per step; searches between
   * steps read the old store, and the index uses `target` once the generator is done. No `add` or
   * `remove` may run until then (the move fails). Blob storage only.
   */
  moveRecords(target: BlobStore, sliceRecords?: number): Generator<void, void> {
    return this.#table.moveRecords(target, sliceRecords);
  }

  /** Bytes of the posting lists (typed arrays), for memory reports. */
  get postingBytes(): number {
    return this.#text.bytes + this.#topics.bytes;
  }

  /**
   * Warming after a change (see `PostingIndex.warm`): computes the next stale long lists' impacts and
   * block bounds, longest first across the text and topic lists, until about `budget` postings were
   * read; returns the postings read, 0 when nothing is left. A query's first use of a stale long list
   * computes it itself, and that was the slow tail of search after a load or an update; the bot calls
   * this a slice at a time between turns of the event loop (`app/live-corpus.ts`). Pages and scores
   * are the same warmed or not.
   *
   * ```ts
   * while (index.warm(100_000) > 0) await new Promise((resolve) => setImmediate(resolve));
   * ```
   */
  warm(budget: number): number {
    let read = 0;
    while (read < budget) {
      const text = this.#text.nextWarmLength;
      const topics = this.#topics.nextWarmLength;
      if (text === 0 && topics === 0) break;
      // One list at a time from the index whose next list is longer.
      read += (topics >= text ? this.#topics : this.#text).warm(1);
    }
    return read;
  }

  /** Long lists warming keeps up to date, and how many of them (and their postings) are stale now (both indexes). */
  warmth(): { lists: number; postings: number; staleLists: number; stalePostings: number } {
    const a = this.#text.warmth();
    const b = this.#topics.warmth();
    return { lists: a.lists + b.lists, postings: a.postings + b.postings, staleLists: a.staleLists + b.staleLists, stalePostings: a.stalePostings + b.stalePostings };
  }

  /** Bytes of the block bounds kept for pruning (long lists queried or warmed), for memory reports. */
  get boundsBytes(): number {
    return this.#text.boundsBytes + this.#topics.boundsBytes;
  }

  /** Bytes of the impacts kept for long lists (queried or warmed), for memory reports. */
  get impactBytes(): number {
    return this.#text.impactBytes + this.#topics.impactBytes;
  }

  // === Internals

  /**
   * What to score: each query word with its Cyrillic prefix extensions (weighted down with the extra
   * length, as MiniSearch weighs prefix matches), then one `topic:<id>` term per topic the query names.
   */
  #plan(query: string): Source[] {
    const { cjk, cyrillicPrefixMinLength: min, prefixWeight, topicExpansion, conceptExpansion, conceptParentWeight } = this.options;
    const sources: Source[] = [];
    // A query word's own index terms: itself, and for Cyrillic stems their longer extensions.
    const wordTerms = (term: string): Source['terms'] => {
      const terms: Source['terms'] = [];
      const id = this.#text.termId(term);
      if (id !== undefined) terms.push({ term, id, weight: 1, expansion: false });
      if (min !== false && term.length >= min && cyrillic.test(term)) {
        for (const [longer, longerId] of this.#text.extensions(term)) {
          const distance = longer.length - term.length;
          terms.push({ term: longer, id: longerId, weight: (prefixWeight * longer.length) / (longer.length + 0.3 * distance), expansion: false });
        }
      }
      return terms;
    };
    for (const word of tokenizeQuery(query, { cjk })) sources.push({ terms: wordTerms(word) });
    if (conceptExpansion > 0) {
      // One source per concept: its token, and its direct parents' tokens at a lower weight (one
      // source, so a paper reached through both does not count as matching two query words).
      for (const concept of queryConcepts(query)) {
        const terms: Source['terms'] = [];
        for (const [name, weight] of [[concept.id, conceptExpansion], ...concept.parents.map((p) => [p, conceptExpansion * conceptParentWeight] as const)] as const) {
          const term = conceptPrefix + name;
          const id = this.#topics.termId(term);
          if (id !== undefined && weight > 0) terms.push({ term, id, weight, expansion: true });
        }
        sources.push({ terms });
      }
    }
    if (topicExpansion) {
      for (const topic of queryTopics(query)) {
        const term = topicPrefix + topic;
        const id = this.#topics.termId(term);
        sources.push({ terms: id === undefined ? [] : [{ term, id, weight: 1, expansion: true }] });
      }
    }
    return sources;
  }

  /**
   * The fallback plan for a query that found nothing: each query word loosened (`prefix`: Cyrillic
   * stems from 3 letters as word beginnings in the text; `prefix` or `fuzzy`: lexicon words it begins
   * or nearly spells, through their concepts, in every language), at half weight.
   */
  #relaxedPlan(query: string, mode: 'prefix' | 'fuzzy'): Source[] {
    const { cjk, prefixWeight, conceptExpansion } = this.options;
    const sources: Source[] = [];
    for (const word of query.normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
      const terms: Source['terms'] = [];
      if (mode === 'prefix') {
        for (const stem of tokenizeQuery(word, { cjk })) {
          if (stem.length < 3 || !cyrillic.test(stem)) continue;
          for (const [longer, id] of this.#text.extensions(stem)) terms.push({ term: longer, id, weight: prefixWeight, expansion: false });
        }
      }
      for (const concept of relaxedConcepts(word, mode)) {
        const term = conceptPrefix + concept;
        const id = this.#topics.termId(term);
        if (id !== undefined) terms.push({ term, id, weight: conceptExpansion / 2, expansion: true });
      }
      if (terms.length > 0) sources.push({ terms });
    }
    return sources;
  }

  /**
   * Papers whose name or title equals the whole query, else undefined. A corpus can hold thousands of
   * papers with one title (the synthetic one does), hence a mark set rather than a list to scan.
   */
  #exactMarks(query: string): DocMarks | undefined {
    const marks = this.#exact;
    const ordinals = this.#exactOrdinals;
    marks.reset(this.#text.capacity);
    ordinals.length = 0;
    const found = this.#table.forEachExact(nameKey(query), (ordinal) => {
      marks.add(ordinal);
      ordinals.push(ordinal);
    });
    return found ? marks : undefined;
  }

  /** Papers tagged with one of `topics`, from the topic posting lists; undefined without a filter. */
  #topicFilter(topics: readonly string[] | undefined): DocMarks | undefined {
    if (!topics?.length) return undefined;
    const only = this.#only;
    only.reset(this.#text.capacity);
    for (const topic of topics) {
      const id = this.#topics.termId(topicPrefix + topic);
      if (id !== undefined) this.#topics.forEachDoc(id, (doc) => only.add(doc));
    }
    return only;
  }

  /** `why` of a hit: exact name, matched text terms (name/title matches first), then topics. */
  #explain(doc: number, exactName: boolean, sources: readonly Source[]): string[] {
    const strong: string[] = [];
    const weak: string[] = [];
    const topics: string[] = [];
    const seen = new Set<string>();
    for (const source of sources) {
      for (const { term, id, expansion } of source.terms) {
        if (seen.has(term)) continue;
        const text = this.#text;
        if (expansion) {
          if (this.#topics.has(id, 0, doc)) topics.push(term);
        } else if (text.has(id, fields.name, doc) || text.has(id, fields.title, doc)) strong.push(term);
        else if (text.has(id, fields.summary, doc) || text.has(id, fields.abstract, doc)) weak.push(term);
        else continue;
        seen.add(term);
      }
    }
    return [...(exactName ? ['name'] : []), ...strong, ...weak, ...topics];
  }

  /**
   * Takes paper `id` out of the postings (by ordinal: they know its terms) and the table (its exact
   * names computed from its record, as when it was added: cheap, no tokenizing).
   */
  #drop(id: string, keepPlace: boolean): void {
    const ordinal = this.#table.ordinalOf(id);
    if (ordinal === undefined) return;
    this.#text.remove(ordinal);
    this.#topics.remove(ordinal);
    this.#table.drop(id, ordinal, namesOf(this.#table.at(ordinal)!), keepPlace);
  }

  /**
   * Ends a change. The posting lists recompute their length norms (O(documents)) when a query next
   * reads them, not here: a live update files a 1,000-paper delta in dozens of small slices, and
   * committing after each took 5-10 ms at 100,000 papers, most of the update's main-thread time.
   */
  #commit(): void {
    this.#generation++;
  }
}

// === Helpers

/** A paper with the terms an index stores it under; see {@link DigestIndex.prepare}. */
export interface PreparedPaper {
  paper: Paper;
  /** Tokens per text field: name, title, summary, abstract. */
  fields: string[][];
  /** Topic and concept tokens (the expansion index). */
  expansion: string[];
  /** Exact-name keys (name, aliases, titles). */
  names: string[];
}

/** {@link DigestIndex.prepare} without an index: `cjk` is the index's `options.cjk`. */
export function preparePaper(paper: Paper, cjk: IndexOptions['cjk']): PreparedPaper {
  return { paper, fields: textTokens(paper, cjk), expansion: expansionTokens(paper), names: namesOf(paper) };
}

/**
 * Tokens per text field (positions as in `fields`), over every language the paper has (SPEC
 * section 2): the titles in all languages form the title field; the summary field holds the
 * paper's own summary and its other translated summaries; the abstract field the English
 * abstract of a non-English paper (as before per-language texts, so a single-digest paper is
 * indexed exactly as it was).
 */
function textTokens(p: Paper, cjk: IndexOptions['cjk']): string[][] {
  const { titles, summaries, abstract } = searchableTexts(p);
  return [tokenize(nameFieldText(p), { cjk }), tokenize(titles.join('\n'), { cjk }), tokenize(summaries.join('\n'), { cjk }), abstract ? tokenize(abstract, { cjk }) : []];
}

function topicTokens(p: Paper): string[] {
  return p.topics.map((t) => topicPrefix + t);
}

/**
 * The name field's text: the name and aliases, except one that is the English title itself (a short
 * title that names the method, `Visual Prompt Tuning`): the title field already holds those words,
 * and counting them twice would lift every paper with such a title for its generic words.
 */
export function nameFieldText(p: Pick<Paper, 'name' | 'aliases' | 'title'>): string {
  const title = p.title ? nameKey(p.title) : '';
  return [p.name, ...(p.aliases ?? [])].filter((n): n is string => !!n && nameKey(n) !== title).join('\n');
}

/** What the expansion index holds for a paper: its topics and the lexicon concepts its texts name. */
function expansionTokens(p: Paper): string[] {
  return [...topicTokens(p), ...conceptTokens(p)];
}

/** Keys a query can equal to count as the paper's exact name: the name, its aliases, the titles. */
function namesOf(p: Paper): string[] {
  const keys = new Set<string>();
  for (const name of [p.name, ...(p.aliases ?? [])]) if (name) keys.add(nameKey(name));
  for (const title of searchableTexts(p).titles) keys.add(nameKey(title));
  keys.delete('');
  return [...keys];
}

/**
 * The texts of a paper as the index fields take them: distinct titles (English title, local title,
 * then each language's), summaries (its own, then the other languages' except the English abstract
 * of a non-English paper) and that abstract.
 */
function searchableTexts(p: Paper): { titles: string[]; summaries: string[]; abstract: string | undefined } {
  const texts = paperTexts(p);
  const titles = new Set<string>();
  for (const t of [p.title, p.localTitle, ...textLangs.map((l) => texts[l]?.title)]) if (t) titles.add(t);
  const abstract = p.lang === 'en' ? undefined : texts.en?.summary;
  const summaries = new Set<string>([p.summary]);
  for (const lang of textLangs) {
    const summary = texts[lang]?.summary;
    if (summary && lang !== p.lang && !(lang === 'en' && abstract !== undefined)) summaries.add(summary);
  }
  return { titles: [...titles], summaries: [...summaries], abstract };
}
