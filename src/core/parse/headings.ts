/**
 * Line shapes the text formats share, in the spellings real posts use: entry headings of monthly
 * lists (every numbering style seen: `1、`, `1.`, `1)`, `(1)`, `（1）`, `①`, `第1篇：`, `#1`, `No.1`,
 * `一、`, markdown `## 1、` / `**1、…**`), English titles next to Chinese ones, and URL-only lines
 * (wrapped in brackets or quotes, labelled `论文链接：`, followed by punctuation).
 * @module
 */
import type { Line } from './text.ts';

/** Markdown decoration around a heading: `## `, `**…**`, `__…__`. */
export function withoutMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.+)\1$/, '$2')
    .replace(/^(\*\*|__)/, '')
    .trim();
}

const zhDigits = '一二三四五六七八九十';
/** Chinese numeral 1..99 (`十三`, `二十一`) as a number, else NaN. */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const d = (c: string | undefined) => (c ? zhDigits.indexOf(c) + 1 : 0);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return NaN;
  if (!m[2]) return m[3] ? NaN : d(m[1]);
  return (m[1] ? d(m[1]) : 1) * 10 + d(m[3]);
}

const num = '(\\d{1,3}|[一二三四五六七八九十]{1,3})';
/** Numbered-entry prefixes on the NFKC-folded, markdown-free line; group 1 is the number, the rest follows. */
const numberings: readonly RegExp[] = [
  new RegExp(`^第\\s*${num}\\s*篇\\s*[:.、]?\\s*`),
  new RegExp(`^\\(${num}\\)\\s*`),
  /^(?:No\.?|#)\s*(\d{1,3})\s*[.:、)]?\s*/i,
  new RegExp(`^${num}\\s*[、.)]\\s*`),
];

/** What a heading's first character can be (digits of any width, circled digits, brackets, markdown, 第, No, Chinese numerals). */
const headingStart = /^[\d０-９\u2460-\u2473(（#＃*_第Nn一二三四五六七八九十]/;

/** A monthly-list heading: the number (null when unreadable) and the English title. */
export interface MonthlyHeading {
  number: number | null;
  title: string;
  /** The Chinese title when the English one is given in parentheses after it. */
  localTitle?: string;
}

/**
 * Reads a monthly-list entry heading: a numbering, then an English title, or a Chinese title with
 * the English title in (full-width) parentheses. An English title followed by a Chinese translation
 * in parentheses keeps the English part. A numbered line with no English title (`1、GPT-4发布了`, a
 * news item in the intro) is not a heading.
 * ```ts
 * monthlyHeading({ no: 1, raw: '３、一致性模型（Consistency Models）', norm: '3、一致性模型(Consistency Models)' })
 * // { number: 3, title: 'Consistency Models', localTitle: '一致性模型' }
 * ```
 */
export function monthlyHeading(line: Line): MonthlyHeading | null {
  // Most lines are commentary: one anchored character test rejects them before any other work.
  if (!headingStart.test(line.raw)) return null;
  const raw = withoutMarkdown(line.raw);
  const circled = raw.codePointAt(0) ?? 0;
  if (circled >= 0x2460 && circled <= 0x2473) {
    const title = englishTitle(withoutMarkdown(raw.slice(1).normalize('NFKC')).replace(/^[\s、.:]+/, ''), raw.slice(1));
    return title && { number: circled - 0x2460 + 1, ...title };
  }
  const norm = withoutMarkdown(line.norm);
  if (!/^[\d(#N第一二三四五六七八九十]/i.test(norm)) return null;
  for (const pattern of numberings) {
    const m = pattern.exec(norm);
    if (!m) continue;
    const title = englishTitle(withoutMarkdown(norm.slice(m[0].length)), raw);
    if (!title) return null;
    const n = chineseNumber(m[1]!);
    return { number: Number.isNaN(n) ? null : n, ...title };
  }
  return null;
}

const han = /\p{Script=Han}/u;

/**
 * The English title in a heading's text, or null when it has none. `raw` (the line as written) tells
 * full-width parentheses from ASCII ones, so `中文（Do As I Can (SayCan): …）` keeps its inner brackets.
 */
function englishTitle(text: string, raw = ''): { title: string; localTitle?: string } | null {
  const fullWidth = /(\p{Script=Han}[^（）]*?)\s*（([^（）]+)）\s*(?:\*\*|__)?$/u.exec(raw);
  if (fullWidth && !han.test(fullWidth[2]!)) {
    const title = fullWidth[2]!.normalize('NFKC').trim();
    if (isEnglish(title)) return { title, localTitle: fullWidth[1]!.trim() };
  }
  let t = text.replace(/\s*(\*\*|__)$/, '').trim();
  // `English Title（中文翻译）`: the translation goes. Plain index work, no backtracking regex:
  // this runs on every numbered line, commentary included.
  if (t.endsWith(')')) {
    const open = t.lastIndexOf('(');
    const inner = t.slice(open + 1, -1);
    if (open > 0 && han.test(inner) && !inner.includes('(') && !han.test(t.slice(0, open))) t = t.slice(0, open).trim();
  }
  if (!han.test(t)) return isEnglish(t) ? { title: t } : null;
  // `中文标题（English Title）` with ASCII parentheses: the English title is the last parenthesised part.
  if (t.endsWith(')')) {
    const open = t.lastIndexOf('(');
    const inner = t.slice(open + 1, -1).trim();
    const before = t.slice(0, open).trim();
    if (open > 0 && !han.test(inner) && han.test(before) && isEnglish(inner)) return { title: inner, localTitle: before };
  }
  return null;
}

/** Starts like a title (a letter, a quote, a bracket, or digits glued to letters: `3DTopia-XL`) and is mostly Latin letters. */
function isEnglish(t: string): boolean {
  if (!/^(?:[A-Za-z"“'(]|\d+[A-Za-z])/.test(t)) return false;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c > 0x7f && letter.test(t[i]!)) other++;
  }
  return latin >= 2 && latin >= 4 * other;
}

const letter = /\p{L}/u;

/** Labels a link line may carry (`论文链接：`, `Paper:`, `arXiv:`, `Статья:`). */
const linkLabel = /^(?:论文链接|论文地址|论文|链接|原文链接|原文|代码|项目主页|项目|主页|paper|arxiv|code|project|page|pdf|link|github|статья|код|ссылка)$/i;
const urlPattern = /https?:\/\/[!#-&(-;=?-~]+/g;

/**
 * True for a line that is only a link: one or more URLs, possibly wrapped (`<…>`, `(…)`, `[…]`,
 * quotes, `「…」`, a markdown link), followed by punctuation, or after a short label.
 * ```ts
 * linkLine('论文链接:<https://arxiv.org/abs/2302.13971>。') // true
 * ```
 */
export function linkLine(norm: string): boolean {
  if (!norm.includes('://')) return false;
  const rest = norm.replace(urlPattern, ' ');
  if (rest === norm) return false;
  const words = rest.replace(/[\s<>()[\]「」『』"“”'‘’.,;:!?。，；：！？…*_~-]+/g, ' ').trim();
  if (words === '') return true;
  const labels = words.split(' ');
  return labels.length <= 3 && labels.every((w) => linkLabel.test(w));
}
