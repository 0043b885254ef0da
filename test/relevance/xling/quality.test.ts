/**
 * Cross-lingual search and tagging quality on the REPORT days (never tuned on; RULES.md), over the
 * Russian-only and the Chinese-only test digests. Figures are printed; floors are asserted so quality
 * cannot silently regress. The floors are what the code measured when they were last raised, rounded
 * down (the targets: recall@10 >= 0.85 per query language, zero-result rate < 5 %, tagging
 * micro-F1 >= 0.8 with precision >= 0.75).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { formatSummary, groups, runEval, summarize, type CorpusLang, type Row } from './eval.ts';
import { evalTagging, type TaggingResult } from './tagging.ts';

// Report days as measured on 2026-12-07 after round 3 (test/relevance/REPORT.md, run once at the end):
// recall@10 en 0.768 / 0.813, ru 0.836 / 0.803, zh 0.783 / 0.807 (Russian-only / Chinese-only), MRR
// 0.870 / 0.862, zero 1.4 / 1.8 %, tagging F1 0.701 / 0.731, precision 0.750 / 0.702. Round 2 had
// 0.768 / 0.815, 0.836 / 0.805, 0.783 / 0.809, MRR 0.871 / 0.865, F1 0.707 / 0.733, P 0.748 / 0.700.
// Every floor below is at or under what round 3 measured, so none was changed; the margins are thin
// (tagging F1 0.001, MRR 0.002, Chinese-only ru recall 0.003): a change that moves one report-day paper
// can fail them, which is the point of a floor, but it tells nothing finer than pass/fail.
const floors = {
  recall10: { en: 0.76, ru: 0.8, zh: 0.78 },
  mrr: 0.86,
  zeroRate: 0.03,
  tagging: { f1: 0.7, precision: 0.7 },
};

const langs: CorpusLang[] = ['ru', 'zh'];
const rows = new Map<CorpusLang, Row[]>();
const tagging = new Map<CorpusLang, TaggingResult>();

beforeAll(() => {
  const lines: string[] = [];
  for (const lang of langs) {
    const r = runEval('report', lang);
    rows.set(lang, r);
    const t = evalTagging('report', lang);
    tagging.set(lang, t);
    lines.push(`cross-lingual search, report days, ${lang}-only digests:`);
    for (const [label, group] of groups(r).slice(0, 8)) lines.push(`  ${formatSummary(label, summarize(group))}`);
    lines.push(`  tagging micro P=${t.micro.precision.toFixed(3)} R=${t.micro.recall.toFixed(3)} F1=${t.micro.f1.toFixed(3)}`);
  }
  console.log(lines.join('\n'));
});

describe.each(langs)('cross-lingual search over %s-only digests (report days)', (lang) => {
  test.each(['en', 'ru', 'zh'] as const)('GIVEN the %s queries THEN recall@10 stays at or above its floor', (q) => {
    expect(summarize(rows.get(lang)!.filter((r) => r.query.lang === q)).recall10).toBeGreaterThanOrEqual(floors.recall10[q]);
  });

  test('GIVEN all queries THEN MRR and the zero-result rate stay within their floors', () => {
    const s = summarize(rows.get(lang)!);
    expect(s.mrr).toBeGreaterThanOrEqual(floors.mrr);
    expect(s.zeroRate).toBeLessThanOrEqual(floors.zeroRate);
  });

  test('GIVEN the papers of the digests THEN topic tagging micro-F1 and precision stay within their floors', () => {
    const t = tagging.get(lang)!;
    expect(t.micro.f1).toBeGreaterThanOrEqual(floors.tagging.f1);
    expect(t.micro.precision).toBeGreaterThanOrEqual(floors.tagging.precision);
  });
});
