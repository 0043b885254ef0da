/**
 * End to end through the REAL scheduler: the real command handler and scheduler (test/support/app.ts,
 * starter corpus, in-memory store, a fake clock moved by hand) deliver through the Discord adapter's
 * own sender (real discord.js REST queue) to the fake Discord on 127.0.0.1. Members use slash
 * commands over the fake gateway; daily runs are `scheduler.tick()` calls after moving the clock.
 *
 * Covers what the sender-level tests in discord-bot.test.ts cannot: a scheduled digest into a channel,
 * the pause rule for a deleted channel (Unknown Channel 10003), Missing Access (50001) and Missing
 * Permissions (50013), resuming, and a rate limit during the fan-out. No assertion depends on timing.
 */
import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/schedule/types.ts';
import { FakeDiscord, subcommand, type FakeChannel, type FakeInteraction, type FakeMessage } from '../fakes/discord-api.ts';
import { discordHarness, expectSafeMessage } from '../support/bots.ts';

const hour = 3_600_000;
const day = 24 * hour;
const manageChannels = 16n;

const harness = discordHarness();

/** The app (clock at 2026-11-23 08:00 UTC; digests at 09:00 UTC by default) with the Discord bot logged in to the fake. */
async function setup() {
  const { fake: f, app, bot } = await harness();

  const answer = async (i: FakeInteraction): Promise<FakeMessage[]> => f.waitFor(() => f.answered(i), 10_000, 'an answer');
  /** `/subscribe topic:<topic> channel:<channel>` by a member with Manage Channels. */
  const subscribe = async (channel: FakeChannel, topic: string) => {
    const [m] = await answer(f.chatInput('subscribe', [{ name: 'topic', type: 3, value: topic }, { name: 'channel', type: 7, value: channel.id }], { permissions: manageChannels }));
    expect(plain(m!.embeds[0]!.title)).toMatch(new RegExp(`^Subscribed: ${topic}\\b`));
  };
  /** The text of `/status channel:<channel>` (anyone may ask). */
  const status = async (channel: FakeChannel) => {
    const [m] = await answer(f.chatInput('status', [{ name: 'channel', type: 7, value: channel.id }]));
    return plain(m!.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n'));
  };
  const chatOf = (channel: FakeChannel): ChatRef => ({ platform: 'discord', chatId: channel.id, guildId: f.guildId });
  const subscription = async (channel: FakeChannel) => (await app.store.subscriptions.get(chatOf(channel)))!;
  const posts = (channel: FakeChannel) => f.requestsTo('POST', new RegExp(`^/channels/${channel.id}/messages$`));
  return { fake: f, app, bot, answer, subscribe, status, chatOf, subscription, posts };
}

/** Embed text without Discord markdown escapes. */
const plain = (s: string | undefined) => (s ?? '').replace(/\\(.)/g, '$1');

describe('Discord through the scheduler: delivery', () => {
  it('GIVEN /subscribe channel:#papers THEN the scheduled digest is posted there once, valid, pinging nobody; /status shows it', async () => {
    const { fake, app, subscribe, status, subscription } = await setup();
    const papers = fake.addChannel({ name: 'papers' });
    await subscribe(papers, 'diffusion');
    expect(await subscription(papers)).toMatchObject({ topics: ['diffusion'], time: '09:00', timeZone: 'UTC' });

    app.clock.advance(hour); // 09:00 UTC, the default delivery time
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, created: 1, sent: 1, failed: 0 });
    const [digest, ...rest] = fake.messages.get(papers.id)!;
    expect(rest).toEqual([]);
    expectSafeMessage(digest!);
    expect(plain(digest!.embeds[0]!.title)).toBe('Your digest for 2026-11-23');
    const cards = digest!.embeds.slice(1);
    expect(cards).toHaveLength(3);
    for (const [k, e] of cards.entries()) {
      expect(plain(e.title)).toMatch(new RegExp(`^${k + 1}\\. `));
      expect(e.url).toMatch(/^https?:\/\//);
      expect(e.footer?.text).toBeTruthy();
    }
    // Nothing went to the channel the command was typed in.
    expect(fake.messages.get(fake.generalChannelId)?.filter((m) => m.type !== 20) ?? []).toEqual([]);

    // The same minute again and later that day: no second digest.
    expect(await app.scheduler.tick()).toMatchObject({ due: 0, sent: 0 });
    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 0, sent: 0 });
    expect(fake.messages.get(papers.id)).toHaveLength(1);
    const text = await status(papers);
    expect(text).toContain('Last digest: 2026-11-23 (3 papers)');
    expect(text).toContain('next digest 2026-11-24 09:00');
    expect(fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  }, 30_000);

  it('GIVEN /subscribe in a DM THEN the personal digest goes to the DM channel; a user who closed DMs (50007) is paused after the third failure', async () => {
    const { fake, app, answer } = await setup();
    const dmChannel = '888888888888888888';
    const [ok] = await answer(fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'diffusion' }], { dm: true, channelId: dmChannel }));
    expect(plain(ok!.embeds[0]!.title)).toMatch(/^Subscribed: diffusion/);
    const chat: ChatRef = { platform: 'discord', chatId: dmChannel };
    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 1 });
    const digest = fake.messages.get(dmChannel)!.filter((m) => m.type === 0);
    expect(digest.map((m) => plain(m.embeds[0]!.title))).toEqual(['Your digest for 2026-11-23']);
    expectSafeMessage(digest[0]!);

    fake.channels.get(dmChannel)!.state = 'dms-closed';
    for (let d = 0; d < 3; d++) {
      app.clock.advance(day);
      expect(await app.scheduler.tick()).toMatchObject({ due: 1, failed: 1 });
    }
    expect(await app.store.subscriptions.get(chat)).toMatchObject({
      paused: true,
      pauseReason: { code: 'DELIVERY_FAILED', failures: 3, error: 'Cannot send messages to this user (50007)' },
      lastDelivery: { localDate: '2026-11-23' },
    });
  }, 30_000);

  it('GIVEN /unsubscribe topic:<one of two> and then topic:all THEN digests follow the rest, then stop', async () => {
    const { fake, app, answer, subscribe, subscription } = await setup();
    const papers = fake.addChannel({ name: 'papers' });
    await subscribe(papers, 'diffusion');
    await subscribe(papers, 'llm');
    const unsubscribe = (topic: string, permissions?: bigint) =>
      answer(fake.chatInput('unsubscribe', [{ name: 'topic', type: 3, value: topic }, { name: 'channel', type: 7, value: papers.id }], permissions === undefined ? {} : { permissions }));
    const [refused] = await unsubscribe('all');
    expect(refused!.flags & 64).toBe(64);
    expect((await subscription(papers)).topics).toEqual(['diffusion', 'llm']);
    const [one] = await unsubscribe('diffusion', manageChannels);
    expect(plain(one!.embeds[0]!.title)).toBe('Unsubscribed');
    expect((await subscription(papers)).topics).toEqual(['llm']);
    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 1 });
    expect(plain(fake.messages.get(papers.id)![0]!.embeds[0]!.description)).toContain('on llm');

    const [all] = await unsubscribe('all', manageChannels);
    expect(plain(all!.embeds[0]!.title)).toBe('Unsubscribed from everything');
    app.clock.advance(day);
    // The record stays (its settings are kept for the next /subscribe), but nothing is due or sent.
    expect(await app.scheduler.tick()).toMatchObject({ due: 0, created: 0, sent: 0 });
    expect(fake.messages.get(papers.id)).toHaveLength(1);
    expect(await subscription(papers)).toMatchObject({ topics: [], keywords: [], paused: false });
  }, 30_000);

  it('GIVEN a 429 during the fan-out THEN discord.js waits, every channel gets its digest exactly once, and the 429 is counted', async () => {
    const { fake, app, bot, subscribe } = await setup();
    const channels = ['a', 'b', 'c'].map((n) => fake.addChannel({ name: `papers-${n}` }));
    for (const ch of channels) await subscribe(ch, 'llm');
    fake.rateLimitNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, 0.2, 2);
    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 3, sent: 3, retried: 0, failed: 0 });
    for (const ch of channels) {
      const sent = fake.messages.get(ch.id)!;
      expect(sent.map((m) => plain(m.embeds[0]!.title))).toEqual(['Your digest for 2026-11-23']);
      expectSafeMessage(sent[0]!);
    }
    expect(fake.requestsTo('POST', /^\/channels\/\d+\/messages$/).filter((r) => r.status === 429)).toHaveLength(2);
    expect(bot.stats.responses429).toBe(2);
  }, 30_000);
});

