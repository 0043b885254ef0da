/**
 * The small parts of the live sources: the SOURCES list, Retry-After, file-name slugs, the day
 * window, atomic writes, and `paperboy sources [--json]` reading the state the job keeps.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { openStore } from '../../src/schedule/index.ts';
import { lastDays, openFeedsDir, parseSources, retryAfter, slug, stateKey, type SourceState } from '../../src/sources/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-sources-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseSources', () => {
  it('GIVEN the default, none, arXiv categories and feed URLs THEN specs in order, duplicates dropped', () => {
    expect(parseSources('hf-daily,hfday')).toEqual({ ok: true, value: [{ kind: 'hf-daily', id: 'hf-daily' }, { kind: 'hfday', id: 'hfday' }] });
    expect(parseSources(' none ')).toEqual({ ok: true, value: [] });
    expect(parseSources('arxiv:cs.CL+stat.ML+hep-th, HFDAY, hfday')).toEqual({
      ok: true,
      value: [{ kind: 'arxiv', id: 'arxiv:cs.CL+stat.ML+hep-th', categories: ['cs.CL', 'stat.ML', 'hep-th'] }, { kind: 'hfday', id: 'hfday' }],
    });
    expect(parseSources('https://example.org/feed.xml')).toEqual({ ok: true, value: [{ kind: 'feed', id: 'https://example.org/feed.xml', url: 'https://example.org/feed.xml' }] });
  });

  it('GIVEN a bad entry THEN an error sentence naming it', () => {
    expect(parseSources('rss')).toEqual({ ok: false, error: 'unknown source "rss" (expected hf-daily, hfday, arxiv:<cat>[+<cat>], a feed URL, or none)' });
    expect(parseSources('arxiv:cs CL')).toEqual({ ok: false, error: '"arxiv:cs CL": "cs CL" is not an arXiv category (expected e.g. arxiv:cs.CL+cs.LG)' });
    expect(parseSources('https://')).toEqual({ ok: false, error: '"https://" is not a valid URL' });
  });
});

describe('retryAfter', () => {
  const now = Date.parse('2024-09-18T12:00:00Z');
  it('GIVEN seconds, an HTTP date, a past date or junk THEN ms from now, 0, or undefined', () => {
    expect(retryAfter('120', now)).toBe(120_000);
    expect(retryAfter('Wed, 18 Sep 2024 12:05:00 GMT', now)).toBe(300_000);
    expect(retryAfter('Wed, 18 Sep 2024 11:00:00 GMT', now)).toBe(0);
    expect(retryAfter('soon', now)).toBeUndefined();
    expect(retryAfter(null, now)).toBeUndefined();
  });
});

describe('slug and lastDays', () => {
  it('GIVEN ids and URLs THEN file-name-safe slugs', () => {
    expect(slug('arxiv:cs.CL+cs.LG')).toBe('arxiv-cs.CL+cs.LG');
    expect(slug('https://rss.arxiv.org/rss/cs.LG?x=1&y=../2')).toBe('rss.arxiv.org-rss-cs.LG-x-1-y-..-2');
  });
  it('GIVEN a day and a count THEN that many days up to it, oldest first, across a month end', () => {
    expect(lastDays('2024-10-02', 4)).toEqual(['2024-09-29', '2024-09-30', '2024-10-01', '2024-10-02']);
    expect(lastDays('2024-10-02', 0)).toEqual(['2024-10-02']);
  });
});

describe('openFeedsDir', () => {
  it('GIVEN a crash left a temporary file THEN opening removes it; a write replaces a file whole and leaves no temporary file', () => {
    const path = join(dir, 'feeds');
    const first = openFeedsDir(path);
    writeFileSync(join(path, '.2024-09-18-hfday.json.123.tmp'), '{"pap');
    openFeedsDir(path);
    expect(readdirSync(path)).toEqual([]);
    first.write('2024-09-18-hfday.json', Buffer.from('{"papers":[1]}'));
    first.write('2024-09-18-hfday.json', Buffer.from('{"papers":[1,2]}'));
    expect(readdirSync(path)).toEqual(['2024-09-18-hfday.json']);
    expect(readFileSync(join(path, '2024-09-18-hfday.json'), 'utf8')).toBe('{"papers":[1,2]}');
    expect(first.has('2024-09-18-hfday.json')).toBe(true);
    expect(() => first.write('../escape.json', Buffer.from('x'))).toThrow('feeds-dir: refusing the file name "../escape.json"');
  });
});

describe('paperboy sources [--json]', () => {
  it('GIVEN states in the store THEN each configured source with last success, last error and papers fetched', async () => {
    const storeUrl = `sqlite://${join(dir, 'cli.sqlite')}`;
    const store = await openStore(storeUrl);
    const hf: SourceState = { papersFetched: 75, lastPapers: 12, lastRunAt: '2024-09-23T12:00:00.000Z', lastSuccessAt: '2024-09-23T12:00:00.000Z', days: { '2024-09-23': { status: 'ok', papers: 12, checkedAt: '2024-09-23T12:00:00.000Z', validators: { etag: '"x"' } }, '2024-09-22': { status: 'empty', papers: 0, checkedAt: '2024-09-23T12:00:00.000Z' } } };
    const hd: SourceState = { papersFetched: 0, lastRunAt: '2024-09-23T12:00:01.000Z', lastError: { at: '2024-09-23T12:00:01.000Z', reason: '2024-09-17: cannot connect (ENOTFOUND)' } };
    await store.kv.set(stateKey('hf-daily'), hf);
    await store.kv.set(stateKey('hfday'), hd);
    await store.close();
    const saved = { ...process.env };
    Object.assign(process.env, { STORE_URL: storeUrl, SOURCES: 'hf-daily,hfday,arxiv:cs.CL', FEEDS_DIR: join(dir, 'feeds') });
    try {
      const json: string[] = [];
      expect(await runCli(['sources', '--json'], { stdout: (s) => json.push(s), stderr: () => undefined })).toBe(0);
      expect(JSON.parse(json.join('\n'))).toEqual([
        { id: 'hf-daily', kind: 'hf-daily', papersFetched: 75, lastPapers: 12, lastRunAt: '2024-09-23T12:00:00.000Z', lastSuccessAt: '2024-09-23T12:00:00.000Z', days: { '2024-09-23': '12 papers', '2024-09-22': 'none' } },
        { id: 'hfday', kind: 'hfday', papersFetched: 0, lastRunAt: '2024-09-23T12:00:01.000Z', lastError: { at: '2024-09-23T12:00:01.000Z', reason: '2024-09-17: cannot connect (ENOTFOUND)' } },
        { id: 'arxiv:cs.CL', kind: 'arxiv', papersFetched: 0 },
      ]);
      const text: string[] = [];
      expect(await runCli(['sources'], { stdout: (s) => text.push(s), stderr: () => undefined })).toBe(0);
      expect(text.slice(0, 8)).toEqual([
        'hf-daily',
        '  last success: 2024-09-23 12:00:00 UTC',
        '  last error:   none',
        '  papers:       75 fetched, 12 in the last run (2024-09-23 12:00:00 UTC)',
        'hfday',
        '  last success: never',
        '  last error:   2024-09-23 12:00:01 UTC: 2024-09-17: cannot connect (ENOTFOUND)',
        '  papers:       0 fetched, 0 in the last run (2024-09-23 12:00:01 UTC)',
      ]);
      process.env.SOURCES = 'none';
      const none: string[] = [];
      expect(await runCli(['sources'], { stdout: (s) => none.push(s), stderr: () => undefined })).toBe(0);
      expect(none).toEqual(['no live sources (SOURCES=none)']);
    } finally {
      for (const key of ['STORE_URL', 'SOURCES', 'FEEDS_DIR']) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

describe('paperboy search without --dir', () => {
  it('GIVEN a fetched document in FEEDS_DIR THEN search finds its papers beside the digests', async () => {
    const feeds = join(dir, 'search-feeds');
    openFeedsDir(feeds).write('2024-09-20-hf-daily.json', readFileSync(new URL('../fixtures/sources/hf-daily/2024-09-20.json', import.meta.url)));
    const saved = { ...process.env };
    Object.assign(process.env, { DIGESTS_DIR: fileURLToPath(new URL('../../data/digests/', import.meta.url)), FEEDS_DIR: feeds });
    try {
      const json: string[] = [];
      expect(await runCli(['search', 'levenberg', '--json'], { stdout: (s) => json.push(s), stderr: () => undefined })).toBe(0);
      expect((JSON.parse(json.join('\n')) as { id: string }[]).map((r) => r.id)).toEqual(['arxiv:2409.12892']);
      const starterOnly: string[] = [];
      expect(await runCli(['search', 'diffusion', '--json'], { stdout: (s) => starterOnly.push(s), stderr: () => undefined })).toBe(0);
      expect((JSON.parse(starterOnly.join('\n')) as unknown[]).length).toBeGreaterThan(0);
    } finally {
      for (const key of ['DIGESTS_DIR', 'FEEDS_DIR']) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});
