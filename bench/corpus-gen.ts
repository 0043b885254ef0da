/**
 * Synthetic corpus generator: papers recombined from the starter digests (sentences mixed across
 * papers of the same language, names varied, authors re-paired), deterministic for a given seed.
 *
 * Each generated paper starts from one starter "seed" paper and keeps most of its sentences, so its
 * topic stays coherent (a diffusion abstract stays mostly about diffusion) while a third of the
 * sentences come from other papers, which spreads topics the way real digests do. Nothing is
 * written to disk.
 *
 * ```ts
 * const gen = generatePapers(loadStarterPools(), 10_000, { seed: 1 });
 * const papers = gen.map(toPaper);
 * ```
 * @module
 */
import { createHash } from 'node:crypto';
import type { Lang, Paper } from '../src/core/model.ts';
import { Rng } from './gen/rng.ts';
import type { SeedKind, SeedPaper, StarterPools } from './gen/starter.ts';

// === Generated paper (format-independent)

/** A synthetic paper with everything any digest format needs to render it. */
export interface GenPaper {
  /** Sequence number, unique within one generation. */
  seq: number;
  kind: SeedKind;
  lang: Lang;
  name: string | null;
  title: string | null;
  localTitle: string | null;
  /** Summary in `lang`. */
  summary: string;
  /** English abstract (hfday papers whose summary is Russian). */
  abstract: string | null;
  authors: string[];
  arxivId: string | null;
  url: string | null;
  /** `YYYY-MM-DD` (or `YYYY-MM` for zh-monthly). */
  date: string;
  tags: string[];
}

export interface GenOptions {
  /** PRNG seed (default 1). */
  seed?: number;
  /** Force every paper to one kind (for per-format digest text); default: the mix below. */
  kind?: SeedKind;
  /** Offset added to `seq`, so separate batches get distinct ids (default 0). */
  seqOffset?: number;
}

/**
 * Share of each kind in a mixed corpus. hfday dominates real traffic (a daily feed of ~20 papers),
 * then the Russian daily, then the Chinese notes and monthly lists.
 */
export const kindMix: readonly [SeedKind, number][] = [
  ['hfday-json', 0.45],
  ['ru-daily', 0.3],
  ['zh-monthly', 0.15],
  ['zh-reading', 0.1],
];

const suffixes = ['-XL', '-2', '-3', '-Lite', '++', '-Pro', '-Mini', '-R1', ' v2', '-7B', '-MoE', '-Zero', '-V', '-Next', '-Flash', '-Chat'];
const prefixes = ['Open', 'Fast', 'Uni', 'Meta', 'Hyper', 'Omni', 'Tiny', 'Deep', 'Sparse', 'Auto', 'Long', 'Multi'];
const ruNameTemplates = [(n: string) => `В работе представлен метод под названием ${n}.`, (n: string) => `Наш подход, названный ${n}, прост в реализации.`, (n: string) => `Мы представляем ${n}, новую модель для этой задачи.`];
const zhNameTemplates = [(n: string) => `我们引入了${n}。`, (n: string) => `本文提出${n},一种新的方法。`, (n: string) => `我们介绍${n},它显著提升了性能。`];
const enNameTemplates = [(n: string) => `We introduce ${n}, a new approach to this problem.`, (n: string) => `In this work we present ${n}.`];

/** A varied coined name: suffix, prefix or a blend of two starter names. */
export function varyName(rng: Rng, names: readonly string[], base?: string | null): string {
  const root = base ?? rng.pick(names);
  switch (rng.int(4)) {
    case 0:
      return root + rng.pick(suffixes);
    case 1:
      return rng.pick(prefixes) + root.replace(/^Open|^Fast/, '');
    case 2: {
      const other = rng.pick(names);
      const head = root.split(/(?=[A-Z][a-z])|-/)[0] || root;
      const tail = other.split(/(?=[A-Z][a-z])|-/).pop() || other;
      return head === tail ? `${head}-${rng.range(2, 9)}` : `${head}${tail.length > 1 ? '-' : ''}${tail}`;
    }
    default:
      return `${root}-${rng.range(2, 99)}`;
  }
}

