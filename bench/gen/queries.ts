/**
 * The search benchmark's query mix: what people type into `/paper`, in English, Russian and Chinese,
 * built from the topic catalog's labels and ids and from the corpus itself (names, title words,
 * summary words). Deterministic for a seed.
 * @module
 */
import type { Paper } from '../../src/core/model.ts';
import { Rng } from './rng.ts';

/** Query kinds, for per-kind latency. */
export type QueryKind = 'topic-en' | 'topic-ru' | 'topic-zh' | 'name' | 'en' | 'ru' | 'zh' | 'mixed';

export interface BenchQuery {
  q: string;
  kind: QueryKind;
}

/** The catalog fields the query builder needs (structural, so the catalog module can evolve). */
export interface CatalogTopic {
  id: string;
  labels: { en: string; ru: string; zh: string };
  patterns?: { zh?: readonly string[]; acronyms?: readonly string[] };
}

/** Share of each kind (sums to 1). Topic words and names dominate real `/paper` traffic. */
const mix: readonly [QueryKind, number][] = [
  ['topic-en', 0.12],
  ['topic-ru', 0.08],
  ['topic-zh', 0.08],
  ['name', 0.22],
  ['en', 0.15],
  ['ru', 0.15],
  ['zh', 0.12],
  ['mixed', 0.08],
];

const enStop = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'with', 'via', 'in', 'on', 'to', 'is', 'are', 'from', 'by', 'at', 'as', 'your', 'you', 'do', 'not', 'can', 'how', 'what', 'we']);

function pickKind(rng: Rng): QueryKind {
  let x = rng.next();
  for (const [kind, share] of mix) if ((x -= share) < 0) return kind;
  return 'name';
}

const englishWords = (title: string) => title.split(/[^A-Za-z0-9-]+/).filter((w) => w.length > 2 && !enStop.has(w.toLowerCase()));
const russianWords = (text: string) => text.split(/[^А-Яа-яЁё-]+/u).filter((w) => w.length >= 6);
/** Runs of Chinese characters between punctuation/Latin. */
const chineseRuns = (text: string) => text.split(/[^\u4e00-\u9fff]+/u).filter((r) => r.length >= 2);

/**
 * `n` queries over `papers` and `catalog`. Words are taken from random papers, so frequent terms are
 * asked more often, as users do; names are taken verbatim (the exact-name path) and lower-cased
 * a quarter of the time.
 */
export function buildQueries(papers: readonly Paper[], catalog: readonly CatalogTopic[], n: number, seed = 11): BenchQuery[] {
  const rng = new Rng(seed);
  const named = papers.filter((p) => p.name);
  const byLang = { en: papers.filter((p) => p.title || p.abstract), ru: papers.filter((p) => p.lang === 'ru'), zh: papers.filter((p) => p.lang === 'zh') };
  const topics = catalog.length ? catalog : [{ id: 'diffusion', labels: { en: 'Diffusion models', ru: 'Диффузионные модели', zh: '扩散模型' } }];

  const en = (): string => {
    const p = rng.pick(byLang.en);
    const words = englishWords(p.title ?? p.abstract ?? '');
    if (words.length === 0) return 'transformer';
    const start = rng.int(words.length);
    return words.slice(start, start + rng.range(1, 3)).join(' ');
  };
  const ru = (): string => {
    const words = russianWords(rng.pick(byLang.ru).summary);
    return words.length ? rng.sample(words, rng.range(1, 2)).join(' ').toLowerCase() : 'модель';
  };
  const zh = (): string => {
    const p = rng.pick(byLang.zh);
    const runs = chineseRuns(p.localTitle ?? '').concat(chineseRuns(p.summary));
    if (runs.length === 0) return '模型';
    const run = rng.pick(runs);
    const len = Math.min(run.length, rng.range(2, 4));
    const start = rng.int(run.length - len + 1);
    return run.slice(start, start + len);
  };
  const topicZh = (t: CatalogTopic) => (t.patterns?.zh?.length && rng.chance(0.5) ? rng.pick(t.patterns.zh) : t.labels.zh);
  const topicEn = (t: CatalogTopic) => {
    const r = rng.int(3);
    if (r === 0) return t.id;
    if (r === 1 && t.patterns?.acronyms?.length) return rng.pick(t.patterns.acronyms);
    return t.labels.en.toLowerCase();
  };

  const out: BenchQuery[] = [];
  while (out.length < n) {
    const kind = pickKind(rng);
    let q: string;
    switch (kind) {
      case 'topic-en':
        q = topicEn(rng.pick(topics));
        break;
      case 'topic-ru':
        q = rng.pick(topics).labels.ru.toLowerCase();
        break;
      case 'topic-zh':
        q = topicZh(rng.pick(topics));
        break;
      case 'name': {
        const name = named.length ? rng.pick(named).name! : 'FIFO-Diffusion';
        q = rng.chance(0.25) ? name.toLowerCase() : name;
        break;
      }
      case 'en':
        q = en();
        break;
      case 'ru':
        q = ru();
        break;
      case 'zh':
        q = zh();
        break;
      case 'mixed':
        q = rng.pick([() => `${topicEn(rng.pick(topics))} ${ru()}`, () => `${named.length ? rng.pick(named).name : 'MoRA'} ${zh()}`, () => `${en()} ${zh()}`])();
        break;
    }
    if (q.trim()) out.push({ q, kind });
  }
  return out;
}
