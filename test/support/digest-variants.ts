/**
 * Digest variant generator (issue 11): rewrites a text-format digest (ru-daily, zh-reading,
 * zh-monthly) the way real posts of the same kind differ, seeded and reproducible, and says what a
 * parser must still find in the rewrite: the same number of papers, each with the original's URLs
 * (less any the rewrite removed) and English title.
 *
 * How: the digest is split into a small document model (header, intro, entries with heading, author
 * line, URL slot and body, footer) by the simple structure of its format, one or more variant
 * classes rewrite the model, and it is rendered back to text and bytes. The classes, each seen in
 * real posts of these kinds (Chinese blog digests on CSDN/Zhihu/WeChat mirrors, Russian Telegram
 * channels, markdown copies):
 *
 * | class | what changes |
 * |---|---|
 * | `crlf`, `cr` | line ends |
 * | `bom`, `utf16le`, `utf16be`, `legacy` | encodings (GB18030 for Chinese, Windows-1251 for Russian) |
 * | `blank-lines`, `spaces` | blank lines between lines; trailing spaces/tabs, NBSP and ideographic-space indents |
 * | `fullwidth` | full-width digits, letters in numbers, colons, commas, parentheses (Chinese formats) |
 * | `numbering` | other entry numbering: `1.`, `1)`, `(1)`, `（1）`, `①`, `第1篇：`, `#1`, `No.1`, Chinese numerals, zh-reading with Arabic digits |
 * | `gaps` | numbers with gaps and repeats |
 * | `pasted` | two pages pasted together: the header (ru) or intro/footer (zh) repeated mid-file, numbering restarting |
 * | `no-url`, `no-abstract` | an entry without its URL, an entry without commentary/abstract |
 * | `url-wrap`, `url-punct` | URLs in `<>`, `()`, `[]`, quotes, `「」`, markdown links; followed by `.`, `,`, `。`, `;`, `)` |
 * | `multi-url`, `url-label` | extra code/project links; URL lines labelled `论文链接：`, `Paper:`, `arXiv:`, `Статья:` |
 * | `authors` | other author-line styles: `作者：A, B`, `Authors: A; B`, `A、B、C`, `A and B`, no author line |
 * | `lookalikes` | intros and footers that look like entries (numbered news items, "related reading" lists, channel footers) |
 * | `cut` | the last line cut mid-word, no final newline |
 * | `zh-title` | Chinese title with the English title in full-width parentheses, or the English title followed by a Chinese translation in parentheses |
 * | `markdown` | headings as `## 1、Title` or `**1、Title**`, bullets |
 * | `ru-typography` | «» quotes, NBSP, em dashes, `1.`/`№1`/emoji prefixes on Russian abstracts |
 * @module
 */
import iconv from 'iconv-lite';
import { Rng } from '../../bench/gen/rng.ts';

export const variantClasses = [
  'crlf', 'cr', 'bom', 'utf16le', 'utf16be', 'legacy', 'blank-lines', 'spaces', 'fullwidth', 'numbering', 'gaps', 'pasted',
  'no-url', 'no-abstract', 'url-wrap', 'url-punct', 'multi-url', 'url-label', 'authors', 'lookalikes', 'cut', 'zh-title',
  'markdown', 'ru-typography',
] as const;
export type VariantClass = (typeof variantClasses)[number];
export type TextFormat = 'ru-daily' | 'zh-reading' | 'zh-monthly';

/** Classes that apply to each format (the others leave it unchanged). */
export const classesFor: Record<TextFormat, readonly VariantClass[]> = {
  'ru-daily': ['crlf', 'cr', 'bom', 'utf16le', 'utf16be', 'legacy', 'blank-lines', 'spaces', 'numbering', 'pasted', 'no-url', 'url-wrap', 'url-punct', 'multi-url', 'url-label', 'lookalikes', 'cut', 'ru-typography'],
  'zh-reading': ['crlf', 'cr', 'bom', 'utf16le', 'utf16be', 'legacy', 'blank-lines', 'spaces', 'fullwidth', 'numbering', 'pasted', 'no-abstract', 'url-wrap', 'url-punct', 'multi-url', 'url-label', 'lookalikes', 'cut', 'markdown'],
  'zh-monthly': ['crlf', 'cr', 'bom', 'utf16le', 'utf16be', 'legacy', 'blank-lines', 'spaces', 'fullwidth', 'numbering', 'gaps', 'pasted', 'no-url', 'no-abstract', 'url-wrap', 'url-punct', 'multi-url', 'url-label', 'authors', 'lookalikes', 'cut', 'zh-title', 'markdown'],
};