const langOf = (kind: SeedKind): 'ru' | 'zh' => (kind === 'ru-daily' || kind === 'hfday-json' ? 'ru' : 'zh');
const titleRest = (title: string) => title.replace(/^[^:：]{1,30}[:：]\s*/u, '');

function pickKind(rng: Rng): SeedKind {
  let x = rng.next();
  for (const [kind, share] of kindMix) if ((x -= share) < 0) return kind;
  return kindMix[0]![0];
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** A date between 2022-01 and 2024-12, day precision (month precision for zh-monthly). */
function pickDate(rng: Rng, kind: SeedKind): string {
  const month = `${2022 + rng.int(3)}-${pad(1 + rng.int(12))}`;
  return kind === 'zh-monthly' ? month : `${month}-${pad(1 + rng.int(28))}`;
}

/** Unique, valid-looking arXiv id for sequence number `seq`: `YYMM.NNNNN` over 2019-2024. */
export function arxivIdOf(seq: number): string {
  const month = seq % 72;
  return `${19 + Math.floor(month / 12)}${pad((month % 12) + 1)}.${10000 + Math.floor(seq / 72)}`;
}

function recombine(rng: Rng, base: readonly string[], pool: readonly SeedPaper[], field: 'sentences' | 'abstract'): string[] {
  return base.map((s) => {
    if (!rng.chance(0.35)) return s;
    const donor = rng.pick(pool)[field];
    return donor.length ? rng.pick(donor) : s;
  });
}

function renameIn(text: string, from: string | null, to: string | null): string {
  return from && to ? text.split(from).join(to) : text;
}

// === Generation

/** Generates `n` papers from the starter pools; the same seed gives the same papers. */
export function generatePapers(pools: StarterPools, n: number, options: GenOptions = {}): GenPaper[] {
  const rng = new Rng(options.seed ?? 1);
  const ruPool = [...pools.seeds['ru-daily'], ...pools.seeds['hfday-json']];
  const zhPool = [...pools.seeds['zh-reading'], ...pools.seeds['zh-monthly']];
  const enPool = pools.seeds['hfday-json'];
  const out: GenPaper[] = [];
  for (let i = 0; i < n; i++) {
    const seq = (options.seqOffset ?? 0) + i;
    const kind = options.kind ?? pickKind(rng);
    const base = rng.pick(pools.seeds[kind]);
    let lang: Lang = langOf(kind);
    const pool = lang === 'ru' ? ruPool : zhPool;
    const name = base.name || rng.chance(0.5) ? varyName(rng, pools.names, base.name) : null;
    let sentences = recombine(rng, base.sentences, pool, 'sentences').map((s) => renameIn(s, base.name, name));
    if (name && !sentences.some((s) => s.includes(name))) {
      const template = rng.pick(lang === 'ru' ? ruNameTemplates : zhNameTemplates)(name);
      sentences.splice(Math.min(1, sentences.length), 0, template);
    }
    let abstract: string | null = null;
    if (kind === 'hfday-json') {
      const abs = recombine(rng, base.abstract, enPool, 'abstract').map((s) => renameIn(s, base.name, name));
      if (name && !abs.some((s) => s.includes(name))) abs.unshift(rng.pick(enNameTemplates)(name));
      abstract = abs.join(' ');
      // A few hfday items carry no translation: the summary is the English abstract.
      if (rng.chance(0.1)) {
        lang = 'en';
        sentences = [abstract];
        abstract = null;
      }
    }
    const hasEnglishTitle = kind === 'hfday-json' || kind === 'zh-monthly';
    const donorTitle = rng.pick([...pools.seeds['hfday-json'], ...pools.seeds['zh-monthly']]).title ?? 'Scaling Models';
    const title = hasEnglishTitle ? (name ? `${name}: ${titleRest(donorTitle)}` : titleRest(base.title ?? donorTitle)) : null;
    let localTitle: string | null = null;
    if (kind === 'zh-reading') localTitle = name ? `${name}:${titleRest(rng.pick(pools.seeds['zh-reading']).localTitle ?? '')}` : base.localTitle;
    if (kind === 'hfday-json') localTitle = rng.pick(pools.seeds['hfday-json']).localTitle;
    const authors =
      kind === 'zh-monthly'
        ? Array.from({ length: rng.range(1, 8) }, () => `${rng.pick(pools.firstNames)} ${rng.pick(pools.lastNames)}`)
        : [];
    const arxivId = kind === 'hfday-json' || (kind === 'zh-monthly' && rng.chance(0.85)) ? arxivIdOf(seq) : null;
    const url = arxivId
      ? kind === 'hfday-json'
        ? `https://huggingface.co/papers/${arxivId}`
        : `https://arxiv.org/abs/${arxivId}`
      : kind === 'zh-monthly'
        ? `https://github.com/example/project-${seq}`
        : null;
    const joiner = lang === 'zh' ? '' : ' ';
    out.push({ seq, kind, lang, name, title, localTitle, summary: sentences.join(joiner), abstract, authors, arxivId, url, date: pickDate(rng, kind), tags: base.tags });
  }
  return out;
}

/** A stable `h:` id for papers without an arXiv id. */
function hashId(g: GenPaper): string {
  return `h:${createHash('sha1').update(`${g.seq}\u0000${g.name ?? ''}\u0000${g.title ?? g.localTitle ?? ''}`).digest('hex').slice(0, 16)}`;
}

/**
 * The paper record the parsers would produce for `g` (topics empty: tag them with `tagPapers`).
 * Source files group papers 25 to a file, the size of a daily digest.
 */
export function toPaper(g: GenPaper): Paper {
  return {
    id: g.arxivId ? `arxiv:${g.arxivId}` : hashId(g),
    title: g.title,
    name: g.name,
    summary: g.summary,
    lang: g.lang,
    urls: g.url ? [g.url] : [],
    arxivId: g.arxivId,
    authors: g.authors,
    topics: [],
    sources: [{ file: `gen/${g.date}-${g.kind}-${Math.floor(g.seq / 25)}.txt`, format: g.kind, date: g.date, index: g.seq % 25 }],
    ...(g.abstract ? { abstract: g.abstract } : {}),
    ...(g.localTitle ? { localTitle: g.localTitle } : {}),
  };
}

// === Tagged corpus

/** A generated, topic-tagged corpus and what it cost to make. */
export interface GeneratedCorpus {
  papers: Paper[];
  genMs: number;
  tagMs: number;
  /** Mean bytes (UTF-8) of summary + abstract. */
  meanBytes: number;
}

/**
 * `n` generated papers tagged with the real `tagPapers` (the step `buildCorpus` runs after parsing).
 * `tag` is injected so this module does not pin the core API; pass `tagPapers` from `src/core/corpus.ts`.
 */
export function makeCorpus(pools: StarterPools, n: number, tag: (papers: readonly Paper[]) => Paper[], seed = 1): GeneratedCorpus {
  let start = performance.now();
  const raw = generatePapers(pools, n, { seed }).map(toPaper);
  const genMs = performance.now() - start;
  start = performance.now();
  const papers = tag(raw);
  const tagMs = performance.now() - start;
  let bytes = 0;
  for (const p of raw) bytes += Buffer.byteLength(p.summary) + (p.abstract ? Buffer.byteLength(p.abstract) : 0);
  return { papers, genMs: Math.round(genMs), tagMs: Math.round(tagMs), meanBytes: Math.round(bytes / Math.max(1, n)) };
}
