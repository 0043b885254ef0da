/**
 * Topic catalog (data) and tagging. CONTRACT STUB — implemented by the search work (issue 2).
 * @module
 */

/** A catalog topic with labels in three languages and multilingual match patterns. */
export interface Topic {
  /** Stable id users type: `diffusion`, `llm`, `peft`, ... */
  id: string;
  labels: { en: string; ru: string; zh: string };
}

/** The catalog, in display order. */
export const topicCatalog: readonly Topic[] = [];

/** Topic ids whose patterns match `text` (any language). */
export function tagTopics(_text: string): string[] {
  throw new Error('tagTopics: not implemented yet');
}

/** Finds a topic by id or by any of its labels (case-insensitive), else undefined. */
export function findTopic(_input: string): Topic | undefined {
  throw new Error('findTopic: not implemented yet');
}

/** Up to `n` catalog ids closest to `input` (for "did you mean ..."), best first. */
export function suggestTopics(_input: string, _n = 3): string[] {
  throw new Error('suggestTopics: not implemented yet');
}
