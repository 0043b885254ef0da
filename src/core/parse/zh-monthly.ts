/**
 * zh-monthly: a blog post "papers of the month". Intro paragraphs, then numbered entries
 * `N、English Title` (also `N.`, full-width digits; gaps and repeated numbers occur), each followed by
 * an author line (`By ...` or a plain list), an optional URL line and commentary; then a footer
 * (references `[n] ...`, the source URL, `作者:...`, site boilerplate) that is never a paper.
 * @module
 */
import type { DigestProblem, FormatOutput, RawEntry } from './entry.ts';
import { parseAuthors } from './authors.ts';
import { linkLine, monthlyHeading } from './headings.ts';
import { isSurveyTitle, nameFromChinese, nameFromTitle, namedInChinese, nameKey } from './names.ts';
import { bareUrlLine, closesPost, isFooterLine, type Line } from './text.ts';
import { extractUrls, firstArxivId } from './urls.ts';

/** Link labels some digests append to titles: `... Affordances | Project page`. */
const titleSuffix = /\s*\|\s*(?:project page|code|paper|github|arxiv|blog|demo)\b.*$/i;

/** A numbered line (`3、`, `3.`, `三、`) that {@link monthlyHeading} did not take: worth a warning when it has Latin text. */
const numberedLike = /^(?:#{1,6}\s*)?(?:\*\*)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.)]\s*\S/;

interface Draft {
  line: number;
  /** The heading's number, null when it has none readable. */
  number: number | null;
  title: string;
  /** The Chinese title when the English one was given in parentheses after it. */
  localTitle?: string;
  authors: string[];
  /** The URL slot right after the authors. */
  linkUrls: string[];
  body: Line[];
  /** Which line the next one may be: authors, the URL slot, or commentary. */
  slot: 'authors' | 'url' | 'body';
}

/**
 * Parses a monthly list. Entry numbers are informative only: papers are counted by entry headings
 * (any numbering style, see {@link monthlyHeading}), so `8、` twice gives two papers and a missing
 * `7、` gives none. The line after a heading may be the author line (also `作者：…`), then a link line
 * (bare, wrapped or labelled: its URLs are the entry's own), then commentary. Footer: a reference
 * line, a credit line, boilerplate, or a bare URL line in the commentary that is followed by footer
 * material or ends the file (the post's own source link). Two pages pasted together have a footer
 * mid-file: a later heading resumes the list, except after a "related reading" list, which only
 * ever closes a post.
 */
export function parseZhMonthly(file: string, lines: readonly Line[], limit = Infinity): FormatOutput {
  const warnings: DigestProblem[] = [];
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let footer: 'none' | 'resumable' | 'closed' = 'none';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = footer === 'closed' ? null : monthlyHeading(line);
    if (heading) {
      if (drafts.length >= limit) break;
      current = {
        line: line.no,
        number: heading.number,
        title: heading.title.replace(titleSuffix, '').trim(),
        ...(heading.localTitle ? { localTitle: heading.localTitle } : {}),
        authors: [],
        linkUrls: [],
        body: [],
        slot: 'authors',
      };
      drafts.push(current);
      footer = 'none';
      continue;
    }
    if (footer !== 'none') continue;
    if (numberedLike.test(line.norm) && /[A-Za-z]{3}/.test(line.norm)) {
      warnings.push({ file, line: line.no, reason: 'numbered like an entry but has no English title (expected "N、English Title" or a Chinese title with the English one in parentheses): not read as a paper' });
    }
    if (!current) continue; // intro paragraphs
    if (current.slot === 'authors') {
      current.slot = 'url';
      const authors = parseAuthors(line.norm);
      if (authors) {
        current.authors = authors;
        continue;
      }
    }
    if (isFooterLine(line.norm)) {
      footer = closesPost(line.norm) ? 'closed' : 'resumable';
      continue;
    }
    if (current.slot === 'url' && linkLine(line.norm)) {
      const next = lines[i + 1];
      if (current.linkUrls.length && (!next || isFooterLine(next.norm))) {
        footer = 'resumable'; // a second link right before the footer is the post's own source link
        continue;
      }
      current.linkUrls.push(...extractUrls(line.norm));
      continue;
    }
    if (bareUrlLine(line.norm)) {
      const next = lines[i + 1];
      if (!next || isFooterLine(next.norm)) {
        // The post's own source link opens the footer.
        footer = 'resumable';
        continue;
      }
    }
    current.slot = 'body';
    current.body.push(line);
  }
  const entries = drafts.map((d) => toEntry(file, d, warnings));
  const highest = Math.max(0, ...drafts.map((d) => d.number ?? 0));
  if (highest > drafts.length + 2 && highest > drafts.length * 1.5) {
    warnings.unshift({ file, line: null, reason: `entries are numbered up to ${highest} but ${drafts.length} were read: some headings were not recognised` });
  }
  return { entries, warnings };
}

/**
 * The name from the title's `Name:` prefix (or a short title that is the name), else from the
 * commentary. When the commentary explicitly calls the method something else (`这种称为 μTransfer
 * 的方法` under `Tensor Programs V: …`), that is the name readers use and the title's is an alias.
 */
function monthlyNames(title: string, summary: string): { name: string | null; aliases: string[] } {
  const fromTitle = nameFromTitle(title);
  const named = namedInChinese(summary);
  if (fromTitle && named && nameKey(fromTitle) !== nameKey(named)) return { name: named, aliases: [fromTitle] };
  // A survey's commentary may spell out a taxonomy's acronym; the survey itself coins no name.
  if (!fromTitle && isSurveyTitle(title)) return { name: null, aliases: [] };
  return { name: fromTitle ?? named ?? nameFromChinese(summary), aliases: [] };
}

function toEntry(file: string, draft: Draft, warnings: DigestProblem[]): RawEntry {
  const summary = draft.body.map((l) => l.raw).join('\n');
  if (!summary) warnings.push({ file, line: draft.line, reason: `entry ${draft.number ?? ''} "${draft.title}" has no commentary`.replace('entry  ', 'entry ') });
  const urls = [...new Set([...draft.linkUrls, ...extractUrls(draft.body.map((l) => l.norm).join('\n'))])];
  return {
    line: draft.line,
    title: draft.title,
    ...monthlyNames(draft.title, summary),
    summary,
    lang: 'zh',
    urls,
    // Only the link slot names the entry's own paper; commentary may cite other work.
    arxivId: firstArxivId(draft.linkUrls),
    authors: draft.authors,
    ...(draft.localTitle ? { localTitle: draft.localTitle } : {}),
  };
}
