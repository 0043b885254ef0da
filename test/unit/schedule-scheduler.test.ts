import { describe, expect, it, vi } from 'vitest';
import { createScheduler, type Scheduler, type SchedulerOptions } from '../../src/schedule/scheduler.ts';
import { memoryStore } from '../../src/schedule/store/index.ts';
import { nextRunAt } from '../../src/schedule/time.ts';
import { defaultSubscription } from '../../src/schedule/subscription.ts';
import type { ChatRef, DigestSender, Store } from '../../src/schedule/types.ts';
import { ManualClock, paper, quietLogger, recordingLogger, scriptedSender, subscription, TinyIndex } from '../fixtures/schedule/helpers.ts';
import { presentDigest } from '../../src/bots/shared/present.ts';

const hour = 3_600_000;
const nineUtc = Date.UTC(2026, 10, 23, 9); // 2026-11-23 09:00 UTC
const chat: ChatRef = { platform: 'telegram', chatId: '1' };

// 10 diffusion papers (dates 2026-11-01..10, d10 freshest) and 2 llm papers.
const papers = [
  ...Array.from({ length: 10 }, (_, i) => paper(`d${String(i + 1).padStart(2, '0')}`, ['diffusion'], `2026-11-${String(i + 1).padStart(2, '0')}`)),
  paper('l1', ['llm'], '2026-11-05'),
  paper('l2', ['llm'], '2026-11-06'),
];

function setup(extra: Partial<SchedulerOptions> = {}, senders?: DigestSender[]) {
  const clock = new ManualClock(nineUtc - 60_000);
  const store: Store = memoryStore({ now: () => clock.now() });
  const tg = scriptedSender('telegram');
  const log = recordingLogger();
  const index = new TinyIndex(papers);
  const scheduler = createScheduler({
    present: presentDigest,
    store,
    index: () => index,
    senders: senders ?? [tg.sender],
    clock,
    logger: log,
    retry: { jitter: (ms) => ms },
    ...extra,
  });
  const subscribe = async (chatId = '1', topics = ['diffusion'], more = {}) => {
    const sub = subscription(chatId, topics, clock.now(), more);
    await store.subscriptions.put(sub);
    return sub;
  };
  const ids = (i: number) => tg.accepted[i]!.reply.items.map((it) => it.paper.id);
  return { clock, store, tg, log, scheduler, subscribe, ids, index };
}

