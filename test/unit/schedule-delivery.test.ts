import { describe, expect, it, vi } from 'vitest';
import { attemptDelivery, type DeliveryDeps } from '../../src/schedule/deliver.ts';
import { defaultRetryPolicy, newEntry, outboxKey, retryDelay } from '../../src/schedule/outbox.ts';
import { feedbackRepo } from '../../src/schedule/feedback.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { memoryStore } from '../../src/schedule/store/index.ts';
import type { ChatRef, OutboxEntry, Store } from '../../src/schedule/types.ts';
import { ManualClock, paper, quietLogger, scriptedSender, subscription, TinyIndex } from '../fixtures/schedule/helpers.ts';
import { presentDigest } from '../../src/bots/shared/present.ts';

const noJitter = { ...defaultRetryPolicy, jitter: (ms: number) => ms };
const chat: ChatRef = { platform: 'telegram', chatId: '1' };
const nine = Date.UTC(2026, 10, 23, 9);
const index = new TinyIndex([paper('a', ['llm'], '2026-11-20'), paper('b', ['llm'], '2026-11-21'), paper('c', ['llm'], '2026-11-22')]);

describe('retryDelay', () => {
  it('GIVEN attempts 1..8 THEN 30 s doubling, capped at 1 h', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelay(noJitter, n) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600]);
  });
  it('GIVEN retry_after longer than the backoff THEN retry_after; shorter THEN the backoff', () => {
    expect(retryDelay(noJitter, 1, 95_000)).toBe(95_000);
    expect(retryDelay(noJitter, 3, 5_000)).toBe(120_000);
  });
  it('GIVEN the default jitter THEN within ±20% and never below retry_after', () => {
    for (let i = 0; i < 50; i++) {
      const d = retryDelay(defaultRetryPolicy, 2);
      expect(d).toBeGreaterThanOrEqual(48_000);
      expect(d).toBeLessThanOrEqual(72_000);
      expect(retryDelay(defaultRetryPolicy, 1, 40_000)).toBeGreaterThanOrEqual(40_000);
    }
  });
});

describe('outboxKey / newEntry', () => {
  it('GIVEN a chat, a forum thread and a date THEN chat + thread + local date', () => {
    expect(outboxKey(chat, '2026-11-23')).toBe('telegram:1:2026-11-23');
    expect(outboxKey({ platform: 'telegram', chatId: '-100', threadId: '7' }, '2026-11-23')).toBe('telegram:-100:7:2026-11-23');
    expect(newEntry(chat, '2026-11-23', [{ id: 'a', why: ['llm'] }], 'schedule', nine)).toMatchObject({ state: 'pending', paperIds: ['a'], why: [['llm']], attempts: 0, nextAttemptAt: nine, recorded: false });
  });
});

/** Delivery deps over a store, with a scripted sender. */
function deps(store: Store, clock: ManualClock) {
  const tg = scriptedSender();
  const d: DeliveryDeps = {
    store,
    senders: new Map([['telegram', tg.sender]]),
    clock,
    logger: quietLogger,
    retry: noJitter,
    pauseAfter: 3,
    render: async (e) => ({ kind: 'digest', title: e.localDate, lines: [], items: e.paperIds.map((id) => ({ paper: index.get(id)!, why: [] })) }),
  };
  return { d, tg };
}

