/**
 * Renders generated papers as digest TEXT in each starter format, so the real parsers can be timed
 * on realistic input (headers, numbering quirks, footers, JSON feed shape).
 * @module
 */
import type { GenPaper } from '../corpus-gen.ts';
import { Rng } from './rng.ts';
import type { SeedKind, StarterPools } from './starter.ts';

/** One generated digest file and how many papers it holds (what the parser should find). */
export interface GenDigest {
  file: string;
  kind: SeedKind;
  date: string;
  text: string;
  papers: number;
}

const zhDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for 1..99 (十三, 二十, 九十九). */
export function zhNumeral(n: number): string {
  if (n < 10) return zhDigits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : zhDigits[tens]}十${ones ? zhDigits[ones] : ''}`;
}

const fullWidthDigits = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

function ruDaily(papers: readonly GenPaper[]): string {
  return ['Ежедневно отобранные исследовательские статьи по ИИ с переводами', ...papers.map((p) => p.summary)].join('\n') + '\n';
}

function zhReading(rng: Rng, papers: readonly GenPaper[]): string {
  const lines: string[] = [];
  papers.forEach((p, i) => {
    const colon = rng.chance(0.2) ? '：' : ':';
    lines.push(`${rng.chance(0.85) ? '论文' : '文章'}阅读${zhNumeral((i % 99) + 1)}${colon}${p.localTitle ?? p.summary.slice(0, 20)}`);
    const body = p.summary.length > 300 && rng.chance(0.6) ? `${p.summary.slice(0, 300)}...` : p.summary;
    lines.push(`${rng.chance(0.9) ? '摘要' : '原文链接'} ${body}`);
  });
  return lines.join('\n') + '\n';
}

function zhMonthly(rng: Rng, pools: StarterPools, papers: readonly GenPaper[]): string {
  const out: string[] = [...rng.sample(pools.zhIntro, 2), ''];
  let n = 0;
  for (const p of papers) {
    // Numbering quirks seen in the wild: gaps, repeats, `N.` and full-width digits.
    n += rng.chance(0.05) ? 0 : rng.chance(0.05) ? 2 : 1;
    const num = rng.chance(0.1) ? fullWidthDigits(Math.max(1, n)) : String(Math.max(1, n));
    out.push(`${num}${rng.chance(0.8) ? '、' : '. '}${p.title ?? p.name ?? 'Untitled'}`, '');
    out.push(rng.chance(0.6) ? `By ${p.authors.slice(0, 3).join(', ')} et al.` : p.authors.join(', '), '');
    if (p.url) out.push(p.url, '');
    const sentences = p.summary.split(/(?<=。)/u);
    const cut = Math.max(1, Math.ceil(sentences.length / 2));
    out.push(sentences.slice(0, cut).join(''), '');
    if (sentences.length > cut) out.push(sentences.slice(cut).join(''), '');
  }
  out.push('引用', '', ...pools.zhFooter.filter((l) => l !== '引用').flatMap((l) => [l, '']));
  return out.join('\n');
}

function hfday(papers: readonly GenPaper[], date: string): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1',
      title: 'HF Daily Papers',
      home_page_url: 'https://huggingface.co/papers',
      feed_url: 'https://example.com/hfday.json',
      date,
      papers: papers.map((p) => ({
        id: p.url ?? `https://huggingface.co/papers/${p.arxivId}`,
        title: p.title,
        abstract: p.abstract ?? p.summary,
        url: p.url,
        data: { desc: p.lang === 'en' ? '' : p.summary, tags: p.tags, emoji: '📄', title: p.localTitle ?? '' },
      })),
    },
    null,
    2,
  );
}

/**
 * Renders `papers` (all of `kind`) as digest files of `perFile` papers each. File names carry the
 * digest date the way the starter corpus does (`2024-10-03-hfday.json`).
 */
export function renderDigests(kind: SeedKind, papers: readonly GenPaper[], pools: StarterPools, options: { perFile: number; seed?: number }): GenDigest[] {
  const rng = new Rng(options.seed ?? 7);
  const files: GenDigest[] = [];
  for (let start = 0, k = 0; start < papers.length; start += options.perFile, k++) {
    const chunk = papers.slice(start, start + options.perFile);
    const date = chunk[0]!.date;
    const day = date.length === 7 ? `${date}-01` : date;
    let text: string;
    let file: string;
    switch (kind) {
      case 'ru-daily':
        text = ruDaily(chunk);
        file = `${date}-ru-daily-${k}.txt`;
        break;
      case 'zh-reading':
        text = zhReading(rng, chunk);
        file = `${date}-zh-reading-${k}.txt`;
        break;
      case 'zh-monthly':
        text = zhMonthly(rng, pools, chunk);
        file = `${date.slice(0, 7)}-zh-monthly-${k}.txt`;
        break;
      case 'hfday-json':
        text = hfday(chunk, day);
        file = `${day}-hfday-${k}.json`;
        break;
    }
    files.push({ file, kind, date, text, papers: chunk.length });
  }
  return files;
}
