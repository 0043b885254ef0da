/**
 * Raw material for the synthetic corpus: sentences, titles, names and authors lifted from the
 * starter digests in `data/digests/`. This is a light, bench-local extraction (line shapes only), not
 * the real parsers: the generator must work, and stay deterministic, whatever state they are in.
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Default starter corpus directory. */
export const starterDir = fileURLToPath(new URL('../../data/digests/', import.meta.url));

/** Kinds of seed papers, after the digest format they came from. */
export type SeedKind = 'ru-daily' | 'zh-reading' | 'zh-monthly' | 'hfday-json';

/** One starter paper broken into reusable parts. */
export interface SeedPaper {
  kind: SeedKind;
  /** English title (zh-monthly, hfday). */
  title: string | null;
  /** Title in the digest's language (zh-reading heading, hfday Russian headline). */
  localTitle: string | null;
  name: string | null;
  /** Summary sentences in the digest's language (Russian or Chinese). */
  sentences: string[];
  /** English abstract sentences (hfday). */
  abstract: string[];
  authors: string[];
  tags: string[];
}

/** Everything the generator recombines. */
export interface StarterPools {
  seeds: Record<SeedKind, SeedPaper[]>;
  /** Coined names seen in the starter digests plus well-known ones, to vary. */
  names: string[];
  firstNames: string[];
  lastNames: string[];
  /** zh-monthly intro and footer lines (not papers). */
  zhIntro: string[];
  zhFooter: string[];
  /** Total bytes of starter text read. */
  bytes: number;
}

// Names the spec cites; they anchor the name pool when the digests' own names are few.
const knownNames = ['FIFO-Diffusion', 'MoRA', 'OpenRLHF', 'Octo', 'GaussianImage', 'LLaMA', 'BitNet', 'D-FINE', 'PaLM-E', 'Prismer', 'MarioGPT', 'Lion', 'LLaMA-Factory', 'MoT', 'Kubric', 'Pathways'];

