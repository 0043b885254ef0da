/**
 * Tokenizer for the search index: pure functions, passed to the engine as its `tokenize` option and
 * used for queries too, so documents and queries always agree.
 *
 * - Latin and Cyrillic words: lower-cased, `ё` -> `е`, stemmed with Snowball (English, Russian). Russian
 *   stems additionally lose the derivational `-ион(н)` so диффузия / диффузионной meet at `диффуз`.
 * - Names keep their whole form and their parts: `FIFO-Diffusion` -> `fifo-diffusion`, `fifodiffusion`,
 *   `fifo`, `diffus`; `OpenRLHF` -> `openrlhf`, `open`, `rlhf`; `BitNet a4.8` -> `bitnet`, `bit`, `net`, `a4.8`.
 * - Chinese (and Japanese kana): overlapping character bigrams (`视频生成` -> `视频`, `频生`, `生成`). They
 *   ranked better than `Intl.Segmenter` on our corpus (which splits 多模态 into 多|模|态) and are ~4x
 *   faster; `cjk: 'segmenter'` is kept for comparison. Single CJK characters are not indexed.
 * - A small English/Russian stop list keeps the posting lists of `the`/`и` out of the index.
 *
 * Never throws, for any string (property-tested).
 *
 * ```ts
 * tokenize('FIFO-Diffusion генерирует видео'); // ['fifo-diffusion', 'fifodiffusion', 'fifo', 'diffus', 'генерир', 'виде']
 * ```
 * @module
 */
import snowball from 'snowball-stemmers';

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** How Chinese runs are split: overlapping bigrams (default) or `Intl.Segmenter` words. */
  cjk?: 'bigram' | 'segmenter';
}

// === Stemming

const english = snowball.newStemmer('english');
const russian = snowball.newStemmer('russian');

/** Memo of word -> stem. Words repeat a lot (Zipf), so this removes most stemmer calls. */
const stemCache = new Map<string, string>();
const stemCacheLimit = 200_000;

const latinWord = /^[a-z]+$/;
const cyrillicWord = /^[а-я]+$/;

/**
 * Stem of one lower-case word: English Snowball for ASCII letters, Russian Snowball (plus dropping the
 * derivational `-ион`/`-ионн`) for Cyrillic; anything else (digits, Greek, mixed) is returned as is.
 *
 * ```ts
 * stem('diffusion'); // 'diffus'
 * stem('диффузионной'); // 'диффуз'
 * ```
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let out = word;
  if (word.length > 2) {
    if (latinWord.test(word)) out = english.stem(word);
    else if (cyrillicWord.test(word)) {
      out = russian.stem(word);
      // диффузион -> диффуз, позицион -> позиц: the same root Snowball leaves in two forms.
      if (out.length > 6 && /ионн?$/.test(out)) out = out.replace(/ионн?$/, '');
    }
  }
  if (stemCache.size >= stemCacheLimit) stemCache.clear();
  stemCache.set(word, out);
  return out;
}

// === Stop words

/** Function words that carry no topic; dropped from documents and queries alike. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or that the their this to was were which with we our ' +
    'и в во на с со по для от до из к ко о об а но же ли не что как это эти этот мы наш наши или при так также то их его ее её они он она'
  ).split(' '),
);

/** Chinese characters that glue sentences together; a bigram containing one is noise (的模, 了一). */
const cjkStopChars = new Set(Array.from('的了和与及在是我们这那其之而或也都就着被把'));

// === Scanning

/**
 * What a token is made of: a CJK run (Han, Hiragana, Katakana), or a word of Latin/Cyrillic/Greek
 * letters, digits and marks, possibly joined by `-`, `_`, `.`, `'`, `’`, `+` (`LLaMA-Factory`, `a4.8`,
 * `SOTOPIA-π`; `C++` is not kept). These two classes are the whole definition; {@link scanRuns}
 * applies them with a lookup table instead of a regex (property-tested against
 * {@link tokenPattern}).
 */
