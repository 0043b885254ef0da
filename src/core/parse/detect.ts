/**
 * Format auto-detection from a digest's text.
 * @module
 */
import type { DigestFormat } from '../model.ts';
import { monthlyHeading, withoutMarkdown } from './headings.ts';
import { scriptShare, type Line } from './text.ts';

/** The ru-daily header line (the feed's title). */
export const ruDailyHeader = /^Ежедневно отобранные исследовательские статьи/i;
/** A zh-reading heading: `论文阅读十三:标题`, `文章阅读一：标题`. */
export const zhReadingHeading = /^(?:论文|文章)阅读\s*([一二三四五六七八九十百千零〇两0-9０-９]+)\s*[:：]\s*(.*)$/;

/** How many leading lines are looked at for a zh-reading heading. */
const headLines = 30;

/** Formats read as one structured document (JSON or XML), not line by line. */
export const structuredFormats: ReadonlySet<DigestFormat> = new Set(['hfday-json', 'hf-daily', 'feed']);

/** How much of a JSON document is looked at for its shape. */
const jsonHead = 4096;

/**
 * The format of a structured document (JSON or XML), from its first characters, or null for text:
 * `<` is a feed (RSS, RDF, Atom; an HTML page is refused by the feed parser with that reason); a
 * JSON array is a Daily Papers response (hf-daily); a JSON object with a `papers` array is HFday's
 * (even with a JSON Feed `version`, as its single-file feed has), one with a jsonfeed.org
 * `version` and no `papers` is a JSON Feed, any other object is taken as hfday-json (whose parser
 * then says what is missing).
 */
export function detectStructured(text: string): DigestFormat | null {
  const start = text.trimStart();
  const first = start[0];
  if (first === '<') return 'feed';
  if (first === '[') return 'hf-daily';
  if (first !== '{') return null;
  const jsonFeed = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\//.test(start.slice(0, jsonHead));
  return jsonFeed && !/"papers"\s*:/.test(start) ? 'feed' : 'hfday-json';
}

/**
 * Detects the format of a digest, or null. Structured documents are recognised by
 * {@link detectStructured}; in text, the ru-daily header, a zh-reading heading near the top, or
 * numbered English titles in Chinese text decide; mostly-Cyrillic text without a header is taken as
 * ru-daily.
 */
export function detectFormat(text: string, lines: readonly Line[]): DigestFormat | null {
  const structured = detectStructured(text);
  if (structured) return structured;
  if (lines.slice(0, headLines).some((l) => ruDailyHeader.test(l.norm))) return 'ru-daily';
  if (lines.slice(0, headLines).some((l) => zhReadingHeading.test(withoutMarkdown(l.norm)))) return 'zh-reading';
  const share = scriptShare(text);
  if (share.han > 0 && lines.some((l) => monthlyHeading(l) !== null)) return 'zh-monthly';
  if (share.letters >= 50 && share.cyrillic / share.letters >= 0.6) return 'ru-daily';
  return null;
}
