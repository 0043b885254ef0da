/**
 * `paperboy doctor` on what lives on this machine and its network: the store, the corpus
 * directories and the live sources (against the fake source server on 127.0.0.1). A source is
 * probed with one request, conditional when its newest document is on disk: after a fetch, the
 * doctor downloads no body the bot already has.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeOf, runDoctor, type Check } from '../../src/app/doctor/index.ts';
import { checkStore } from '../../src/app/doctor/store-check.ts';
import { openStore } from '../../src/schedule/index.ts';
import { FakeSources } from '../fakes/sources-server.ts';
import { starterDir } from '../support/app.ts';
import { sourcesJob } from '../support/sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-doctor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byId = (checks: Check[], id: string) => checks.find((c) => c.id === id);
const statuses = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

/** A port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('doctor: store, corpus and live sources', () => {
  it('GIVEN sources fetched before THEN each is probed once, conditionally (304, no body again), and nothing is an error', async () => {
    const fake = await FakeSources.start();
    // Another port is another host: arXiv's 3 s pacing does not apply to the HF requests.
    const arxiv = await FakeSources.start();
    try {
      const storeUrl = `sqlite://${join(dir, 'fetched.sqlite')}`;
      const feedsDir = join(dir, 'feeds-fetched');
      const store = await openStore(storeUrl);
      const sources = `hf-daily,hfday,arxiv:cs.CL,${fake.baseUrl}/feeds/rss.xml`;
      const { job } = sourcesJob(fake, { sources, now: '2024-09-18T12:00:00Z', backfillDays: 3, feedsDir, kv: store.kv, arxivFake: arxiv });
      await job.runOnce();
      await store.close();
      const before = fake.log.length;
      const arxivBefore = arxiv.log.length;

      const report = await runDoctor({
        STORE_URL: storeUrl, DIGESTS_DIR: starterDir, FEEDS_DIR: feedsDir,
        SOURCES: sources, HF_API_BASE: fake.baseUrl, HFDAY_BASE: fake.baseUrl, ARXIV_API_BASE: arxiv.baseUrl,
      });

      expect(statuses(report.checks)).toEqual({
        config: 'ok', 'config.platforms': 'warning', store: 'ok',
        'corpus.digests-dir': 'ok', 'corpus.feeds-dir': 'ok', 'corpus.papers': 'ok',
        'source:hf-daily': 'ok', 'source:hfday': 'ok', 'source:arxiv:cs.CL': 'ok', [`source:${fake.baseUrl}/feeds/rss.xml`]: 'ok',
      });
      expect(exitCodeOf(report.checks)).toBe(0);
      const probes = [...fake.log.slice(before), ...arxiv.log.slice(arxivBefore)];
      expect(probes.map((r) => [r.path, r.status])).toEqual([['/api/daily_papers', 304], ['/d/2024-09-18.json', 304], ['/feeds/rss.xml', 304], ['/api/query', 200]]);
      expect(probes[0]!.headers['if-none-match']).toBeTruthy();
      expect(probes[3]!.query.max_results).toBe('1');
      expect(byId(report.checks, 'source:hf-daily')!.message).toMatch(/^unchanged since the last fetch \(304, nothing downloaded\); last fetch 2024-09-18 12:00 UTC, \d+ papers so far$/);
      expect(byId(report.checks, 'corpus.papers')!.message).toMatch(/^\d+ papers from \d+ files$/);
    } finally {
      await fake.close();
      await arxiv.close();
    }
  });

  it('GIVEN a source whose host does not answer THEN an error naming the host and the variable to check; the other sources still answer', async () => {
    const fake = await FakeSources.start();
    try {
      const port = await closedPort();
      const report = await runDoctor({
        STORE_URL: `sqlite://${join(dir, 'unreachable-source.sqlite')}`, DIGESTS_DIR: starterDir, FEEDS_DIR: join(dir, 'feeds-none'),
        SOURCES: 'hf-daily,hfday', HF_API_BASE: `http://127.0.0.1:${port}`, HFDAY_BASE: fake.baseUrl,
      });
      const hf = byId(report.checks, 'source:hf-daily')!;
      expect(hf.status).toBe('error');
      expect(hf.message).toMatch(new RegExp(`^127\\.0\\.0\\.1:${port}: \\d{4}-\\d{2}-\\d{2}: cannot connect \\(ECONNREFUSED\\); never fetched yet$`));
      expect(hf.fix).toContain('HF_API_BASE');
      // Nothing on disk yet: today's HFday file is asked for (the fake has none: 404 is an answer).
      expect(byId(report.checks, 'source:hfday')).toMatchObject({ status: 'ok', message: 'answers; no document for today yet (404); never fetched yet' });
      expect(exitCodeOf(report.checks)).toBe(1);
    } finally {
      await fake.close();
    }
  });

  it('GIVEN a store that never answers THEN an error within the bound, saying to start the server or fix the URL', async () => {
    const { checks, store } = await checkStore({ label: 'redis://cache.internal:6379', open: () => new Promise(() => {}), timeoutMs: 100 });
    expect(store).toBeUndefined();
    expect(checks).toEqual([
      {
        id: 'store', group: 'store', title: 'Store', status: 'error',
        message: 'cannot open redis://cache.internal:6379: no answer within 100 ms',
        fix: 'start the server STORE_URL names, or fix its host and port (redis://cache.internal:6379)',
      },
    ]);
  });

  it('GIVEN a SQLite store under a file THEN an error: it cannot be created; nothing is created', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const report = await runDoctor({ STORE_URL: `sqlite://${join(file, 'store.sqlite')}`, DIGESTS_DIR: starterDir, SOURCES: 'none' });
    expect(byId(report.checks, 'store')).toMatchObject({ status: 'error', message: expect.stringContaining('the file does not exist and cannot be created') });
  });

  it('GIVEN a missing DIGESTS_DIR and an unwritable FEEDS_DIR place THEN errors for both, and the papers are not loaded', async () => {
    const file = join(dir, 'feeds-parent-file');
    writeFileSync(file, 'x');
    const report = await runDoctor({ STORE_URL: `sqlite://${join(dir, 'dirs.sqlite')}`, DIGESTS_DIR: join(dir, 'no-such-dir'), FEEDS_DIR: join(file, 'feeds'), SOURCES: 'hf-daily', HF_API_BASE: `http://127.0.0.1:${await closedPort()}` });
    expect(byId(report.checks, 'corpus.digests-dir')).toMatchObject({ status: 'error', message: expect.stringContaining('does not exist; npm start stops without it') });
    expect(byId(report.checks, 'corpus.feeds-dir')).toMatchObject({ status: 'error', message: expect.stringContaining('cannot be created') });
    expect(byId(report.checks, 'corpus.papers')?.status).toBe('skipped');
  });

  it('GIVEN an empty digests directory and sources off THEN a warning: no papers', async () => {
    const empty = join(dir, 'empty-digests');
    mkdirSync(empty);
    const report = await runDoctor({ STORE_URL: `sqlite://${join(dir, 'empty.sqlite')}`, DIGESTS_DIR: empty, SOURCES: 'none' });
    expect(byId(report.checks, 'corpus.papers')).toMatchObject({ status: 'warning', message: 'no papers loaded (0 digest files)' });
    expect(byId(report.checks, 'sources')).toMatchObject({ status: 'skipped' });
  });
});

describe('npm run -s paperboy -- doctor', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const cli = (args: string[], env: Record<string, string>) => {
    const clean = { ...process.env };
    for (const k of Object.keys(clean)) if (/^(TELEGRAM|DISCORD|STORE|DIGESTS|FEEDS|SOURCES|HF|ARXIV)_?/.test(k)) delete clean[k];
    return spawnSync(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, join(root, 'src/cli.ts'), 'doctor', ...args], { cwd: dir, env: { ...clean, ...env }, encoding: 'utf8', timeout: 30_000 });
  };

  it('GIVEN --json THEN one JSON document on stdout with ok, exitCode, summary, checks and links, and the exit code it names', () => {
    const run = cli(['--json'], { STORE_URL: `sqlite://${join(dir, 'cli.sqlite')}`, DIGESTS_DIR: join(dir, 'missing'), SOURCES: 'none' });
    expect(run.status, run.stderr).toBe(1);
    const json = JSON.parse(run.stdout) as { ok: boolean; exitCode: number; summary: Record<string, number>; checks: Check[]; links: object };
    expect(Object.keys(json)).toEqual(['ok', 'exitCode', 'summary', 'checks', 'links']);
    expect(json).toMatchObject({ ok: false, exitCode: 1, summary: { ok: 2, warning: 1, error: 1, skipped: 3 }, links: {} });
    for (const c of json.checks) {
      expect(Object.keys(c).slice(0, 5)).toEqual(['id', 'group', 'title', 'status', 'message']);
      if (c.status === 'warning' || c.status === 'error') expect(c.fix).toBeTruthy();
    }
  }, 40_000);

  it('GIVEN nothing wrong but warnings THEN exit 0 and the text report ends with the summary', () => {
    const run = cli([], { STORE_URL: `sqlite://${join(dir, 'cli-ok.sqlite')}`, DIGESTS_DIR: starterDir, SOURCES: 'none' });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Configuration');
    expect(lines.at(-1)).toBe('1 warning (4 ok, 2 skipped)');
  }, 40_000);
});
