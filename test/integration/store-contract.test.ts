/**
 * The store port's atomic and indexed operations, on every backend: memory, SQLite, and the real
 * Redis and PostgreSQL servers (TEST_REDIS_URL / TEST_POSTGRES_URL; skipped with one line without
 * them). Each networked test has its own key prefix / schema, removed afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newEntry } from '../../src/schedule/outbox.ts';
import { memoryStore, openStore } from '../../src/schedule/store/index.ts';
import type { ChatRef, OutboxEntry, Store } from '../../src/schedule/types.ts';
import { subscription } from '../fixtures/schedule/helpers.ts';
import { postgresUrl, redisUrl, space, describeWith, type Space } from '../support/backends.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-contract-'));
const spaces: Space[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await Promise.all(spaces.map((s) => s.drop()));
});

const now = Date.UTC(2026, 10, 23, 9);
let n = 0;

/** Two handles on one backend (two instances), or one store twice where the backend is one process's. */
type Make = () => Promise<{ a: Store; b: Store; again: () => Promise<Store> }>;
const makers: [string, Make][] = [
  ['memory', async () => {
    const a = memoryStore();
    return { a, b: a, again: async () => a };
  }],
  ['sqlite', async () => {
    const url = `sqlite://${join(dir, `s${++n}.sqlite`)}`;
    const a = await openStore(url);
    return { a, b: a, again: () => openStore(url) };
  }],
];
for (const [name, url] of [['redis', redisUrl], ['postgres', postgresUrl]] as const) {
  if (!url) continue;
  makers.push([name, async () => {
    const sp = space(name);
    spaces.push(sp);
    return { a: await sp.open(), b: await sp.open(), again: () => sp.open() };
  }]);
}
// One visible line per unset server.
describeWith('redis', 'store contract on Redis', () => it('runs in the table below', () => expect(redisUrl).toBeDefined()));
describeWith('postgres', 'store contract on PostgreSQL', () => it('runs in the table below', () => expect(postgresUrl).toBeDefined()));

const chat = (id: string, extra: Partial<ChatRef> = {}): ChatRef => ({ platform: 'telegram', chatId: id, ...extra });
const entry = (id: string): OutboxEntry => newEntry(chat(id), '2026-11-23', [{ id: 'p', why: [] }], 'schedule', now);

