/**
 * End to end through the REAL scheduler: the real command handler and scheduler (test/support/app.ts,
 * starter corpus, in-memory store, a fake clock moved by hand) deliver through the Telegram adapter's
 * own sender (real grammY, throttler and auto-retry) to the fake Bot API on 127.0.0.1. Users talk to
 * the bot by polling; daily runs are `scheduler.tick()` calls after moving the clock.
 *
 * Covers what the sender-level tests in telegram-bot.test.ts cannot: the pause rule after three
 * blocked deliveries (and resuming), a scheduled digest into a forum topic, a 429 storm during the
 * scheduler's fan-out, a retry_after longer than the adapter waits, a network failure, a channel's
 * digests, and a group migrated between two digests. No assertion depends on wall-clock timing.
 */
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../src/bots/telegram/index.ts';
import { telegramHarness } from '../support/bots.ts';
import { digestContent } from '../../src/schedule/digest-reply.ts';
import { presentDigest } from '../../src/bots/shared/present.ts';
import { outboxKey } from '../../src/schedule/outbox.ts';
import type { ChatRef } from '../../src/schedule/types.ts';
import { chats, FakeTelegramApi, users, type SentMessage } from '../fakes/telegram-api.ts';
import type { Chat, User } from 'grammy/types';

const hour = 3_600_000;
const day = 24 * hour;

const harness = telegramHarness({ retry: { maxDelaySeconds: 3, maxRetryAttempts: 20 } });

/** The app (clock at 2026-11-23 08:00 UTC; digests at 09:00 UTC by default) with the Telegram bot polling the fake. */
async function setup(options: { sendTimeoutMs?: number } = {}) {
  const { fake: f, app, tg } = await harness(options);

  /** Sends a command as `from` and resolves with the bot's (single-message) reply. */
  const command = async (chat: Chat, from: User, text: string, threadId?: number): Promise<SentMessage> => {
    const before = f.messagesIn(chat.id, threadId).length;
    f.say(chat, from, text, threadId === undefined ? {} : { threadId });
    return f.waitFor(() => f.messagesIn(chat.id, threadId)[before], 10_000, `a reply to ${text}`);
  };
  /** The HTML messages a chat's digest for `date` must consist of (rendered from its outbox entry). */
  const expectedDigest = async (chat: ChatRef, date: string): Promise<string[]> => {
    const entry = await app.store.outbox.get(outboxKey(chat, date));
    expect(entry, `outbox entry ${outboxKey(chat, date)}`).toBeTruthy();
    const sub = await app.store.subscriptions.get(chat);
    const reply = presentDigest(digestContent(entry!, (id) => app.index.get(id), sub), sub);
    return renderReply(reply).map((m) => m.html);
  };
  const subscription = async (chat: ChatRef) => (await app.store.subscriptions.get(chat))!;
  return { fake: f, app, command, expectedDigest, subscription };
}

const telegramChat = (chatId: number, threadId?: number): ChatRef => ({
  platform: 'telegram',
  chatId: String(chatId),
  ...(threadId === undefined ? {} : { threadId: String(threadId) }),
});
/** Digest messages (their title line, in English, Russian or Chinese). */
const digestsIn = (f: FakeTelegramApi, chatId: number, threadId?: number) => f.messagesIn(chatId, threadId).filter((m) => /^(Your digest for |Дайджест на |\d+月\d+日 论文推送)/.test(m.text));
const rejected = (f: FakeTelegramApi) => f.calls.filter((c) => c.status === 400);

