/**
 * ru-daily: a header line `Ежедневно отобранные исследовательские статьи по ИИ с переводами`, then
 * one translated abstract per line. No titles: the coined name comes from the prose.
 * @module
 */
import type { DigestProblem, FormatOutput, RawEntry } from './entry.ts';
import { namesFromProse } from './names.ts';
import { bareUrlLine, isFooterLine, type Line } from './text.ts';
import { ruDailyHeader } from './detect.ts';
import { extractUrls, firstArxivId } from './urls.ts';

/** Lines shorter than this are not abstracts (stray headings, signatures) and are skipped with a warning. */
const minAbstractChars = 40;

/**
 * Channel chatter around the abstracts: greetings and issue lines before them, subscription and
 * source lines or hashtag rows after them. Matched on lines shorter than {@link maxChatterChars}:
 * an abstract is a paragraph, and one that happens to start with «Сегодня» is long.
 */
const chatter =
  /^(?:доброе утро|добрый (?:день|вечер)|всем привет|привет|сегодня в (?:подборке|выпуске)|в (?:сегодняшней )?подборке|выпуск\s*(?:№\s*)?\d+|подпис\p{L}*|источник\s*:|реклама|#\S+(?:\s+#\S+)*$)/iu;
const maxChatterChars = 300;
/** Numbering or a bullet before an abstract (`1. `, `2) `, `№3 `, `🔹 `, `• `), dropped from the summary. */
const entryPrefix = /^(?:\d{1,3}[.)]\s+|№\s*\d{1,3}\s+|[•▪►🔹🔸🔥📌✅]\uFE0F?\s*|[-–—]\s+)/u;

/**
 * Parses ru-daily lines. The header line is not a paper; a missing header is a warning (the file
 * was detected by its Cyrillic text or forced with `format`). Bare URL lines and footer lines are
 * skipped. Stops after `limit` entries (the caller refuses a file over its paper limit).
 */
export function parseRuDaily(file: string, lines: readonly Line[], limit = Infinity): FormatOutput {
  const warnings: DigestProblem[] = [];
  const entries: RawEntry[] = [];
  const skipped: number[] = [];
  let body = lines;
  if (lines[0] && ruDailyHeader.test(lines[0].norm)) body = lines.slice(1);
  else if (lines[0]) warnings.push({ file, line: lines[0].no, reason: 'ru-daily header line missing; every line read as an abstract' });
  for (const line of body) {
    if (entries.length >= limit) break;
    // Pages pasted together repeat the header mid-file: it is never a paper.
    if (bareUrlLine(line.norm) || isFooterLine(line.norm) || ruDailyHeader.test(line.norm)) continue;
    if (line.raw.length < minAbstractChars) {
      warnings.push({ file, line: line.no, reason: `line skipped: too short for an abstract (${line.raw.length} characters)` });
      skipped.push(line.no);
      continue;
    }
    if (line.raw.length < maxChatterChars && chatter.test(line.raw)) {
      warnings.push({ file, line: line.no, reason: 'line skipped: a greeting, issue line or channel footer, not an abstract' });
      skipped.push(line.no);
      continue;
    }
    const summary = line.raw.replace(entryPrefix, '');
    const urls = extractUrls(line.norm);
    const names = namesFromProse(summary, urls);
    entries.push({
      line: line.no,
      title: null,
      name: names.name,
      aliases: names.aliases,
      summary,
      lang: 'ru',
      urls,
      arxivId: firstArxivId(urls),
      authors: [],
    });
  }
  // Far fewer papers than lines: say so first (the per-line warnings may be summarised away).
  if (skipped.length >= 5 && skipped.length > entries.length) {
    warnings.unshift({
      file,
      line: skipped[0]!,
      reason: `only ${entries.length} of ${entries.length + skipped.length} lines read as abstracts: ru-daily expects one abstract (${minAbstractChars}+ characters) per line`,
    });
  }
  return { entries, warnings };
}