// === Document model

interface Entry {
  /** ru-daily: the abstract line; zh: the heading's title text (after number and separator). */
  title: string;
  /** zh-reading: the Chinese numeral of the heading. */
  numeral?: string;
  /** zh-reading: `论文阅读` or `文章阅读`. */
  label?: string;
  authors?: string;
  /** The URL slot line (zh-monthly). */
  url?: string;
  body: string[];
  /** Extra lines rendered right after the heading/authors (labelled or extra URLs). */
  extra: string[];
  /** Prefix and suffix of a ru-daily line (numbering, emoji). */
  prefix?: string;
}

interface Doc {
  format: TextFormat;
  header?: string;
  intro: string[];
  entries: Entry[];
  footer: string[];
  /** How zh headings are rendered (numbering style), per entry index. */
  heading: (e: Entry, i: number) => string;
  /** Lines inserted before entry `i` (a second page's header or intro). */
  breaks: Map<number, string[]>;
}

const ruHeader = /^Ежедневно отобранные исследовательские статьи/;
const zhReadingHeading = /^(论文阅读|文章阅读)([一二三四五六七八九十百零〇两]+)\s*[:：]\s*(.*)$/;
const zhMonthlyHeading = /^([0-9０-９]{1,3})\s*[、.．]\s*(.*)$/;
const bareUrl = /^https?:\/\/\S+$/;
const zhFooter = /^(引用|参考|作者[:：]|\[\d+\]|\*\*粗体\*\*)/;

/** Splits a starter-style digest into the model (the inputs are the starter corpus and files written like it). */
export function toDoc(text: string, format: TextFormat): Doc {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const doc: Doc = { format, intro: [], entries: [], footer: [], heading: defaultHeading(format), breaks: new Map() };
  if (format === 'ru-daily') {
    if (lines[0] && ruHeader.test(lines[0])) doc.header = lines.shift();
    doc.entries = lines.map((title) => ({ title, body: [], extra: [] }));
    return doc;
  }
  let current: Entry | undefined;
  let inFooter = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inFooter) {
      doc.footer.push(line);
      continue;
    }
    if (format === 'zh-reading') {
      const m = zhReadingHeading.exec(line);
      if (m) {
        current = { title: m[3]!, numeral: m[2]!, label: m[1]!, body: [], extra: [] };
        doc.entries.push(current);
        continue;
      }
    } else {
      const m = zhMonthlyHeading.exec(line);
      if (m) {
        current = { title: m[2]!, body: [], extra: [] };
        doc.entries.push(current);
        const next = lines[i + 1];
        if (next && !bareUrl.test(next) && !zhMonthlyHeading.test(next) && /^(By |[A-Z][a-zé]+ [A-Z])/.test(next)) {
          current.authors = next;
          i++;
        }
        if (lines[i + 1] && bareUrl.test(lines[i + 1]!)) {
          current.url = lines[i + 1]!;
          i++;
        }
        continue;
      }
    }
    const last = i === lines.length - 1 || zhFooter.test(lines[i + 1] ?? '');
    if (current && (zhFooter.test(line) || (bareUrl.test(line) && last))) {
      inFooter = true;
      doc.footer.push(line);
      continue;
    }
    if (current) current.body.push(line);
    else doc.intro.push(line);
  }
  return doc;
}

const zhNumerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1..99 as a Chinese numeral (十三, 二十一). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return zhNumerals[n]!;
  if (n < 20) return `十${zhNumerals[n - 10]}`;
  return `${zhNumerals[Math.floor(n / 10)]}十${n % 10 ? zhNumerals[n % 10] : ''}`;
}

function defaultHeading(format: TextFormat): Doc['heading'] {
  if (format === 'zh-reading') return (e) => `${e.label}${e.numeral}:${e.title}`;
  if (format === 'zh-monthly') return (e, i) => `${i + 1}、${e.title}`;
  return (e) => `${e.prefix ?? ''}${e.title}`;
}

function render(doc: Doc): string[] {
  const out: string[] = [];
  if (doc.header) out.push(doc.header);
  out.push(...doc.intro);
  doc.entries.forEach((e, i) => {
    out.push(...(doc.breaks.get(i) ?? []));
    out.push(doc.heading(e, i));
    if (e.authors) out.push(e.authors);
    if (e.url) out.push(e.url);
    out.push(...e.extra, ...e.body);
  });
  out.push(...doc.footer);
  return out;
}

// === Variants

/** What a parser must find in a variant, per paper in document order. */
export interface VariantExpectation {
  count: number;
  /** URLs of the original the variant removed (the rest must all be found on their paper). */
  removedUrls: Set<string>;
  /** Entry indices whose English title changed spelling only (none: titles must be equal). */
}

