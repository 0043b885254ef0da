/**
 * Multi-instance fault tests against a real server (one file per backend runs this suite, so the
 * two run in parallel): instances are child processes (test/fixtures/schedule/fleet-worker.ts)
 * sharing one store and one platform log; every test counts digests per chat (a platform send, or
 * a `/digest` reply that delivered the day's digest) and requires 0 lost and 0 duplicated, except
 * the sends in flight when the holder is SIGKILLed (reported; at most the send concurrency).
 *
 * Short settings keep each test to a few seconds: lease TTL 2 s (renewed every 0.67 s).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it, vi } from 'vitest';
import { createCommandHandler } from '../../src/bots/shared/commands.ts';
import type { ChatRef } from '../../src/schedule/types.ts';
import { readLog, seed, startInstance, tally, until, type Instance } from '../fixtures/schedule/fleet.ts';
import { subscription, TinyIndex } from '../fixtures/schedule/helpers.ts';
import { describeWith, space, type Space } from './backends.ts';
import { startProxy, viaProxy } from './tcp-proxy.ts';

const ttlMs = 2_000;
const concurrency = 8;

export function fleetSuite(backend: 'redis' | 'postgres'): void {
  describeWith(backend, `several instances on ${backend} (faults)`, () => {
    // Child processes on a shared, busy machine: generous per-test bounds (each takes a few seconds).
    vi.setConfig({ testTimeout: 60_000 });
    const dir = mkdtempSync(join(tmpdir(), `paperboy-fleet-${backend}-`));
    const spaces: Space[] = [];
    let running: Instance[] = [];
    let n = 0;
    afterEach(async () => {
      await Promise.all(running.map((i) => i.kill()));
      running = [];
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await Promise.all(spaces.map((s) => s.drop()));
    });

    /** A fresh namespace with `chats` due chats, and a way to start instances on it. */
    async function fleet(chats: number, env: Record<string, string> = {}, url?: string) {
      const sp = space(backend);
      spaces.push(sp);
      const store = await sp.open();
      await seed(store, chats);
      await store.close();
      const log = join(dir, `log${++n}`);
      const start = (name: string, extra: Record<string, string> = {}) => {
        const i = startInstance(name, { STORE_URL: url ?? sp.url, PREFIX: sp.prefix, SENT_LOG: log, LEASE_TTL_MS: String(ttlMs), CONCURRENCY: String(concurrency), ...env, ...extra });
        running.push(i);
        return i;
      };
      return { sp, log, start, read: () => readLog(log) };
    }

    it('GIVEN 3 instances started together over 200 due chats THEN every chat gets exactly one digest, all from one instance', async () => {
      const f = await fleet(200, { SEND_MS: '3' });
      const instances = ['a', 'b', 'c'].map((x) => f.start(x));
      await Promise.all(instances.map((i) => i.ready));
      await until(() => f.read().sent.size >= 200, 20_000, 'all 200 chats');
      await new Promise((r) => setTimeout(r, 1_200)); // more ticks on every instance: nothing more may arrive
      const { delivered, sent } = f.read();
      const t = tally(delivered, 200);
      console.log(`[fleet ${backend}] 3 racing: ${JSON.stringify(t)}`);
      expect(t).toEqual({ lost: 0, duplicated: 0, once: 200 });
      expect(new Set([...sent.values()].flat()).size).toBe(1);
    });

    it('GIVEN the holder SIGKILLed mid-fan-out over 240 chats (150 ms sends) THEN another instance takes over within the TTL plus one renewal, nothing is lost, and only sends in flight at the kill repeat (at most the concurrency)', async () => {
      // 240 sends of 150 ms, 8 at a time: a 4.5 s fan-out, killed about a quarter of the way in.
      const f = await fleet(240, { SEND_MS: '150', IN_DOUBT_MS: '2000' });
      const instances = ['a', 'b', 'c'].map((x) => f.start(x));
      await Promise.all(instances.map((i) => i.ready));
      await until(() => f.read().lines.filter((l) => l.startsWith('sent ')).length >= 60, 20_000, '60 sends');
      const holder = instances.find((i) => i.leader())!;
      expect(holder).toBeDefined();
      await holder.kill();
      const killedAt = Date.now();
      const before = f.read().lines.length;
      await until(() => f.read().lines.slice(before).some((l) => l.startsWith('sent ') && !l.startsWith(`sent ${holder.name} `)), 15_000, 'a send by another instance');
      const takeoverMs = Date.now() - killedAt;
      await until(() => f.read().delivered.size >= 240, 20_000, 'all 240 chats');
      // Claims in flight at the kill are resent once in doubt (2 s): wait until nothing is open.
      const store = await f.sp.open();
      try {
        const deadline = Date.now() + 10_000;
        for (let open = await store.outbox.open(); open.length > 0; open = await store.outbox.open()) {
          if (Date.now() > deadline) throw new Error(`entries still open: ${JSON.stringify(open.slice(0, 3))}\n${instances.map((i) => i.stderr()).join('\n')}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      } finally {
        await store.close();
      }
      await new Promise((r) => setTimeout(r, 300));
      const t = tally(f.read().delivered, 240);
      console.log(`[fleet ${backend}] SIGKILL of the holder: ${JSON.stringify(t)}, takeover ${takeoverMs} ms (ttl ${ttlMs} ms)`);
      expect(t.lost).toBe(0);
      expect(t.duplicated).toBeLessThanOrEqual(concurrency);
      expect(takeoverMs).toBeLessThan(ttlMs + ttlMs / 3 + 2_000); // a bound, not a timing target: the lease's contract
    });

    it('GIVEN the server unreachable for 3 s mid-fan-out over 200 chats (every connection dropped, then a restart) THEN every instance survives and every chat gets exactly one digest', async () => {
      const target = new URL(backend === 'redis' ? (process.env.TEST_REDIS_URL as string) : (process.env.TEST_POSTGRES_URL as string));
      const proxy = await startProxy(Number(target.port || (backend === 'redis' ? 6379 : 5432)), target.hostname);
      try {
        const sp0 = space(backend); // the URL only; fleet() makes the namespace
        // In doubt after 6 s: longer than the outage and the reconnection, so the old holder's
        // pending `sent` writes land first (what the in-doubt time is for).
        const f = await fleet(200, { SEND_MS: '100', IN_DOUBT_MS: '6000' }, viaProxy(sp0.url, proxy));
        const instances = ['a', 'b', 'c'].map((x) => f.start(x));
        await Promise.all(instances.map((i) => i.ready));
        await until(() => f.read().sent.size >= 50, 20_000, '50 sends');
        proxy.cut();
        const atCut = f.read().sent.size;
        await new Promise((r) => setTimeout(r, 3_000));
        proxy.restore();
        await until(() => f.read().delivered.size >= 200, 30_000, 'all 200 chats');
        expect(atCut, 'the outage began mid-fan-out').toBeLessThan(200);
        await new Promise((r) => setTimeout(r, 1_200));
        const t = tally(f.read().delivered, 200);
        console.log(`[fleet ${backend}] server restart mid-send: ${JSON.stringify(t)}, leaders over time: ${f.read().leaders.join(' -> ')}`);
        expect(instances.every((i) => i.child.exitCode === null), instances.map((i) => i.stderr()).join('\n')).toBe(true);
        expect(t).toEqual({ lost: 0, duplicated: 0, once: 200 });
      } finally {
        await Promise.all(running.map((i) => i.kill()));
        await proxy.close();
      }
    });

    it('GIVEN /digest sent to a follower for every chat while the leader fans out THEN each chat gets exactly one digest (a send or a reply), never both', async () => {
      const f = await fleet(300, { SEND_MS: '30' });
      const instances = ['a', 'b'].map((x) => f.start(x));
      await Promise.all(instances.map((i) => i.ready));
      await until(() => instances.some((i) => i.leader()) && f.read().sent.size >= 10, 20_000, 'the leader sending');
      const follower = instances.find((i) => !i.leader())!;
      for (let i = 0; i < 300; i++) follower.digest(`c${i}`);
      await until(() => f.read().lines.filter((l) => l.startsWith('cmd ')).length >= 300 && f.read().delivered.size >= 300, 20_000, '300 replies and 300 chats');
      await new Promise((r) => setTimeout(r, 1_500));
      const { delivered, lines } = f.read();
      const t = tally(delivered, 300);
      const byReply = lines.filter((l) => l.startsWith('cmd ') && l.endsWith(' 1')).length;
      console.log(`[fleet ${backend}] /digest on a follower during the send: ${JSON.stringify(t)}, ${byReply} delivered by the reply`);
      expect(t).toEqual({ lost: 0, duplicated: 0, once: 300 });
    });

    it("GIVEN subscriptions written by one instance THEN a follower's /status lists the other channels of the server", async () => {
      const sp = space(backend);
      spaces.push(sp);
      const [a, b] = [await sp.open(), await sp.open()];
      try {
        const channel = (id: string): ChatRef => ({ platform: 'discord', chatId: id, guildId: 'g1' });
        const now = Date.now();
        for (const id of ['c1', 'c2', 'c3']) await a.subscriptions.put({ ...subscription(id, ['llm'], now), chat: channel(id) });
        const handler = createCommandHandler({ index: () => new TinyIndex([]) as never, subscriptions: b.subscriptions, digests: { digestNow: async () => ({ ok: false, code: 'NOT_SUBSCRIBED' }) }, defaults: { timeZone: 'UTC', time: '09:00', size: 3 }, clock: { now: () => now } });
        const reply = await handler.handle({ chat: channel('c1'), chatType: 'channel', user: { id: 'u' }, command: 'status', args: '', isAdmin: async () => true });
        const text = reply.lines.join('\n');
        expect(text).toContain('channel c2');
        expect(text).toContain('channel c3');
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
