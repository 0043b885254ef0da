/**
 * DigestIndex: the searchable, multilingual paper index. CONTRACT STUB — implemented by the search
 * work (issue 2).
 * @module
 */
import type { Paper } from '../core/model.ts';

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
  why: string[];
}

export interface SearchPage {
  hits: SearchHit[];
  /** Total hits before limit/offset. */
  total: number;
}

/** The index over merged papers. `add` replaces papers with the same id (re-ingested digests). */
export class DigestIndex {
  add(_papers: readonly Paper[]): void {
    throw new Error('DigestIndex.add: not implemented yet');
  }
  search(_query: string, _options: SearchOptions = {}): SearchPage {
    throw new Error('DigestIndex.search: not implemented yet');
  }
  get(_id: string): Paper | undefined {
    throw new Error('DigestIndex.get: not implemented yet');
  }
  /** All papers, in insertion order. */
  papers(): readonly Paper[] {
    return [];
  }
  get size(): number {
    return 0;
  }
  /** Number of papers per topic id. */
  topicCounts(): Map<string, number> {
    return new Map();
  }
}
