/**
 * zh-monthly: a blog post "papers of the month". Intro paragraphs, then numbered entries
 * `N、English Title` (also `N.`, full-width digits; gaps and repeated numbers occur), each followed by
 * an author line (`By ...` or a plain list), an optional URL line and commentary; then a footer
 * (references `[n] ...`, the source URL, `作者:...`, site boilerplate) that is never a paper.
 * @module
 */
import type { DigestProblem, FormatOutput, RawEntry } from './entry.ts';
import { parseAuthors } from './authors.ts';
import { zhMonthlyEntry } from './detect.ts';
import { nameFromChinese, nameFromTitle } from './names.ts';
import { bareUrlLine, isFooterLine, type Line } from './text.ts';
import { extractUrls, firstArxivId } from './urls.ts';

/** Link labels some digests append to titles: `... Affordances | Project page`. */
const titleSuffix = /\s*\|\s*(?:project page|code|paper|github|arxiv|blog|demo)\b.*$/i;

interface Draft {
  line: number;
  number: number;
  title: string;
  authors: string[];
  /** The URL slot right after the authors. */
  linkUrls: string[];
  body: Line[];
  /** Which line the next one may be: authors, the URL slot, or commentary. */
  slot: 'authors' | 'url' | 'body';
}

/**
 * Parses a monthly list. Entry numbers are informative only: papers are counted by entry headings,
 * so `8、` twice gives two papers and a missing `7、` gives none. Footer detection: a reference line,
 * a credit line, boilerplate, or a bare URL line in the commentary that is followed by footer
 * material or ends the file (the post's own source link).
 */
export function parseZhMonthly(file: string, lines: readonly Line[], limit = Infinity): FormatOutput {
  const warnings: DigestProblem[] = [];
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = zhMonthlyEntry.exec(line.norm);
    if (heading) {
      if (drafts.length >= limit) break;
      current = {
        line: line.no,
        number: Number(heading[1]),
        title: heading[2]!.replace(titleSuffix, '').trim(),
        authors: [],
        linkUrls: [],
        body: [],
        slot: 'authors',
      };
      drafts.push(current);
      continue;
    }
    if (!current) continue; // intro paragraphs
    if (isFooterLine(line.norm)) break;
    if (current.slot === 'authors') {
      current.slot = 'url';
      const authors = parseAuthors(line.norm);
      if (authors) {
        current.authors = authors;
        continue;
      }
    }
    if (bareUrlLine(line.norm)) {
      if (current.slot === 'url') {
        current.linkUrls.push(...extractUrls(line.norm));
        current.slot = 'body';
        continue;
      }
      const next = lines[i + 1];
      if (!next || isFooterLine(next.norm)) break; // the post's own source link opens the footer
    }
    current.slot = 'body';
    current.body.push(line);
  }
  const entries = drafts.map((d) => toEntry(file, d, warnings));
  return { entries, warnings };
}

function toEntry(file: string, draft: Draft, warnings: DigestProblem[]): RawEntry {
  const summary = draft.body.map((l) => l.raw).join('\n');
  if (!summary) warnings.push({ file, line: draft.line, reason: `entry ${draft.number} "${draft.title}" has no commentary` });
  const urls = [...new Set([...draft.linkUrls, ...extractUrls(draft.body.map((l) => l.norm).join('\n'))])];
  return {
    line: draft.line,
    title: draft.title,
    name: nameFromTitle(draft.title) ?? nameFromChinese(summary),
    summary,
    lang: 'zh',
    urls,
    // Only the link slot names the entry's own paper; commentary may cite other work.
    arxivId: firstArxivId(draft.linkUrls),
    authors: draft.authors,
  };
}
