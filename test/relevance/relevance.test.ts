/**
 * Relevance of DigestIndex on the real starter corpus, measured on labelled queries (queries.ts):
 * recall@10, precision@5 (standard and capped by the answer-set size) and MRR, overall and per language.
 * The figures are printed; thresholds are asserted.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { DigestIndex } from '../../src/core/search-index.ts';
import { resolveRef, starterCorpus } from './corpus.ts';
import { cappedPrecisionAt, mean, precisionAt, recallAt, reciprocalRank } from './metrics.ts';
import { labelledQueries, type LabelledQuery } from './queries.ts';

interface Scored {
  q: LabelledQuery;
  ranked: string[];
  relevant: Set<string>;
  recall10: number;
  p5: number;
  cappedP5: number;
  rr: number;
}

let scored: Scored[] = [];

beforeAll(() => {
  const corpus = starterCorpus();
  const index = new DigestIndex();
  index.add(corpus.papers);
  scored = labelledQueries.map((q) => {
    const relevant = new Set(q.relevant.map((ref) => resolveRef(corpus.papers, ref).id));
    const ranked = index.search(q.query, { limit: 10 }).hits.map((h) => h.paper.id);
    return {
      q,
      ranked,
      relevant,
      recall10: recallAt(ranked, relevant, 10),
      p5: precisionAt(ranked, relevant, 5),
      cappedP5: cappedPrecisionAt(ranked, relevant, 5),
      rr: reciprocalRank(ranked, relevant),
    };
  });
  const summary = (rows: Scored[]) =>
    `n=${String(rows.length).padStart(2)}  recall@10=${mean(rows.map((r) => r.recall10)).toFixed(3)}  P@5=${mean(rows.map((r) => r.p5)).toFixed(3)}  ` +
    `cappedP@5=${mean(rows.map((r) => r.cappedP5)).toFixed(3)}  MRR=${mean(rows.map((r) => r.rr)).toFixed(3)}`;
  const lines = ['', `relevance on ${corpus.papers.length} starter papers, ${scored.length} labelled queries`, `  all    ${summary(scored)}`];
  for (const lang of ['en', 'ru', 'zh', 'mixed'] as const) lines.push(`  ${lang.padEnd(6)} ${summary(scored.filter((s) => s.q.lang === lang))}`);
  lines.push(`  exact  ${summary(scored.filter((s) => s.q.exact))}`);
  for (const s of scored.filter((r) => r.recall10 < 1 || r.rr < 1)) {
    lines.push(`  weak: "${s.q.query}" recall@10=${s.recall10.toFixed(2)} rr=${s.rr.toFixed(2)}`);
  }
  console.log(lines.join('\n'));
});

describe('DigestIndex.search on the starter corpus (labelled queries)', () => {
  test('GIVEN the labelled set THEN it has at least 25 queries with English, Russian, Chinese and mixed ones', () => {
    expect(labelledQueries.length).toBeGreaterThanOrEqual(25);
    for (const lang of ['en', 'ru', 'zh', 'mixed'] as const) expect(labelledQueries.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(5);
  });

  test('GIVEN every labelled query THEN mean recall@10 >= 0.9', () => {
    expect(mean(scored.map((s) => s.recall10))).toBeGreaterThanOrEqual(0.9);
  });

  test('GIVEN every labelled query THEN MRR >= 0.9 and capped precision@5 >= 0.85', () => {
    expect(mean(scored.map((s) => s.rr))).toBeGreaterThanOrEqual(0.9);
    expect(mean(scored.map((s) => s.cappedP5))).toBeGreaterThanOrEqual(0.85);
  });

  test.each(['en', 'ru', 'zh', 'mixed'] as const)('GIVEN the %s queries THEN their mean recall@10 >= 0.85', (lang) => {
    expect(mean(scored.filter((s) => s.q.lang === lang).map((s) => s.recall10))).toBeGreaterThanOrEqual(0.85);
  });

  test('GIVEN an exact-name query THEN its paper is at rank 1', () => {
    const misses = scored.filter((s) => s.q.exact && !s.relevant.has(s.ranked[0] ?? '')).map((s) => s.q.query);
    expect(misses).toEqual([]);
  });

  test('GIVEN English "diffusion" THEN the Russian FIFO-Diffusion, TSM, VLOGGER and the Chinese consistency-model note are in the top 10', () => {
    const s = scored.find((r) => r.q.query === 'diffusion')!;
    expect(s.recall10).toBe(1);
  });
});
