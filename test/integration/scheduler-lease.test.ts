import { afterEach, describe, expect, it } from 'vitest';
import { createLease, createScheduler, defaultSubscription, memoryBuckets, memoryStore, type Scheduler } from '../../src/schedule/index.ts';
import { systemClock, type ChatRef, type DigestSender, type Store } from '../../src/schedule/types.ts';
import { starterIndex } from '../support/app.ts';
import { presentDigest } from '../../src/bots/shared/present.ts';

const quiet = { info() {}, warn() {}, error() {}, debug() {} };

describe('createLease (memory backend; the same contract on Redis and PostgreSQL: store-contract.test.ts)', () => {
  it('GIVEN a holder that stops renewing THEN its fence ends at its own deadline, another takes over after the ttl with a larger token, and at once after a release', async () => {
    let now = 1_000_000;
    const store = memoryStore({ now: () => now });
    const a = createLease(store.leases, { owner: 'a', ttlMs: 60_000, now: () => now });
    const b = createLease(store.leases, { owner: 'b', ttlMs: 60_000, now: () => now });
    expect(a.renewMs).toBe(20_000);
    expect(await a.acquire()).toBe(true);
    const first = a.fence()!.token;
    now += 53_000;
    expect(a.fence()).toBeDefined();
    now += 1_000; // past the local deadline (ttl less the drift margin): no longer provably held
    expect(a.fence()).toBeUndefined();
    expect(await b.acquire()).toBe(false);
    now += 7_000; // a crashed: its lease lapsed on the backend too
    expect(await b.acquire()).toBe(true);
    expect(b.fence()!.token).toBeGreaterThan(first);
    expect(await a.acquire()).toBe(false);
    await b.release();
    expect(await a.acquire()).toBe(true);
    await b.release(); // not the holder: no effect
    expect(await b.acquire()).toBe(false);
  });
});

describe('two instances on one shared store', () => {
  const running: Scheduler[] = [];
  afterEach(async () => {
    await Promise.all(running.map((s) => s.stop()));
    running.length = 0;
  });

  /** One instance: its own store object (own caches) over the shared buckets, its own lease and sender. */
  function instance(name: string, buckets: ReturnType<typeof memoryBuckets>, got: { chat: string; by: string }[]) {
    const store = memoryStore({ buckets, shared: true });
    const sender: DigestSender = {
      platform: 'console',
      async send(chat) {
        got.push({ chat: chat.chatId, by: name });
        return { ok: true };
      },
    };
    const index = starterIndex();
    const scheduler = createScheduler({
      present: presentDigest,
      store,
      index: () => index,
      senders: [sender],
      clock: systemClock,
      logger: quiet,
      cron: '* * * * * *', // every second, to keep the test short
      lease: createLease(store.leases, { owner: name, ttlMs: 3_000 }),
    });
    running.push(scheduler);
    return { store, scheduler };
  }

  async function subscribe(store: Store, chatId: string): Promise<ChatRef> {
    const chat: ChatRef = { platform: 'console', chatId };
    const sub = defaultSubscription(chat, { time: '09:00', timeZone: 'UTC', size: 2 }, Date.now());
    await store.subscriptions.put({ ...sub, topics: ['diffusion', 'llm'], nextRunAt: Date.now() - 1_000 });
    return chat;
  }

  async function until(check: () => boolean, ms = 10_000): Promise<void> {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('GIVEN both running THEN one delivers every due digest exactly once, and the other takes over when it stops', async () => {
    const buckets = memoryBuckets();
    const got: { chat: string; by: string }[] = [];
    const a = instance('a', buckets, got);
    const b = instance('b', buckets, got);
    for (let i = 0; i < 20; i++) await subscribe(a.store, `c${i}`);

    a.scheduler.start();
    b.scheduler.start();
    await until(() => got.length >= 20);
    await new Promise((r) => setTimeout(r, 1_500)); // a few more ticks on both: nothing more may arrive
    expect(got).toHaveLength(20);
    expect(new Set(got.map((g) => g.chat)).size).toBe(20);
    const leader = got[0]!.by;
    expect(got.every((g) => g.by === leader)).toBe(true);

    // A subscription made through the other instance (a command it answered) is seen by the leader.
    const follower = leader === 'a' ? b : a;
    await subscribe(follower.store, 'late');
    await until(() => got.some((g) => g.chat === 'late'));
    expect(got.filter((g) => g.chat === 'late')).toEqual([{ chat: 'late', by: leader }]);

    // The leader shuts down (releasing the lease): the other instance delivers from now on.
    await (leader === 'a' ? a : b).scheduler.stop();
    await subscribe(follower.store, 'after');
    await until(() => got.some((g) => g.chat === 'after'));
    expect(got.filter((g) => g.chat === 'after')).toEqual([{ chat: 'after', by: leader === 'a' ? 'b' : 'a' }]);
    expect(got).toHaveLength(22);
  });
});
