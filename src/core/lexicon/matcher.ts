/**
 * Finds lexicon concepts in text, in any of the three languages, in one left-to-right pass.
 *
 * - Latin/Cyrillic: the text's words (hyphenated compounds split, phrases not crossing punctuation) are
 *   compared with the terms' words by stem, or by prefix for `word*` terms;
 *   the longest term starting at a word wins, and matching resumes after it (so «visual question
 *   answering» is one match, not also «question answering»).
 * - Acronyms: a word equal to one (case-sensitive in documents; `LLMs`, `GPT4` accepted), or in a
 *   query, equal ignoring case.
 * - Chinese: forward maximum matching of the Chinese terms inside each run of Han characters.
 *
 * What a word can match is memoised per distinct word (words repeat: Zipf), so a document costs about
 * one `Map` lookup per word. Compiling ~20k terms takes a few milliseconds.
 * @module
 */
import { normalize, scanRuns, stem } from '../tokenize.ts';
import type { Concept } from './parse.ts';

/** Options of {@link ConceptMatcher.scan}. */
export interface ScanOptions {
  /** Query mode: acronyms match ignoring case (`lora`). Default false (documents). */
  query?: boolean;
}

/** One match: the concepts (indices into the matcher's concept list) a span of `text` names. */
export type MatchVisitor = (concepts: readonly number[], start: number, end: number) => void;

interface Entry {
  keys: Int32Array;
  concepts: number[];
}

interface Word {
  keys: Int32Array;
  surface: string;
  start: number;
  end: number;
}