describe('Telegram through the scheduler: the pause rule', () => {
  it('GIVEN a subscribed DM that blocked the bot THEN three daily 403s pause it with the reason, /status says why, no fourth attempt; /schedule on resumes it', async () => {
    const { fake, app, command, subscription } = await setup();
    const dm = chats.dm(users.alice);
    const chat = telegramChat(users.alice.id);
    expect((await command(dm, users.alice, '/subscribe diffusion')).text).toContain('Subscribed: diffusion');
    fake.block(users.alice.id);
    const refused = () => fake.callsOf('sendMessage').filter((c) => c.payload.chat_id === users.alice.id && c.status === 403);

    app.clock.advance(hour); // 09:00 UTC, the default delivery time
    const reports = [];
    for (let d = 0; d < 3; d++) {
      if (d > 0) app.clock.advance(day);
      reports.push(await app.scheduler.tick());
      expect((await subscription(chat)).failures).toBe(d + 1);
    }
    expect(reports.map((r) => ({ due: r.due, sent: r.sent, failed: r.failed, retried: r.retried }))).toEqual(Array(3).fill({ due: 1, sent: 0, failed: 1, retried: 0 }));
    expect(refused()).toHaveLength(3); // one attempt a day: a 403 is not retried
    const paused = await subscription(chat);
    expect(paused).toMatchObject({
      paused: true,
      pauseReason: { code: 'DELIVERY_FAILED', failures: 3, error: 'Forbidden: bot was blocked by the user' },
      lastError: { message: 'Forbidden: bot was blocked by the user' },
      failures: 3,
      nextRunAt: null,
      topics: ['diffusion'], // settings kept
    });

    // Day four: nothing is due and nothing is attempted.
    app.clock.advance(day);
    expect(await app.scheduler.tick()).toMatchObject({ due: 0, created: 0, sent: 0, failed: 0 });
    expect(refused()).toHaveLength(3);

    // The user unblocks the bot and asks what happened.
    fake.unblock(users.alice.id);
    app.clock.advance(3 * hour); // 12:00, so the next run is unambiguously tomorrow 09:00
    const status = await command(dm, users.alice, '/status');
    expect(status.text).toContain('Follows: diffusion');
    expect(status.text).toContain('paused (delivery failed 3 times in a row: Forbidden: bot was blocked by the user); resume with /schedule on');
    expect(status.text).toContain('Last error: Forbidden: bot was blocked by the user');

    // /subscribe adds topics but does not silently lift the pause; its reply says how to.
    const more = await command(dm, users.alice, '/subscribe llm');
    expect(more.text).toContain('Subscribed: llm');
    expect(more.text).toContain('resume with /schedule on');
    expect(await subscription(chat)).toMatchObject({ paused: true, topics: ['diffusion', 'llm'] });

    const resumed = await command(dm, users.alice, '/schedule on');
    expect(resumed.text).toContain('Schedule updated');
    expect(resumed.text).toContain('next digest 2026-11-27 09:00');
    const active = await subscription(chat);
    expect(active).toMatchObject({ paused: false, pauseReason: null, failures: 0, topics: ['diffusion', 'llm'] });

    app.clock.time = active.nextRunAt!;
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 1, failed: 0 });
    expect(digestsIn(fake, users.alice.id).map((m) => m.text.split('\n')[0])).toEqual(['Your digest for 2026-11-27']);
    expect(await subscription(chat)).toMatchObject({ lastError: null, failures: 0, lastDelivery: { localDate: '2026-11-27', count: 3 } });
    const after = await command(dm, users.alice, '/status');
    expect(after.text).toContain('Last digest: 2026-11-27 (3 papers)');
    expect(after.text).not.toContain('Last error');
    expect(rejected(fake)).toEqual([]);
  }, 30_000);

  it('GIVEN one blocked chat among healthy ones THEN only it is paused and the others get a digest every day', async () => {
    const { fake, app, command, subscription } = await setup();
    const healthy = [users.boris, users.mei];
    for (const u of [users.alice, ...healthy]) await command(chats.dm(u), u, '/subscribe diffusion');
    fake.block(users.alice.id);
    app.clock.advance(hour);
    for (let d = 0; d < 4; d++) {
      if (d > 0) app.clock.advance(day);
      await app.scheduler.tick();
    }
    expect((await subscription(telegramChat(users.alice.id))).paused).toBe(true);
    // Each in the language of the person who subscribed: Boris's app is Russian, Mei's Chinese.
    const titles = { [users.boris.id]: (dd: string) => `Дайджест на ${dd} ноября`, [users.mei.id]: (dd: string) => `11月${dd}日 论文推送` };
    for (const u of healthy) {
      expect(await subscription(telegramChat(u.id))).toMatchObject({ paused: false, failures: 0, lastError: null });
      expect(digestsIn(fake, u.id).map((m) => m.text.split('\n')[0])).toEqual(['23', '24', '25', '26'].map(titles[u.id]!));
    }
  }, 30_000);

  it('GIVEN a forum topic that was deleted THEN "message thread not found" three days running pauses that topic only', async () => {
    const { fake, app, command, subscription } = await setup();
    const forum = chats.supergroup(-1006001, 'Forum', true);
    fake.forum(forum.id, [42, 43]);
    fake.setMember(forum.id, users.alice.id, 'administrator');
    await command(forum, users.alice, '/subscribe diffusion', 42);
    await command(forum, users.alice, '/subscribe llm', 43);
    fake.forum(forum.id, [43]); // topic 42 deleted
    app.clock.advance(hour);
    for (let d = 0; d < 3; d++) {
      if (d > 0) app.clock.advance(day);
      await app.scheduler.tick();
    }
    expect(await subscription(telegramChat(forum.id, 42))).toMatchObject({
      paused: true,
      pauseReason: { code: 'DELIVERY_FAILED', failures: 3, error: 'Bad Request: message thread not found' },
    });
    expect(await subscription(telegramChat(forum.id, 43))).toMatchObject({ paused: false, failures: 0 });
    expect(digestsIn(fake, forum.id, 43)).toHaveLength(3);
    const status = await command(forum, users.alice, '/status', 43);
    expect(status.threadId).toBe(43);
    const [own, others] = status.text.split('Other topics of this group with digests:');
    expect(own).not.toContain('paused');
    // The deleted topic is listed (it can't be reached to ask it), with why it is paused.
    expect(others).toContain('• topic 42: diffusion — 3 papers daily at 09:00 UTC — paused (delivery failed 3 times in a row: Bad Request: message thread not found)');
  }, 30_000);
});

