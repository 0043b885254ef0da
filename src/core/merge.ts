/**
 * Duplicate merging. CONTRACT STUB — implemented by the parsers work (issue 2).
 * @module
 */
import type { Paper } from './model.ts';

/**
 * Merges papers that are the same work (same arXiv id, same normalised English title, or same coined
 * name) into one record with all sources, keeping first-seen order.
 */
export function mergePapers(papers: readonly Paper[]): Paper[] {
  return [...papers];
}