describe('Discord through the scheduler: the pause rule', () => {
  it('GIVEN a subscribed channel that was deleted THEN Unknown Channel (10003) three days running pauses it with the reason; no fourth attempt; other channels unaffected', async () => {
    const { fake, app, subscribe, status, subscription, posts } = await setup();
    const gone = fake.addChannel({ name: 'old-papers' });
    const live = fake.addChannel({ name: 'papers' });
    await subscribe(gone, 'diffusion');
    await subscribe(live, 'diffusion');
    gone.state = 'deleted';

    app.clock.advance(hour);
    for (let d = 0; d < 3; d++) {
      if (d > 0) app.clock.advance(day);
      expect(await app.scheduler.tick()).toMatchObject({ due: 2, sent: 1, failed: 1 });
      expect((await subscription(gone)).failures).toBe(d + 1);
    }
    expect(posts(gone).map((r) => r.status)).toEqual([404, 404, 404]);
    expect(await subscription(gone)).toMatchObject({
      paused: true,
      pauseReason: { code: 'DELIVERY_FAILED', failures: 3, error: 'Unknown Channel (10003)' },
      lastError: { message: 'Unknown Channel (10003)' },
      nextRunAt: null,
      topics: ['diffusion'], // settings kept
    });

    app.clock.advance(day);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 1, failed: 0 });
    expect(posts(gone)).toHaveLength(3);
    expect(await subscription(live)).toMatchObject({ paused: false, failures: 0, lastError: null });
    expect(fake.messages.get(live.id)!.map((m) => plain(m.embeds[0]!.title))).toEqual(['23', '24', '25', '26'].map((dd) => `Your digest for 2026-11-${dd}`));

    // The deleted channel cannot be picked in a command any more: /status in any channel lists it.
    const overview = await status(live);
    expect(overview).toContain('Other channels of this server with digests:');
    expect(overview).toContain(`• channel ${gone.id}: diffusion — 3 papers daily at 09:00 UTC — paused (delivery failed 3 times in a row: Unknown Channel (10003))`);
  }, 30_000);

  it.each([
    { state: 'no-access' as const, reason: 'Missing Access (50001)', status: 403 },
    { state: 'no-permission' as const, reason: 'Missing Permissions (50013)', status: 403 },
  ])('GIVEN a channel the bot lost ($reason) THEN paused after the third failure, /status says why, no fourth attempt; access back + /schedule on resumes', async ({ state, reason, status: httpStatus }) => {
    const { fake, app, answer, subscribe, status, subscription, posts } = await setup();
    const locked = fake.addChannel({ name: 'locked' });
    await subscribe(locked, 'llm');
    locked.state = state;

    app.clock.advance(hour);
    for (let d = 0; d < 3; d++) {
      if (d > 0) app.clock.advance(day);
      expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 0, failed: 1, retried: 0 });
    }
    expect(posts(locked).map((r) => r.status)).toEqual([httpStatus, httpStatus, httpStatus]);
    expect(await subscription(locked)).toMatchObject({ paused: true, failures: 3, pauseReason: { code: 'DELIVERY_FAILED', failures: 3, error: reason }, lastError: { message: reason } });

    app.clock.advance(day);
    expect(await app.scheduler.tick()).toMatchObject({ due: 0, created: 0, failed: 0 });
    expect(posts(locked)).toHaveLength(3);

    app.clock.advance(3 * hour); // 12:00, so the next run is unambiguously tomorrow 09:00
    const text = await status(locked);
    expect(text).toContain(`paused (delivery failed 3 times in a row: ${reason}); resume with /schedule on`);
    expect(text).toContain(`Last error: ${reason}`);

    // A member without Manage Channels can't resume it; one with it can, once access is back.
    const refused = await answer(fake.chatInput('schedule', [subcommand('on', [{ name: 'channel', type: 7, value: locked.id }])]));
    expect(refused[0]!.flags & 64).toBe(64);
    expect((await subscription(locked)).paused).toBe(true);
    locked.state = 'ok';
    const [resumed] = await answer(fake.chatInput('schedule', [subcommand('on', [{ name: 'channel', type: 7, value: locked.id }])], { permissions: manageChannels }));
    expect(plain(resumed!.embeds[0]!.title)).toBe('Schedule updated');
    expect(plain(resumed!.embeds[0]!.description)).toContain('next digest 2026-11-27 09:00');
    const active = await subscription(locked);
    expect(active).toMatchObject({ paused: false, pauseReason: null, failures: 0 });

    app.clock.time = active.nextRunAt!;
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 1, failed: 0 });
    const [digest] = fake.messages.get(locked.id)!;
    expect(plain(digest!.embeds[0]!.title)).toBe('Your digest for 2026-11-27');
    expectSafeMessage(digest!);
    expect(await subscription(locked)).toMatchObject({ lastError: null, lastDelivery: { localDate: '2026-11-27', count: 3 } });
  }, 30_000);
});
