/**
 * Topic catalog and tagging: which catalog topics a text (in any language) is about, lookup by id or
 * label, and "did you mean" suggestions. The catalog itself is data, in `./topics/catalog.ts`.
 *
 * ```ts
 * tagTopics('Мы предлагаем FIFO-Diffusion для генерации видео'); // ['diffusion', 'video']
 * findTopic('扩散模型')?.id;                                      // 'diffusion'
 * suggestTopics('difusion', 1);                                  // ['diffusion']
 * ```
 * @module
 */
import type { Lang } from './model.ts';
import { topicData, type TopicData, type TopicPatterns } from './topics/catalog.ts';

export type { TopicPatterns } from './topics/catalog.ts';

/** A catalog topic with labels in three languages and multilingual match patterns. */
export interface Topic {
  /** Stable id users type: `diffusion`, `llm`, `peft`, ... */
  id: string;
  labels: { en: string; ru: string; zh: string };
  /** Match patterns (stems, Chinese words, acronyms); see `topics/catalog.ts` for the syntax. */
  patterns: TopicPatterns;
}

/** The catalog, in display order. Plain data (JSON-serialisable). */
export const topicCatalog: readonly Topic[] = topicData.map((t: TopicData) => ({ id: t.id, labels: { ...t.labels }, patterns: t.patterns }));

/** All catalog ids, in display order. */
export const topicIds: readonly string[] = topicCatalog.map((t) => t.id);

const byId = new Map(topicCatalog.map((t) => [t.id, t]));

// === Compiled matcher

/**
 * One compiled alternative of the big matching regex. `topics` includes the topics of every other
 * pattern that would also have matched at the same place (a shorter prefix, a shared stem), because a
 * regex alternation reports only the first alternative that matches.
 */
interface Alternative {
  source: string;
  /** Plain text the pattern stands for, used to resolve overlaps. */
  sample: string;
  topics: string[];
}

/** Letters and digits of the scripts patterns are written in; a stem must not follow one of these. */
const WORD_CHAR = 'a-z0-9\\u00b5\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source of a stem pattern (`языков модел`, `код$`) — see the catalog's syntax notes. */
function stemSource(pattern: string): string {
  const words = pattern.trim().split(/\s+/);
  return words
    .map((w, i) => {
      const exact = w.endsWith('$');
      const stem = escapeRegex(exact ? w.slice(0, -1) : w);
      if (exact) return `${stem}(?![${WORD_CHAR}])`;
      return i < words.length - 1 ? `${stem}[${WORD_CHAR}]*` : stem;
    })
    .join('[\\s\\-]+');
}

function compile(
  entries: { pattern: string; source: string; topic: string }[],
  prefix: string,
  suffix: string,
  flags: string,
): { re: RegExp; alts: Alternative[] } {
  const merged = new Map<string, Alternative>();
  for (const e of entries) {
    const alt = merged.get(e.source) ?? { source: e.source, sample: e.pattern.replace(/\$/g, ''), topics: [] };
    if (!alt.topics.includes(e.topic)) alt.topics.push(e.topic);
    merged.set(e.source, alt);
  }
  const alts = [...merged.values()].sort((a, b) => b.sample.length - a.sample.length);
  // Overlaps: if alternative B also matches inside A's text (`video` in `long video`), a match of A
  // hides B (the regex reports one alternative and resumes after it), so A carries B's topics too.
  for (const b of alts) {
    const re = new RegExp(`${prefix}(?:${b.source})${suffix}`, flags.replace('g', ''));
    for (const a of alts) {
      if (a !== b && re.test(a.sample)) for (const t of b.topics) if (!a.topics.includes(t)) a.topics.push(t);
    }
  }
  const re = new RegExp(`${prefix}(?:${alts.map((a) => `(${a.source})`).join('|')})${suffix}`, flags);
  return { re, alts };
}

interface Matcher {
  words: { re: RegExp; alts: Alternative[] };
  cjk: { re: RegExp; alts: Alternative[] };
  acronyms: { re: RegExp; alts: Alternative[] };
  acronymsInsensitive: { re: RegExp; alts: Alternative[] };
}

let matcher: Matcher | undefined;

/** Compiles the catalog once, on first use (about 2 ms). */
function getMatcher(): Matcher {
  if (matcher) return matcher;
  const words: { pattern: string; source: string; topic: string }[] = [];
  const cjk: typeof words = [];
  const acr: typeof words = [];
  for (const t of topicCatalog) {
    for (const p of [...(t.patterns.en ?? []), ...(t.patterns.ru ?? [])]) {
      const pattern = p.toLowerCase();
      words.push({ pattern, source: stemSource(pattern), topic: t.id });
    }
    for (const p of t.patterns.zh ?? []) cjk.push({ pattern: p.toLowerCase(), source: escapeRegex(p.toLowerCase()), topic: t.id });
    for (const p of t.patterns.acronyms ?? []) acr.push({ pattern: p, source: escapeRegex(p), topic: t.id });
  }
  const acrInsensitive = acr.map((a) => ({ ...a, pattern: a.pattern.toLowerCase(), source: escapeRegex(a.pattern.toLowerCase()) }));
  // Acronyms must end the word, except for a plural `s` (LLMs) or digits (LLaMA2, GPT4).
  const acronymEnd = '(?=s?(?![A-Za-z]))';
  matcher = {
    words: compile(words, `(?<![${WORD_CHAR}])`, '', 'gu'),
    cjk: compile(cjk, '', '', 'gu'),
    acronyms: compile(acr, '(?<![A-Za-z0-9])', acronymEnd, 'gu'),
    acronymsInsensitive: compile(acrInsensitive, '(?<![a-z0-9])', acronymEnd, 'gu'),
  };
  return matcher;
}