export interface Variant {
  classes: VariantClass[];
  text: string;
  bytes: Uint8Array;
  encoding: string;
  expect: VariantExpectation;
}

const fullwidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const fwDigits = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`);
const urlIn = /https?:\/\/[!#-&(-;=?-~]+/g;
/** A URL as the variant wrote it, without the brackets and punctuation a variant put after it. */
const writtenUrl = (u: string) => u.replace(/[)\]}>.,;:!?"'…]+$/, '');
const zhTitles = ['一种新的扩散模型', '大模型的高效微调', '多模态基础模型', '视频生成的新方法', '高效的推理框架', '开源语言模型'];

/** A seeded variant of `text` with the given classes (classes that do not apply to the format are ignored). */
export function makeVariant(text: string, format: TextFormat, classes: readonly VariantClass[], seed: number): Variant {
  const rng = new Rng(seed);
  const doc = toDoc(text, format);
  const applied = classes.filter((c) => classesFor[format].includes(c));
  const removedUrls = new Set<string>();
  const entries = doc.entries;
  const pick = <T,>(xs: readonly T[]) => xs[rng.int(xs.length)]!;
  const someEntry = () => rng.int(entries.length);
  const zh = format !== 'ru-daily';
  let cutLast = false;
  let spaces = false;
  let blank = false;

  for (const cls of applied) {
    switch (cls) {
      case 'numbering': {
        if (format === 'ru-daily') {
          const style = pick(['dot', 'paren', 'no', 'emoji'] as const);
          entries.forEach((e, i) => (e.prefix = style === 'dot' ? `${i + 1}. ` : style === 'paren' ? `${i + 1}) ` : style === 'no' ? `№${i + 1} ` : '🔹 '));
        } else if (format === 'zh-reading') {
          const style = pick(['arabic', 'fw', 'spaced'] as const);
          doc.heading = (e, i) => {
            const n = zhNumeralValue(e.numeral ?? '') || i + 1;
            return style === 'arabic' ? `${e.label}${n}:${e.title}` : style === 'fw' ? `${e.label}${fwDigits(String(n))}：${e.title}` : `${e.label} ${e.numeral} ： ${e.title}`;
          };
        } else {
          const style = pick(['dot', 'paren', 'both', 'fwparen', 'circled', 'di', 'hash', 'no', 'zh'] as const);
          doc.heading = (e, i) => {
            const n = i + 1;
            const t = e.title;
            switch (style) {
              case 'dot': return `${n}. ${t}`;
              case 'paren': return `${n}) ${t}`;
              case 'both': return `(${n}) ${t}`;
              case 'fwparen': return `（${n}）${t}`;
              case 'circled': return `${circled(n)} ${t}`;
              case 'di': return `第${n}篇：${t}`;
              case 'hash': return `#${n} ${t}`;
              case 'no': return `No.${n} ${t}`;
              case 'zh': return `${chineseNumeral(n)}、${t}`;
            }
          };
        }
        break;
      }
      case 'gaps': {
        const numbers: number[] = [];
        let n = 0;
        for (let i = 0; i < entries.length; i++) {
          n += rng.chance(0.3) ? 0 : rng.chance(0.3) ? 2 + rng.int(3) : 1;
          numbers.push(Math.max(1, n));
        }
        const base = doc.heading;
        doc.heading = (e, i) => base(e, i).replace(/^\d+/, String(numbers[i]));
        break;
      }
      case 'fullwidth': {
        const base = doc.heading;
        doc.heading = (e, i) =>
          base(e, i)
            .replace(/^(\D*?)(\d+)/, (_m, pre: string, d: string) => pre + fwDigits(d))
            .replace(/^([^A-Za-z]*?):/, '$1：');
        for (const e of entries) e.body = e.body.map((l) => zhPunct(l));
        doc.intro = doc.intro.map(zhPunct);
        break;
      }
      case 'pasted': {
        if (entries.length < 2) break;
        const at = 1 + rng.int(entries.length - 1);
        if (format === 'ru-daily') doc.breaks.set(at, [doc.header ?? 'Ежедневно отобранные исследовательские статьи по ИИ с переводами']);
        else {
          // Page 1's footer and page 2's intro between the pages; numbering restarts on page 2.
          const footer = format === 'zh-monthly' ? ['https://www.overfit.cn/post/574315c935e641e58d8d3f379f083094', '作者:Sergi Castella i Sapé'] : ['作者:小明'];
          doc.breaks.set(at, [...footer, doc.intro[0] ?? '本期继续为大家推荐论文。']);
          if (format === 'zh-monthly') {
            const base = doc.heading;
            doc.heading = (e, i) => base(e, i >= at ? i - at : i);
          }
        }
        break;
      }
      case 'no-url': {
        const i = someEntry();
        const e = entries[i]!;
        if (format === 'zh-monthly' && e.url) {
          for (const u of e.url.match(urlIn) ?? []) removedUrls.add(writtenUrl(u));
          delete e.url;
        } else if (format === 'ru-daily') {
          for (const u of e.title.match(urlIn) ?? []) removedUrls.add(writtenUrl(u));
          e.title = e.title.replace(urlIn, '').replace(/\s+\./g, '.');
        }
        break;
      }
      case 'no-abstract': {
        const e = entries[someEntry()]!;
        for (const l of e.body) for (const u of l.match(urlIn) ?? []) removedUrls.add(writtenUrl(u));
        e.body = [];
        break;
      }
      case 'url-wrap':
      case 'url-punct': {
        const wrap = (u: string) =>
          cls === 'url-wrap'
            ? pick([`<${u}>`, `(${u})`, `[${u}]`, `"${u}"`, `「${u}」`, `[链接](${u})`, `（${u}）`])
            : `${u}${pick(['.', ',', '。', ';', ')', '!', '，', '…'])}`;
        for (const e of entries) {
          if (e.url) e.url = wrap(e.url);
          if (format === 'ru-daily') e.title = e.title.replace(/https?:\/\/[!#-&(-;=?-~]+?(?=[.,;:!?]*(?:\s|$))/g, (u) => wrap(u));
        }
        break;
      }
      case 'multi-url': {
        for (const e of entries) {
          const slug = `${e.title.replace(/[^A-Za-z0-9]+/g, '').slice(0, 12) || 'paper'}${rng.int(100)}`;
          const extra = pick([`https://github.com/lab/${slug}`, `https://${slug.toLowerCase()}.github.io/`, `https://huggingface.co/spaces/lab/${slug}`]);
          if (format === 'ru-daily') e.title = `${e.title} Код: ${extra}`;
          else e.extra.push(pick([`代码：${extra}`, `项目主页: ${extra}`, `Code: ${extra}`, extra]));
        }
        break;
      }
      case 'url-label': {
        for (const e of entries) {
          if (format === 'zh-monthly' && e.url) e.url = `${pick(['论文链接：', '论文地址: ', 'Paper: ', 'arXiv：', '原文：', '链接:'])}${e.url}`;
          else if (format === 'ru-daily') {
            if (!urlIn.test(e.title)) e.title = `${e.title} Статья: https://arxiv.org/abs/2405.${String(10000 + rng.int(89999))}`;
            urlIn.lastIndex = 0;
          } else if (format === 'zh-reading') e.extra.push(`原文链接：https://arxiv.org/abs/2411.${String(10000 + rng.int(89999))}`);
        }
        break;
      }
      case 'authors': {
        for (const e of entries) {
          if (!e.authors) continue;
          const names = e.authors.replace(/^By\s+/, '').replace(/\.$/, '').replace(/,?\s*(et al\.?|and others)$/, '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
          const style = pick(['zuozhe', 'authors', 'dunhao', 'and', 'none', 'etal'] as const);
          e.authors =
            style === 'zuozhe' ? `作者：${names.join(', ')}`
            : style === 'authors' ? `Authors: ${names.join('; ')}`
            : style === 'dunhao' ? names.join('、')
            : style === 'and' ? names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]
            : style === 'etal' ? `${names[0]} et al.`
            : undefined;
        }
        break;
      }
      case 'lookalikes': {
        if (format === 'ru-daily') {
          doc.intro.unshift(pick(['Доброе утро! Сегодня в подборке статьи про диффузию, LoRA, RLHF и роботов.', 'Выпуск №42. Сегодня 8 статей: видео, LoRA, RLHF, роботы.']));
          doc.footer.push(pick(['Подписывайтесь на канал, чтобы не пропустить новые статьи: https://t.me/ai_papers_daily', '#статьи #ИИ #ежедневно']));
        } else if (format === 'zh-monthly') {
          doc.intro.push('本月大事：', '1、GPT-4发布了，多模态能力很强', '2、Midjourney V5上线');
          doc.footer.unshift('往期推荐：', '1、LLaMA 2 论文解读 https://www.overfit.cn/post/abc', '2、Stable Diffusion XL 原理详解');
        } else {
          doc.intro.unshift('本系列记录我读过的论文，欢迎交流。');
          doc.footer.push('作者：小明', '推荐阅读：论文阅读一:Attention Is All You Need https://zhuanlan.zhihu.com/p/123');
        }
        break;
      }
      case 'zh-title': {
        for (const e of entries) {
          if (/\p{Script=Han}/u.test(e.title)) continue; // already a Chinese title with the English one in parentheses
          if (rng.chance(0.5)) e.title = `${pick(zhTitles)}（${e.title}）`;
          else e.title = `${e.title}（${pick(zhTitles)}）`;
        }
        break;
      }
      case 'markdown': {
        const base = doc.heading;
        const style = pick(['h2', 'h3', 'bold'] as const);
        doc.heading = (e, i) => (style === 'bold' ? `**${base(e, i)}**` : `${style === 'h2' ? '##' : '###'} ${base(e, i)}`);
        for (const e of entries) e.body = e.body.map((l) => (l.startsWith('- ') || l.startsWith('•') ? `* ${l.replace(/^[-•]\s*/, '')}` : l));
        break;
      }
      case 'ru-typography': {
        for (const e of entries) {
          e.title = e.title
            .replace(/"([^"]+)"/g, '«$1»')
            .replace(/ - /g, ' — ')
            .replace(/ (в|и|с|к|на|по|о) /g, ' $1\u00a0');
        }
        break;
      }
      case 'cut':
        cutLast = true;
        break;
      case 'spaces':
        spaces = true;
        break;
      case 'blank-lines':
        blank = true;
        break;
      default:
        break;
    }
  }

  let lines = render(doc);
  if (spaces) lines = lines.map((l) => (rng.chance(0.5) ? `${zh && rng.chance(0.5) ? '\u3000\u3000' : rng.chance(0.3) ? '\u00a0' : ''}${l}${pick(['', ' ', '  ', '\t', ' \u3000'])}` : l));
  if (blank) lines = lines.flatMap((l) => (rng.chance(0.5) ? [l, ...Array.from({ length: 1 + rng.int(3) }, () => pick(['', ' ', '\t']))] : [l]));
  let finalNewline = true;
  if (cutLast) {
    const i = lines.length - 1;
    const last = lines[i]!;
    const cut = Math.max(Math.min(40, last.length), Math.floor(last.length * 0.7));
    for (const m of last.matchAll(urlIn)) if (m.index + m[0].length > cut) removedUrls.add(writtenUrl(m[0]));
    lines[i] = last.slice(0, cut);
    finalNewline = false;
  }
  const eol = applied.includes('crlf') ? '\r\n' : applied.includes('cr') ? '\r' : '\n';
  const out = lines.join(eol) + (finalNewline ? eol : '');
  const { bytes, encoding } = encode(out, format, applied);
  return { classes: applied, text: out, bytes, encoding, expect: { count: entries.length, removedUrls } };
}

