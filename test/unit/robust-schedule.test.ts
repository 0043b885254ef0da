/**
 * Adversarial scheduler tests (review): DST gaps that cross local midnight, long downtime, a zero
 * catch-up window, /digest racing a catch-up digest of another local date, and pausing while a
 * digest waits for a retry. All on a fake clock; races are forced with gates, not timing.
 */
import { describe, expect, it, vi } from 'vitest';
import { createLease } from '../../src/schedule/lease.ts';
import { createScheduler, type SchedulerOptions } from '../../src/schedule/scheduler.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryStore, openStore } from '../../src/schedule/store/index.ts';
import { formatLocal, nextRunAt } from '../../src/schedule/time.ts';
import type { ChatRef, LeaseStore, Store } from '../../src/schedule/types.ts';
import { ManualClock, paper, quietLogger, scriptedSender, subscription, TinyIndex } from '../fixtures/schedule/helpers.ts';
import { presentDigest } from '../../src/bots/shared/present.ts';

const hour = 3_600_000;
const day = 24 * hour;
const chat: ChatRef = { platform: 'telegram', chatId: '1' };
const papers = Array.from({ length: 30 }, (_, i) => paper(`d${String(i + 1).padStart(2, '0')}`, ['diffusion'], `2026-01-${String(i + 1).padStart(2, '0')}`));

function setup(start: number, extra: Partial<SchedulerOptions> = {}, store: Store = memoryStore()) {
  const clock = new ManualClock(start);
  const tg = scriptedSender('telegram');
  const index = new TinyIndex(papers);
  const scheduler = createScheduler({ present: presentDigest, store, index: () => index, senders: [tg.sender], clock, logger: quietLogger, retry: { jitter: (ms) => ms }, ...extra });
  return { clock, store, tg, scheduler };
}

/** Ticks every `stepMs` over [from, to) and returns [digest title date, local time sent] per accepted digest. */
async function tickThrough(s: ReturnType<typeof setup>, from: number, to: number, tz: string, stepMs = 5 * 60_000): Promise<string[][]> {
  const sent: string[][] = [];
  for (let t = from; t < to; t += stepMs) {
    s.clock.set(t);
    const before = s.tg.accepted.length;
    await s.scheduler.tick();
    for (const a of s.tg.accepted.slice(before)) sent.push([a.reply.title!.slice(-10), formatLocal(t, tz)]);
  }
  return sent;
}

describe('DST gap that ends at local midnight (America/Nuuk, 2026-03-28 23:00 -> 2026-03-29 00:00)', () => {
  it('GIVEN 23:30 on the gap day THEN the run stays on that local date (not 00:00 of the next day)', () => {
    const at = nextRunAt('23:30', 'America/Nuuk', Date.UTC(2026, 2, 28, 12));
    expect(formatLocal(at, 'America/Nuuk')).toBe('2026-03-28 22:59'); // the last minute before the gap
    expect(at).toBeGreaterThan(Date.UTC(2026, 2, 28, 12));
    // The day after is unaffected.
    expect(formatLocal(nextRunAt('23:30', 'America/Nuuk', at), 'America/Nuuk')).toBe('2026-03-29 23:30');
  });

  it('GIVEN a chat at 23:30 America/Nuuk ticking every minute across the gap THEN one digest for every local date, none skipped', async () => {
    const tz = 'America/Nuuk';
    const start = Date.UTC(2026, 2, 27, 12);
    const s = setup(start);
    await s.store.subscriptions.put(subscription('1', ['diffusion'], start, { time: '23:30', timeZone: tz, size: 1, nextRunAt: nextRunAt('23:30', tz, start) }));
    const sent = await tickThrough(s, start, start + 3 * day, tz, 60_000);
    expect(sent.map(([date]) => date)).toEqual(['2026-03-27', '2026-03-28', '2026-03-29']);
    // Each digest goes out on its own local date.
    expect(sent.every(([date, at]) => at!.startsWith(date!))).toBe(true);
  });
});

