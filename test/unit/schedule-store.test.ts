import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newEntry } from '../../src/schedule/outbox.ts';
import { memoryStore, openStore, StoreError } from '../../src/schedule/store/index.ts';
import type { ChatRef, Store } from '../../src/schedule/types.ts';
import { subscription } from '../fixtures/schedule/helpers.ts';
import { postgresUrl, redisUrl, space, type Space } from '../support/backends.ts';

const dir = mkdtempSync(join(tmpdir(), 'paperboy-store-'));
const spaces: Space[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await Promise.all(spaces.map((s) => s.drop()));
});

const now = Date.UTC(2026, 10, 23, 9);
const a: ChatRef = { platform: 'telegram', chatId: '-1' };
const b: ChatRef = { platform: 'telegram', chatId: '-1001' };
const forum: ChatRef = { platform: 'telegram', chatId: '-1001', threadId: '42' };

let n = 0;
const backends: [string, () => Promise<{ store: Store; reopen: () => Promise<Store> }>][] = [
  ['memory', async () => {
    const store = memoryStore();
    return { store, reopen: async () => store };
  }],
  ['sqlite', async () => {
    const url = `sqlite://${join(dir, `s${++n}`, 'store.sqlite')}`;
    return { store: await openStore(url), reopen: () => openStore(url) };
  }],
];
// The real servers (TEST_REDIS_URL / TEST_POSTGRES_URL; store-contract.test.ts says when they are skipped).
for (const [name, url] of [['redis', redisUrl], ['postgres', postgresUrl]] as const) {
  if (!url) continue;
  backends.push([name, async () => {
    const sp = space(name);
    spaces.push(sp);
    return { store: await sp.open(), reopen: () => sp.open() };
  }]);
}

