/**
 * Figures under the throttler: the real grammY client with the adapter's default limits against the
 * fake, which enforces Telegram-like rates with 429 + retry_after. Prints the figures it measured.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryKv } from '../support/kv.ts';
import { createTelegramBot, defaultThrottle, type TelegramBot, type ThrottleOptions } from '../../src/bots/telegram/index.ts';
import { createStubHandler, digestReply, FakeTelegramApi } from '../fakes/telegram-api.ts';

let fake: FakeTelegramApi;
let tg: TelegramBot | undefined;
const quiet = { info() {}, warn() {}, error() {}, debug() {} };

beforeEach(async () => {
  fake = await FakeTelegramApi.start();
});
afterEach(async () => {
  await tg?.stop();
  tg = undefined;
  await fake.close();
});

/** A started bot (polling, nothing pushed) with the given throttle. */
async function bot(throttle?: ThrottleOptions): Promise<TelegramBot> {
  const map = new Map<string, unknown>();
  tg = createTelegramBot({
    token: fake.token,
    apiRoot: fake.apiRoot,
    handler: createStubHandler(),
    kv: memoryKv(map),
    logger: quiet,
    onMigrate: async () => {},
    ...(throttle === undefined ? {} : { throttle }),
    retry: { maxDelaySeconds: 3, maxRetryAttempts: 20 },
    pollingTimeoutSeconds: 1,
  });
  await tg.start();
  return tg;
}

/** Most accepted messages in any sliding one-second window. */
function peakPerSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

describe('throttled fan-out', () => {
  it('GIVEN the default throttle THEN it encodes the spec: 1 msg/s per chat, 20/min per group, 25/s overall', () => {
    expect(defaultThrottle.out).toMatchObject({ maxConcurrent: 1, minTime: 1000 });
    expect(defaultThrottle.group).toMatchObject({ maxConcurrent: 1, minTime: 1000, reservoir: 20, reservoirRefreshAmount: 20, reservoirRefreshInterval: 60_000 });
    expect(defaultThrottle.global).toMatchObject({ reservoir: 25, reservoirRefreshAmount: 25, reservoirRefreshInterval: 1000 });
    expect(defaultThrottle.global!.minTime).toBeGreaterThanOrEqual(40); // <= 25 in any sliding second
  });

  it('GIVEN the default limits and 75 private chats THEN <= 25 msg/s over the run and no 429 from a 30/s server', async () => {
    const sender = (await bot()).sender;
    fake.rateLimit({ global: 30, retryAfter: 1 });
    const started = Date.now();
    const outcomes = await Promise.all(Array.from({ length: 75 }, (_, i) => sender.send({ platform: 'telegram', chatId: String(5000 + i) }, digestReply(1, i))));
    const seconds = (Date.now() - started) / 1000;
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const times = fake.accepted.map((a) => a.at);
    const peak = peakPerSecond(times);
    console.info(`[telegram figures] default throttle: 75 digests in ${seconds.toFixed(2)} s = ${(75 / seconds).toFixed(1)} msg/s; peak ${peak} in a sliding second; 429s: ${fake.calls.filter((c) => c.status === 429).length}`);
    expect(new Set(fake.accepted.map((a) => a.chatId)).size).toBe(75);
    // Arrival times at the fake include request latency, so one stalled event loop can bunch a few
    // sends into one sliding second; the mean over the run is what the spacing guarantees (<= 25/s).
    expect(times.length - 1).toBeLessThanOrEqual(Math.ceil((25 * (Math.max(...times) - Math.min(...times))) / 1000));
    expect(fake.calls.filter((c) => c.status === 429)).toEqual([]);
    // The rate itself is printed above, not asserted: a loaded machine may be slower, never faster.
  }, 20_000);

  it('GIVEN a bare reservoir (the plugin default shape) THEN bursts can exceed the rate in a sliding second', async () => {
    const sender = (await bot({ ...defaultThrottle, global: { reservoir: 25, reservoirRefreshAmount: 25, reservoirRefreshInterval: 1000 } })).sender;
    await Promise.all(Array.from({ length: 75 }, (_, i) => sender.send({ platform: 'telegram', chatId: String(6000 + i) }, digestReply(1, i))));
    const peak = peakPerSecond(fake.accepted.map((a) => a.at));
    console.info(`[telegram figures] reservoir-only throttle: peak ${peak} in a sliding second (why the default also spaces sends 42 ms apart)`);
    expect(peak).toBeGreaterThan(25);
  }, 20_000);

  it('GIVEN lowered limits THEN a chat gets at most one message per minTime and a group at most its reservoir', async () => {
    const sender = (
      await bot({
        global: { reservoir: 1000, reservoirRefreshAmount: 1000, reservoirRefreshInterval: 1000 },
        out: { maxConcurrent: 1, minTime: 100 },
        group: { maxConcurrent: 1, minTime: 0, reservoir: 3, reservoirRefreshAmount: 3, reservoirRefreshInterval: 500 },
      })
    ).sender;
    const big = digestReply(50); // several messages
    await Promise.all([sender.send({ platform: 'telegram', chatId: '7001' }, big), sender.send({ platform: 'telegram', chatId: '-1007002' }, big)]);
    const dm = fake.messagesIn(7001).map((m) => m.at);
    const group = fake.messagesIn(-1007002).map((m) => m.at);
    expect(dm.length).toBeGreaterThan(3);
    // The throttler spaces *launches* 100 ms apart; the fake sees arrivals, which add each request's
    // latency. One slow request can shrink a single gap (seen: 29 ms under a loaded suite), so the
    // bound is on the whole span: n messages take at least (n - 1) x 100 ms minus one latency (< 100 ms).
    expect(dm.at(-1)! - dm[0]!).toBeGreaterThanOrEqual((dm.length - 2) * 100);
    // 3 per 500 ms: the 4th message waits for the refill (again minus one request's latency).
    expect(group.length).toBeGreaterThan(3);
    expect(group[3]! - group[0]!).toBeGreaterThanOrEqual(400);
    console.info(`[telegram figures] lowered limits: dm gaps ${dm.slice(1).map((t, i) => t - dm[i]!).join(',')} ms; group times +${group.map((t) => t - group[0]!).join(',+')} ms`);
  }, 20_000);
});
