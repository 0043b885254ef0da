/**
 * The core layer's public surface: the only path `schedule/`, `bots/`, `app/` and the entry points
 * import core from (dependency-cruiser enforces it in `npm run check`). Pure: no platform SDK, no fs,
 * no environment.
 *
 * ```ts
 * import { buildCorpus, DigestIndex, type Paper } from './core/index.ts';
 * const index = new DigestIndex();
 * index.add(buildCorpus(files).papers);
 * ```
 * @module
 */

// === Domain model and results
export { DigestFormatSchema, digestFormats, LangSchema, latestDate, PaperSchema, PaperSourceSchema, paperLabel, paperTexts, shorten, textLangs, unionTexts, type DigestFormat, type Lang, type Paper, type PaperSource, type PaperText, type PaperTexts } from './model.ts';
export { err, ok, type Result } from './result.ts';

// === Platform-neutral replies
export { errorReply, infoReply, type Pager, type PaperItem, type Reply, type ReplyKind } from './reply.ts';

// === Digests -> papers
export { dateFromFileName, defaultParseLimits, formatCount, parseDigest, readFeed, type DigestFile, type DigestProblem, type FeedDocument, type FeedItem, type ParseLimits, type ParsedDigest } from './parse/index.ts';
export { buildCorpus, defaultCorpusLimits, tagPapers, type Corpus, type CorpusLimits } from './corpus.ts';
export { mergePapers } from './merge.ts';

// === Topics
export { findTopic, levenshtein, matchTopics, queryTopics, suggestTopics, tagPaperTopics, tagTopics, topicCatalog, topicIds, topicLabel, type MatchTopicsOptions, type Topic } from './topics.ts';

// === Lexicon (cross-lingual ML vocabulary)
export { lexicon, type Concept } from './lexicon/index.ts';
export { queryConcepts, type QueryConcept } from './lexicon/expand.ts';

// === Search
export { normalize, tokenize, tokenizeQuery, type TokenizeOptions } from './tokenize.ts';
export { nameKey } from './name-key.ts';
export { defaultIndexOptions, DigestIndex, type BM25Params, type FieldBoosts, type IndexOptions, type IndexOptionsInput, type SearchHit, type SearchOptions, type SearchPage } from './search-index.ts';
export { MemoryBlobs, preparePaper, type BlobRef, type BlobStore, type IndexSnapshot, type IndexStorage, type PreparedPaper } from './search-index.ts';
export { IncrementalCorpus, type CorpusDelta, type IncrementalCorpusSnapshot } from './incremental-corpus.ts';
