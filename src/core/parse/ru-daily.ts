/**
 * ru-daily: a header line `Ежедневно отобранные исследовательские статьи по ИИ с переводами`, then
 * one translated abstract per line. No titles: the coined name comes from the prose.
 * @module
 */
import type { DigestProblem, FormatOutput, RawEntry } from './entry.ts';
import { nameFromProse } from './names.ts';
import { bareUrlLine, isFooterLine, type Line } from './text.ts';
import { ruDailyHeader } from './detect.ts';
import { extractUrls, firstArxivId } from './urls.ts';

/** Lines shorter than this are not abstracts (stray headings, signatures) and are skipped with a warning. */
const minAbstractChars = 40;

/**
 * Parses ru-daily lines. The header line is not a paper; a missing header is a warning (the file
 * was detected by its Cyrillic text or forced with `format`). Bare URL lines and footer lines are
 * skipped. Stops after `limit` entries (the caller refuses a file over its paper limit).
 */
export function parseRuDaily(file: string, lines: readonly Line[], limit = Infinity): FormatOutput {
  const warnings: DigestProblem[] = [];
  const entries: RawEntry[] = [];
  let body = lines;
  if (lines[0] && ruDailyHeader.test(lines[0].norm)) body = lines.slice(1);
  else if (lines[0]) warnings.push({ file, line: lines[0].no, reason: 'ru-daily header line missing; every line read as an abstract' });
  for (const line of body) {
    if (entries.length >= limit) break;
    if (bareUrlLine(line.norm) || isFooterLine(line.norm)) continue;
    if (line.raw.length < minAbstractChars) {
      warnings.push({ file, line: line.no, reason: `line skipped: too short for an abstract (${line.raw.length} characters)` });
      continue;
    }
    const urls = extractUrls(line.norm);
    entries.push({
      line: line.no,
      title: null,
      name: nameFromProse(line.raw, urls),
      summary: line.raw,
      lang: 'ru',
      urls,
      arxivId: firstArxivId(urls),
      authors: [],
    });
  }
  return { entries, warnings };
}
