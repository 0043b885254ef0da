/**
 * zh-reading: reading notes, each a heading `论文阅读十三:标题` / `文章阅读一:标题` followed by a body
 * line starting `摘要` (or `原文链接`), often cut short with `...`.
 * @module
 */
import type { DigestProblem, FormatOutput, RawEntry } from './entry.ts';
import { zhReadingHeading } from './detect.ts';
import { withoutMarkdown } from './headings.ts';
import { isCoinedToken, isPhrase, nameFromChinese } from './names.ts';
import { fold, isFooterLine, type Line } from './text.ts';
import { extractUrls, firstArxivId } from './urls.ts';

/** Body labels removed from the first body line. */
const bodyLabel = /^(?:摘要|原文链接|论文链接|Abstract)\s*[:：]?\s*/i;

/** A translated title this short with no Latin name is itself the term the paper coins (一致性模型). */
const maxTermChars = 8;

/**
 * Parses reading notes: one paper per heading, body lines up to the next heading. Text before the
 * first heading and footer lines (author credit, reference lists, boilerplate) are not papers.
 */
export function parseZhReading(file: string, lines: readonly Line[], limit = Infinity): FormatOutput {
  const warnings: DigestProblem[] = [];
  const entries: RawEntry[] = [];
  let current: { line: number; heading: string; body: Line[] } | null = null;
  let inFooter = false;
  const flush = () => {
    if (current) entries.push(toEntry(file, current.line, current.heading, current.body, warnings));
  };
  for (const line of lines) {
    const heading = zhReadingHeading.exec(withoutMarkdown(line.raw)) ?? zhReadingHeading.exec(withoutMarkdown(line.norm));
    if (heading) {
      flush();
      if (entries.length >= limit) return { entries, warnings };
      current = { line: line.no, heading: heading[2]!.trim(), body: [] };
      inFooter = false;
      continue;
    }
    if (/^(?:论文|文章)阅读/.test(withoutMarkdown(line.norm))) {
      warnings.push({ file, line: line.no, reason: 'starts like a reading-note heading but is not "论文阅读N：title" (number and colon): not read as a note' });
    }
    if (!current || inFooter) continue;
    if (isFooterLine(line.norm)) {
      inFooter = true;
      continue;
    }
    current.body.push(line);
  }
  flush();
  return { entries, warnings };
}

function toEntry(file: string, no: number, heading: string, body: readonly Line[], warnings: DigestProblem[]): RawEntry {
  const summary = body
    .map((l, i) => (i === 0 ? l.raw.replace(bodyLabel, '') : l.raw))
    .join('\n')
    .trim();
  if (!summary) warnings.push({ file, line: no, reason: `note "${heading}" has no text` });
  const urls = extractUrls(body.map((l) => l.norm).join('\n'));
  return {
    line: no,
    title: null,
    name: nameFromHeading(heading) ?? nameFromChinese(summary) ?? termFromHeading(heading),
    summary,
    lang: 'zh',
    urls,
    arxivId: firstArxivId(urls),
    authors: [],
    localTitle: heading,
  };
}

/** `BitNet a4.8:1位LLM的4位激活` -> `BitNet a4.8`: a Latin name before the title's colon. */
function nameFromHeading(heading: string): string | null {
  const folded = fold(heading);
  const colon = folded.indexOf(':');
  if (colon <= 0) return null;
  const prefix = folded.slice(0, colon).trim();
  if (prefix.length > 40 || /\p{Script=Han}/u.test(prefix)) return null;
  const words = prefix.split(/\s+/);
  // `jina-embeddings-v3：…`: a lower-case coined token alone is a name too.
  if (words.length === 1 && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(words[0]!)) return prefix;
  return words.length <= 3 && words.some(isCoinedToken) && !isPhrase(words) ? prefix : null;
}

/** `一致性模型` -> itself: a short Chinese title without a subtitle names the concept. */
function termFromHeading(heading: string): string | null {
  const folded = fold(heading).trim();
  const chars = Array.from(folded);
  return chars.length <= maxTermChars && /^\p{Script=Han}+$/u.test(folded) ? folded : null;
}
