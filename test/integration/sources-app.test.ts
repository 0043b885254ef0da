/**
 * Live sources end to end through `npm start`'s wiring (SPEC section 9): `run()` in-process with the
 * console chat, the real store, corpus watcher, scheduler and fetch job, against the fake source
 * server; and `npm start` itself, offline, with the default sources unreachable.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { run, type App } from '../../src/main.ts';
import { FakeSources } from '../fakes/sources-server.ts';
import { starterDir } from '../support/app.ts';
import { SteppingClock } from '../support/sources.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'paperboy-sources-app-'));
let fake: FakeSources;
const clock = new SteppingClock('2024-09-19T10:00:00Z');
beforeAll(async () => {
  fake = await FakeSources.start({ now: () => clock.now() });
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The bot with the console chat: `say` sends a command and resolves with its reply. */
async function startBot(feedsDir: string, storeFile: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d: Buffer) => (printed += d.toString()));
  const logStream = new PassThrough();
  let logs = '';
  logStream.on('data', (d: Buffer) => (logs += d.toString()));
  const config = parseConfig({
    STORE_URL: `sqlite://${join(dir, storeFile)}`,
    DIGESTS_DIR: starterDir,
    FEEDS_DIR: feedsDir,
    HF_API_BASE: fake.baseUrl,
    HFDAY_BASE: fake.baseUrl,
    BACKFILL_DAYS: '2',
    LOG_LEVEL: 'debug',
  });
  expect(config.sources.specs.map((s) => s.id)).toEqual(['hf-daily', 'hfday']); // the default SOURCES
  const app: App = await run(config, { logger: createLogger({ level: 'debug', destination: logStream, pretty: false }), input, output, clock });
  cleanup.push(() => app.stop('test over'));
  const say = async (command: string) => {
    const from = printed.length;
    input.write(`${command}\n`);
    return waitFor(() => {
      const text = printed.slice(from);
      // A reply is complete when the next prompt-less block has started and stopped growing.
      return /^(==|!) /m.test(text) && text;
    }, `the reply to ${command}`).then(async (text) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return printed.slice(from) || text;
    });
  };
  return { app, say, logs: () => logs };
}

describe('live sources through run()', () => {
  it('GIVEN a first start THEN the backfill lands; WHEN the clock moves to the next day THEN its papers are fetched, searchable, one result with both languages, and in the next digest; a restart refetches nothing', async () => {
    const feedsDir = join(dir, 'feeds');
    clock.set('2024-09-19T10:00:00Z');
    const { app, say, logs } = await startBot(feedsDir, 'e2e.sqlite');
    const starter = 69;
    // The start-up run (begun by run() in the background): 2024-09-18 and -19 from both sources.
    const first = await app.sources!.runOnce();
    expect(first.sources.map((s) => [s.id, s.papers, s.error])).toEqual([['hf-daily', 33, undefined], ['hfday', 33, undefined]]);
    await waitFor(() => app.corpus.index().size === starter + 33, 'the backfill indexed');
    expect(await say('/paper levenberg')).toContain('No papers match "levenberg"'); // the word is only in 2024-09-20's papers

    // The next day: the interval tick fetches it, the watcher swaps the index in.
    clock.set('2024-09-20T10:00:00Z');
    const fetchedAt = Date.now();
    const next = await app.sources!.tick();
    expect(next?.sources.map((s) => [s.id, s.papers])).toEqual([['hf-daily', 15], ['hfday', 15]]);
    await waitFor(() => app.corpus.index().size === starter + 33 + 15, "2024-09-20's papers indexed");
    const searchableMs = Date.now() - fetchedAt;
    expect(searchableMs).toBeGreaterThan(0);

    const reply = await say('/paper levenberg');
    expect(reply).toContain('3DGS-LM: Faster Gaussian-Splatting Optimization with Levenberg-Marquardt');
    expect(reply.match(/3DGS-LM: Faster/g)).toHaveLength(1);
    expect(reply).toContain('2024-09-20-hf-daily.json · 2024-09-20 (+1 more digest)');
    // One paper, both sources, every language: found from Russian and Chinese words too.
    const [hit] = app.corpus.index().search('levenberg').hits;
    expect(hit?.paper.sources.map((s) => s.file)).toEqual(['2024-09-20-hf-daily.json', '2024-09-20-hfday.json']);
    expect(Object.keys(hit?.paper.texts ?? {})).toEqual(['en', 'ru', 'zh']);
    const ru = hit!.paper.texts!.ru!.title!;
    expect(app.corpus.index().search(ru).hits[0]?.paper.id).toBe('arxiv:2409.12892');

    // The next digest can pick them.
    await say('/subscribe levenberg');
    const digest = await say('/digest');
    expect(digest).toContain('3DGS-LM');

    expect(logs()).not.toMatch(/"level":(40|50)/); // no warning, no error
    await app.stop('restart');

    // === Restart: the same store and feeds directory; nothing on disk is asked again.
    const filesBefore = readdirSync(feedsDir).sort();
    const from = fake.log.length;
    clock.set('2024-09-20T11:00:00Z');
    const again = await startBot(feedsDir, 'e2e.sqlite');
    expect(again.app.corpus.index().size).toBe(starter + 33 + 15); // loaded from disk at start
    await again.app.sources!.runOnce();
    expect(fake.log.slice(from).map((r) => `${r.path}${r.query.date ? `?${r.query.date}` : ''} ${r.status}`)).toEqual([
      '/api/daily_papers?2024-09-19 304',
      '/api/daily_papers?2024-09-20 304',
      '/d/2024-09-19.json 304',
      '/d/2024-09-20.json 304',
    ]);
    expect(readdirSync(feedsDir).sort()).toEqual(filesBefore);
    console.log(`fetch to searchable (starter + ${33 + 15} fetched papers, in-process watcher): ${searchableMs} ms`);
  }, 60_000);
});

describe('npm start with the default sources and no network', () => {
  it('GIVEN the default SOURCES unreachable THEN the console answers at once, and each source is one warning line, no stack trace', async () => {
    const closed = await FakeSources.start();
    const dead = closed.baseUrl;
    await closed.close();
    const feedsDir = join(dir, 'offline-feeds');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        STORE_URL: `sqlite://${join(dir, 'offline.sqlite')}`,
        FEEDS_DIR: feedsDir,
        // SOURCES left at its default (hf-daily,hfday); their hosts are a closed local port here.
        HF_API_BASE: dead,
        HFDAY_BASE: dead,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const started = Date.now();
    child.stdin.write('/paper diffusion\n');
    await waitFor(() => stdout.includes('== '), 'the first answer', 25_000);
    const answeredMs = Date.now() - started;
    await waitFor(() => stderr.includes('source hf-daily failed') && stderr.includes('source hfday failed'), 'the two warnings', 25_000);
    child.stdin.end();
    const code = await exited;
    clearTimeout(killer);
    expect(code).toBe(0);
    expect(stdout).toMatch(/== Papers for "diffusion" ==\n[^\n]*\n1\. /);
    const warnings = stderr.split('\n').filter((l) => /"level":40/.test(l));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/"msg":"source hf-daily failed: 20\d\d-\d\d-\d\d: cannot connect \(ECONNREFUSED\)"/);
    expect(warnings[1]).toMatch(/"msg":"source hfday failed: 20\d\d-\d\d-\d\d: cannot connect \(ECONNREFUSED\)"/);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(feedsDir)).toEqual([]);
    console.log(`npm start offline: first answer after ${answeredMs} ms (includes tsx start-up)`);
  }, 40_000);
});
