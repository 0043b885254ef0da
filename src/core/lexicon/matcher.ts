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
 * one `Map` lookup per word; Chinese terms are a trie of characters, walked once per position.
 * Compiling ~20k terms takes a few milliseconds. Scanning allocates nothing per word or per call (the
 * scan's state lives in fields). `test/support/reference-matcher.ts` keeps the matcher as it was
 * before issue 14 (1.7x slower on the generated corpus's texts), and a property test checks that
 * both find the same matches.
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

/** A node of the term trie: terms are paths of word keys; `concepts` where a term ends. */
interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  concepts: number[] | undefined;
}

/** What a word can stand for (memoised per surface form). */
interface WordInfo {
  keys: Int32Array;
  acronym: number[] | undefined;
  /**
   * The trie's first-level nodes this word reaches (by its keys, in key order); empty when no term
   * starts with it. Resolved once per distinct word: 40% of a document's words begin some term.
   */
  roots: TrieNode[];
}

/** A node of the Chinese trie: one UTF-16 code unit per edge; `concepts` where a term ends. */
interface CjkNode {
  next: Map<number, CjkNode> | undefined;
  concepts: number[] | undefined;
}

/** The words of the current phrase, in reused parallel arrays (scanning allocates no object per word). */
class Phrase {
  info: WordInfo[] = [];
  start: number[] = [];
  end: number[] = [];
  size = 0;

  push(info: WordInfo, start: number, end: number): void {
    this.info[this.size] = info;
    this.start[this.size] = start;
    this.end[this.size] = end;
    this.size++;
  }

  reset(): void {
    this.size = 0;
  }
}

const noKeys = new Int32Array(0);
const noRoots: TrieNode[] = [];
/** Punctuation between two words that ends a phrase (a term never spans it). */
const phraseBreakChars = new Uint8Array(0x10000);
for (const c of '.,;:!?()[]{}«»"“”„…\n') phraseBreakChars[c.charCodeAt(0)] = 1;
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
  #trie: TrieNode = { next: new Map(), concepts: undefined };
  #acronyms = new Map<string, number[]>();
  #acronymsLower = new Map<string, number[]>();
  #cjk = new Map<string, number[]>();
  /** The Chinese terms as a trie of code units (forward maximum matching walks it). */
  #cjkTrie: CjkNode = { next: new Map(), concepts: undefined };
  #docCache = new Map<string, WordInfo>();
  #queryCache = new Map<string, WordInfo>();
  #words = new Phrase();
  // Per-scan state, in fields so that one callback made at construction serves every scan.
  #visit: MatchVisitor = () => {};
  #query = false;
  #lastEnd = 0;
  /** Chinese runs pending: `#cjkRuns[0 .. #cjkCount)` as start, end pairs; dash-joined ones are one run. */
  #cjkRuns: number[] = [];
  #cjkCount = 0;
  readonly #onRun = (t: string, start: number, end: number, cjk: boolean, joined: boolean): void => {
    if (cjk) {
      this.#flush(this.#visit);
      const prev = this.#cjkCount > 0 ? this.#cjkRuns[this.#cjkCount - 1]! : -2;
      if (prev !== start - 1 || !cjkDashes.has(t.charCodeAt(prev))) this.#scanPending(t);
      this.#cjkRuns[this.#cjkCount++] = start;
      this.#cjkRuns[this.#cjkCount++] = end;
    } else {
      if (this.#cjkCount > 0) this.#scanPending(t);
      if (this.#words.size > 0 && breaksPhrase(t, this.#lastEnd, start)) this.#flush(this.#visit);
      if (joined) this.#pushWords(t, start, end, this.#query);
      else this.#words.push(this.#wordInfo(t.slice(start, end), this.#query), start, end);
    }
    this.#lastEnd = end;
  };

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
      }
    });
    for (const entry of entries.values()) {
      let node = this.#trie;
      for (const key of entry.keys) {
        node.next ??= new Map();
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: undefined, concepts: undefined }));
        node = child;
      }
      node.concepts = entry.concepts;
    }
    for (const [term, concepts] of this.#cjk) {
      let node = this.#cjkTrie;
      for (let i = 0; i < term.length; i++) {
        node.next ??= new Map();
        let child = node.next.get(term.charCodeAt(i));
        if (!child) node.next.set(term.charCodeAt(i), (child = { next: undefined, concepts: undefined }));
        node = child;
      }
      node.concepts = concepts;
    }
  }

  /**
   * Calls `visit` for every concept match in `text`, left to right. Not re-entrant: `visit` must not
   * scan with the same matcher (the scan's state lives in the matcher, so a scan allocates nothing).
   *
   * ```ts
   * matcher.scan('дообучение LLM и 微调', (cs) => console.log(cs.map((i) => matcher.concepts[i]!.id)));
   * ```
   */
  scan(text: string, visit: MatchVisitor, options: ScanOptions = {}): void {
    if (!text) return;
    const input = normalize(text);
    this.#visit = visit;
    this.#query = options.query === true;
    this.#lastEnd = 0;
    this.#words.reset();
    this.#cjkCount = 0;
    // Chinese runs joined by a hyphen or dash (视觉-语言模型, 文本–图像) are one run for matching: the
    // dash is typography, the term is 视觉语言模型 (see #onRun).
    scanRuns(input, this.#onRun);
    this.#scanPending(input);
    this.#flush(visit);
  }

  /** Matches the pending Chinese runs of `input`, if any. */
  #scanPending(input: string): void {
    if (this.#cjkCount > 0) this.#scanCjkRuns(input, this.#cjkRuns, this.#cjkCount, this.#visit);
    this.#cjkCount = 0;
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

  /**
   * What a word (as written) can stand for: the keys of its stem and of every `*prefix` it starts with,
   * and the acronym concepts it is (`LLMs`, `GPT4`; ignoring case in queries). Memoised per surface
   * form: words repeat (Zipf), so most words cost one `Map` lookup.
   */
  #wordInfo(surface: string, query: boolean): WordInfo {
    const cache = query ? this.#queryCache : this.#docCache;
    const cached = cache.get(surface);
    if (cached) return cached;
    const lower = surface.toLowerCase().replace(/ё/g, 'е');
    const keys: number[] = [];
    const exact = this.#keyIds.get(`=${stem(lower)}`);
    if (exact !== undefined) keys.push(exact);
    for (let n = Math.min(lower.length, this.#maxPrefix); n >= minPrefixLength; n--) {
      const p = lower.slice(0, n);
      if (this.#prefixes.has(p)) keys.push(this.#keyIds.get(`*${p}`)!);
    }
    const rootNext = this.#trie.next!;
    const roots = keys.flatMap((k) => rootNext.get(k) ?? []);
    const info: WordInfo = { keys: keys.length ? Int32Array.from(keys) : noKeys, acronym: this.#acronym(query ? lower : surface, query), roots: roots.length ? roots : noRoots };
    if (cache.size >= 200_000) cache.clear();
    cache.set(surface, info);
    return info;
  }

  /** Adds the words of a run (split at hyphens and other joiners) to the current phrase. */
  #pushWords(text: string, start: number, end: number, query: boolean): void {
    const words = this.#words;
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i < end && !isJoiner(text.charCodeAt(i))) continue;
      if (i > from) words.push(this.#wordInfo(text.slice(from, i), query), from, i);
      from = i + 1;
    }
  }

  /** Matches the current phrase's words (longest term first), then empties it. */
  #flush(visit: MatchVisitor): void {
    const words = this.#words;
    const n = words.size;
    let i = 0;
    while (i < n) {
      const w = words.info[i]!;
      if (w.roots.length === 0 && w.acronym === undefined) {
        i++;
        continue;
      }
      this.#bestLength = 0;
      this.#best = undefined;
      this.#bestOwned = false;
      for (const root of w.roots) this.#reach(root, words, i, i);
      let bestLength = this.#bestLength;
      let best = this.#best as number[] | undefined;
      if (w.acronym && bestLength <= 1) {
        bestLength = 1;
        best = best === undefined ? [] : this.#bestOwned ? best : [...best];
        for (const c of w.acronym) if (!best.includes(c)) best.push(c);
      }
      if (bestLength > 0) {
        visit(best!, words.start[i]!, words.end[i + bestLength - 1]!);
        i += bestLength;
      } else i++;
    }
    words.reset();
  }

  #bestLength = 0;
  /** The trie node's own list until a tie adds to it (then a copy: `#bestOwned`). */
  #best: readonly number[] | undefined;
  #bestOwned = false;

  /**
   * Follows the trie from `node` with the words from `j` on (each word by any of its keys); records in
   * `#best` the concepts of the longest term found starting at word `i` (all of them on a tie).
   */
  #walk(node: TrieNode, words: Phrase, i: number, j: number): void {
    if (j >= words.size || !node.next) return;
    const keys = words.info[j]!.keys;
    for (let k = 0; k < keys.length; k++) {
      const child = node.next.get(keys[k]!);
      if (child) this.#reach(child, words, i, j);
    }
  }

  /** Word `j` took the walk to `node`: record a term ending there, then go on with word `j + 1`. */
  #reach(node: TrieNode, words: Phrase, i: number, j: number): void {
    if (node.concepts) {
      const len = j - i + 1;
      if (len > this.#bestLength) {
        this.#bestLength = len;
        this.#best = node.concepts;
        this.#bestOwned = false;
      } else if (len === this.#bestLength) {
        let best = this.#best as number[];
        for (const c of node.concepts) {
          if (best.includes(c)) continue;
          if (!this.#bestOwned) {
            this.#best = best = [...best];
            this.#bestOwned = true;
          }
          best.push(c);
        }
      }
    }
    this.#walk(node, words, i, j + 1);
  }

  /** Concepts of an acronym word: exact, or with a plural `s` or trailing digits removed. */
  #acronym(s: string, query: boolean): number[] | undefined {
    const map = query ? this.#acronymsLower : this.#acronyms;
    return map.get(s) ?? (s.length > 2 && s.endsWith('s') ? map.get(s.slice(0, -1)) : undefined) ?? (/\d$/.test(s) ? map.get(s.replace(/\d+$/, '')) : undefined);
  }

  /**
   * Matches Chinese runs `text[runs[0], runs[1])`, `text[runs[2], runs[3])`, ... (`count` numbers) that dashes join, as
   * one run; matches report offsets in `text`.
   */
  #scanCjkRuns(text: string, runs: readonly number[], count: number, visit: MatchVisitor): void {
    if (count === 2) return this.#scanCjk(text, runs[0]!, runs[1]!, visit);
    let joined = '';
    const at: number[] = [];
    for (let r = 0; r < count; r += 2) {
      for (let i = runs[r]!; i < runs[r + 1]!; i++) at.push(i);
      joined += text.slice(runs[r]!, runs[r + 1]!);
    }
    at.push(runs[count - 1]!);
    this.#scanCjk(joined, 0, joined.length, (concepts, s, e) => visit(concepts, at[s]!, at[e - 1]! + 1));
  }

  /** Forward maximum matching of the Chinese terms in `text[start, end)`. */
  #scanCjk(text: string, start: number, end: number, visit: MatchVisitor): void {
    const root = this.#cjkTrie.next!;
    let i = start;
    while (i < end - 1) {
      let node = root.get(text.charCodeAt(i));
      let matched = 0;
      let concepts: number[] | undefined;
      // The longest term starting at i: walk the trie as far as the text follows it.
      for (let j = i + 1; node !== undefined; j++) {
        if (node.concepts !== undefined) {
          matched = j - i;
          concepts = node.concepts;
        }
        if (j >= end || node.next === undefined) break;
        node = node.next.get(text.charCodeAt(j));
      }
      if (concepts !== undefined) visit(concepts, i, i + matched);
      i += matched || 1;
    }
  }
}

/** Hyphens and dashes that join two Chinese runs into one: - ‐ ‑ ‒ – — . */
const cjkDashes = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014]);

/** Joiners split a run into words (`fine-tuning` = fine + tuning). */
function isJoiner(code: number): boolean {
  return code === 45 || code === 95 || code === 46 || code === 39 || code === 0x2019 || code === 43 || code === 47; // - _ . ' ’ + /
}

/** Whether the text between two words ends a phrase (punctuation: a term never spans it). */
function breaksPhrase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (phraseBreakChars[text.charCodeAt(i)] === 1) return true;
  return false;
}

function add(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