describe('catch-up after downtime', () => {
  it('GIVEN the bot was down two days and comes back 1 h after today\'s 09:00 (window 6 h) THEN today\'s digest is caught up once', async () => {
    const nine = Date.UTC(2026, 10, 23, 9);
    const s = setup(nine - hour);
    await s.store.subscriptions.put(subscription('1', ['diffusion'], nine - hour)); // due 2026-11-23 09:00 UTC
    s.clock.set(nine + 2 * day + hour); // 2026-11-25 10:00: the 23rd and 24th are beyond the window, the 25th is 1 h late
    const report = await s.scheduler.tick();
    expect(report).toMatchObject({ due: 1, sent: 1 });
    expect(s.tg.accepted.map((a) => a.reply.title)).toEqual(['Your digest for 2026-11-25']);
    expect((await s.store.subscriptions.get(chat))!.nextRunAt).toBe(nine + 3 * day);
    s.clock.advance(hour);
    await s.scheduler.tick();
    expect(s.tg.accepted).toHaveLength(1);
  });

  it('GIVEN a 30 h outage with a 48 h window THEN one catch-up digest, for the latest missed local date', async () => {
    const nine = Date.UTC(2026, 10, 23, 9);
    const s = setup(nine - hour, { catchUpWindowMs: 48 * hour });
    await s.store.subscriptions.put(subscription('1', ['diffusion'], nine - hour));
    s.clock.set(nine + 30 * hour); // 2026-11-24 15:00
    await s.scheduler.tick();
    await s.scheduler.tick();
    expect(s.tg.accepted.map((a) => a.reply.title)).toEqual(['Your digest for 2026-11-24']);
    expect((await s.store.subscriptions.get(chat))!.nextRunAt).toBe(nine + 2 * day);
  });

  it('GIVEN CATCH_UP_HOURS=0 (window 0) and a tick a few ms after the due minute THEN the digest is still sent on time', async () => {
    const nine = Date.UTC(2026, 10, 23, 9);
    const s = setup(nine - hour, { catchUpWindowMs: 0 });
    await s.store.subscriptions.put(subscription('1', ['diffusion'], nine - hour));
    s.clock.set(nine + 40); // cron fires at second 0; the tick reads the clock a little later
    expect(await s.scheduler.tick()).toMatchObject({ sent: 1, skipped: 0 });
    // ...but a digest missed by hours is not caught up with a zero window.
    s.clock.set(nine + day + 3 * hour);
    expect(await s.scheduler.tick()).toMatchObject({ sent: 0, skipped: 1 });
  });
});

describe('/digest racing a scheduled digest for another local date', () => {
  it('GIVEN a catch-up digest for yesterday being selected while /digest builds today\'s THEN no paper is in both', async () => {
    // Due 2026-11-23 23:59 UTC; the catch-up tick runs at 00:01 on the 24th, so its key is the 23rd
    // while /digest's key is the 24th: different keys, same chat.
    const due = Date.UTC(2026, 10, 23, 23, 59);
    const base = memoryStore();
    let gateDelivered: (() => void) | undefined;
    let gateAdd: (() => void) | undefined;
    let deliveredCalls = 0;
    let addCalls = 0;
    const store: Store = {
      ...base,
      history: {
        async delivered(c) {
          if (++deliveredCalls === 1) await new Promise<void>((r) => (gateDelivered = r)); // the tick's read
          return base.history.delivered(c);
        },
        async add(c, ids) {
          if (++addCalls === 1) await new Promise<void>((r) => (gateAdd = r)); // the first history write
          return base.history.add(c, ids);
        },
      },
    };
    const s = setup(due - hour, {}, store);
    await store.subscriptions.put(subscription('1', ['diffusion'], due - hour, { time: '23:59', nextRunAt: due }));
    s.clock.set(due + 2 * 60_000);
    const ticking = s.scheduler.tick();
    await new Promise((r) => setImmediate(r));
    expect(gateDelivered).toBeDefined(); // the tick is selecting yesterday's digest
    const digesting = s.scheduler.digestNow(chat);
    await new Promise((r) => setImmediate(r));
    gateDelivered!();
    await new Promise((r) => setImmediate(r));
    gateAdd?.();
    await new Promise((r) => setImmediate(r));
    gateAdd?.();
    const [reply] = await Promise.all([digesting, ticking]);
    const scheduled = s.tg.accepted.flatMap((a) => a.reply.items.map((i) => i.paper.id));
    const command = reply.ok ? reply.digest.items.map((i) => i.paper.id) : [];
    expect(scheduled).toHaveLength(3);
    expect(command).toHaveLength(3);
    expect(scheduled.filter((id) => command.includes(id))).toEqual([]);
    expect((await base.history.delivered(chat)).size).toBe(6);
  });

  it('GIVEN yesterday\'s digest was accepted but not yet recorded (crash) and today\'s is due THEN today\'s picks other papers', async () => {
    const nine = Date.UTC(2026, 10, 23, 9);
    const base = memoryStore();
    let gateAdd: (() => void) | undefined;
    let addCalls = 0;
    const store: Store = {
      ...base,
      history: {
        delivered: (c) => base.history.delivered(c),
        async add(c, ids) {
          if (++addCalls === 1) await new Promise<void>((r) => (gateAdd = r)); // recording yesterday's digest is slow
          return base.history.add(c, ids);
        },
      },
    };
    const s = setup(nine - hour, {}, store);
    await s.store.subscriptions.put(subscription('1', ['diffusion'], nine - hour, { nextRunAt: nine + day }));
    // Left by a crash between the `sent` write and the history write for the 23rd.
    await s.store.outbox.put({
      key: 'telegram:1:2026-11-23', chat, localDate: '2026-11-23', state: 'sent', paperIds: ['d30', 'd29', 'd28'], why: [['diffusion'], ['diffusion'], ['diffusion']],
      via: 'schedule', attempts: 1, nextAttemptAt: nine, moves: 0, lastError: null, recorded: false, createdAt: nine, updatedAt: nine, sentAt: nine,
    });
    s.clock.set(nine + day);
    const ticking = s.scheduler.tick();
    await new Promise((r) => setImmediate(r));
    gateAdd?.();
    await ticking;
    expect(s.tg.accepted.map((a) => a.reply.items.map((i) => i.paper.id))).toEqual([['d27', 'd26', 'd25']]);
    expect([...(await s.store.history.delivered(chat))].sort()).toEqual(['d25', 'd26', 'd27', 'd28', 'd29', 'd30']);
  });
});

