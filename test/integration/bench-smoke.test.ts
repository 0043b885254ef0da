/**
 * Smoke test of `npm run bench` in quick mode, run in-process: every section runs and its results
 * are correct (exact parse counts, no repeated or oversize picks, no lost or duplicated digests).
 * Timings are never asserted here: they belong to `npm run bench`, not to CI on a shared machine.
 */
import { describe, expect, it } from 'vitest';
import { PaperSchema } from '../../src/core/model.ts';
import { generatePapers, toPaper } from '../../bench/corpus-gen.ts';
import { loadStarterPools } from '../../bench/gen/starter.ts';
import { buildQueries } from '../../bench/gen/queries.ts';
import { percentile, summarize } from '../../bench/stats.ts';
import { quickConfig, runSuite } from '../../bench/suite.ts';

describe('bench corpus generator', () => {
  it('GIVEN the same seed THEN it generates the same papers, valid per the Paper schema', () => {
    const pools = loadStarterPools();
    const a = generatePapers(pools, 300, { seed: 5 }).map(toPaper);
    const b = generatePapers(pools, 300, { seed: 5 }).map(toPaper);
    expect(a).toEqual(b);
    for (const p of a) expect(PaperSchema.safeParse(p).success).toBe(true);
    expect(new Set(a.map((p) => p.id)).size).toBe(a.length);
    expect(new Set(a.map((p) => p.lang))).toEqual(new Set(['ru', 'zh', 'en']));
  });

  it('GIVEN a corpus THEN the query mix covers English, Russian, Chinese and names', () => {
    const papers = generatePapers(loadStarterPools(), 500).map(toPaper);
    const kinds = new Set(buildQueries(papers, [], 300).map((q) => q.kind));
    for (const kind of ['name', 'en', 'ru', 'zh'] as const) expect(kinds).toContain(kind);
  });
});

describe('bench stats', () => {
  it('GIVEN 1..100 THEN nearest-rank percentiles are observed values', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(summarize([3, 1, 2])).toMatchObject({ count: 3, min: 1, p50: 2, max: 3 });
  });
});

describe('bench quick mode', () => {
  it('GIVEN BENCH_QUICK sizes THEN every section runs with correct results', { timeout: 180_000 }, async () => {
    const r = await runSuite(quickConfig);

    expect(r.machine.cores).toBeGreaterThan(0);
    expect(r.parse.status).toBe('ok');
    expect(r.parse.formats.map((f) => f.format)).toEqual(['ru-daily', 'zh-reading', 'zh-monthly', 'hfday-json']);
    for (const f of r.parse.formats) {
      expect(f.failures, f.firstFailure).toBe(0);
      expect(f.papersParsed).toBe(f.papersExpected);
    }
    expect(r.parse.starter.every((s) => !s.error && s.papers > 0)).toBe(true);

    expect(r.index.status).toBe('ok');
    expect(r.index.runs.map((i) => i.papers)).toEqual([1_000]);
    expect(r.search.status).toBe('ok');
    expect(r.search.runs[0]!.queries).toBe(quickConfig.queries);

    expect(r.select.status).not.toBe('failed');
    for (const s of r.select.runs) {
      expect(s.ran).toBe(s.subscriptions);
      expect(s.repeats).toBe(0);
      expect(s.oversize).toBe(0);
    }

    expect(r.delivery.status, r.delivery.status === 'ok' ? '' : r.delivery.reason).toBe('ok');
    const d = r.delivery.run!;
    expect(d.chats).toBe(quickConfig.chats);
    expect(d.lost).toBe(0);
    expect(d.duplicated).toBe(0);
    expect(d.messagesAccepted).toBe(d.messagesExpected);
    expect(d.otherErrors, d.firstOtherError).toBe(0);

    expect(r.targets.map((t) => t.name)).toHaveLength(4); // quick mode: no saturation run
  });
});