const cjkClass = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const wordClass = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M}]$/u;

/**
 * The same runs as one regex: group 1 a CJK run, group 2 a word. This was the tokenizer's scanner;
 * it is now the reference {@link scanRuns} is tested against. The table-driven scanner allocates no
 * match array per word (20M words at 100,000 papers) and cut `tokenize` time by ~30% on the
 * synthetic benchmark corpus.
 */
export const tokenPattern =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)|([\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M}]+(?:[-_.'’+][\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M}]+)*)/gu;

const CLASSIFIED = 1;
const CJK = 2;
const WORD = 4;
const JOINER = 8;
/** Class bits per BMP code unit, filled on first sight (at most 64k regex tests, ever). */
const bmpClass = new Uint8Array(0x10000);
/** Class bits of astral code points seen so far (Extension B ideographs, math digits, ...). */
const astralClass = new Map<number, number>();
for (const c of "-_.'’+") bmpClass[c.charCodeAt(0)] = CLASSIFIED | JOINER;

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = bmpClass[cp]!;
    if (known !== 0) return known;
    const bits = CLASSIFIED | classify(cp);
    bmpClass[cp] = bits;
    return bits;
  }
  let bits = astralClass.get(cp);
  if (bits === undefined) {
    bits = CLASSIFIED | classify(cp);
    astralClass.set(cp, bits);
  }
  return bits;
}

function classify(cp: number): number {
  // Lone surrogates are neither (the `u` regexes never match them).
  if (cp >= 0xd800 && cp <= 0xdfff) return 0;
  const ch = String.fromCodePoint(cp);
  return (cjkClass.test(ch) ? CJK : 0) | (wordClass.test(ch) ? WORD : 0);
}