describe('createScheduler tick', () => {
  it('GIVEN a chat due at 09:00 THEN one digest of its freshest papers, history and lastDelivery recorded, next run tomorrow', async () => {
    const { clock, store, tg, scheduler, subscribe, ids } = setup();
    await subscribe();
    expect((await scheduler.tick()).sent).toBe(0); // 08:59: not due
    clock.set(nineUtc);
    const report = await scheduler.tick();
    expect(report).toMatchObject({ due: 1, created: 1, sent: 1, retried: 0, failed: 0 });
    expect(tg.accepted).toHaveLength(1);
    expect(tg.accepted[0]!.reply).toMatchObject({ kind: 'digest', title: 'Your digest for 2026-11-23' });
    expect(ids(0)).toEqual(['d10', 'd09', 'd08']);
    expect([...(await store.history.delivered(chat))].sort()).toEqual(['d08', 'd09', 'd10']);
    const sub = (await store.subscriptions.get(chat))!;
    expect(sub.nextRunAt).toBe(nineUtc + 24 * hour);
    expect(sub.lastDelivery).toEqual({ at: nineUtc, localDate: '2026-11-23', count: 3 });
    // Same minute again, and an hour later: nothing more today.
    await scheduler.tick();
    clock.advance(hour);
    await scheduler.tick();
    expect(tg.accepted).toHaveLength(1);
  });

  it('GIVEN daily ticks THEN papers never repeat, and when none are left THEN one "no new papers" note per day (or silence)', async () => {
    const { clock, tg, scheduler, subscribe, ids } = setup();
    await subscribe('1', ['diffusion'], { size: 4 });
    await subscribe('2', ['llm'], { silentWhenEmpty: true });
    const seen: string[] = [];
    for (let day = 0; day < 4; day++) {
      clock.set(nineUtc + day * 24 * hour);
      await scheduler.tick();
      await scheduler.tick();
    }
    const forChat1 = tg.accepted.map((a, i) => ({ a, i })).filter(({ a }) => a.chat.chatId === '1');
    for (const { i } of forChat1) seen.push(...ids(i));
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    // day 1-3: 4 + 4 + 2 papers; day 4: the note
    expect(forChat1.map(({ a }) => a.reply.items.length)).toEqual([4, 4, 2, 0]);
    expect(forChat1[3]!.a.reply.lines[0]).toMatch(/^No new papers on your topics today/);
    // chat 2 (silent when empty): its 2 llm papers on day 1, then nothing is sent
    expect(tg.accepted.filter((a) => a.chat.chatId === '2').map((a) => a.reply.items.length)).toEqual([2]);
  });

  it('GIVEN downtime shorter than the catch-up window THEN the missed digest is sent once, for its own local date', async () => {
    const { clock, store, tg, scheduler, subscribe } = setup();
    await subscribe();
    clock.set(nineUtc + 5 * hour); // back up at 14:00, 5 h late (window 6 h)
    expect(await scheduler.tick()).toMatchObject({ sent: 1, skipped: 0 });
    await scheduler.tick();
    expect(tg.accepted.map((a) => a.reply.title)).toEqual(['Your digest for 2026-11-23']);
    expect((await store.subscriptions.get(chat))!.nextRunAt).toBe(nineUtc + 24 * hour);
  });

  it('GIVEN downtime beyond the window (or several days) THEN nothing is caught up, it is logged, and the next run is in the future', async () => {
    const { clock, store, tg, log, scheduler, subscribe } = setup({ catchUpWindowMs: 2 * hour });
    await subscribe();
    clock.set(nineUtc + 3 * 24 * hour + 3 * hour); // three days and 3 h later
    expect(await scheduler.tick()).toMatchObject({ due: 1, sent: 0, skipped: 1 });
    expect(tg.calls).toHaveLength(0);
    expect(log.lines.some((l) => l.msg?.includes('older than the catch-up window'))).toBe(true);
    expect((await store.subscriptions.get(chat))!.nextRunAt).toBe(nineUtc + 4 * 24 * hour);
    await scheduler.tick();
    expect(tg.calls).toHaveLength(0);
  });

  it('GIVEN a rate limit with retry_after THEN the same papers are retried no earlier than retry_after', async () => {
    const { clock, store, tg, scheduler, subscribe, ids } = setup();
    await subscribe();
    tg.next.push({ ok: false, kind: 'retry', reason: '429 Too Many Requests', retryAfterMs: 95_000 });
    clock.set(nineUtc);
    expect(await scheduler.tick()).toMatchObject({ created: 1, retried: 1, sent: 0 });
    const entry = (await store.outbox.get('telegram:1:2026-11-23'))!;
    expect(entry).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: nineUtc + 95_000, lastError: '429 Too Many Requests' });
    clock.advance(60_000);
    expect((await scheduler.tick()).sent).toBe(0);
    clock.advance(35_000);
    expect((await scheduler.tick()).sent).toBe(1);
    expect(tg.calls.map((c) => c.reply.items.map((i) => i.paper.id))).toEqual([['d10', 'd09', 'd08'], ['d10', 'd09', 'd08']]);
    expect(ids(0)).toEqual(['d10', 'd09', 'd08']);
  });

  it('GIVEN repeated retries without retry_after THEN exponential backoff 30 s, 60 s, 120 s; after maxAttempts THEN failed and lastError set, not paused', async () => {
    const { clock, store, tg, scheduler, subscribe } = setup({ retry: { jitter: (ms) => ms, maxAttempts: 4 } });
    await subscribe();
    for (let i = 0; i < 4; i++) tg.next.push({ ok: false, kind: 'retry', reason: 'ETIMEDOUT' });
    clock.set(nineUtc);
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      await scheduler.tick();
      const e = (await store.outbox.get('telegram:1:2026-11-23'))!;
      delays.push(e.nextAttemptAt - clock.now());
      clock.set(e.nextAttemptAt);
    }
    expect(delays).toEqual([30_000, 60_000, 120_000]);
    expect(await scheduler.tick()).toMatchObject({ failed: 1 });
    expect((await store.outbox.get('telegram:1:2026-11-23'))!.state).toBe('failed');
    const sub = (await store.subscriptions.get(chat))!;
    expect(sub.lastError).toMatchObject({ message: 'ETIMEDOUT', attempts: 4 });
    expect(sub).toMatchObject({ paused: false, failures: 0 });
    expect(await store.history.delivered(chat)).toEqual(new Set());
  });

  it('GIVEN a sender that throws for one chat THEN the tick does not throw, that chat is retried, others are delivered', async () => {
    const { clock, tg, scheduler, subscribe } = setup();
    await subscribe('1');
    await subscribe('2');
    await subscribe('3');
    tg.next.push(new Error('socket hang up'));
    clock.set(nineUtc);
    expect(await scheduler.tick()).toMatchObject({ created: 3, sent: 2, retried: 1 });
    clock.advance(30_000);
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(tg.accepted.map((a) => a.chat.chatId).sort()).toEqual(['1', '2', '3']);
  });

  it('GIVEN permanent errors on 3 consecutive days THEN paused with the reason and settings kept; a success in between resets the count', async () => {
    const { clock, store, tg, scheduler, subscribe } = setup();
    await subscribe('1', ['diffusion'], { size: 2, time: '09:00' });
    const blocked = { ok: false, kind: 'permanent', reason: 'Forbidden: bot was blocked by the user', code: 'blocked' } as const;
    tg.next.push(blocked, blocked, { ok: true }, blocked, blocked, blocked);
    const failuresByDay: number[] = [];
    for (let day = 0; day < 6; day++) {
      clock.set(nineUtc + day * 24 * hour);
      await scheduler.tick();
      failuresByDay.push((await store.subscriptions.get(chat))!.failures);
    }
    expect(failuresByDay).toEqual([1, 2, 0, 1, 2, 3]);
    const sub = (await store.subscriptions.get(chat))!;
    expect(sub).toMatchObject({ paused: true, nextRunAt: null, topics: ['diffusion'], size: 2, time: '09:00' });
    expect(sub.pauseReason).toEqual({ code: 'DELIVERY_FAILED', failures: 3, error: 'Forbidden: bot was blocked by the user' });
    expect(sub.lastError?.message).toBe('Forbidden: bot was blocked by the user');
    // Paused: later days send nothing.
    clock.set(nineUtc + 7 * 24 * hour);
    await scheduler.tick();
    expect(tg.calls).toHaveLength(6);
    // Only the successful day's papers are in the history.
    expect((await store.history.delivered(chat)).size).toBe(2);
  });

  it('GIVEN a moved chat (group -> supergroup) THEN subscription and history move, and the digest is delivered at the new chat', async () => {
    const { clock, store, tg, scheduler, subscribe } = setup();
    await subscribe('1', ['diffusion'], { size: 1 });
    await store.history.add(chat, ['d10']);
    const to: ChatRef = { platform: 'telegram', chatId: '-1001' };
    tg.next.push({ ok: false, kind: 'moved', reason: 'group upgraded to a supergroup', to });
    clock.set(nineUtc);
    expect(await scheduler.tick()).toMatchObject({ moved: 1, sent: 1 });
    expect(tg.accepted.map((a) => [a.chat.chatId, a.reply.items.map((i) => i.paper.id)])).toEqual([['-1001', ['d09']]]);
    expect(await store.subscriptions.get(chat)).toBeUndefined();
    expect((await store.subscriptions.get(to))!.lastDelivery?.localDate).toBe('2026-11-23');
    expect(await store.history.delivered(to)).toEqual(new Set(['d10', 'd09']));
    expect(await store.outbox.get('telegram:1:2026-11-23')).toBeUndefined();
    expect((await store.outbox.get('telegram:-1001:2026-11-23'))!.state).toBe('sent');
    // Tomorrow it goes to the new chat directly.
    clock.set(nineUtc + 24 * hour);
    await scheduler.tick();
    expect(tg.accepted.map((a) => a.chat.chatId)).toEqual(['-1001', '-1001']);
  });

  it.each([
    ['follows nothing any more (/unsubscribe keeps the settings)', 'empty'],
    ['has no subscription record', 'deleted'],
  ])('GIVEN a chat that %s while its digest waits for a retry THEN the retry is dropped, not sent', async (_what, how) => {
    const { clock, store, tg, scheduler, subscribe } = setup();
    await subscribe();
    tg.next.push({ ok: false, kind: 'retry', reason: '429', retryAfterMs: 60_000 });
    clock.set(nineUtc);
    await scheduler.tick();
    if (how === 'deleted') await store.subscriptions.delete(chat);
    else await store.subscriptions.put({ ...(await store.subscriptions.get(chat))!, topics: [], keywords: [] });
    clock.advance(60_000);
    expect(await scheduler.tick()).toMatchObject({ failed: 1, sent: 0 });
    expect(tg.accepted).toHaveLength(0);
    expect((await store.outbox.get('telegram:1:2026-11-23'))!.lastError).toBe('the chat unsubscribed before delivery');
  });

  it('GIVEN one chat whose send hangs THEN the others are delivered meanwhile (bounded concurrency)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const accepted: string[] = [];
    const sender: DigestSender = {
      platform: 'telegram',
      async send(c) {
        if (c.chatId === 'slow') await gate;
        accepted.push(c.chatId);
        return { ok: true };
      },
    };
    const { clock, scheduler, subscribe } = setup({ concurrency: 2 }, [sender]);
    await subscribe('slow');
    for (let i = 0; i < 6; i++) await subscribe(`c${i}`);
    clock.set(nineUtc);
    const ticking = scheduler.tick();
    await vi.waitFor(() => expect(accepted).toHaveLength(6));
    expect(accepted).not.toContain('slow');
    release();
    expect((await ticking).sent).toBe(7);
  });

  it('GIVEN a chat on a platform without a sender THEN it stays due (waiting) and is not consumed', async () => {
    const { clock, store, scheduler } = setup();
    await store.subscriptions.put({ ...subscription('d1', ['diffusion'], clock.now()), chat: { platform: 'discord', chatId: 'd1' } });
    clock.set(nineUtc);
    expect(await scheduler.tick()).toMatchObject({ due: 1, waiting: 1, created: 0 });
    expect((await store.subscriptions.get({ platform: 'discord', chatId: 'd1' }))!.nextRunAt).toBe(nineUtc);
  });

  it('GIVEN Europe/Berlin 02:30 across the spring-forward and fall-back days, ticking every 5 min THEN exactly one digest per local date', async () => {
    for (const [start, expected] of [
      [Date.UTC(2026, 2, 27, 12), [['2026-03-28', '2026-03-28T01:30:00.000Z'], ['2026-03-29', '2026-03-29T01:00:00.000Z'], ['2026-03-30', '2026-03-30T00:30:00.000Z']]],
      [Date.UTC(2026, 9, 23, 12), [['2026-10-24', '2026-10-24T00:30:00.000Z'], ['2026-10-25', '2026-10-25T00:30:00.000Z'], ['2026-10-26', '2026-10-26T01:30:00.000Z']]],
    ] as const) {
      const { clock, store, tg, scheduler } = setup();
      clock.set(start);
      await store.subscriptions.put(subscription('1', ['diffusion'], start, { time: '02:30', timeZone: 'Europe/Berlin', size: 1, nextRunAt: nextRunAt('02:30', 'Europe/Berlin', start) }));
      const sentAt: string[][] = [];
      for (let t = start; t < start + 3 * 24 * hour; t += 5 * 60_000) {
        clock.set(t);
        const before = tg.accepted.length;
        await scheduler.tick();
        if (tg.accepted.length > before) sentAt.push([tg.accepted.at(-1)!.reply.title!.slice(-10), new Date(t).toISOString()]);
      }
      expect(sentAt).toEqual(expected.map((e) => [...e]));
    }
  });
});

