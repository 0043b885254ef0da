/**
 * Format auto-detection from a digest's text.
 * @module
 */
import type { DigestFormat } from '../model.ts';
import { scriptShare, type Line } from './text.ts';

/** The ru-daily header line (the feed's title). */
export const ruDailyHeader = /^Ежедневно отобранные исследовательские статьи/i;
/** A zh-reading heading: `论文阅读十三:标题`, `文章阅读一：标题`. */
export const zhReadingHeading = /^(?:论文|文章)阅读\s*([一二三四五六七八九十百千零〇两0-9０-９]+)\s*[:：]\s*(.*)$/;
/** A zh-monthly entry: `1、LLaMA: ...`, `10. MarioGPT`, `８、Prismer` (folded) with an English title. */
export const zhMonthlyEntry = /^(\d{1,3})\s*[、.)]\s*([A-Za-z"“'(].*)$/;

/** How many leading lines are looked at for a zh-reading heading. */
const headLines = 30;

/**
 * Detects the format of a digest, or null. JSON (`{`/`[`) is hfday-json; the ru-daily header, a
 * zh-reading heading near the top, or numbered English titles in Chinese text decide the others;
 * mostly-Cyrillic text without a header is taken as ru-daily.
 */
export function detectFormat(text: string, lines: readonly Line[]): DigestFormat | null {
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') return 'hfday-json';
  if (lines[0] && ruDailyHeader.test(lines[0].norm)) return 'ru-daily';
  if (lines.slice(0, headLines).some((l) => zhReadingHeading.test(l.norm))) return 'zh-reading';
  const share = scriptShare(text);
  if (share.han > 0 && lines.some((l) => zhMonthlyEntry.test(l.norm))) return 'zh-monthly';
  if (share.letters >= 50 && share.cyrillic / share.letters >= 0.6) return 'ru-daily';
  return null;
}
