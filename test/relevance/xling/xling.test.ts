/**
 * The cross-lingual evaluation's own checks: the query list and relevance sets obey RULES.md, the
 * committed test digests are what `generate.ts` writes, and every one of them parses to exactly its
 * papers with no English in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../../src/core/parse/index.ts';
import { manifestOf, testDigests } from './digests.ts';
import { fixtureDir, manifest, relevanceSets } from './eval.ts';
import { concepts } from './queries.ts';
import { sourcePapers } from './source.ts';
import { oldReportDays, tuneDays } from './split.ts';

describe('the query list (RULES.md)', () => {
  const queries = concepts.flatMap((c) => c.queries);

  test('GIVEN the list THEN it has >= 80 queries in English, Russian and Chinese, words and phrases, unique ids', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['en', 'ru', 'zh'] as const) expect(queries.filter((q) => q.lang === lang).length, lang).toBeGreaterThanOrEqual(20);
    for (const shape of ['word', 'phrase'] as const) expect(queries.filter((q) => q.shape === shape).length, shape).toBeGreaterThanOrEqual(20);
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
  });

  test('GIVEN the concepts THEN at least half are outside the topic catalog', () => {
    expect(concepts.filter((c) => c.catalog === null).length * 2).toBeGreaterThanOrEqual(concepts.length);
  });

  test('GIVEN every concept THEN its relevance set over the 165 papers has 2..25 papers', () => {
    const sizes = [...relevanceSets('all')].filter(([, s]) => s.size < 2 || s.size > 25).map(([id, s]) => `${id}: ${s.size}`);
    expect(sizes).toEqual([]);
  });
});

describe('the test digests', () => {
  test('GIVEN the split THEN the tune days are all 12 sample days and the spent old report days are among them', () => {
    expect(new Set(sourcePapers().map((p) => p.day))).toEqual(new Set(tuneDays));
    expect(tuneDays).toHaveLength(12);
    expect(oldReportDays.filter((d) => !tuneDays.includes(d))).toEqual([]);
  });

  test('GIVEN the fixtures THEN the committed files are exactly what generate.ts writes', () => {
    const digests = testDigests(sourcePapers());
    expect(manifest()).toEqual(manifestOf(digests));
    for (const d of digests) expect(readFileSync(join(fixtureDir, d.file), 'utf8'), d.file).toBe(d.text);
  });

  test('GIVEN each digest THEN it parses in its format to its papers, without warnings and without English abstracts', () => {
    for (const [file, ids] of Object.entries(manifest())) {
      const result = parseDigest({ file, bytes: new Uint8Array(readFileSync(join(fixtureDir, file))) });
      expect(result.ok, file).toBe(true);
      if (!result.ok) continue;
      expect(result.value.format).toBe(file.startsWith('ru/') ? 'ru-daily' : 'zh-reading');
      expect(result.value.warnings).toEqual([]);
      expect(result.value.papers.length, file).toBe(ids.length);
      for (const p of result.value.papers) {
        expect(p.title).toBeNull();
        expect(p.abstract).toBeUndefined();
        expect(p.arxivId).toBeNull();
      }
    }
  });
});