const noKeys = new Int32Array(0);
/** Punctuation between two words that ends a phrase (a term never spans it). */
const phraseBreak = /[.,;:!?()[\]{}«»"“”„…\n]/;
const splitParts = /[-_.'’+/]+/;
const cjkTerm = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
/** Shortest prefix a `word*` term may have (shorter ones would match half the vocabulary). */
export const minPrefixLength = 3;

/** The compiled form of a concept list; see the module doc. */
export class ConceptMatcher {
  readonly concepts: readonly Concept[];
  #keyIds = new Map<string, number>();
  #prefixes = new Set<string>();
  #maxPrefix = 0;
  #byFirstKey = new Map<number, Entry[]>();
  #acronyms = new Map<string, number[]>();
  #acronymsLower = new Map<string, number[]>();
  #cjk = new Map<string, number[]>();
  /** Longest Chinese term per first character (0: no term starts with it). */
  #cjkFirst = new Map<string, number>();
  #wordCache = new Map<string, Int32Array>();

  constructor(concepts: readonly Concept[]) {
    this.concepts = concepts;
    const entries = new Map<string, Entry>();
    concepts.forEach((c, index) => {
      for (const term of [...c.en, ...c.ru]) {
        const keys = this.#termKeys(term);
        if (keys.length === 0) continue;
        const sig = keys.join(',');
        const entry = entries.get(sig) ?? { keys: Int32Array.from(keys), concepts: [] };
        if (!entry.concepts.includes(index)) entry.concepts.push(index);
        entries.set(sig, entry);
      }
      for (const acr of c.acronyms) {
        add(this.#acronyms, acr, index);
        add(this.#acronymsLower, acr.toLowerCase(), index);
      }
      for (const term of c.zh) {
        if (!cjkTerm.test(term) || term.length < 2) continue;
        add(this.#cjk, term, index);
        this.#cjkFirst.set(term[0]!, Math.max(this.#cjkFirst.get(term[0]!) ?? 0, term.length));
      }
    });
    for (const entry of entries.values()) {
      const list = this.#byFirstKey.get(entry.keys[0]!) ?? [];
      list.push(entry);
      this.#byFirstKey.set(entry.keys[0]!, list);
    }
    for (const list of this.#byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /**
   * Calls `visit` for every concept match in `text`, left to right.
   *
   * ```ts
   * matcher.scan('дообучение LLM и 微调', (cs) => console.log(cs.map((i) => matcher.concepts[i]!.id)));
   * ```
   */
  scan(text: string, visit: MatchVisitor, options: ScanOptions = {}): void {
    if (!text) return;
    const input = normalize(text);
    const words: Word[] = [];
    let lastEnd = 0;
    scanRuns(input, (t, start, end, cjk) => {
      if (cjk) {
        this.#flush(words, visit, options);
        this.#scanCjk(t, start, end, visit);
      } else {
        if (words.length > 0 && phraseBreak.test(t.slice(lastEnd, start))) this.#flush(words, visit, options);
        this.#pushWords(t, start, end, words);
      }
      lastEnd = end;
    });
    this.#flush(words, visit, options);
  }

  /** Concept indices in `text` with their number of matches. */
  count(text: string, options: ScanOptions = {}): Map<number, number> {
    const out = new Map<number, number>();
    this.scan(text, (cs) => {
      for (const c of cs) out.set(c, (out.get(c) ?? 0) + 1);
    }, options);
    return out;
  }

  // === Compiling

  /**
   * Key ids of a term's words (`=stem` or `*prefix`); [] if unusable. Function words stay (`mixture of
   * experts` needs its `of`): skipping them made `text and image` match `text-to-image`.
   */
  #termKeys(term: string): number[] {
    const keys: number[] = [];
    for (const raw of term.toLowerCase().replace(/ё/g, 'е').replace(/[,()]/g, ' ').split(/\s+/)) {
      for (const part of raw.split(splitParts)) {
        if (!part) continue;
        if (part.endsWith('*')) {
          const prefix = part.slice(0, -1);
          if (prefix.length < minPrefixLength) return [];
          this.#prefixes.add(prefix);
          this.#maxPrefix = Math.max(this.#maxPrefix, prefix.length);
          keys.push(this.#keyId(`*${prefix}`));
        } else keys.push(this.#keyId(`=${stem(part)}`));
      }
    }
    return keys;
  }

  #keyId(key: string): number {
    let id = this.#keyIds.get(key);
    if (id === undefined) {
      id = this.#keyIds.size;
      this.#keyIds.set(key, id);
    }
    return id;
  }

  // === Scanning

  /** The keys a lower-case word can stand for: its stem's, and every `*prefix` it starts with. */
  #wordKeys(lower: string): Int32Array {
    const cached = this.#wordCache.get(lower);
    if (cached) return cached;
    const keys: number[] = [];
    const exact = this.#keyIds.get(`=${stem(lower)}`);
    if (exact !== undefined) keys.push(exact);
    for (let n = Math.min(lower.length, this.#maxPrefix); n >= minPrefixLength; n--) {
      const p = lower.slice(0, n);
      if (this.#prefixes.has(p)) keys.push(this.#keyIds.get(`*${p}`)!);
    }
    const out = keys.length ? Int32Array.from(keys) : noKeys;
    if (this.#wordCache.size >= 200_000) this.#wordCache.clear();
    this.#wordCache.set(lower, out);
    return out;
  }

  #pushWords(text: string, start: number, end: number, words: Word[]): void {
    const run = text.slice(start, end);
    let offset = start;
    for (const part of run.split(splitParts)) {
      const at = text.indexOf(part, offset);
      offset = at + part.length;
      if (!part) continue;
      const lower = part.toLowerCase().replace(/ё/g, 'е');
      words.push({ keys: this.#wordKeys(lower), surface: part, start: at, end: at + part.length });
    }
  }

  /** Matches the collected phrase words (longest term first), then empties the list. */
  #flush(words: Word[], visit: MatchVisitor, options: ScanOptions): void {
    const n = words.length;
    let i = 0;
    while (i < n) {
      const w = words[i]!;
      let bestLength = 0;
      let best: number[] = [];
      for (let k = 0; k < w.keys.length; k++) {
        for (const entry of this.#byFirstKey.get(w.keys[k]!) ?? []) {
          const len = matchLength(entry, words, i);
          if (len === 0 || len < bestLength) continue;
          if (len > bestLength) {
            bestLength = len;
            best = [...entry.concepts];
          } else for (const c of entry.concepts) if (!best.includes(c)) best.push(c);
        }
      }
      const acr = this.#acronym(w.surface, options.query === true);
      if (acr && bestLength <= 1) {
        bestLength = 1;
        for (const c of acr) if (!best.includes(c)) best.push(c);
      }
      if (bestLength > 0) {
        visit(best, w.start, words[i + bestLength - 1]!.end);
        i += bestLength;
      } else i++;
    }
    words.length = 0;
  }

  /** Concepts of an acronym word: exact, or with a plural `s` or trailing digits removed. */
  #acronym(surface: string, query: boolean): number[] | undefined {
    const map = query ? this.#acronymsLower : this.#acronyms;
    const s = query ? surface.toLowerCase() : surface;
    return map.get(s) ?? (s.length > 2 && s.endsWith('s') ? map.get(s.slice(0, -1)) : undefined) ?? (/\d$/.test(s) ? map.get(s.replace(/\d+$/, '')) : undefined);
  }

  /** Forward maximum matching of the Chinese terms in `text[start, end)`. */
  #scanCjk(text: string, start: number, end: number, visit: MatchVisitor): void {
    let i = start;
    while (i < end - 1) {
      const longest = this.#cjkFirst.get(text[i]!);
      if (longest === undefined) {
        i++;
        continue;
      }
      let matched = 0;
      for (let len = Math.min(longest, end - i); len >= 2; len--) {
        const concepts = this.#cjk.get(text.slice(i, i + len));
        if (concepts) {
          visit(concepts, i, i + len);
          matched = len;
          break;
        }
      }
      i += matched || 1;
    }
  }
}

/**
 * Words `entry` spans when it matches at `words[i]` (its first word already does), else 0. The words
 * must be adjacent: letting a Russian phrase skip one word («открытых языковых моделей» for «открытые
 * модели») was tried and changed neither recall nor tagging on the tune days, so it was left out.
 */
function matchLength(entry: Entry, words: readonly Word[], i: number): number {
  const len = entry.keys.length;
  if (i + len > words.length) return 0;
  for (let j = 1; j < len; j++) if (!words[i + j]!.keys.includes(entry.keys[j]!)) return 0;
  return len;
}

function add(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