function collect(m: { re: RegExp; alts: Alternative[] }, text: string, out: Map<string, string>): void {
  m.re.lastIndex = 0;
  for (const match of text.matchAll(m.re)) {
    for (let g = 1; g < match.length; g++) {
      if (match[g] === undefined) continue;
      for (const t of m.alts[g - 1]!.topics) if (!out.has(t)) out.set(t, match[g]!);
      break;
    }
  }
}

/** NFKC only when needed (full-width forms, micro sign): it costs more than the whole match otherwise. */
function fold(text: string): string {
  return /[\u00b5\u3000\uff01-\uff5e]/.test(text) ? text.normalize('NFKC') : text;
}

// === Public API

/** Options of {@link matchTopics}. */
export interface MatchTopicsOptions {
  /**
   * Match acronyms case-insensitively and accept catalog ids/labels typed as words. For short user
   * queries (`lora`, `peft`), not for documents, where `SAM` and `sam` differ. Default false.
   */
  query?: boolean;
}

/**
 * Topics whose patterns match `text`, each with the text that triggered it (for "why it matched"),
 * in catalog order.
 *
 * ```ts
 * matchTopics('видео диффузия'); // Map { 'diffusion' => 'диффуз', 'video' => 'видео' }
 * ```
 */
export function matchTopics(text: string, options: MatchTopicsOptions = {}): Map<string, string> {
  const m = getMatcher();
  const folded = fold(text);
  const lower = folded.toLowerCase().replace(/ё/g, 'е');
  const found = new Map<string, string>();
  collect(m.words, lower, found);
  if (/[\u3400-\u9fff]/.test(lower)) collect(m.cjk, lower, found);
  collect(options.query ? m.acronymsInsensitive : m.acronyms, options.query ? lower : folded, found);
  if (options.query) {
    for (const word of lower.split(/[\s,;]+/)) {
      const t = word && findTopic(word);
      if (t && !found.has(t.id)) found.set(t.id, word);
    }
  }
  const ordered = new Map<string, string>();
  for (const id of topicIds) {
    const hit = found.get(id);
    if (hit !== undefined) ordered.set(id, hit);
  }
  return ordered;
}

/**
 * Topic ids whose patterns match `text` (any language), in catalog order.
 *
 * ```ts
 * tagTopics('一致性模型直接映射噪声到数据'); // ['diffusion']
 * ```
 */
export function tagTopics(text: string): string[] {
  return [...matchTopics(text).keys()];
}

/**
 * Finds a topic by id or by any of its labels (case-insensitive, surrounding spaces ignored), else
 * undefined.
 *
 * ```ts
 * findTopic('Видео')?.id; // 'video'
 * ```
 */
export function findTopic(input: string): Topic | undefined {
  const key = input.trim().toLowerCase();
  if (!key) return undefined;
  const direct = byId.get(key);
  if (direct) return direct;
  return topicCatalog.find((t) => t.labels.en.toLowerCase() === key || t.labels.ru.toLowerCase() === key || t.labels.zh === key);
}

/** Label of a topic in a language (falls back to the id for unknown topics). */
export function topicLabel(id: string, lang: Lang = 'en'): string {
  return byId.get(id)?.labels[lang] ?? id;
}

/**
 * Up to `n` catalog ids closest to `input` (Levenshtein distance over ids and labels, case-insensitive),
 * best first; ties keep catalog order. Meant for "did you mean ...": the caller decides how close is
 * close enough.
 *
 * ```ts
 * suggestTopics('difusion', 2); // ['diffusion', ...]
 * ```
 */
export function suggestTopics(input: string, n = 3): string[] {
  const key = input.trim().toLowerCase();
  if (!key || n <= 0) return [];
  const scored = topicCatalog.map((t, order) => {
    const names = [t.id, t.labels.en, t.labels.ru, t.labels.zh].map((s) => s.toLowerCase());
    return { id: t.id, order, d: Math.min(...names.map((s) => levenshtein(key, s))) };
  });
  scored.sort((a, b) => a.d - b.d || a.order - b.order);
  return scored.slice(0, n).map((s) => s.id);
}

/** Edit distance over code points (so Chinese labels count characters, not UTF-16 units). */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}