describe.each(backends)('%s store', (_name, make) => {
  it('GIVEN subscriptions THEN get/list/delete by chat (forum threads are separate chats), copies not aliases', async () => {
    const { store } = await make();
    const sub = subscription('-1', ['llm'], now);
    await store.subscriptions.put({ ...sub, chat: a });
    await store.subscriptions.put({ ...subscription('x', ['video'], now), chat: forum });
    expect((await store.subscriptions.get(a))?.topics).toEqual(['llm']);
    expect((await store.subscriptions.get(forum))?.topics).toEqual(['video']);
    expect(await store.subscriptions.get(b)).toBeUndefined();
    const got = (await store.subscriptions.get(a))!;
    got.topics.push('mutated');
    expect((await store.subscriptions.get(a))?.topics).toEqual(['llm']);
    expect((await store.subscriptions.list()).length).toBe(2);
    await store.subscriptions.delete(forum);
    expect((await store.subscriptions.list()).map((s) => s.chat)).toEqual([a]);
    await store.close();
  });

  it('GIVEN history adds (repeated, concurrent) THEN the union, each id once, in first-delivered order', async () => {
    const { store } = await make();
    await Promise.all([store.history.add(a, ['p1', 'p2']), store.history.add(a, ['p2', 'p3']), store.history.add(a, ['p4'])]);
    await store.history.add(a, ['p1']);
    expect([...(await store.history.delivered(a))].sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(await store.history.delivered(b)).toEqual(new Set());
    await store.close();
  });

  it('GIVEN move (twice, as adapter and scheduler both do) THEN subscription and history at the new chat, none at the old', async () => {
    const { store } = await make();
    await store.subscriptions.put({ ...subscription('-1', ['llm'], now), chat: a });
    await store.history.add(a, ['p1']);
    await store.history.add(b, ['p0']);
    await store.subscriptions.move(a, b);
    await store.subscriptions.move(a, b);
    expect(await store.subscriptions.get(a)).toBeUndefined();
    expect((await store.subscriptions.get(b))).toMatchObject({ chat: b, topics: ['llm'] });
    expect([...(await store.history.delivered(b))].sort()).toEqual(['p0', 'p1']);
    expect(await store.history.delivered(a)).toEqual(new Set());
    await store.close();
  });

  it('GIVEN outbox entries THEN open() lists pending, sending and sent-unrecorded ones only', async () => {
    const { store } = await make();
    const e = (id: string) => newEntry({ platform: 'telegram', chatId: id }, '2026-11-23', [{ id: 'p', why: [] }], 'schedule', now);
    await store.outbox.put(e('1'));
    await store.outbox.put({ ...e('2'), state: 'sending' });
    await store.outbox.put({ ...e('3'), state: 'sent' });
    await store.outbox.put({ ...e('4'), state: 'sent', recorded: true });
    await store.outbox.put({ ...e('5'), state: 'failed' });
    expect((await store.outbox.open()).map((x) => x.chat.chatId).sort()).toEqual(['1', '2', '3']);
    expect((await store.outbox.get('telegram:4:2026-11-23'))?.state).toBe('sent');
    await store.outbox.delete('telegram:1:2026-11-23');
    expect(await store.outbox.get('telegram:1:2026-11-23')).toBeUndefined();
    await store.close();
  });

  it('GIVEN kv values THEN get/set/delete round-trip', async () => {
    const { store } = await make();
    await store.kv.set('telegram:query:k1', 'диффузия 视频');
    await store.kv.set('n', 3);
    expect(await store.kv.get('telegram:query:k1')).toBe('диффузия 视频');
    expect(await store.kv.get('n')).toBe(3);
    await store.kv.delete('n');
    expect(await store.kv.get('n')).toBeUndefined();
    await store.close();
  });

  it('GIVEN a reopen THEN subscriptions, history, open outbox entries and kv survive', async () => {
    const { store, reopen } = await make();
    await store.subscriptions.put({ ...subscription('-1', ['llm'], now), chat: a });
    await store.history.add(a, ['p1']);
    await store.outbox.put(newEntry(a, '2026-11-23', [{ id: 'p1', why: ['llm'] }], 'schedule', now));
    await store.kv.set('k', { x: 1 });
    await store.close();
    const again = await reopen();
    expect((await again.subscriptions.list()).map((s) => s.topics)).toEqual([['llm']]);
    expect(await again.history.delivered(a)).toEqual(new Set(['p1']));
    expect((await again.outbox.open()).map((e) => e.why)).toEqual([[['llm']]]);
    expect(await again.kv.get('k')).toEqual({ x: 1 });
    await again.close();
  });
});

describe('memoryStore TTL', () => {
  it('GIVEN a kv value with a TTL and a terminal outbox entry THEN they expire on the injected clock', async () => {
    let t = now;
    const store = memoryStore({ now: () => t, outboxRetentionMs: 1000 });
    await store.kv.set('k', 1, 500);
    await store.outbox.put({ ...newEntry(a, '2026-11-23', [], 'schedule', now), state: 'sent', recorded: true });
    t += 600;
    expect(await store.kv.get('k')).toBeUndefined();
    expect(await store.outbox.get('telegram:-1:2026-11-23')).toBeDefined();
    expect(await store.outbox.prune()).toBe(1);
    t += 600;
    expect(await store.outbox.prune()).toBe(0);
    expect(await store.outbox.get('telegram:-1:2026-11-23')).toBeUndefined();
  });
});

describe('openStore', () => {
  it('GIVEN sqlite://relative/path THEN the file is created relative to the working directory, with its directory', async () => {
    const rel = relative(process.cwd(), join(dir, 'nested', 'deeper', 'rel.sqlite'));
    const store = await openStore(`sqlite://${rel}`);
    await store.kv.set('x', 1);
    await store.close();
    expect(existsSync(join(dir, 'nested', 'deeper', 'rel.sqlite'))).toBe(true);
  });

  it('GIVEN an unknown scheme or no scheme THEN a StoreError naming the supported ones', async () => {
    await expect(openStore('ftp://x')).rejects.toThrow('schedule/store: unsupported store scheme "ftp:"; use sqlite, redis, postgresql, mysql or mongodb');
    await expect(openStore('data/x.sqlite')).rejects.toBeInstanceOf(StoreError);
  });

  it('GIVEN redis:// or postgresql:// where nothing listens THEN a StoreError UNREACHABLE naming the server (password hidden), within the open timeout', async () => {
    for (const url of ['redis://user:secret@127.0.0.1:9', 'postgresql://user:secret@127.0.0.1:9/db']) {
      const e = await openStore(url, { openTimeoutMs: 2_000 }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(StoreError);
      expect((e as StoreError).code).toBe('UNREACHABLE');
      expect((e as Error).message).toContain('//user:***@127.0.0.1:9');
      expect((e as Error).message).not.toContain('secret');
    }
  });
});