describe.each(makers)('%s store', (_name, make) => {
  it('GIVEN subscriptions THEN due(now) is the scheduled, unpaused ones due by now, earliest first, limited; re-putting or deleting updates it', async () => {
    const { a, b } = await make();
    await a.subscriptions.put(subscription('1', ['llm'], now, { nextRunAt: now - 5_000 }));
    await a.subscriptions.put(subscription('2', ['llm'], now, { nextRunAt: now - 9_000 }));
    await a.subscriptions.put(subscription('3', ['llm'], now, { nextRunAt: now + 60_000 }));
    await a.subscriptions.put(subscription('4', ['llm'], now, { nextRunAt: now - 1_000, paused: true }));
    await a.subscriptions.put(subscription('5', ['llm'], now, { nextRunAt: null }));
    expect((await b.subscriptions.due(now)).map((s) => s.chat.chatId)).toEqual(['2', '1']);
    expect((await b.subscriptions.due(now, 1)).map((s) => s.chat.chatId)).toEqual(['2']);
    await b.subscriptions.put(subscription('2', ['llm'], now, { nextRunAt: now + 86_400_000 })); // delivered: moved on
    await b.subscriptions.delete(chat('1'));
    expect(await a.subscriptions.due(now)).toEqual([]);
    expect((await a.subscriptions.due(now + 60_000)).map((s) => s.chat.chatId)).toEqual(['3']);
    await a.close();
    await b.close();
  });

  it('GIVEN chats of one Telegram group (forum topics) and of Discord servers THEN inGroup(chat) lists that group only, as written by any instance', async () => {
    const { a, b } = await make();
    await a.subscriptions.put({ ...subscription('x', ['llm'], now), chat: chat('-100') });
    await b.subscriptions.put({ ...subscription('x', ['video'], now), chat: chat('-100', { threadId: '7' }) });
    await a.subscriptions.put({ ...subscription('x', ['llm'], now), chat: chat('-200') });
    const d = (id: string, guildId: string): ChatRef => ({ platform: 'discord', chatId: id, guildId });
    await b.subscriptions.put({ ...subscription('x', ['llm'], now), chat: d('c1', 'g1') });
    await a.subscriptions.put({ ...subscription('x', ['llm'], now), chat: d('c2', 'g1') });
    await a.subscriptions.put({ ...subscription('x', ['llm'], now), chat: d('c3', 'g2') });
    const keys = async (c: ChatRef) => (await a.subscriptions.inGroup(c)).map((s) => s.chat.threadId ?? s.chat.chatId).sort();
    expect(await keys(chat('-100', { threadId: '9' }))).toEqual(['-100', '7']);
    expect(await keys(d('c9', 'g1'))).toEqual(['c1', 'c2']);
    expect(await a.subscriptions.inGroup({ platform: 'console', chatId: 'console' })).toEqual([]);
    await b.subscriptions.delete(d('c1', 'g1'));
    expect(await keys(d('c9', 'g1'))).toEqual(['c2']);
    await a.close();
    await b.close();
  });

  it('GIVEN conditional outbox writes THEN a new key is taken once, a revision is replaced once, and open() follows the state', async () => {
    const { a, b } = await make();
    const e = entry('1');
    expect(await a.outbox.swap(e, null)).toBe('ok');
    expect(await b.outbox.swap({ ...e, via: 'command' }, null)).toBe('conflict');
    expect((await b.outbox.get(e.key))).toMatchObject({ rev: 0, via: 'schedule' });
    expect(await a.outbox.swap({ ...e, state: 'sending' }, 0)).toBe('ok');
    expect(await b.outbox.swap({ ...e, state: 'sent', via: 'command' }, 0)).toBe('conflict'); // read before the claim
    expect(await b.outbox.get(e.key)).toMatchObject({ rev: 1, state: 'sending' });
    expect((await b.outbox.open()).map((x) => x.key)).toEqual([e.key]);
    expect(await a.outbox.swap({ ...e, state: 'sent', recorded: true }, 1)).toBe('ok');
    expect(await b.outbox.open()).toEqual([]);
    expect(await b.outbox.get(e.key)).toMatchObject({ rev: 2, state: 'sent', recorded: true });
    await a.close();
    await b.close();
  });

  it('GIVEN two instances adding to one chat\'s history at once THEN no id is lost and none repeats', async () => {
    const { a, b } = await make();
    const c = chat('h');
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).history.add(c, [`p${i}`, `p${(i + 1) % 20}`])));
    const got = await a.history.delivered(c);
    expect([...got].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `p${i}`).sort());
    await a.close();
    await b.close();
  });

  it('GIVEN 12 writers racing to create one key and then to claim it THEN exactly one wins each race', async () => {
    const { a, b } = await make();
    const e = entry('race');
    const created = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).outbox.swap({ ...e, lastError: `w${i}` }, null)));
    expect(created.filter((r) => r === 'ok')).toHaveLength(1);
    const claimed = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).outbox.swap({ ...e, state: 'sending', lastError: `c${i}` }, 0)));
    expect(claimed.filter((r) => r === 'ok')).toHaveLength(1);
    await a.close();
    await b.close();
  });

  it('GIVEN three instances racing for a lease THEN one token; it renews with the same token, the others are refused; after expiry another takes it with a larger token; a fenced claim with the old token is refused', async () => {
    const { a, b } = await make();
    const tokens = await Promise.all(['x', 'y', 'z'].map((owner, i) => (i % 2 ? a : b).leases.acquire('t', owner, 400)));
    expect(tokens.filter((t) => t !== null)).toHaveLength(1);
    const winner = ['x', 'y', 'z'][tokens.findIndex((t) => t !== null)]!;
    const token = tokens.find((t) => t !== null)!;
    expect(await a.leases.acquire('t', winner, 400, token)).toBe(token);
    expect(await b.leases.acquire('t', winner === 'x' ? 'y' : 'x', 400)).toBeNull();
    expect(await a.leases.holder('t')).toMatchObject({ owner: winner, token });
    const e = entry('fenced');
    expect(await a.outbox.swap(e, null, { lease: 't', token })).toBe('ok');
    await new Promise((r) => setTimeout(r, 600)); // the holder "crashed": the lease lapses on the backend
    expect(await a.leases.holder('t')).toBeUndefined();
    const next = await b.leases.acquire('t', 'other', 10_000);
    expect(next).toBeGreaterThan(token);
    expect(await a.outbox.swap({ ...e, state: 'sending' }, 0, { lease: 't', token })).toBe('fenced');
    expect(await a.outbox.swap({ ...e, state: 'sending' }, 0, { lease: 't', token: next! })).toBe('ok');
    await b.leases.release('t', winner, token); // not the holder any more: no effect
    expect((await a.leases.holder('t'))?.owner).toBe('other');
    await b.leases.release('t', 'other', next!);
    expect(await a.leases.holder('t')).toBeUndefined();
    expect(await a.leases.acquire('t', winner, 1_000)).toBeGreaterThan(next!);
    await a.close();
    await b.close();
  });

  it('GIVEN a store closed twice, and a second store on the same server closed first THEN no error, and the other keeps working', async () => {
    const { a, b, again } = await make();
    const c = await again();
    await a.subscriptions.put(subscription('1', ['llm'], now));
    if (c !== a) {
      await c.close();
      await c.close();
    }
    await a.ping();
    expect((await a.subscriptions.get(chat('1')))?.topics).toEqual(['llm']);
    await Promise.all([a.close(), a.close()]);
    await a.close();
    if (b !== a) await b.close();
  });
});