describe('attemptDelivery', () => {
  it('GIVEN acceptance THEN sent, then history and lastDelivery, then recorded (in that order of writes)', async () => {
    const clock = new ManualClock(nine);
    const store = memoryStore();
    await store.subscriptions.put(subscription('1', ['llm'], nine - 1000));
    const writes: string[] = [];
    const spy: Store = {
      ...store,
      outbox: { ...store.outbox, swap: async (e, rev, fence) => (writes.push(`outbox:${e.state}${e.recorded ? '+recorded' : ''}`), store.outbox.swap(e, rev, fence)) },
      history: { ...store.history, add: async (c, ids) => (writes.push('history'), store.history.add(c, ids)) },
      subscriptions: { ...store.subscriptions, put: async (s) => (writes.push('subscription'), store.subscriptions.put(s)) },
    };
    const { d } = deps(spy, clock);
    const entry = newEntry(chat, '2026-11-23', [{ id: 'a', why: [] }], 'schedule', nine);
    expect(await store.outbox.swap(entry, null)).toBe('ok'); // the tick's commit point
    expect((await attemptDelivery({ ...entry, rev: 0 }, d)).result).toBe('sent');
    expect(writes).toEqual(['outbox:sending', 'outbox:sent', 'history', 'subscription', 'outbox:sent+recorded']);
  });

  it('GIVEN a store that completes in one write (Redis, PostgreSQL) THEN the digest\'s card numbers are remembered for /like <n> as with the others', async () => {
    for (const oneWrite of [false, true]) {
      const clock = new ManualClock(nine);
      const store = memoryStore();
      await store.subscriptions.put(subscription('1', ['llm'], nine - 1000));
      const complete = async (e: OutboxEntry, rev: number) => {
        const r = await store.outbox.swap({ ...e, recorded: true }, rev);
        if (r === 'ok') await store.history.add(e.chat, e.paperIds);
        return r;
      };
      const backend: Store = oneWrite ? { ...store, outbox: { ...store.outbox, complete } } : store;
      const feedback = feedbackRepo(store.kv);
      const { d } = deps(backend, clock);
      const entry = newEntry(chat, '2026-11-23', [{ id: 'b', why: [] }, { id: 'c', why: [] }], 'schedule', nine);
      expect(await store.outbox.swap(entry, null)).toBe('ok');
      expect((await attemptDelivery({ ...entry, rev: 0 }, { ...d, feedback })).result).toBe('sent');
      expect([await feedback.shown(chat, 1), await feedback.shown(chat, 2)]).toEqual(['b', 'c']);
      expect(await store.outbox.get(entry.key)).toMatchObject({ state: 'sent', recorded: true });
    }
  });

  it('GIVEN a crash after "sending" was written (before acceptance) THEN a restart sends the same papers once', async () => {
    const clock = new ManualClock(nine);
    const store = memoryStore();
    await store.subscriptions.put(subscription('1', ['llm'], nine - 1000, { nextRunAt: nine + 86_400_000 }));
    const crashed: OutboxEntry = { ...newEntry(chat, '2026-11-23', [{ id: 'b', why: ['llm'] }], 'schedule', nine), state: 'sending', attempts: 1 };
    await store.outbox.put(crashed);
    const tg = scriptedSender();
    const scheduler = createScheduler({ present: presentDigest, store, index: () => index, senders: [tg.sender], clock, logger: quietLogger });
    await scheduler.tick();
    await scheduler.tick();
    expect(tg.accepted.map((a) => a.reply.items.map((i) => i.paper.id))).toEqual([['b']]);
    expect(await store.outbox.get(crashed.key)).toMatchObject({ state: 'sent', recorded: true, attempts: 2 });
  });

  it('GIVEN a crash after "sent" but before history THEN a restart records history without sending again', async () => {
    const clock = new ManualClock(nine);
    const store = memoryStore();
    await store.subscriptions.put(subscription('1', ['llm'], nine - 1000, { nextRunAt: nine + 86_400_000 }));
    await store.outbox.put({ ...newEntry(chat, '2026-11-23', [{ id: 'c', why: [] }], 'schedule', nine), state: 'sent', sentAt: nine, attempts: 1 });
    const tg = scriptedSender();
    await createScheduler({ present: presentDigest, store, index: () => index, senders: [tg.sender], clock, logger: quietLogger }).tick();
    expect(tg.calls).toHaveLength(0);
    expect(await store.history.delivered(chat)).toEqual(new Set(['c']));
    expect((await store.subscriptions.get(chat))!.lastDelivery).toEqual({ at: nine, localDate: '2026-11-23', count: 1 });
    expect(await store.outbox.open()).toEqual([]);
  });

  it('GIVEN a crash between platform acceptance and the "sent" write (the documented window) THEN that one digest is sent twice', async () => {
    const clock = new ManualClock(nine);
    const store = memoryStore();
    await store.subscriptions.put(subscription('1', ['llm'], nine - 1000, { nextRunAt: nine }));
    // The process "dies" at the first 'sent' write: the platform already has the message, and the
    // write never happens (the dead process's tick never ends).
    const crashing: Store = {
      ...store,
      outbox: { ...store.outbox, swap: (e, rev, fence) => (e.state === 'sent' ? new Promise(() => {}) : store.outbox.swap(e, rev, fence)) },
    };
    const tg = scriptedSender();
    void createScheduler({ present: presentDigest, store: crashing, index: () => index, senders: [tg.sender], clock, logger: quietLogger }).tick();
    await vi.waitFor(() => expect(tg.accepted).toHaveLength(1));
    await createScheduler({ present: presentDigest, store, index: () => index, senders: [tg.sender], clock, logger: quietLogger }).tick();
    // Same papers, twice: the price of a non-idempotent platform API; everything else is exactly once.
    expect(tg.accepted.map((a) => a.reply.items.map((i) => i.paper.id))).toEqual([['c', 'b', 'a'], ['c', 'b', 'a']]);
    expect((await store.outbox.get('telegram:1:2026-11-23'))!.state).toBe('sent');
  });

  it('GIVEN no sender for the platform THEN nothing is written and the entry waits', async () => {
    const clock = new ManualClock(nine);
    const store = memoryStore();
    const { d } = deps(store, clock);
    const entry = newEntry({ platform: 'discord', chatId: 'x' }, '2026-11-23', [], 'schedule', nine);
    expect((await attemptDelivery(entry, d)).result).toBe('no-sender');
    expect(await store.outbox.open()).toEqual([]);
  });
});