describe('Telegram through the scheduler: delivery', () => {
  it('GIVEN a subscription made in a forum topic THEN the scheduled digest lands in that topic, complete and accepted', async () => {
    const { fake, app, command, expectedDigest } = await setup();
    const forum = chats.supergroup(-1006666, 'Forum', true);
    fake.forum(forum.id, [42, 43]);
    fake.setMember(forum.id, users.alice.id, 'creator');
    await command(forum, users.alice, '/subscribe diffusion', 42);
    await command(forum, users.alice, '/schedule size 10', 42); // two messages' worth

    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, created: 1, sent: 1, failed: 0 });
    const chat = telegramChat(forum.id, 42);
    const parts = await expectedDigest(chat, '2026-11-23');
    expect(parts.length).toBeGreaterThan(1);
    const delivered = fake.messagesIn(forum.id).slice(2); // after the two command replies
    expect(delivered.map((m) => m.html)).toEqual(parts);
    expect(delivered.every((m) => m.threadId === 42)).toBe(true);
    // Link previews are off for multi-paper messages (a last message holding one paper keeps its preview).
    expect(delivered[0]!.linkPreviewDisabled).toBe(true);
    expect(fake.messagesIn(forum.id, 43)).toEqual([]);
    expect(fake.messagesIn(forum.id).filter((m) => m.threadId === undefined)).toEqual([]);

    // The same minute again, then a later tick the same day: nothing more.
    expect(await app.scheduler.tick()).toMatchObject({ due: 0, sent: 0 });
    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 0, sent: 0 });
    const status = await command(forum, users.alice, '/status', 42);
    // Every diffusion paper of the starter corpus (fewer than the 10 asked for since tagging got stricter).
    expect(status.text).toMatch(/Last digest: 2026-11-23 \(\d+ papers\)/);
    expect(digestsIn(fake, forum.id)).toHaveLength(1);
    expect(rejected(fake)).toEqual([]);
  }, 30_000);

  it('GIVEN a 429 storm during the fan-out THEN every chat gets its whole digest exactly once, in order', async () => {
    const { fake, app, command, expectedDigest } = await setup();
    const readers: User[] = Array.from({ length: 4 }, (_, i) => ({ id: 2100 + i, is_bot: false, first_name: `Reader ${i}` }) as User);
    const groups = [chats.supergroup(-1002101, 'Group A'), chats.supergroup(-1002102, 'Group B')];
    const targets: { chat: Chat; from: User }[] = [...readers.map((u) => ({ chat: chats.dm(u), from: u })), ...groups.map((g) => ({ chat: g, from: users.alice }))];
    for (const g of groups) fake.setMember(g.id, users.alice.id, 'administrator');
    for (const [i, t] of targets.entries()) {
      await command(t.chat, t.from, i % 2 ? '/subscribe llm' : '/subscribe diffusion');
      if (i < 3) await command(t.chat, t.from, '/schedule size 10');
    }
    const before = new Map(targets.map((t) => [t.chat.id, fake.messagesIn(t.chat.id).length]));

    fake.rateLimit({ global: 4, retryAfter: 1 });
    fake.flood(8, 1);
    app.clock.advance(hour);
    const report = await app.scheduler.tick();
    expect(report).toMatchObject({ due: 6, created: 6, sent: 6, retried: 0, failed: 0 });
    expect(fake.calls.filter((c) => c.status === 429).length).toBeGreaterThanOrEqual(8);
    for (const t of targets) {
      const parts = await expectedDigest(telegramChat(t.chat.id), '2026-11-23');
      expect(fake.messagesIn(t.chat.id).slice(before.get(t.chat.id)!).map((m) => m.html), `chat ${t.chat.id}`).toEqual(parts);
    }
    // A second tick finds nothing to (re)send.
    fake.rateLimit(null);
    expect(await app.scheduler.tick()).toMatchObject({ due: 0, created: 0, sent: 0 });
    expect(digestsIn(fake, groups[0]!.id).length + digestsIn(fake, readers[0]!.id).length).toBe(2);
    expect(rejected(fake)).toEqual([]);
  }, 60_000);

  it('GIVEN a retry_after longer than the adapter waits, mid-digest THEN the scheduler retries later and sends only the missing part', async () => {
    const { fake, app, command, expectedDigest, subscription } = await setup();
    const dm = chats.dm(users.boris);
    const chat = telegramChat(users.boris.id);
    await command(dm, users.boris, '/subscribe diffusion');
    await command(dm, users.boris, '/schedule size 10');
    const before = fake.messagesIn(users.boris.id).length;
    let sends = 0;
    fake.onSend = (p) => (p.chat_id === users.boris.id && ++sends === 2 ? { code: 429, description: 'Too Many Requests: retry after 40', parameters: { retry_after: 40 } } : undefined);

    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 0, retried: 1, failed: 0 });
    const waiting = (await app.store.outbox.get(outboxKey(chat, '2026-11-23')))!;
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1, lastError: 'Too Many Requests: retry after 40' });
    expect(waiting.nextAttemptAt - app.clock.now()).toBeGreaterThanOrEqual(40_000);
    expect((await subscription(chat)).failures).toBe(0); // a rate limit is not a failure of the chat
    expect(fake.messagesIn(users.boris.id)).toHaveLength(before + 1);

    // Before the retry is due: nothing.
    expect(await app.scheduler.tick()).toMatchObject({ sent: 0, retried: 0 });
    app.clock.time = waiting.nextAttemptAt;
    expect(await app.scheduler.tick()).toMatchObject({ sent: 1, retried: 0, failed: 0 });
    expect(fake.messagesIn(users.boris.id).slice(before).map((m) => m.html)).toEqual(await expectedDigest(chat, '2026-11-23'));
    expect(await app.store.outbox.get(outboxKey(chat, '2026-11-23'))).toMatchObject({ state: 'sent', attempts: 2, recorded: true });
  }, 30_000);

  it('GIVEN the network fails during delivery THEN a retry later (no failure counted, no pause) and the digest arrives once', async () => {
    // The send gives up after 300 ms (auto-retry would back off from 3 s); the scheduler retries later.
    const { fake, app, command, expectedDigest, subscription } = await setup({ sendTimeoutMs: 300 });
    const dm = chats.dm(users.mei);
    const chat = telegramChat(users.mei.id);
    await command(dm, users.mei, '/subscribe diffusion');
    const before = fake.messagesIn(users.mei.id).length;
    fake.dropSends(true);
    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 0, retried: 1, failed: 0 });
    expect(fake.calls.filter((c) => c.status === 0).length).toBeGreaterThanOrEqual(1);
    expect(await subscription(chat)).toMatchObject({ paused: false, failures: 0 });
    const waiting = (await app.store.outbox.get(outboxKey(chat, '2026-11-23')))!;
    expect(waiting.state).toBe('pending');

    fake.dropSends(false);
    app.clock.time = waiting.nextAttemptAt;
    expect(await app.scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
    expect(fake.messagesIn(users.mei.id).slice(before).map((m) => m.html)).toEqual(await expectedDigest(chat, '2026-11-23'));
  }, 30_000);

  it('GIVEN a channel whose admin posts /subscribe THEN the channel gets its scheduled digest; /unsubscribe all stops them', async () => {
    const { fake, app } = await setup();
    const channel = chats.channel(-1009001, 'Daily AI papers');
    const post = async (text: string) => {
      const before = fake.messagesIn(channel.id).length;
      fake.post(channel, text);
      return fake.waitFor(() => fake.messagesIn(channel.id)[before], 10_000, `a reply to ${text}`);
    };
    expect((await post('/subscribe diffusion')).text).toContain('Subscribed: diffusion');
    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 1 });
    expect(digestsIn(fake, channel.id)).toHaveLength(1);
    expect((await post('/unsubscribe all')).text).toContain('Unsubscribed from everything');
    app.clock.advance(day);
    expect(await app.scheduler.tick()).toMatchObject({ due: 0, created: 0, sent: 0 });
    expect(digestsIn(fake, channel.id)).toHaveLength(1);
    expect(fake.callsOf('getChatMember')).toEqual([]); // a channel post is an admin's: no lookup
    expect(rejected(fake)).toEqual([]);
  }, 30_000);

  it('GIVEN a group upgraded to a supergroup before the digest THEN the digest follows it and the subscription moves', async () => {
    const { fake, app, command, subscription } = await setup();
    const group = chats.group(-4005);
    fake.setMember(group.id, users.alice.id, 'administrator');
    await command(group, users.alice, '/subscribe diffusion');
    fake.migrate(group.id, -1004005);

    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, moved: 1, sent: 1, failed: 0 });
    expect(digestsIn(fake, -1004005)).toHaveLength(1);
    expect(await app.store.subscriptions.get(telegramChat(group.id))).toBeUndefined();
    expect(await subscription(telegramChat(-1004005))).toMatchObject({ topics: ['diffusion'], paused: false, lastDelivery: { localDate: '2026-11-23' } });

    // The next day goes straight to the new id, with new papers.
    app.clock.advance(day);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, moved: 0, sent: 1 });
    const [first, second] = digestsIn(fake, -1004005);
    expect(second!.text.split('\n')[0]).toBe('Your digest for 2026-11-24');
    const titles = (m: SentMessage) => new Set([...m.html.matchAll(/<b>\d+\. (.*?)<\/b>/g)].map((x) => x[1]));
    expect([...titles(second!)].filter((t) => titles(first!).has(t))).toEqual([]);
  }, 30_000);
});
