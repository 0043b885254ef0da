/**
 * Live-sources figures (issue 9), against the fake source server on 127.0.0.1:
 *
 * - papers per source per day on the fake (the recorded-shape fixtures);
 * - requests a week's backfill makes (hf-daily, hfday, arXiv), and the pacing the request log shows
 *   (a stepping clock: the sleeps are counted, not waited);
 * - time from fetch to searchable with a generated corpus of 10,000 and 100,000 papers on disk:
 *   `run()` (npm start's wiring) on that corpus, the next day's documents fetched by the job, until
 *   the index holds them. What is measured is whatever the corpus loader on this branch does (a full
 *   rebuild on each change, or an incremental add once that lands).
 *
 *   npx tsx bench/sources.ts                      # all figures, 10k and 100k
 *   npx tsx bench/sources.ts --sizes 10000
 *
 * Corpora are generated once into `--work` (default `$TMPDIR/paperboy-bench`, shared with
 * bench/process.ts). Timing figures depend on what else the machine does.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseArgs } from 'node:util';
import { parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/logger.ts';
import { run } from '../src/main.ts';
import { FakeSources } from '../test/fakes/sources-server.ts';
import { sourcesJob, SteppingClock } from '../test/support/sources.ts';
import { ensureCorpusDir } from './gen/corpus-files.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' }, work: { type: 'string', default: join(tmpdir(), 'paperboy-bench') } } });
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);

const clock = new SteppingClock('2024-09-23T12:00:00Z');
const fake = await FakeSources.start({ now: () => clock.now() });
const arxivFake = await FakeSources.start({ now: () => clock.now() });
const results: Record<string, unknown> = { machine: { loadavg: loadavg().map((l) => Math.round(l * 100) / 100) } };

try {
  // === Papers per source per day
  const perDay = fake.days.map((day) => ({ day, ...fake.papersOn(day) }));
  results.papersPerDay = perDay;
  console.log('papers per source per day on the fake (recorded-shape fixtures):');
  for (const d of perDay) console.log(`  ${d.day}  hf-daily ${String(d.hfDaily).padStart(3)}  hfday ${String(d.hfday).padStart(3)}`);

  // === A week's backfill
  const from = fake.log.length;
  const arxivFrom = arxivFake.log.length;
  const sleepsFrom = clock.sleeps.length;
  const start = clock.now();
  const week = sourcesJob(fake, { sources: 'hf-daily,hfday,arxiv:cs.CL+cs.LG+cs.CV', now: '', clock, arxivFake, backfillDays: 7 });
  const report = await week.job.runOnce();
  const requests = [...fake.log.slice(from), ...arxivFake.log.slice(arxivFrom)];
  const gaps = (log: typeof requests) => log.slice(1).map((r, i) => r.at - log[i]!.at);
  const backfill = {
    sources: report.sources.map((s) => ({ id: s.id, requests: s.requests, papers: s.papers, files: s.written.length, error: s.error ?? null })),
    requests: requests.length,
    minGapMs: { 'hf-daily+hfday': Math.min(...gaps(fake.log.slice(from))), arxiv: arxivFake.log.length - arxivFrom > 1 ? Math.min(...gaps(arxivFake.log.slice(arxivFrom))) : null },
    pacedSeconds: (clock.now() - start) / 1000,
    sleeps: clock.sleeps.length - sleepsFrom,
  };
  results.weekBackfill = backfill;
  console.log(`\na week's backfill (2024-09-17..23, BACKFILL_DAYS=7): ${backfill.requests} requests`);
  for (const s of backfill.sources) console.log(`  ${s.id.padEnd(26)} ${s.requests} requests, ${s.papers} papers, ${s.files} files${s.error ? `, error: ${s.error}` : ''}`);
  console.log(`  smallest gap between requests: ${backfill.minGapMs['hf-daily+hfday']} ms to the HF/HFday host, ${backfill.minGapMs.arxiv ?? '-'} ms to the arXiv host; ${backfill.pacedSeconds} s of pacing in all`);
  rmSync(week.feedsDir, { recursive: true, force: true });

  // === arXiv at a realistic volume: an assumed 400 new submissions a day in cs.CL+cs.LG+cs.CV
  // (synthetic entries; the fixture catalog holds only the HF papers). A week is 2,800: the run
  // pages until its 20-page cap (2,000), 3 s apart.
  const perDayArxiv = 400;
  arxivFake.addArxiv(
    Array.from({ length: perDayArxiv * 7 }, (_, i) => ({
      id: `2409.${String(40000 + i)}`,
      title: `Synthetic Submission ${i}`,
      summary: 'A synthetic abstract.',
      authors: ['S. Author'],
      published: new Date(Date.parse('2024-09-23T11:59:00Z') - Math.floor((i * 86_400_000) / perDayArxiv)).toISOString().replace('.000', ''),
      categories: [['cs.CL', 'cs.LG', 'cs.CV'][i % 3]!],
    })),
  );
  clock.set('2024-09-23T12:00:00Z');
  const arxivStart = arxivFake.log.length;
  const t = clock.now();
  const heavy = sourcesJob(fake, { sources: 'arxiv:cs.CL+cs.LG+cs.CV', now: '', clock, arxivFake, backfillDays: 7 });
  const heavyReport = await heavy.job.runOnce();
  const heavyLog = arxivFake.log.slice(arxivStart);
  const arxivWeek = {
    assumedPerDay: perDayArxiv,
    requests: heavyLog.length,
    papers: heavyReport.sources[0]?.papers,
    minGapMs: Math.min(...gaps(heavyLog)),
    pacedSeconds: (clock.now() - t) / 1000,
    warning: heavy.logger.warnings().map((w) => w.msg)[0] ?? null,
  };
  results.arxivWeekAtVolume = arxivWeek;
  console.log(`  arXiv at an assumed ${perDayArxiv}/day (synthetic): ${arxivWeek.requests} requests, ${arxivWeek.papers} papers, ${arxivWeek.minGapMs} ms apart at least, ${arxivWeek.pacedSeconds} s of pacing; ${arxivWeek.warning ?? 'no warning'}`);
  rmSync(heavy.feedsDir, { recursive: true, force: true });

  // === Fetch to searchable
  const searchable: unknown[] = [];
  for (const n of sizes) {
    const corpus = ensureCorpusDir(join(values.work, `corpus-${n}`), n);
    const feedsDir = mkdtempSync(join(tmpdir(), 'paperboy-bench-feeds-'));
    const storeDir = mkdtempSync(join(tmpdir(), 'paperboy-bench-store-'));
    // Start on a Saturday: the start-up run finds nothing (hfday 404, HF `[]`), so nothing reloads before we measure.
    clock.set('2024-09-21T12:00:00Z');
    const config = parseConfig({
      STORE_URL: `sqlite://${join(storeDir, 'store.sqlite')}`,
      DIGESTS_DIR: corpus.dir,
      FEEDS_DIR: feedsDir,
      SOURCES: 'hf-daily,hfday',
      HF_API_BASE: fake.baseUrl,
      HFDAY_BASE: fake.baseUrl,
      BACKFILL_DAYS: '1',
    });
    const t0 = performance.now();
    const app = await run(config, { logger: silentLogger(), input: new PassThrough(), output: new PassThrough(), clock });
    const startMs = performance.now() - t0;
    await app.sources!.runOnce();
    const before = app.corpus.index().size;
    clock.set('2024-09-23T12:00:00Z');
    const fetchStart = performance.now();
    const tick = await app.sources!.tick();
    const writtenMs = performance.now() - fetchStart;
    const target = 'arxiv:2409.13346'; // a 2024-09-23 paper ("Imagine yourself")
    while (!app.corpus.index().get(target)) await new Promise((resolve) => setTimeout(resolve, 5));
    const searchableMs = performance.now() - fetchStart;
    const hits = app.corpus.index().search('Imagine yourself tuning-free personalized', { limit: 3 }).hits.map((h) => h.paper.id);
    const row = {
      papers: n,
      files: corpus.files,
      startupMs: Math.round(startMs),
      fetched: tick?.sources.map((s) => ({ id: s.id, papers: s.papers, files: s.written.length })),
      indexBefore: before,
      indexAfter: app.corpus.index().size,
      fetchAndWriteMs: Math.round(writtenMs),
      fetchToSearchableMs: Math.round(searchableMs),
      foundBySearch: hits.includes(target),
    };
    searchable.push(row);
    console.log(`\n${n.toLocaleString('en-US')} papers on disk (${corpus.files} files): start-up ${row.startupMs} ms; next day's ${row.fetched?.map((f) => `${f.id} ${f.papers}`).join(', ')} papers fetched and written in ${row.fetchAndWriteMs} ms, searchable ${row.fetchToSearchableMs} ms after the fetch began (index ${before} -> ${row.indexAfter}; /paper finds it: ${row.foundBySearch})`);
    await app.stop('bench');
    rmSync(feedsDir, { recursive: true, force: true });
    rmSync(storeDir, { recursive: true, force: true });
  }
  results.fetchToSearchable = searchable;
  console.log(`\n${JSON.stringify(results)}`);
} finally {
  await fake.close();
  await arxivFake.close();
}
