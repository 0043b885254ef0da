/**
 * `npm run bench:stores`: the scheduler's cost per tick on each store backend — one tick over 2,000
 * due subscriptions (the platform answers at once), then the idle tick (nothing due; median of 30)
 * — and, with `BENCH_TAKEOVER=1`, the time another instance needs to take over after the holder is
 * SIGKILLed, with the default lease (15 s).
 *
 * Backends: SQLite (a temp file) always; Redis and PostgreSQL when `TEST_REDIS_URL` /
 * `TEST_POSTGRES_URL` are set (each run in its own prefix/schema, dropped afterwards).
 * `BENCH_SUBS=N` changes the 2,000. Prints a table and one JSON line.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presentDigest } from '../src/bots/shared/present.ts';
import { createLease } from '../src/schedule/lease.ts';
import { createScheduler } from '../src/schedule/scheduler.ts';
import { openStore } from '../src/schedule/store/index.ts';
import type { DigestSender, Store } from '../src/schedule/types.ts';
import { seed, startInstance } from '../test/fixtures/schedule/fleet.ts';
import { starterIndex } from '../test/support/app.ts';
import { space } from '../test/support/backends.ts';

const subs = Number(process.env.BENCH_SUBS ?? 2_000);
const quiet = { info() {}, warn() {}, error() {}, debug() {} };
const sender: DigestSender = { platform: 'telegram', send: async () => ({ ok: true }) };

interface Row {
  backend: string;
  subs: number;
  fullTickMs: number;
  sent: number;
  idleTickMs: number;
  idleP90Ms: number;
}

async function measure(backend: string, store: Store, shared: boolean): Promise<Row> {
  await seed(store, subs);
  const index = starterIndex();
  const lease = shared ? createLease(store.leases, { owner: 'bench' }) : undefined;
  if (lease && !(await lease.acquire())) throw new Error('bench: lease not taken');
  const scheduler = createScheduler({ present: presentDigest, store, index: () => index, senders: [sender], clock: { now: () => Date.now() }, logger: quiet, ...(lease ? { lease } : {}) });
  const t0 = performance.now();
  const report = await scheduler.tick();
  const fullTickMs = performance.now() - t0;
  const idle: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const r = await scheduler.tick();
    idle.push(performance.now() - t);
    if (r.due || r.sent) throw new Error(`bench: the idle tick had work: ${JSON.stringify(r)} after ${JSON.stringify(report)}`);
  }
  idle.sort((a, b) => a - b);
  await lease?.release();
  return { backend, subs, fullTickMs: Math.round(fullTickMs), sent: report.sent, idleTickMs: +idle[15]!.toFixed(2), idleP90Ms: +idle[27]!.toFixed(2) };
}

const rows: Row[] = [];
const dir = mkdtempSync(join(tmpdir(), 'paperboy-bench-stores-'));
try {
  const sqlite = await openStore(`sqlite://${join(dir, 'bench.sqlite')}`);
  rows.push(await measure('sqlite', sqlite, false));
  await sqlite.close();
  for (const backend of ['redis', 'postgres'] as const) {
    const url = backend === 'redis' ? process.env.TEST_REDIS_URL : process.env.TEST_POSTGRES_URL;
    if (!url) {
      process.stderr.write(`bench:stores: ${backend} skipped (TEST_${backend.toUpperCase()}_URL unset)\n`);
      continue;
    }
    const sp = space(backend, url);
    const store = await sp.open();
    try {
      rows.push(await measure(backend, store, true));
    } finally {
      await store.close();
      await sp.drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

let takeover: { backend: string; ttlMs: number; ms: number }[] = [];
if (process.env.BENCH_TAKEOVER === '1') takeover = await measureTakeovers();

process.stdout.write(`subscriptions  backend   full tick (ms)  sent   idle tick median / p90 (ms)\n`);
for (const r of rows) process.stdout.write(`${String(r.subs).padEnd(15)}${r.backend.padEnd(10)}${String(r.fullTickMs).padEnd(16)}${String(r.sent).padEnd(7)}${r.idleTickMs} / ${r.idleP90Ms}\n`);
for (const t of takeover) process.stdout.write(`takeover after SIGKILL (${t.backend}, lease ttl ${t.ttlMs} ms): ${t.ms} ms\n`);
process.stdout.write(JSON.stringify({ rows, takeover }) + '\n');

/** Two instances with the default lease; the holder is SIGKILLed; how long until the other holds it. */
async function measureTakeovers() {
  const out: { backend: string; ttlMs: number; ms: number }[] = [];
  for (const backend of ['redis', 'postgres'] as const) {
    const url = backend === 'redis' ? process.env.TEST_REDIS_URL : process.env.TEST_POSTGRES_URL;
    if (!url) continue;
    const sp = space(backend, url);
    const log = join(tmpdir(), `paperboy-takeover-${process.pid}-${backend}`);
    const env = { STORE_URL: url, PREFIX: sp.prefix, SENT_LOG: log, LEASE_TTL_MS: '15000' };
    const instances = [startInstance('a', env), startInstance('b', env)];
    try {
      await Promise.all(instances.map((i) => i.ready));
      const end = Date.now() + 30_000;
      while (!instances.some((i) => i.leader()) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      const holder = instances.find((i) => i.leader())!;
      const other = instances.find((i) => i !== holder)!;
      await holder.kill();
      const t0 = Date.now();
      while (!other.leader() && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 20));
      out.push({ backend, ttlMs: 15_000, ms: Date.now() - t0 });
    } finally {
      await Promise.all(instances.map((i) => i.kill()));
      await sp.drop();
      rmSync(log, { force: true });
    }
  }
  return out;
}
