/**
 * `/healthz`, `/readyz` and `/metrics` over HTTP, from the real `run()`: on `METRICS_PORT` (console
 * chat; a shared Redis store when TEST_REDIS_URL is set, so the lease state shows), next to the
 * Telegram webhook on `PORT`, and while the store is unreachable (through a proxy we cut): readiness
 * fails, liveness does not, and stopping still ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Bot } from 'grammy';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStore } from '../../src/app/doctor/store-check.ts';
import { healthRoutes, type Readiness } from '../../src/app/health.ts';
import { createMetrics } from '../../src/app/metrics.ts';
import { startWebhookServer } from '../../src/bots/telegram/webhook.ts';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { run } from '../../src/main.ts';
import { starterDir } from '../support/app.ts';
import { describeWith, postgresUrl, redisUrl, space, type Space } from '../support/backends.ts';
import { startProxy, viaProxy } from '../support/tcp-proxy.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-ops-'));
const spaces: Space[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await Promise.all(spaces.map((s) => s.drop()));
});
const silent = createLogger({ level: 'silent' });

async function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

/** One sample's value from the Prometheus text (labels as written, e.g. `{result="sent"}`). */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('health and metrics on METRICS_PORT (console chat, SQLite)', () => {
  it('GIVEN a running bot THEN /healthz is ok, /readyz reports the store, the index and "single", /metrics has every instrument, counting ticks and searches', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const app = await run(parseConfig({ STORE_URL: `sqlite://${join(dir, 'ops.sqlite')}`, DIGESTS_DIR: starterDir, SOURCES: 'none', METRICS_PORT: '0' }), { logger: silent, input, output });
    try {
      const port = app.httpAddress!().port;
      expect(await get(port, '/healthz')).toMatchObject({ status: 200, body: '{"status":"ok"}' });
      const ready = await get(port, '/readyz');
      expect(ready.status).toBe(200);
      const r = JSON.parse(ready.body) as Readiness;
      expect(r).toMatchObject({ ok: true, store: { ok: true, backend: 'sqlite' }, index: { loaded: true }, lease: { role: 'single' } });
      expect(r.index.papers).toBeGreaterThan(10);

      input.write('/paper diffusion\n/subscribe llm\n/digest\n');
      await expect.poll(async () => sample((await get(port, '/metrics')).body, 'paperboy_search_seconds_count'), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
      const metrics = await get(port, '/metrics');
      expect(metrics.type).toContain('text/plain');
      expect(sample(metrics.body, 'paperboy_lease_holder')).toBe(1);
      expect(sample(metrics.body, 'paperboy_tick_seconds_count')).toBeGreaterThanOrEqual(1); // the catch-up tick at start
      expect(metrics.body).toContain('# TYPE paperboy_digests_total counter');
      expect(metrics.body).toContain('# TYPE paperboy_source_fetches_total counter');
      expect(metrics.body).toContain('# TYPE paperboy_rate_limited_total counter');
      expect(metrics.body).toContain('paperboy_process_resident_memory_bytes');
      expect((await get(port, '/nothing')).status).toBe(404);
    } finally {
      input.end();
      await app.stop('test over');
    }
  });
});