describe('pausing while a digest waits for a retry', () => {
  it('GIVEN /schedule off after a 429 THEN the retry is not sent', async () => {
    const nine = Date.UTC(2026, 10, 23, 9);
    const s = setup(nine - hour);
    await s.store.subscriptions.put(subscription('1', ['diffusion'], nine - hour));
    s.tg.next.push({ ok: false, kind: 'retry', reason: '429', retryAfterMs: 60_000 });
    s.clock.set(nine);
    await s.scheduler.tick();
    const sub = (await s.store.subscriptions.get(chat))!;
    await s.store.subscriptions.put({ ...sub, paused: true, pauseReason: 'paused with /schedule off', nextRunAt: null });
    s.clock.advance(60_000);
    await s.scheduler.tick();
    expect(s.tg.accepted).toHaveLength(0);
    expect((await s.store.outbox.open())).toEqual([]);
    expect(await s.store.history.delivered(chat)).toEqual(new Set());
  });
});

describe('stop() in shared-store (lease) mode', () => {
  it('GIVEN stop() while the lease is still being taken THEN no tick runs after stop resolved', async () => {
    const nine = Date.UTC(2026, 10, 23, 9);
    const base = memoryStore({ shared: true });
    let acquiring: (() => void) | undefined;
    const leases: LeaseStore = { ...base.leases, acquire: (...args) => new Promise((r) => (acquiring = () => void base.leases.acquire(...args).then(r))) };
    const store: Store = { ...base, leases };
    const s = setup(nine, { lease: createLease(leases, { owner: 'a' }) }, store);
    await base.subscriptions.put(subscription('1', ['diffusion'], nine - hour));
    s.scheduler.start();
    await vi.waitFor(() => expect(acquiring).toBeDefined()); // the lease loop's first round is in flight
    const stopping = s.scheduler.stop();
    acquiring!();
    await stopping;
    // Everything the stopped scheduler might still do has had its chance (memory store: no real I/O).
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(s.tg.calls).toHaveLength(0);
    expect((await base.subscriptions.get(chat))!.nextRunAt).toBe(nine);
  });
});

describe('a digest waiting for a retry across a restart (SQLite store)', () => {
  it('GIVEN a 429 with retry_after, then a restart THEN the retry waits for retry_after and is sent exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperboy-retry-'));
    const url = `sqlite://${join(dir, 'store.sqlite')}`;
    const nine = Date.UTC(2026, 10, 23, 9);
    try {
      const first = await openStore(url);
      const a = setup(nine - hour, {}, first);
      await first.subscriptions.put(subscription('1', ['diffusion'], nine - hour));
      a.tg.next.push({ ok: false, kind: 'retry', reason: '429', retryAfterMs: 10 * 60_000 });
      a.clock.set(nine);
      await a.scheduler.tick();
      await a.scheduler.stop();
      await first.close();

      const second = await openStore(url);
      const b = setup(nine + 5 * 60_000, {}, second); // restarted 5 min later: retry_after not over
      expect(await b.scheduler.tick()).toMatchObject({ sent: 0, created: 0 });
      b.clock.set(nine + 10 * 60_000);
      expect(await b.scheduler.tick()).toMatchObject({ sent: 1, created: 0 });
      for (let i = 1; i <= 3; i++) {
        b.clock.set(nine + 10 * 60_000 + i * hour);
        await b.scheduler.tick();
      }
      expect(b.tg.accepted.map((x) => x.reply.items.map((it) => it.paper.id))).toEqual([a.tg.calls[0]!.reply.items.map((it) => it.paper.id)]);
      await b.scheduler.stop();
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
