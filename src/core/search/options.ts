/**
 * Ranking knobs of {@link DigestIndex}, with documented defaults. Tuned on the labelled queries in
 * `test/relevance/` (run them after changing anything here).
 * @module
 */

/**
 * BM25+ parameters, as MiniSearch defines them (the index keeps MiniSearch's formula; see
 * `search/postings.ts`).
 * - `k` (default 1.2): term-frequency saturation; higher lets repeated terms count more.
 * - `b` (default 0.7): length normalisation; 0 ignores field length, 1 normalises fully.
 * - `d` (default 0.5): BM25+ floor, so a match in a very long field still counts.
 */
export interface BM25Params {
  k: number;
  b: number;
  d: number;
}

/**
 * Per-field weights. A match in `name` is worth `name` matches in `summary`. 0 ignores the field
 * (MiniSearch, which `DigestIndex` used before, read 0 as 1).
 */
export interface FieldBoosts {
  /** Coined method name (MoRA, Octo). Default 6: a name match beats a passing mention. */
  name: number;
  /** English title plus the title in the digest's language. Default 2. */
  title: number;
  /** The summary in the digest's language. Default 1. */
  summary: number;
  /** English abstract next to a translated summary (hfday). Default 0.5: it repeats the summary at length. */
  abstract: number;
  /**
   * Synthetic `topic:<id>` tokens, reached only through query expansion. Default 5: a paper in another
   * language that is tagged with the query's topic must outrank papers that share only a generic word
   * with the query (`learning` in `continual learning`); chosen by `test/relevance/tune.ts` (1.5 -> 5
   * raised recall@10 from 0.96 to 0.99 and MRR from 0.91 to 0.94 on the labelled queries).
   */
  topics: number;
}

/**
 * Options of {@link DigestIndex}, resolved: every field is set. Callers pass an {@link IndexOptionsInput}
 * (every field optional), merged over {@link defaultIndexOptions}.
 */
export interface IndexOptions {
  bm25: BM25Params;
  boosts: FieldBoosts;
  /**
   * Expand a query through the topic catalog: a word matching a topic's patterns in any language also
   * searches that topic's `topic:<id>` token (one extra term per topic, not tens of raw stems, which
   * is what kept p99 low at 100k papers). Default true.
   */
  topicExpansion: boolean;
  /**
   * Weight of cross-lingual expansion through the lexicon (`lexicon/expand.ts`): each concept the query
   * names (`fine-tuning`, `дообучение`, `微调` all name `fine-tuning`) also searches the papers indexed
   * under it, in any language, at this weight relative to a word match; 0 disables. A paper that also
   * matches the query's own words outranks one reached only through the concept. Default 2 (1, 2 and 3
   * were within 0.005 recall@10 on the tune days; 2 had the best MRR with parents at 0.15).
   */
  conceptExpansion: number;
  /**
   * Weight of a query concept's direct broader concepts, relative to the concept itself ("prompt
   * engineering" also reaches papers that only say "prompts"); 0 disables. Default 0.15 (tune days:
   * recall@10 0.797 -> 0.833 on the Russian digests, 0.785 -> 0.814 on the Chinese, against 0; 0.3 and
   * 0.6 were no better).
   */
  conceptParentWeight: number;
  /**
   * When a query finds nothing as typed, retry with looser matching (word beginnings, then words one
   * or two edits away) and mark the page `relaxed`. Default true.
   */
  fallback: boolean;
  /**
   * Score factor for papers whose name or English title equals the whole query (case, spaces, `-`, `_`,
   * `.` ignored); those papers are also sorted first. Default 10.
   */
  exactNameBoost: number;
  /**
   * Cyrillic query stems at least this long also match as prefixes (Snowball leaves some Russian
   * derivations apart: мультимодальн / мультимодальност); false disables. Default 5.
   */
  cyrillicPrefixMinLength: number | false;
  /**
   * Weight of a prefix match relative to an exact one, as MiniSearch's `weights.prefix`: a stem `s`
   * reaching a longer term `t` counts `prefixWeight · |t| / (|t| + 0.3·(|t| − |s|))`. Default 0.3.
   */
  prefixWeight: number;
  /** How Chinese is split; see `tokenize`. Default `'bigram'`. */
  cjk: 'bigram' | 'segmenter';
}

/** The defaults; spread your changes over them (`{ ...defaultIndexOptions, boosts: {...} }`). */
export const defaultIndexOptions: IndexOptions = {
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  boosts: { name: 6, title: 2, summary: 1, abstract: 0.5, topics: 5 },
  topicExpansion: true,
  conceptExpansion: 2,
  conceptParentWeight: 0.15,
  fallback: true,
  exactNameBoost: 10,
  cyrillicPrefixMinLength: 5,
  prefixWeight: 0.3,
  cjk: 'bigram',
};

/** Options as the caller may pass them: any field, and nested objects partially. */
export type IndexOptionsInput = Partial<Omit<IndexOptions, 'bm25' | 'boosts'>> & {
  bm25?: Partial<BM25Params>;
  boosts?: Partial<FieldBoosts>;
};

/** Merges `input` over the defaults and checks the numbers; throws with a `DigestIndex:` message. */
export function resolveIndexOptions(input: IndexOptionsInput = {}): IndexOptions {
  const options: IndexOptions = {
    ...defaultIndexOptions,
    ...input,
    bm25: { ...defaultIndexOptions.bm25, ...input.bm25 },
    boosts: { ...defaultIndexOptions.boosts, ...input.boosts },
  };
  const numbers: [string, number][] = [
    ...Object.entries(options.bm25).map(([k, v]): [string, number] => [`bm25.${k}`, v]),
    ...Object.entries(options.boosts).map(([k, v]): [string, number] => [`boosts.${k}`, v]),
    ['exactNameBoost', options.exactNameBoost],
    ['prefixWeight', options.prefixWeight],
    ['conceptExpansion', options.conceptExpansion],
    ['conceptParentWeight', options.conceptParentWeight],
  ];
  for (const [name, value] of numbers) {
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`DigestIndex: option ${name} must be a finite number >= 0, got ${String(value)}`);
    }
  }
  const min = options.cyrillicPrefixMinLength;
  if (min !== false && (!Number.isInteger(min) || min < 1)) {
    throw new Error(`DigestIndex: option cyrillicPrefixMinLength must be a positive integer or false, got ${String(min)}`);
  }
  return options;
}
