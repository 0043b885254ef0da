/**
 * The live sources against the fake source server on 127.0.0.1 (SPEC section 9): backfill, pacing
 * (asserted on the request log with a stepping clock, never on real time), conditional GET, restart,
 * arXiv paging, feeds, and every bad answer the issue lists — each logged once, nothing lost.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { readState, type SourceState } from '../../src/sources/index.ts';
import { FakeSources, type LoggedRequest } from '../fakes/sources-server.ts';
import { sourcesJob, SteppingClock } from '../support/sources.ts';

let fake: FakeSources;
let arxivFake: FakeSources;
let clock: SteppingClock;
beforeAll(async () => {
  clock = new SteppingClock('2024-09-23T12:00:00Z');
  fake = await FakeSources.start({ now: () => clock.now() });
  arxivFake = await FakeSources.start({ now: () => clock.now() });
});
afterAll(async () => {
  await fake.close();
  await arxivFake.close();
});

/** Requests logged from `from` on, by path pattern. */
const since = (log: readonly LoggedRequest[], from: number, match: RegExp) => log.slice(from).filter((r) => match.test(`${r.path}?${new URLSearchParams(r.query)}`));
/** Smallest gap between consecutive requests (test-clock ms). */
const minGap = (requests: readonly LoggedRequest[]) => Math.min(...requests.slice(1).map((r, i) => r.at - requests[i]!.at));
const feedFiles = (dir: string) => readdirSync(dir).sort();