/** End of the run of `bits` characters starting at `i`. */
function runEnd(text: string, i: number, bits: number): number {
  const n = text.length;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if ((classOf(cp) & bits) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Calls `visit(text, start, end, cjk, joined)` for each token run in `text`, left to right: a CJK run
 * (`cjk` true) or a word with its joiners (`cjk` false; `joined` tells whether it has any, so a
 * caller that splits words at joiners need not look for them). Exactly the matches of
 * {@link tokenPattern}.
 *
 * ```ts
 * scanRuns('LoRA-8 扩散', (t, s, e, cjk) => console.log(t.slice(s, e), cjk)); // LoRA-8 false, 扩散 true
 * ```
 */
export function scanRuns(text: string, visit: (text: string, start: number, end: number, cjk: boolean, joined: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const bits = classOf(cp);
    if (bits & CJK) {
      const end = runEnd(text, i + width, CJK);
      visit(text, i, end, true, false);
      i = end;
    } else if (bits & WORD) {
      let end = runEnd(text, i + width, WORD);
      let joined = false;
      // A joiner continues the word only if a word character follows it.
      while (end + 1 < n && (classOf(text.charCodeAt(end)) & JOINER) !== 0 && (classOf(text.codePointAt(end + 1)!) & WORD) !== 0) {
        end = runEnd(text, end + 1, WORD);
        joined = true;
      }
      visit(text, i, end, false, joined);
      i = end;
    } else i += width;
  }
}

// === Tokenizing

const joinerRe = /[-_.'’+]/;
const camelRe = /(?<=\p{Ll})(?=\p{Lu})/u;
const digitRe = /\d/;

let segmenter: Intl.Segmenter | undefined;

/** NFKC only for text that has full-width forms (it is the costliest step otherwise). */
export function normalize(text: string): string {
  return /[\u00b5\u3000\uff01-\uff5e]/.test(text) ? text.normalize('NFKC') : text;
}

/**
 * Memo of raw word -> its tokens. Words repeat a lot (Zipf): with this, most words cost one Map lookup,
 * which halves tokenizing time on the starter corpus.
 */
const wordCache = new Map<string, readonly string[]>();
const wordCacheLimit = 200_000;

function pushWord(raw: string, out: string[]): void {
  let tokens = wordCache.get(raw);
  if (tokens === undefined) {
    const fresh: string[] = [];
    wordTokens(raw, fresh);
    tokens = fresh;
    if (wordCache.size >= wordCacheLimit) wordCache.clear();
    wordCache.set(raw, tokens);
  }
  for (let i = 0; i < tokens.length; i++) out.push(tokens[i]!);
}

function wordTokens(raw: string, out: string[]): void {
  const lower = raw.toLowerCase().replace(/ё/g, 'е');
  if (!joinerRe.test(lower)) {
    if (stopWords.has(lower) || /^\d$/.test(lower)) return;
    out.push(digitRe.test(lower) ? lower : stem(lower));
    // OpenRLHF -> open + rlhf, GaussianImage -> gaussian + image (only when every part is >= 3 long,
    // so LLaMA/MoRA are not split into noise).
    if (raw !== lower && raw.length > 5) addCamelParts(raw, out);
    return;
  }
  // A compound: the whole form, the joined form, and the meaningful parts.
  out.push(lower);
  const parts = lower.split(joinerRe).filter((p) => p.length > 0);
  const allDigits = parts.every((p) => /^\d+$/.test(p));
  if (allDigits) return; // 55.8, 2024-05: the whole is enough
  if (/[-_]/.test(lower)) {
    const joined = parts.join('');
    out.push(digitRe.test(joined) ? joined : stem(joined));
  }
  for (const p of parts) {
    if (p.length < 2 || stopWords.has(p) || /^\d+$/.test(p)) continue;
    out.push(digitRe.test(p) ? p : stem(p));
  }
  if (raw !== lower) for (const p of raw.split(joinerRe)) if (p.length > 5) addCamelParts(p, out);
}

function addCamelParts(raw: string, out: string[]): void {
  const parts = raw.split(camelRe);
  if (parts.length < 2 || parts.some((p) => p.length < 3)) return;
  for (const p of parts) {
    const lower = p.toLowerCase();
    if (!stopWords.has(lower)) out.push(digitRe.test(lower) ? lower : stem(lower));
  }
}

function pushCjk(run: string, out: string[], mode: 'bigram' | 'segmenter'): void {
  if (mode === 'segmenter') {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const s of segmenter.segment(run)) if (s.isWordLike && s.segment.length > 1) out.push(s.segment);
    return;
  }
  // Bigrams over UTF-16 units are safe here: the CJK ranges matched by the scanner are all in the BMP...
  // except Extension B+ ideographs, which are surrogate pairs; iterate code points to stay correct.
  const chars = run.length === Array.from(run).length ? run : Array.from(run);
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (cjkStopChars.has(a) || cjkStopChars.has(b)) continue;
    out.push(a + b);
  }
}

/**
 * Splits `text` into index terms, already normalised and stemmed: `DigestIndex` stores them as they
 * are, and an engine compared with it (MiniSearch in `bench/engines.ts`) must too (`processTerm` the
 * identity). Duplicates are kept: they count as term frequency.
 *
 * ```ts
 * tokenize('扩散模型'); // ['扩散', '散模', '模型']
 * tokenize('MoRA: high-rank updating'); // ['mora', 'high-rank', 'highrank', 'high', 'rank', 'updat']
 * ```
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const mode = options.cjk ?? 'bigram';
  const out: string[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  scanRuns(normalize(text), (input, start, end, cjk) => {
    if (cjk) pushCjk(input.slice(start, end), out, mode);
    else pushWord(input.slice(start, end), out);
  });
  return out;
}

/**
 * Tokens of a query, without duplicates (a repeated query word should not count twice), in order.
 *
 * ```ts
 * tokenizeQuery('video video генерация'); // ['video', 'генерац']
 * ```
 */
export function tokenizeQuery(query: string, options: TokenizeOptions = {}): string[] {
  return [...new Set(tokenize(query, options))];
}
