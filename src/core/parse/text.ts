/**
 * Text helpers shared by the digest parsers: line splitting, width folding and footer recognition.
 * @module
 */

/** One line of a decoded digest with its 1-based line number. */
export interface Line {
  /** 1-based line number in the decoded file. */
  no: number;
  /** The line as written (trimmed), for content we keep. */
  raw: string;
  /** NFKC-folded copy (full-width digits, colons, commas become ASCII), for structure matching. */
  norm: string;
}

/**
 * Lines longer than this are not digest content (abstracts are a few KB): they are skipped with a
 * warning instead of being normalised and scanned, which keeps a 50 MB single-line file cheap.
 */
export const maxLineChars = 200_000;

/**
 * Splits decoded text on CRLF, CR or LF and drops blank lines. Over-long lines are reported through
 * `onLong` and left out.
 */
export function splitLines(text: string, onLong: (no: number, length: number) => void): Line[] {
  const lines: Line[] = [];
  let no = 0;
  let start = 0;
  // A manual scan instead of text.split(/\r\n|\r|\n/): no giant intermediate array of empty strings
  // for pathological inputs, and CR-only files work the same way.
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    no++;
    const length = i - start;
    if (length > maxLineChars) onLong(no, length);
    else {
      const raw = text.slice(start, i).trim();
      if (raw) lines.push({ no, raw, norm: fold(raw) });
    }
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}

/**
 * NFKC-folds text for matching: full-width `１、`, `：`, `，`, `（` become ASCII, so the parsers need one
 * pattern per structure. Content shown to users keeps the original characters. (A JS pre-check for
 * lines NFKC leaves alone was tried: 1.3x slower than ICU's own quick check.)
 */
export function fold(text: string): string {
  return text.normalize('NFKC');
}

/**
 * Counts Han, Cyrillic and basic Latin letters in `text` (sampled up to `limit` UTF-16 units).
 * Plain code-unit ranges, not `\p{Script}` regexes per character: this runs on every text digest.
 */
export function scriptShare(text: string, limit = 20_000): { han: number; cyrillic: number; latin: number; letters: number } {
  const end = Math.min(text.length, limit);
  // counts[0] other, [1] Han, [2] Cyrillic, [3] Latin: one table load per code unit, no branches.
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < end; i++) counts[scriptOf[text.charCodeAt(i)]!]!++;
  const [, han, cyrillic, latin] = counts as [number, number, number, number];
  return { han, cyrillic, latin, letters: han + cyrillic + latin };
}

/** Per code unit: 1 Han (URO, Extension A, compatibility ideographs), 2 Cyrillic, 3 basic Latin letter, else 0. */
const scriptOf = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (from: number, to: number, v: number) => table.fill(v, from, to + 1);
  mark(0x4e00, 0x9fff, 1);
  mark(0x3400, 0x4dbf, 1);
  mark(0xf900, 0xfaff, 1);
  mark(0x0400, 0x04ff, 2);
  mark(0x41, 0x5a, 3);
  mark(0x61, 0x7a, 3);
  return table;
})();

// === Footer material

/** "Related reading" lists that close a post: numbered titles after them are other posts, not papers. */
const relatedList = /^(往期推荐|推荐阅读|相关阅读|延伸阅读|往期回顾|相关文章|Related (?:posts|reading|articles))\s*[:：]?/i;

/** True when `norm` opens a list of other posts (see {@link relatedList}): the post ends there for good. */
export const closesPost = (norm: string): boolean => relatedList.test(norm);

/**
 * Lines that start the footer of a blog-style digest: reference lists, the author credit, the
 * source link, site boilerplate (markdown help, follower counts). Matched on the folded line.
 */
const footerStarts: readonly RegExp[] = [
  /^\[\d{1,3}\]/, // reference list: [1] “Pay Attention to MLPs” ...
  /^(引用|参考|参考文献|参考资料|参考链接|References?|Bibliography)\s*:?$/i,
  /^(作者|原文作者|译者|编辑|责任编辑|本文来源)\s*:/, // credit line
  /^\d+\s*声望\s*\d+\s*粉丝$/, // follower counts
  /\*\*粗体\*\*|你还可以使用@|来通知其他用户/, // comment-box markdown help
  relatedList,
];

/** True when `norm` (a folded line) opens or belongs to a footer. */
export function isFooterLine(norm: string): boolean {
  return footerStarts.some((re) => re.test(norm));
}

/** A line that is only a URL (the entry link slot, or a footer's source link). */
export const bareUrlLine = (norm: string): boolean => /^https?:\/\/\S+$/.test(norm);