describe('health routes next to the Telegram webhook (PORT)', () => {
  it('GIVEN webhook mode THEN GET /healthz, /readyz and /metrics are answered on the webhook port, and the webhook path still needs the secret', async () => {
    const metrics = createMetrics();
    const routes = healthRoutes({ registry: metrics.registry, ready: async () => ({ ok: false, store: { ok: false, backend: 'redis', error: 'down' }, index: { loaded: true, papers: 1 }, lease: { role: 'follower', holder: null } }) });
    const bot = new Bot('1:test-token-aaaaaaaaaaaaaaaaaaaa', { botInfo: { id: 1, is_bot: true, first_name: 'b', username: 'b_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as never });
    const server = await startWebhookServer(bot, { url: 'https://example.org/tg/hook', secret: 's3cret', port: 0, host: '127.0.0.1', routes }, { info() {}, warn() {}, error() {}, debug() {} });
    try {
      const port = server.address().port;
      expect((await get(port, '/healthz')).status).toBe(200);
      const ready = await get(port, '/readyz');
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toMatchObject({ ok: false, store: { ok: false }, lease: { role: 'follower' } });
      expect((await get(port, '/metrics')).body).toContain('paperboy_lease_holder');
      const hook = await fetch(`http://127.0.0.1:${port}/tg/hook`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      expect(hook.status).toBe(401);
    } finally {
      await server.close();
    }
  });
});

describeWith('redis', 'health and metrics with a shared Redis store', () => {
  it("GIVEN this machine's Redis (save \"\", appendonly no) THEN the store names the risk, start-up logs it loudly, and the doctor's store check warns", async () => {
    const sp = space('redis');
    spaces.push(sp);
    const store = await sp.open();
    try {
      const info = await store.info();
      expect(info).toMatchObject({ backend: 'redis', shared: true });
      expect(info.warnings.join('\n')).toContain('keeps nothing on disk (save "" and appendonly no): a Redis restart loses every subscription');
      const { checks } = await checkStore({ label: 'redis://127.0.0.1:6379', store });
      expect(checks.map((c) => [c.id, c.status])).toEqual([['store', 'ok'], ['store.risk', 'warning']]);
      expect(checks[1]!.fix).toContain('appendonly yes');
    } finally {
      await store.close();
    }
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter(Boolean)));
    const app = await run(parseConfig({ STORE_URL: sp.url, STORE_PREFIX: sp.prefix, DIGESTS_DIR: starterDir, SOURCES: 'none' }), { logger: createLogger({ level: 'warn', destination: stream, pretty: false }), input: new PassThrough(), output: new PassThrough() });
    await app.stop('test over');
    const warned = lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.msg.startsWith('STORE WARNING: Redis at'));
    expect(warned).toHaveLength(1);
    expect(warned[0]!.level).toBe(40);
  });

  outageTest('redis', 'cut');
  outageTest('redis', 'pause');
});

describeWith('postgres', 'health and metrics with a shared PostgreSQL store', () => {
  outageTest('postgres', 'cut');
  outageTest('postgres', 'pause');
});

/** The store unreachable through a proxy: readiness fails, liveness does not, stop() ends (measured). */
function outageTest(backend: 'redis' | 'postgres', how: 'cut' | 'pause'): void {
  it(`GIVEN the store ${how === 'cut' ? 'unreachable (connections dropped)' : 'hanging (nothing answers)'} THEN /readyz is 503 naming the store, /healthz stays 200, and stop() still ends; before, the lease holder is reported`, async () => {
    const direct = backend === 'redis' ? redisUrl! : postgresUrl!;
    const target = new URL(direct);
    const proxy = await startProxy(Number(target.port || (backend === 'redis' ? 6379 : 5432)), target.hostname);
    const sp = space(backend, viaProxy(direct, proxy));
    spaces.push(sp);
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const app = await run(parseConfig({ STORE_URL: sp.url, STORE_PREFIX: sp.prefix, DIGESTS_DIR: starterDir, SOURCES: 'none', METRICS_PORT: '0', LEASE_TTL_SECONDS: '3' }), { logger: silent, input, output });
    let stopped = false;
    try {
      const port = app.httpAddress!().port;
      await expect.poll(async () => (JSON.parse((await get(port, '/readyz')).body) as Readiness).lease.role, { timeout: 10_000 }).toBe('leader');
      const before = JSON.parse((await get(port, '/readyz')).body) as Readiness;
      expect(before).toMatchObject({ ok: true, store: { backend }, lease: { role: 'leader' } });
      expect(before.lease.holder).toMatch(/:/);
      expect(sample((await get(port, '/metrics')).body, 'paperboy_lease_holder')).toBe(1);

      if (how === 'cut') proxy.cut();
      else proxy.pause();
      const down = await get(port, '/readyz');
      expect(down.status).toBe(503);
      expect(JSON.parse(down.body)).toMatchObject({ ok: false, store: { ok: false } });
      expect((await get(port, '/healthz')).status).toBe(200);
      const t0 = Date.now();
      input.end();
      await app.stop('test over');
      stopped = true;
      console.log(`[ops] ${backend} (${how}): stop() during a store outage took ${Date.now() - t0} ms`);
    } finally {
      if (!stopped) await app.stop('test over');
      proxy.restore();
      await proxy.close();
    }
  }, 30_000);
}
