/**
 * Relevance judged from the English original only (RULES.md): a paper is relevant to a concept when a
 * pattern is in its title, or patterns occur `minHits` times (default 2) in its abstract, exclusions not
 * counted.
 * @module
 */
import type { SourcePaper } from './source.ts';

/** What a concept says about relevance (see RULES.md). */
export interface Rule {
  /** English evidence patterns; case-insensitive unless `caseSensitive`. */
  en: readonly RegExp[];
  /** Spans that never count (`without fine-tuning`). */
  not?: readonly RegExp[];
  /** Abstract occurrences needed when the title has none. Default 2. */
  minHits?: number;
}

/** Occurrences of the rule's patterns in `text`, exclusions blanked out, overlaps counted once. */
export function hits(rule: Rule, text: string): number {
  let t = text;
  for (const re of rule.not ?? []) t = t.replace(globalOf(re), (m) => ' '.repeat(m.length));
  const starts = new Set<number>();
  const covered: [number, number][] = [];
  for (const re of rule.en) {
    for (const m of t.matchAll(globalOf(re))) {
      const s = m.index;
      const e = s + m[0].length;
      if (covered.some(([a, b]) => s < b && e > a)) continue;
      covered.push([s, e]);
      starts.add(s);
    }
  }
  return starts.size;
}

/** Whether `paper` is relevant under `rule`. */
export function isRelevant(rule: Rule, paper: Pick<SourcePaper, 'title' | 'abstract'>): boolean {
  return hits(rule, paper.title) > 0 || hits(rule, paper.abstract) >= (rule.minHits ?? 2);
}

function globalOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
}
