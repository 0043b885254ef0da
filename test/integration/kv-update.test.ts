/**
 * `KeyValueStore.update` (the compare-and-swap the votes rely on) on every backend: memory, SQLite,
 * and the real Redis and PostgreSQL servers (TEST_REDIS_URL / TEST_POSTGRES_URL; skipped with one
 * line without them). Two handles on one server model two instances.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { feedbackRepo } from '../../src/schedule/feedback.ts';
import { memoryStore, openStore } from '../../src/schedule/store/index.ts';
import type { Store } from '../../src/schedule/types.ts';
import { postgresUrl, redisUrl, space, describeWith, type Space } from '../support/backends.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-kv-update-'));
const spaces: Space[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await Promise.all(spaces.map((s) => s.drop()));
});

let n = 0;
type Make = () => Promise<{ a: Store; b: Store }>;
const makers: [string, Make][] = [
  ['memory', async () => {
    const a = memoryStore();
    return { a, b: a };
  }],
  ['sqlite', async () => {
    const a = await openStore(`sqlite://${join(dir, `s${++n}.sqlite`)}`);
    return { a, b: a };
  }],
];
for (const [name, url] of [['redis', redisUrl], ['postgres', postgresUrl]] as const) {
  if (!url) continue;
  makers.push([name, async () => {
    const sp = space(name);
    spaces.push(sp);
    return { a: await sp.open(), b: await sp.open() };
  }]);
}
describeWith('redis', 'kv update on Redis', () => it('runs in the table below', () => expect(redisUrl).toBeDefined()));
describeWith('postgres', 'kv update on PostgreSQL', () => it('runs in the table below', () => expect(postgresUrl).toBeDefined()));

describe.each(makers)('%s store: kv.update', (_name, make) => {
  it('GIVEN 24 increments racing from two instances THEN every one lands', async () => {
    const { a, b } = await make();
    await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 ? a : b).kv.update!('counter', (cur) => ({ set: { n: ((cur as { n?: number } | undefined)?.n ?? 0) + 1 } }))));
    expect(await a.kv.get('counter')).toEqual({ n: 24 });
    await a.close();
    if (b !== a) await b.close();
  });

  it('GIVEN values written by set THEN update sees them; GIVEN update THEN get reads its value; a TTL expires; delete and no-change work', async () => {
    const { a, b } = await make();
    await a.kv.set('k', { x: 1 });
    let seen: unknown;
    await b.kv.update!('k', (cur) => {
      seen = cur;
      return { set: { x: 2 } };
    });
    expect(seen).toEqual({ x: 1 });
    expect(await a.kv.get('k')).toEqual({ x: 2 });
    await a.kv.update!('k', () => undefined);
    expect(await b.kv.get('k')).toEqual({ x: 2 });
    await a.kv.update!('k', () => ({ delete: true }));
    expect(await b.kv.get('k')).toBeUndefined();
    await a.kv.update!('gone', () => ({ delete: true })); // deleting an absent key is fine
    await a.kv.update!('short', () => ({ set: 'v', ttlMs: 150 }));
    expect(await b.kv.get('short')).toBe('v');
    await new Promise((r) => setTimeout(r, 400));
    expect(await b.kv.get('short')).toBeUndefined();
    await a.close();
    if (b !== a) await b.close();
  });

  it('GIVEN 16 members of one chat voting at once through two instances THEN no vote is lost', async () => {
    const { a, b } = await make();
    const chat = { platform: 'telegram' as const, chatId: '-100' };
    const fa = feedbackRepo(a.kv);
    const fb = feedbackRepo(b.kv);
    await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? fa : fb).vote(chat, `m${i}`, `p${i % 4}`, i % 3 ? 1 : -1, 1_000 + i)));
    const summary = await fa.summary(chat);
    expect(summary.votes).toBe(16);
    // p0: m0 -1, m4 +1, m8 +1, m12 -1 = 0; p1: m1 +1, m5 +1, m9 -1, m13 +1 = 2; p2: m2 +1, m6 -1, m10 +1, m14 +1 = 2; p3: m3 -1, m7 +1, m11 +1, m15 -1 = 0
    expect(Object.fromEntries(await fb.votes(chat))).toEqual({ p1: 2, p2: 2 });
    await a.close();
    if (b !== a) await b.close();
  });
});