describe('createScheduler digestNow', () => {
  /** The reply of a /digest that has one (worded as the command layer words it). */
  const digestOf = async (scheduler: Scheduler) => {
    const digest = await scheduler.digestNow(chat);
    if (!digest.ok) throw new Error(`no digest: ${digest.code}`);
    return presentDigest(digest.digest, digest.subscription);
  };

  it('GIVEN no subscription, or one that follows nothing THEN the code NOT_SUBSCRIBED (the command layer words it)', async () => {
    const { scheduler, store } = setup();
    expect(await scheduler.digestNow(chat)).toEqual({ ok: false, code: 'NOT_SUBSCRIBED' });
    await store.subscriptions.put(defaultSubscription(chat, { time: '09:00', timeZone: 'UTC', size: 3 }, nineUtc));
    expect(await scheduler.digestNow(chat)).toEqual({ ok: false, code: 'NOT_SUBSCRIBED' });
  });

  it('GIVEN /digest twice THEN the same papers; the scheduled run that day sends nothing; tomorrow brings new papers', async () => {
    const { clock, store, tg, scheduler, subscribe } = setup();
    await subscribe();
    clock.set(nineUtc - 2 * hour);
    const first = await digestOf(scheduler);
    expect(first).toMatchObject({ kind: 'digest', title: 'Your digest for 2026-11-23' });
    expect(first.items.map((i) => [i.paper.id, i.why])).toEqual([['d10', ['diffusion']], ['d09', ['diffusion']], ['d08', ['diffusion']]]);
    const again = await digestOf(scheduler);
    expect(again.items.map((i) => i.paper.id)).toEqual(['d10', 'd09', 'd08']);
    clock.set(nineUtc);
    expect(await scheduler.tick()).toMatchObject({ due: 1, created: 0, sent: 0 });
    expect(tg.calls).toHaveLength(0);
    expect((await store.subscriptions.get(chat))!.nextRunAt).toBe(nineUtc + 24 * hour);
    clock.set(nineUtc + 24 * hour);
    await scheduler.tick();
    expect(tg.accepted[0]!.reply.items.map((i) => i.paper.id)).toEqual(['d07', 'd06', 'd05']);
  });

  it('GIVEN the scheduled digest is waiting for a retry THEN /digest delivers those papers and the retry is dropped', async () => {
    const { clock, tg, scheduler, subscribe } = setup();
    await subscribe();
    tg.next.push({ ok: false, kind: 'retry', reason: '429', retryAfterMs: 600_000 });
    clock.set(nineUtc);
    await scheduler.tick();
    const reply = await digestOf(scheduler);
    expect(reply.items.map((i) => i.paper.id)).toEqual(['d10', 'd09', 'd08']);
    clock.advance(700_000);
    await scheduler.tick();
    expect(tg.accepted).toHaveLength(0);
  });
});

describe('createScheduler start/stop', () => {
  it('GIVEN start THEN a catch-up tick runs right away; stop waits for it', async () => {
    const { clock, tg, scheduler, subscribe } = setup({ logger: quietLogger });
    await subscribe();
    clock.set(nineUtc + hour);
    scheduler.start();
    await vi.waitFor(() => expect(tg.accepted).toHaveLength(1));
    await scheduler.stop();
    expect(tg.accepted).toHaveLength(1);
  });
});
