/**
 * The test digests, made from the sample days with no English in them (pure: papers in, file texts out).
 *
 * - Russian: one ru-daily file per day, exactly the starter corpus's shape
 *   (`data/digests/2024-05-ru-daily.txt`): the header line, then one summary per line (`data.ru.desc`,
 *   or the flat `data.desc` of the older feed), LF line ends, no final newline.
 * - Chinese: one zh-reading file per HFday day (the feed days have no Chinese): for each paper a heading
 *   `论文阅读<N in Chinese numerals>:<data.zh.title>` and a body line `摘要 <data.zh.desc>`, as in
 *   `data/digests/2024-11-zh-reading-notes.txt`. The Chinese titles are HFday's own (some start with the
 *   method's Latin name, as real reading notes do).
 *
 * `manifest` maps each file to the arXiv ids of its papers in order, so a parsed paper
 * (`sources[].file`, `sources[].index`) leads back to its English original.
 * @module
 */
import type { SourcePaper } from './source.ts';

export const ruDailyHeader = 'Ежедневно отобранные исследовательские статьи по ИИ с переводами';

export interface TestDigest {
  /** Path relative to the fixture directory: `ru/2024-09-16-ru-daily.txt`, `zh/2024-09-16-zh-reading.txt`. */
  file: string;
  lang: 'ru' | 'zh';
  day: string;
  text: string;
  /** arXiv ids of the papers, in file order. */
  arxivIds: string[];
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** 1 -> 一, 10 -> 十, 13 -> 十三, 20 -> 二十, 27 -> 二十七 (1..99). */
export function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`chineseNumeral: ${n} out of 1..99`);
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}

/** Every test digest, Russian then Chinese, by day. */
export function testDigests(papers: readonly SourcePaper[]): TestDigest[] {
  const days = [...new Set(papers.map((p) => p.day))].sort();
  const out: TestDigest[] = [];
  for (const day of days) {
    const ofDay = papers.filter((p) => p.day === day);
    out.push({
      file: `ru/${day}-ru-daily.txt`,
      lang: 'ru',
      day,
      text: [ruDailyHeader, ...ofDay.map((p) => oneLine(p.ru.desc))].join('\n'),
      arxivIds: ofDay.map((p) => p.arxivId),
    });
  }
  for (const day of days) {
    const ofDay = papers.filter((p) => p.day === day && p.zh);
    if (ofDay.length === 0) continue;
    out.push({
      file: `zh/${day}-zh-reading.txt`,
      lang: 'zh',
      day,
      text: ofDay.flatMap((p, i) => [`论文阅读${chineseNumeral(i + 1)}:${oneLine(p.zh!.title)}`, `摘要 ${oneLine(p.zh!.desc)}`]).join('\n'),
      arxivIds: ofDay.map((p) => p.arxivId),
    });
  }
  return out;
}

/** The manifest written next to the files: file -> arXiv ids in order. */
export function manifestOf(digests: readonly TestDigest[]): Record<string, string[]> {
  return Object.fromEntries(digests.map((d) => [d.file, d.arxivIds]));
}