const ruSentenceSplit = /(?<=[.!?])\s+(?=[А-ЯЁA-Z«"(0-9])/u;
const zhSentenceSplit = /(?<=[。！？；])/u;
const enSentenceSplit = /(?<=[.!?])\s+(?=[A-Z(0-9])/u;

/** Splits Russian text into sentences. */
export const ruSentences = (text: string) => text.split(ruSentenceSplit).map((s) => s.trim()).filter((s) => s.length > 10);
/** Splits Chinese text into sentences (keeps the final punctuation). */
export const zhSentences = (text: string) => text.split(zhSentenceSplit).map((s) => s.trim()).filter((s) => s.length > 4);
/** Splits English text into sentences. */
export const enSentences = (text: string) => text.split(enSentenceSplit).map((s) => s.trim()).filter((s) => s.length > 10);

/** A coined name in text: «под названием X», «названный X», «представляем X», or `Name:` title prefix. */
function findName(text: string): string | null {
  const m =
    /(?:под названием|названн\S*|представляем|называем\S*|introduce|引入了?|介绍了?)\s+«?([A-Z][\w.+-]*(?:[- ][A-Z0-9][\w.+-]*)?)/u.exec(text) ??
    /^([A-Z][\w.+-]{1,30}(?: [a-z]?[0-9][\w.]*)?)\s*[:：]/u.exec(text);
  return m ? m[1]!.replace(/[.,;:]+$/, '') : null;
}

function parseRuDaily(text: string): SeedPaper[] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l.length > 40)
    .map((line) => ({ kind: 'ru-daily', title: null, localTitle: null, name: findName(line), sentences: ruSentences(line), abstract: [], authors: [], tags: [] }));
}

function parseZhReading(text: string): SeedPaper[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const out: SeedPaper[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^(?:论文|文章)阅读[一二三四五六七八九十百零]+[:：](.+)$/u.exec(lines[i]!);
    if (!head) continue;
    const body = (lines[i + 1] ?? '').replace(/^(?:摘要|原文链接)\s*/u, '').replace(/\.\.\.$/, '');
    const localTitle = head[1]!.trim();
    out.push({ kind: 'zh-reading', title: null, localTitle, name: findName(localTitle) ?? findName(body), sentences: zhSentences(body), abstract: [], authors: [], tags: [] });
  }
  return out;
}

function parseZhMonthly(text: string, intro: string[], footer: string[]): SeedPaper[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const out: SeedPaper[] = [];
  let current: SeedPaper | null = null;
  let inFooter = false;
  for (const line of lines) {
    const entry = /^[0-9０-９]+\s*[、.．]\s*(.+)$/u.exec(line);
    if (entry && /[A-Za-z]{3}/.test(entry[1]!) && !inFooter) {
      const title = entry[1]!.trim();
      current = { kind: 'zh-monthly', title, localTitle: null, name: findName(title), sentences: [], abstract: [], authors: [], tags: [] };
      out.push(current);
      continue;
    }
    if (/^(引用|参考|\[\d+\]|作者[:：])/u.test(line) || (current && /^https?:\/\/\S+$/.test(line) && current.sentences.length > 0)) inFooter = true;
    if (inFooter) {
      footer.push(line);
      continue;
    }
    if (!current) {
      intro.push(line);
    } else if (/^https?:\/\//.test(line)) {
      // the entry's URL line: regenerated per paper
    } else if (current.authors.length === 0 && current.sentences.length === 0 && /^(By\s|[A-Z][a-zé]+ [A-Z])/u.test(line)) {
      current.authors = line.replace(/^By\s+/, '').replace(/\s*(et al\.?|\.)$/, '').split(/,\s*|\s+and\s+/).map((a) => a.trim()).filter(Boolean);
    } else {
      current.sentences.push(...zhSentences(line.replace(/^[-•]\s*/u, '')));
    }
  }
  return out.filter((p) => p.sentences.length > 0);
}

interface HfPaper {
  title?: string;
  abstract?: string;
  data?: { desc?: string; title?: string; tags?: string[] };
}

function parseHfday(text: string): SeedPaper[] {
  const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as { papers?: HfPaper[] };
  return (doc.papers ?? []).map((p) => ({
    kind: 'hfday-json' as const,
    title: p.title ?? null,
    localTitle: p.data?.title ?? null,
    name: p.title ? findName(p.title) : null,
    sentences: ruSentences(p.data?.desc ?? ''),
    abstract: enSentences(p.abstract ?? ''),
    authors: [],
    tags: p.data?.tags ?? [],
  }));
}

/** Reads the starter digests in `dir` and extracts the pools the generator recombines. */
export function loadStarterPools(dir: string = starterDir): StarterPools {
  const seeds: Record<SeedKind, SeedPaper[]> = { 'ru-daily': [], 'zh-reading': [], 'zh-monthly': [], 'hfday-json': [] };
  const zhIntro: string[] = [];
  const zhFooter: string[] = [];
  let bytes = 0;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'manifest.json' || !/\.(txt|json)$/.test(name)) continue;
    const raw = readFileSync(join(dir, name));
    bytes += raw.length;
    const text = raw.toString('utf8').replace(/^\uFEFF/, '');
    if (name.endsWith('.json')) seeds['hfday-json'].push(...parseHfday(text));
    else if (text.startsWith('Ежедневно')) seeds['ru-daily'].push(...parseRuDaily(text));
    else if (/^(?:论文|文章)阅读/u.test(text)) seeds['zh-reading'].push(...parseZhReading(text));
    else if (name.endsWith('.txt')) seeds['zh-monthly'].push(...parseZhMonthly(text, zhIntro, zhFooter));
  }
  for (const [kind, list] of Object.entries(seeds)) {
    if (list.length === 0) throw new Error(`bench: no ${kind} seed papers found in ${dir}`);
  }
  const all = Object.values(seeds).flat();
  const names = [...new Set([...knownNames, ...all.map((p) => p.name).filter((n): n is string => !!n && n.length <= 24)])];
  const authors = all.flatMap((p) => p.authors).filter((a) => /^\S+ .*\S+$/u.test(a) && a.length < 40);
  const firstNames = [...new Set(authors.map((a) => a.split(' ')[0]!))];
  const lastNames = [...new Set(authors.map((a) => a.split(' ').slice(1).join(' ')))];
  return { seeds, names, firstNames, lastNames, zhIntro: zhIntro.slice(0, 8), zhFooter: zhFooter.slice(0, 20), bytes };
}
