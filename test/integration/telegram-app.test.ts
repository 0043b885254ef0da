/**
 * The Telegram adapter driving the REAL command handler (test/support/app.ts: starter corpus,
 * in-memory store, scheduler with a fake clock) through the real grammY client and the fake Bot API.
 */
import { describe, expect, it } from 'vitest';
import { chats, FakeTelegramApi, users, type SentMessage } from '../fakes/telegram-api.ts';
import { telegramHarness } from '../support/bots.ts';

const setup = telegramHarness({
  throttle: { global: { maxConcurrent: null }, group: { maxConcurrent: 1, minTime: 0 }, out: { maxConcurrent: 1, minTime: 0 } },
  retry: { maxDelaySeconds: 3, maxRetryAttempts: 20 },
});

const rejected = (f: FakeTelegramApi) => f.calls.filter((c) => c.status >= 400 && c.method !== 'getUpdates');
const last = (f: FakeTelegramApi, chatId: number, text: string) => () => f.messagesIn(chatId).findLast((m: SentMessage) => m.text.includes(text));

describe('Telegram adapter with the real command handler', () => {
  it('GIVEN /paper diffusion THEN five starter-corpus cards, and Next edits to page 2', async () => {
    const { fake } = await setup();
    fake.say(chats.dm(users.alice), users.alice, '/paper diffusion');
    const msg = await fake.waitFor(last(fake, users.alice.id, 'Papers for'), 10_000, 'page 1');
    expect(msg.html.match(/<b>\d+\. /g)).toHaveLength(5);
    const next = (msg.replyMarkup.inline_keyboard[0] as { text: string; callback_data: string }[]).find((b) => b.text.startsWith('Next'))!;
    const q = fake.press(msg, users.alice, next.callback_data);
    await fake.waitFor(() => fake.callbackAnswers.has(q), 10_000, 'page 2');
    expect(msg.html).toContain('<b>6. ');
    expect(rejected(fake)).toEqual([]);
  });

  it('GIVEN /paper <b>&amp; THEN the reply echoes it escaped and Telegram accepts it', async () => {
    const { fake } = await setup();
    fake.say(chats.dm(users.mei), users.mei, '/paper <b>&amp;');
    const msg = await fake.waitFor(() => fake.messagesIn(users.mei.id)[0], 10_000, 'a reply');
    expect(msg.text).toContain('<b>&amp;');
    expect(rejected(fake)).toEqual([]);
  });

  it('GIVEN /subscribe diffusion in a group THEN a member is refused (naming the admins), an admin subscribes', async () => {
    const { fake, app } = await setup();
    const group = chats.supergroup(-1005555);
    fake.setMember(group.id, users.alice.id, 'creator');
    fake.say(group, users.boris, '/subscribe diffusion');
    // In Boris's language: the group has no language of its own yet, and his app is Russian.
    const refusal = await fake.waitFor(last(fake, group.id, 'Это могут менять только админы'), 10_000, 'refusal');
    expect(refusal.text).toContain('только администраторы');
    fake.say(group, users.alice, '/subscribe diffusion');
    await fake.waitFor(last(fake, group.id, 'Subscribed'), 10_000, 'subscribed');
    const sub = await app.store.subscriptions.get({ platform: 'telegram', chatId: String(group.id) });
    expect(sub?.topics).toEqual(['diffusion']);
    expect(rejected(fake)).toEqual([]);
  });

  it('GIVEN /subscribe in a forum topic and /digest there THEN the digest lands in that topic', async () => {
    const { fake, app } = await setup();
    const forum = chats.supergroup(-1006666, 'Forum', true);
    fake.forum(forum.id, [42]);
    fake.setMember(forum.id, users.alice.id, 'administrator');
    fake.say(forum, users.alice, '/subscribe diffusion', { threadId: 42 });
    await fake.waitFor(last(fake, forum.id, 'Subscribed'), 10_000, 'subscribed');
    expect(await app.store.subscriptions.get({ platform: 'telegram', chatId: String(forum.id), threadId: '42' })).toBeTruthy();
    fake.say(forum, users.alice, '/digest', { threadId: 42 });
    await fake.waitFor(() => fake.messagesIn(forum.id, 42).length >= 2, 10_000, 'digest');
    expect(fake.messagesIn(forum.id).every((m) => m.threadId === 42)).toBe(true);
    expect(rejected(fake)).toEqual([]);
  });
});
