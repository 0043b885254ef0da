/**
 * Paper ids and the normalised keys duplicates are recognised by.
 * @module
 */
import type { Paper } from '../model.ts';
import { fnv1a64 } from './hash.ts';
import { nameKey } from './names.ts';
import { fold } from './text.ts';

export { nameKey };

/** The comparison key of an English title: NFKC, lower case, punctuation and spacing collapsed. */
export function titleKey(title: string): string {
  return fold(title).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** How many characters of the summary identify a paper that has neither title nor name. */
const summaryKeyChars = 200;

/**
 * A stable paper id: `arxiv:<id>` when the arXiv id is known, else `h:` + FNV-1a 64 of the
 * normalised English title, else of the coined name, else of the summary's start.
 * ```ts
 * paperId({ arxivId: '2302.13971', title: null, name: null, summary: '' }) // 'arxiv:2302.13971'
 * ```
 */
export function paperId(paper: Pick<Paper, 'arxivId' | 'title' | 'name' | 'summary'>): string {
  if (paper.arxivId) return `arxiv:${paper.arxivId}`;
  const key = paper.title
    ? `t:${titleKey(paper.title)}`
    : paper.name
      ? `n:${nameKey(paper.name)}`
      : `s:${titleKey(paper.summary.slice(0, summaryKeyChars * 2)).slice(0, summaryKeyChars)}`;
  return `h:${fnv1a64(key)}`;
}
