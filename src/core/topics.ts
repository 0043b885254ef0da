/**
 * Topic catalog and tagging: which catalog topics a text (in any language) is about, lookup by id or
 * label, and "did you mean" suggestions. Topics are named groups of lexicon concepts
 * (`./topics/catalog.ts`); the words are the lexicon's (`./lexicon/`), so a topic is recognised in
 * every language the lexicon covers.
 *
 * ```ts
 * tagTopics('Мы предлагаем FIFO-Diffusion для генерации видео'); // ['diffusion', 'video']
 * findTopic('扩散模型')?.id;                                      // 'diffusion'
 * suggestTopics('difusion', 1);                                  // ['diffusion']
 * ```
 * @module
 */
import type { Lang } from './model.ts';
import { lexicon } from './lexicon/index.ts';
import { topicData, type TopicData } from './topics/catalog.ts';
import { tagText, topicsOfConcept } from './topics/tagging.ts';

export { defaultTaggingOptions, tagPaperTopics, topicsOfConcept, type TaggingOptions } from './topics/tagging.ts';

/** The words a topic is recognised by, per language (derived from its concepts; read-only view). */
export interface TopicPatterns {
  en: readonly string[];
  ru: readonly string[];
  zh: readonly string[];
  acronyms: readonly string[];
}

/** A catalog topic with labels in three languages, the lexicon concepts it groups, and their words. */
export interface Topic {
  /** Stable id users type: `diffusion`, `llm`, `peft`, ... */
  id: string;
  labels: { en: string; ru: string; zh: string };
  /** Lexicon concept ids; narrower concepts (their children in the lexicon) count too. */
  concepts: readonly string[];
  /** Every term of the topic's concepts and their narrower concepts, per language. */
  patterns: TopicPatterns;
}

/** The terms of every lexicon concept that counts for topic `id`. */
function patternsOf(t: TopicData): TopicPatterns {
  const out = { en: new Set<string>(), ru: new Set<string>(), zh: new Set<string>(), acronyms: new Set<string>() };
  for (const c of lexicon().concepts) {
    if (!topicsOfConcept(c.id).includes(t.id)) continue;
    for (const k of ['en', 'ru', 'zh', 'acronyms'] as const) for (const term of c[k]) out[k].add(term);
  }
  return { en: [...out.en], ru: [...out.ru], zh: [...out.zh], acronyms: [...out.acronyms] };
}

/** The catalog, in display order. Plain data (JSON-serialisable). */
export const topicCatalog: readonly Topic[] = topicData.map((t: TopicData) => ({ id: t.id, labels: { ...t.labels }, concepts: [...t.concepts], patterns: patternsOf(t) }));

/** All catalog ids, in display order. */
export const topicIds: readonly string[] = topicCatalog.map((t) => t.id);

const byId = new Map(topicCatalog.map((t) => [t.id, t]));

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
 * Topics any concept in `text` counts for, each with the text that first triggered it, in catalog
 * order. Every mention counts (this is "does the text name the topic at all"; tagging a paper weighs
 * the evidence: {@link tagTopics}, `tagPaperTopics`).
 *
 * ```ts
 * matchTopics('видео диффузия'); // Map { 'diffusion' => 'диффузия', 'video' => 'видео' }
 * ```
 */
export function matchTopics(text: string, options: MatchTopicsOptions = {}): Map<string, string> {
  const lx = lexicon();
  const found = new Map<string, string>();
  lx.matcher.scan(
    text,
    (concepts, start, end) => {
      for (const c of concepts) for (const t of topicsOfConcept(lx.concepts[c]!.id)) if (!found.has(t)) found.set(t, text.slice(start, end));
    },
    { query: options.query === true },
  );
  if (options.query) {
    for (const word of text.toLowerCase().split(/[\s,;]+/)) {
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
 * The topics a search query names: a topic's id or label typed as a word (`peft`, `Видео`), or a
 * concept the topic is made of (`diffusion`, `扩散模型`, `рассуждения`), in catalog order. Narrower
 * concepts do not name their topic here ("world model" is not a query for all of reinforcement
 * learning; `LoRA` reaches the other PEFT papers through the lexicon at a lower weight instead).
 *
 * ```ts
 * queryTopics('диффузия и видео'); // ['diffusion', 'video']
 * queryTopics('LoRA');             // []
 * ```
 */
export function queryTopics(query: string): string[] {
  const lx = lexicon();
  const named = new Set(lx.find(query, { query: true }));
  for (const word of query.toLowerCase().split(/[\s,;]+/)) {
    const t = word && findTopic(word);
    if (t) named.add(`topic:${t.id}`);
  }
  return topicCatalog.filter((t) => named.has(`topic:${t.id}`) || t.concepts.some((c) => named.has(c))).map((t) => t.id);
}

/**
 * Topic ids a text is about, in catalog order: the text is weighed like a paper's summary (see
 * `tagPaperTopics`): a mention in the first sentence is enough, later ones need company.
 *
 * ```ts
 * tagTopics('一致性模型直接映射噪声到数据'); // ['diffusion']
 * ```
 */
export function tagTopics(text: string): string[] {
  return tagText(text);
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