describe('dated sources (hf-daily, hfday): a week of backfill, then restarts and new days', () => {
  it('GIVEN a first start on Monday 2024-09-23 with BACKFILL_DAYS=7 THEN 7 paced requests per source, weekend days empty, one file per day with papers, gzip used', async () => {
    clock.set('2024-09-23T12:00:00Z');
    const from = fake.log.length;
    const h = sourcesJob(fake, { sources: 'hf-daily,hfday', now: '', clock });
    const report = await h.job.runOnce();
    const hf = since(fake.log, from, /^\/api\/daily_papers/);
    const hd = since(fake.log, from, /^\/d\//);
    expect(hf.map((r) => r.query.date)).toEqual(['2024-09-17', '2024-09-18', '2024-09-19', '2024-09-20', '2024-09-21', '2024-09-22', '2024-09-23']);
    expect(hd.map((r) => r.path)).toEqual(['17', '18', '19', '20', '21', '22', '23'].map((d) => `/d/2024-09-${d}.json`));
    expect(hd.map((r) => r.status)).toEqual([200, 200, 200, 200, 404, 404, 200]);
    // Sequential and paced: one host, at least 1 s between any two requests, the two sources included.
    expect(minGap(since(fake.log, from, /./))).toBeGreaterThanOrEqual(1_000);
    expect(hf.every((r) => r.gzip && /^Paperboy\//.test(String(r.headers['user-agent'])))).toBe(true);
    expect(report.sources.map((s) => [s.id, s.requests, s.papers, s.written.length, s.error])).toEqual([
      ['hf-daily', 7, 15 + 16 + 17 + 15 + 12, 5, undefined],
      ['hfday', 7, 15 + 16 + 17 + 15 + 12, 5, undefined],
    ]);
    expect(feedFiles(h.feedsDir)).toEqual(['17', '18', '19', '20', '23'].flatMap((d) => [`2024-09-${d}-hf-daily.json`, `2024-09-${d}-hfday.json`]));
    // The same parsers load what was written, and the two sources' papers merge by arXiv id.
    const corpus = loadCorpusDir(h.feedsDir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.papers).toHaveLength(75);
    const qwen = corpus.papers.find((p) => p.arxivId === '2409.12186')!;
    expect(qwen.sources.map((s) => s.file)).toEqual(['2024-09-19-hf-daily.json', '2024-09-19-hfday.json']);
    expect(Object.keys(qwen.texts ?? {})).toEqual(['en', 'ru', 'zh']);
    expect(qwen.authors.length).toBeGreaterThan(0);
    expect(h.logger.warnings()).toEqual([]);
    const state = await readState(h.kv, 'hfday');
    expect([state.papersFetched, state.lastError, state.days?.['2024-09-21']?.status]).toEqual([75, undefined, 'empty']);

    // === A restart an hour later (new job, same store and directory): only yesterday and today are asked, today conditionally.
    clock.set('2024-09-23T13:00:00Z');
    const again = fake.log.length;
    const restarted = sourcesJob(fake, { sources: 'hf-daily,hfday', now: '', clock, feedsDir: h.feedsDir, kv: h.kv });
    const second = await restarted.job.runOnce();
    const asked = since(fake.log, again, /./);
    expect(asked.map((r) => `${r.path}${r.query.date ? `?${r.query.date}` : ''} ${r.status}`)).toEqual([
      '/api/daily_papers?2024-09-22 200', // `[]`: an empty day is asked again while recent
      '/api/daily_papers?2024-09-23 304',
      '/d/2024-09-22.json 404',
      '/d/2024-09-23.json 304',
    ]);
    expect(asked.filter((r) => r.status === 304).every((r) => typeof r.headers['if-none-match'] === 'string')).toBe(true);
    expect(second.sources.map((s) => [s.papers, s.written.length])).toEqual([[0, 0], [0, 0]]);
    expect(feedFiles(h.feedsDir)).toHaveLength(10);

    // === A restart with the store lost: the files on disk still mean "done" for older days.
    const lost = fake.log.length;
    const fresh = sourcesJob(fake, { sources: 'hfday', now: '', clock, feedsDir: h.feedsDir });
    await fresh.job.runOnce();
    expect(since(fake.log, lost, /./).map((r) => r.path)).toEqual(['/d/2024-09-21.json', '/d/2024-09-22.json', '/d/2024-09-23.json']);
  });

  it('GIVEN the clock moving to the next day THEN the next run fetches just that day (and rechecks yesterday)', async () => {
    clock.set('2024-09-19T10:00:00Z');
    const h = sourcesJob(fake, { sources: 'hfday', now: '', clock, backfillDays: 3 });
    await h.job.runOnce();
    expect(feedFiles(h.feedsDir)).toEqual(['2024-09-17-hfday.json', '2024-09-18-hfday.json', '2024-09-19-hfday.json']);
    clock.set('2024-09-20T10:00:00Z');
    const from = fake.log.length;
    const next = await h.job.tick();
    expect(since(fake.log, from, /./).map((r) => `${r.path} ${r.status}`)).toEqual(['/d/2024-09-19.json 304', '/d/2024-09-20.json 200']);
    expect(next?.sources[0]?.papers).toBe(15);
    // Within the interval, a tick does nothing.
    clock.set('2024-09-20T10:30:00Z');
    const quiet = fake.log.length;
    expect((await h.job.tick())?.sources[0]?.skipped).toBe('not-due');
    expect(fake.log.length).toBe(quiet);
  });

  it('GIVEN today growing during the day THEN the new document replaces the file and only the gained papers count', async () => {
    clock.set('2024-09-18T08:00:00Z');
    const h = sourcesJob(fake, { sources: 'hf-daily', now: '', clock, backfillDays: 1 });
    const items = JSON.parse(readFileSync(new URL('../fixtures/sources/hf-daily/2024-09-18.json', import.meta.url), 'utf8')) as unknown[];
    fake.setHfDaily('2024-09-18', items.slice(0, 10));
    expect((await h.job.runOnce()).sources[0]?.papers).toBe(10);
    fake.setHfDaily('2024-09-18', items);
    clock.set('2024-09-18T09:00:00Z');
    expect((await h.job.tick())?.sources[0]?.papers).toBe(6);
    expect(loadCorpusDir(h.feedsDir).papers).toHaveLength(16);
  });
});

describe('arXiv: paged, at most one request per 3 s, only newer than the last fetch', () => {
  it('GIVEN 230 submissions in the 2-day backfill window THEN 3 pages 3 s apart; the next run asks one page and keeps only the 5 new ones', async () => {
    clock.set('2024-09-23T12:00:00Z');
    const extra = Array.from({ length: 230 }, (_, i) => ({
      id: `2409.${String(20000 + i)}`,
      title: `Synthetic Submission ${i} on Token Routing`,
      summary: `We study token routing variant ${i}.`,
      authors: ['C. Author'],
      published: new Date(Date.parse('2024-09-23T11:00:00Z') - i * 600_000).toISOString().replace('.000', ''),
      categories: ['cs.CL'],
    }));
    arxivFake.addArxiv(extra);
    const from = arxivFake.log.length;
    const h = sourcesJob(fake, { sources: 'arxiv:cs.CL+cs.LG', now: '', clock, arxivFake, backfillDays: 2 });
    const first = await h.job.runOnce();
    const pages = since(arxivFake.log, from, /^\/api\/query/);
    expect(pages.map((r) => [r.query.start, r.query.max_results, r.query.search_query, r.query.sortBy, r.query.sortOrder])).toEqual([
      ['0', '100', 'cat:cs.CL OR cat:cs.LG', 'submittedDate', 'descending'],
      ['100', '100', 'cat:cs.CL OR cat:cs.LG', 'submittedDate', 'descending'],
      ['200', '100', 'cat:cs.CL OR cat:cs.LG', 'submittedDate', 'descending'],
    ]);
    expect(minGap(pages)).toBeGreaterThanOrEqual(3_000);
    // The 230 at 10-minute steps reach back ~38 h, all within the 48 h window; the fixture papers
    // behind them on page 3 are older, so paging stops there.
    expect(first.sources[0]).toMatchObject({ papers: 230, requests: 3 });
    expect(feedFiles(h.feedsDir)).toEqual([1, 2, 3].map((p) => `2024-09-23-arxiv-cs.CL+cs.LG-120000-p${p}.xml`));
    const state = await readState(h.kv, 'arxiv:cs.CL+cs.LG');
    expect(state.cursor).toBe('2024-09-23T11:00:00.000Z');

    arxivFake.addArxiv(Array.from({ length: 5 }, (_, i) => ({ id: `2409.${30000 + i}`, title: `Fresh Submission ${i}`, summary: 'New.', authors: ['D. Author'], published: `2024-09-23T12:3${i}:00Z`, categories: ['cs.LG'] })));
    clock.set('2024-09-23T13:00:00Z');
    const again = arxivFake.log.length;
    const second = await h.job.tick();
    expect(since(arxivFake.log, again, /./)).toHaveLength(1);
    expect(second?.sources[0]).toMatchObject({ papers: 5, written: ['2024-09-23-arxiv-cs.CL+cs.LG-130000-p1.xml'] });
    // Loaded back through the feed parser: each arXiv id once, whatever page repeats it.
    const corpus = loadCorpusDir(h.feedsDir);
    expect(corpus.problems).toEqual([]);
    expect(new Set(corpus.papers.map((p) => p.arxivId)).size).toBe(corpus.papers.length);
    expect(corpus.papers.some((p) => p.title === 'Fresh Submission 4')).toBe(true);
  });

  it('GIVEN a malformed page THEN the run stops with the line of the fault, nothing is written, the cursor stays', async () => {
    clock.set('2024-09-24T12:00:00Z');
    arxivFake.fault(/^\/api\/query/, { kind: 'body', body: '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</entry></feed>', contentType: 'application/atom+xml' }, 1);
    const h = sourcesJob(fake, { sources: 'arxiv:cs.CV', now: '', clock, arxivFake });
    const report = await h.job.runOnce();
    expect(report.sources[0]?.error).toBe("page 1: malformed XML at line 1: Expected closing tag 'title' (opened in line 1, col 50) instead of closing tag 'entry'.");
    expect(feedFiles(h.feedsDir)).toEqual([]);
    expect((await readState(h.kv, 'arxiv:cs.CV')).cursor).toBeUndefined();
    expect(h.logger.warnings().map((l) => l.msg)).toEqual([`source arxiv:cs.CV failed: ${report.sources[0]!.error}`]);
  });
});

describe('feed URLs: RSS, Atom, JSON Feed', () => {
  it('GIVEN three feeds THEN each is kept as the day’s file and parsed; the next run is three 304s', async () => {
    clock.set('2024-09-19T12:00:00Z');
    const urls = ['rss.xml', 'atom.xml', 'feed.json'].map((f) => `${fake.baseUrl}/feeds/${f}`);
    const h = sourcesJob(fake, { sources: urls.join(','), now: '', clock });
    const report = await h.job.runOnce();
    expect(report.sources.map((s) => [s.papers, s.error])).toEqual([[2, undefined], [2, undefined], [2, undefined]]);
    const port = new URL(fake.baseUrl).port;
    expect(feedFiles(h.feedsDir)).toEqual([`2024-09-19-feed-127.0.0.1-${port}-feeds-atom.xml`, `2024-09-19-feed-127.0.0.1-${port}-feeds-feed.json`, `2024-09-19-feed-127.0.0.1-${port}-feeds-rss.xml`]);
    const corpus = loadCorpusDir(h.feedsDir);
    expect(corpus.digests.map((d) => d.format)).toEqual(['feed', 'feed', 'feed']);
    expect(corpus.papers.map((p) => p.arxivId).sort()).toEqual(['2409.11074', '2409.11564', '2409.12001', '2409.12136', '2409.12191', '2409.12193']);
    clock.set('2024-09-19T13:00:00Z');
    const from = fake.log.length;
    await h.job.tick();
    expect(since(fake.log, from, /./).map((r) => r.status)).toEqual([304, 304, 304]);
  });
});

describe('bad answers: logged once per source with its name and reason, nothing lost, the others go on', () => {
  /** A source that has one good day on disk, then meets `fault` on the next run. */
  async function afterGoodDay(fault: Parameters<FakeSources['fault']>[1], http: Parameters<typeof sourcesJob>[1]['http'] = {}) {
    clock.set('2024-09-17T12:00:00Z');
    const h = sourcesJob(fake, { sources: 'hf-daily,hfday', now: '', clock, backfillDays: 1, http });
    await h.job.runOnce();
    expect(feedFiles(h.feedsDir)).toEqual(['2024-09-17-hf-daily.json', '2024-09-17-hfday.json']);
    clock.set('2024-09-18T12:00:00Z');
    fake.clearFaults();
    fake.fault(/^\/api\/daily_papers\?date=2024-09-18/, fault);
    const from = fake.log.length;
    const report = await h.job.tick();
    fake.clearFaults();
    const hf = report!.sources[0]!;
    // hfday is untouched by hf-daily's trouble.
    expect(report!.sources[1]).toMatchObject({ id: 'hfday', papers: 16 });
    expect(report!.sources[1]!.error).toBeUndefined();
    expect(existsSync(join(h.feedsDir, '2024-09-17-hf-daily.json'))).toBe(true);
    expect(existsSync(join(h.feedsDir, '2024-09-18-hf-daily.json'))).toBe(false);
    const warnings = h.logger.warnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.obj).toMatchObject({ source: 'hf-daily', reason: hf.error });
    expect(warnings[0]!.msg).toBe(`source hf-daily failed: ${hf.error}`);
    const state: SourceState = await readState(h.kv, 'hf-daily');
    expect(state.lastError?.reason).toBe(hf.error);
    return { h, hf, requests: since(fake.log, from, /^\/api\/daily_papers/), state };
  }

  it('GIVEN 503 on every attempt THEN 3 attempts, backoff 2 s then 4 s, "HTTP 503 after 3 attempts"', async () => {
    const sleepsBefore = clock.sleeps.length;
    const { hf, requests } = await afterGoodDay({ kind: 'status', status: 503 });
    expect(hf.error).toBe('2024-09-18: HTTP 503 after 3 attempts');
    expect(requests.map((r) => r.status)).toEqual([304, 503, 503, 503]);
    expect(clock.sleeps.slice(sleepsBefore)).toEqual(expect.arrayContaining([2_000, 4_000]));
  });

  it('GIVEN 429 with Retry-After: 3600 THEN no retry within the run, the source waits until then (skipped by a run before)', async () => {
    const { h, hf, requests, state } = await afterGoodDay({ kind: 'status', status: 429, retryAfter: '3600' });
    expect(hf.error).toBe('2024-09-18: HTTP 429: asked to retry after 3600 s');
    expect(requests.filter((r) => r.status === 429)).toHaveLength(1);
    // One hour after the 429 arrived (a second or two after noon, the pacing included).
    const wait = Date.parse(state.notBefore!) - Date.parse('2024-09-18T12:00:00Z');
    expect(wait).toBeGreaterThanOrEqual(3_600_000);
    expect(wait).toBeLessThan(3_610_000);
    clock.set('2024-09-18T12:30:00Z');
    const from = fake.log.length;
    const report = await h.job.runOnce();
    expect(report?.sources[0]?.skipped).toBe('retry-after');
    expect(since(fake.log, from, /^\/api\/daily_papers/)).toEqual([]);
  });

  it('GIVEN a slow body THEN the per-request timeout ends it', async () => {
    const { hf } = await afterGoodDay({ kind: 'slow', chunkDelayMs: 200 }, { timeoutMs: 300 });
    expect(hf.error).toBe('2024-09-18: no complete answer within 300 ms');
  });

  it('GIVEN a redirect loop THEN it stops after 5 redirects', async () => {
    const { hf, requests } = await afterGoodDay({ kind: 'redirect-loop' });
    expect(hf.error).toMatch(/^2024-09-18: more than 5 redirects \(last to http:\/\/127\.0\.0\.1:\d+\/api\/daily_papers\?date=2024-09-18&hop=6\)$/);
    expect(requests.filter((r) => r.status === 302)).toHaveLength(6);
  });

  it('GIVEN a 50 MB body (announced, then chunked) THEN refused at the 10 MB cap without reading it all', async () => {
    const announced = await afterGoodDay({ kind: 'huge', bytes: 50 * 1024 * 1024 });
    expect(announced.hf.error).toBe('2024-09-18: body of 50 MB announced, over the 10 MB cap');
    const chunked = await afterGoodDay({ kind: 'huge', bytes: 50 * 1024 * 1024, chunked: true });
    expect(chunked.hf.error).toBe('2024-09-18: body over the 10 MB cap');
  });

  it('GIVEN an HTML page instead of JSON THEN "expected JSON, got an HTML page (text/html)"', async () => {
    const { hf } = await afterGoodDay({ kind: 'html' });
    expect(hf.error).toBe('2024-09-18: expected JSON, got an HTML page (text/html)');
  });

  it('GIVEN an HFday file with no papers, or whose entries are all invalid THEN the first is an empty day, the second an error', async () => {
    clock.set('2024-09-30T12:00:00Z');
    const h = sourcesJob(fake, { sources: 'hfday', now: '', clock, backfillDays: 1 });
    fake.fault(/^\/d\/2024-09-30/, { kind: 'body', body: '{"papers": []}', contentType: 'application/json' }, 1);
    expect((await h.job.runOnce()).sources[0]).toMatchObject({ papers: 0, written: [] });
    expect((await readState(h.kv, 'hfday')).days?.['2024-09-30']?.status).toBe('empty');
    fake.fault(/^\/d\/2024-09-30/, { kind: 'body', body: '{"papers": [{"title": 5}]}', contentType: 'application/json' }, 1);
    clock.set('2024-09-30T13:00:00Z');
    expect((await h.job.tick())?.sources[0]?.error).toBe('2024-09-30: no papers found (hfday-json; papers[0] skipped: title: Invalid input: expected string, received number)');
    fake.clearFaults();
  });

  it('GIVEN JSON of the wrong shape THEN the parser’s reason', async () => {
    const { hf } = await afterGoodDay({ kind: 'body', body: '{"error":"Invalid date"}', contentType: 'application/json' });
    expect(hf.error).toBe('2024-09-18: not a Daily Papers response: expected a JSON array of items with a "paper" object');
  });

  it('GIVEN a body cut off mid-way every time THEN retried, then "body cut off"', async () => {
    const { hf, requests } = await afterGoodDay({ kind: 'truncate' });
    expect(hf.error).toMatch(/^2024-09-18: body cut off after [\d,]+ bytes/);
    expect(requests.filter((r) => r.query.date === '2024-09-18')).toHaveLength(3);
  });

  it('GIVEN a 429 with Retry-After: 2 once, and a cut-off body once THEN both recover within the run', async () => {
    clock.set('2024-09-20T12:00:00Z');
    const h = sourcesJob(fake, { sources: 'hf-daily,hfday', now: '', clock, backfillDays: 1 });
    fake.fault(/^\/api\/daily_papers/, { kind: 'status', status: 429, retryAfter: '2' }, 1);
    fake.fault(/^\/d\//, { kind: 'truncate' }, 1);
    const sleeps = clock.sleeps.length;
    const report = await h.job.runOnce();
    fake.clearFaults();
    expect(report.sources.map((s) => [s.papers, s.requests, s.error])).toEqual([[15, 2, undefined], [15, 2, undefined]]);
    expect(clock.sleeps.slice(sleeps)).toContain(2_000);
    expect(h.logger.warnings()).toEqual([]);
  });

  it('GIVEN no network (a closed port) on every run THEN one request, "cannot connect (ECONNREFUSED)", one warning over three runs, then "recovered"', async () => {
    clock.set('2024-09-20T12:00:00Z');
    const closed = await FakeSources.start();
    const dead = closed.baseUrl;
    await closed.close();
    const h = sourcesJob({ baseUrl: dead } as FakeSources, { sources: 'hfday', now: '', clock, backfillDays: 7 });
    for (let i = 0; i < 3; i++) {
      const report = await h.job.runOnce();
      expect(report.sources[0]).toMatchObject({ requests: 1, error: '2024-09-14: cannot connect (ECONNREFUSED)' });
      clock.time += 3_600_000;
    }
    expect(h.logger.warnings()).toHaveLength(1);
    expect(h.logger.lines.filter((l) => l.msg.includes('still failing'))).toHaveLength(2);
  });

  it('GIVEN another instance holding the lease THEN no request at all', async () => {
    const from = fake.log.length;
    const h = sourcesJob(fake, { sources: 'hf-daily,hfday', now: '', clock, isLeader: async () => false });
    const report = await h.job.runOnce();
    expect(report).toEqual({ sources: [], leader: false });
    expect(fake.log.length).toBe(from);
  });

  it('GIVEN stop() during a slow request THEN it returns promptly and records nothing as failed', async () => {
    clock.set('2024-09-19T12:00:00Z');
    const h = sourcesJob(fake, { sources: 'hfday', now: '', clock, backfillDays: 1 });
    fake.fault(/^\/d\//, { kind: 'slow', chunkDelayMs: 1_000 });
    const running = h.job.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await h.job.stop();
    fake.clearFaults();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await running).sources[0]?.error).toBe('stopped');
    expect((await readState(h.kv, 'hfday')).lastError).toBeUndefined();
  });

  it('GIVEN a feeds directory that cannot be written THEN the source fails with the reason, the job goes on', async () => {
    clock.set('2024-09-19T12:00:00Z');
    const h = sourcesJob(fake, { sources: 'hfday,hf-daily', now: '', clock, backfillDays: 1 });
    // A directory where the file should go: the rename into place fails.
    mkdirSync(join(h.feedsDir, '2024-09-19-hfday.json'));
    const report = await h.job.runOnce();
    expect(report.sources[0]?.error).toMatch(/EISDIR|ENOTEMPTY|EEXIST|EPERM/);
    expect(report.sources[1]).toMatchObject({ id: 'hf-daily', papers: 17 });
  });
});