function zhNumeralValue(s: string): number {
  if (!s) return 0;
  const d = (c: string) => zhNumerals.indexOf(c);
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + d(s[1]!);
  if (s.length === 1) return d(s);
  if (s.length === 2 && s[1] === '十') return d(s[0]!) * 10;
  return d(s[0]!) * 10 + d(s[2]!);
}

/** Chinese punctuation for ASCII punctuation in Chinese text (not inside URLs). */
function zhPunct(line: string): string {
  const urls: string[] = [];
  const masked = line.replace(urlIn, (u) => `\u0000${urls.push(u) - 1}\u0000`);
  return masked
    .replace(/,(?=\S)/g, '，')
    .replace(/\((?=[^)]*\p{Script=Han})/gu, '（')
    .replace(/(\p{Script=Han}[^(]*)\)/gu, '$1）')
    .replace(/\u0000(\d+)\u0000/g, (_m, k: string) => urls[Number(k)]!);
}

function encode(text: string, format: TextFormat, classes: readonly VariantClass[]): { bytes: Uint8Array; encoding: string } {
  const buf = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (classes.includes('utf16le')) return { bytes: buf(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])), encoding: 'utf-16le' };
  if (classes.includes('utf16be')) return { bytes: buf(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])), encoding: 'utf-16be' };
  if (classes.includes('legacy')) {
    // Characters the legacy code page lacks (emoji, U+FFFD) are what a real re-save would lose too.
    const name = format === 'ru-daily' ? 'windows-1251' : 'gb18030';
    return { bytes: buf(iconv.encode(text, name)), encoding: name };
  }
  const utf8 = new TextEncoder().encode(text);
  if (classes.includes('bom')) return { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), encoding: 'utf-8' };
  return { bytes: utf8, encoding: 'utf-8' };
}
