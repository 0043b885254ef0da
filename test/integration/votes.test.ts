/**
 * 👍/👎 on cards through the real clients: the real grammY bot against the fake Bot API and the real
 * discord.js client against the fake Discord, both driving the real command handler and scheduler
 * (test/support/app.ts). The fakes enforce the platforms' limits (callback_data <= 64 bytes, custom
 * id <= 100 characters, five rows of five buttons) and Discord's 3-second interaction deadline.
 */
import { describe, expect, it } from 'vitest';
import { chats, users, type SentMessage } from '../fakes/telegram-api.ts';
import type { FakeMessage } from '../fakes/discord-api.ts';
import { discordHarness, expectSafeMessage, telegramHarness } from '../support/bots.ts';

type TgButton = { text: string; callback_data: string };
const rowsOf = (m: SentMessage) => m.replyMarkup.inline_keyboard as TgButton[][];

describe('Telegram: vote buttons', () => {
  const setup = telegramHarness({
    throttle: { global: { maxConcurrent: null }, group: { maxConcurrent: 1, minTime: 0 }, out: { maxConcurrent: 1, minTime: 0 } },
    retry: { maxDelaySeconds: 3, maxRetryAttempts: 20 },
  });

  it('GIVEN /paper in a group THEN 👍/👎 per card under the pager; every member may vote once per paper; the answer is a toast', async () => {
    const { fake, app } = await setup();
    const group = chats.supergroup(-1007777);
    fake.say(group, users.alice, '/paper diffusion');
    const msg = await fake.waitFor(() => fake.messagesIn(group.id).find((m) => m.text.includes('Papers for')), 10_000, 'results');
    const rows = rowsOf(msg);
    expect(rows[0]!.map((b) => b.text).at(-1)).toBe('Next ▶');
    const votes = rows.slice(1);
    expect(votes.map((r) => r.map((b) => b.text))).toEqual([1, 2, 3, 4, 5].map((n) => [`👍 ${n}`, `👎 ${n}`]));
    for (const b of votes.flat()) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);

    const second = votes[1]![0]!.callback_data;
    const byBoris = fake.press(msg, users.boris, second);
    await fake.waitFor(() => fake.callbackAnswers.has(byBoris), 10_000, 'answer');
    expect(fake.callbackAnswers.get(byBoris)!.text).toMatch(/^👍 /); // in the voter's language
    const byMei = fake.press(msg, users.mei, second);
    await fake.waitFor(() => fake.callbackAnswers.has(byMei), 10_000, 'answer');
    const chat = { platform: 'telegram' as const, chatId: String(group.id) };
    const paperId = second.slice('pb:v:+:'.length);
    expect((await app.feedback.votes(chat)).get(paperId)).toBe(2);
    // Boris changes his mind; pressing 👎 again withdraws it.
    const down = votes[1]![1]!.callback_data;
    const change = fake.press(msg, users.boris, down);
    await fake.waitFor(() => fake.callbackAnswers.has(change), 10_000, 'answer');
    expect(fake.callbackAnswers.get(change)!.text).toContain('👍');
    expect((await app.feedback.votes(chat)).has(paperId)).toBe(false); // +1 (Mei) -1 (Boris)
    const withdraw = fake.press(msg, users.boris, down);
    await fake.waitFor(() => fake.callbackAnswers.has(withdraw), 10_000, 'answer');
    expect(fake.callbackAnswers.get(withdraw)!.text).not.toMatch(/^👎/); // withdrawn, not another 👎
    expect((await app.feedback.votes(chat)).get(paperId)).toBe(1);
    expect(msg.edits).toBe(0); // a vote never touches the message
  });

  it('GIVEN a scheduled digest THEN each message carries the buttons of its cards, and /like 2 names card 2', async () => {
    const { fake, app } = await setup();
    const dm = chats.dm(users.alice);
    fake.say(dm, users.alice, '/subscribe llm');
    await fake.waitFor(() => fake.messagesIn(dm.id).find((m) => m.text.includes('Subscribed')), 10_000, 'subscribed');
    app.clock.advance(2 * 3_600_000); // past 09:00 UTC
    await app.scheduler.tick();
    const digest = await fake.waitFor(() => fake.messagesIn(dm.id).find((m) => m.text.includes('Your digest')), 10_000, 'digest');
    const cards = fake.messagesIn(dm.id).filter((m) => m.at >= digest.at);
    const labels = cards.flatMap((m) => (m.replyMarkup?.inline_keyboard ?? []) as TgButton[][]).map((r) => r.map((b) => b.text));
    expect(labels).toEqual([1, 2, 3].map((n) => [`👍 ${n}`, `👎 ${n}`]));
    fake.say(dm, users.alice, '/like 2');
    await fake.waitFor(() => fake.messagesIn(dm.id).find((m) => m.text.startsWith('👍 Liked')), 10_000, 'liked');
    const second = cards.flatMap((m) => (m.replyMarkup?.inline_keyboard ?? []) as TgButton[][])[1]![0]!.callback_data.slice('pb:v:+:'.length);
    expect((await app.feedback.votes({ platform: 'telegram', chatId: String(dm.id) })).get(second)).toBe(1);
  });

  it('GIVEN a chat set to Russian and a vote button whose paper id expired THEN the toast says so in Russian, whoever presses', async () => {
    const { fake } = await setup();
    const dm = chats.dm(users.alice); // an English-speaking user
    fake.say(dm, users.alice, '/lang ru');
    await fake.waitFor(() => fake.messagesIn(dm.id).length >= 1 ? true : undefined, 10_000, 'lang set');
    fake.say(dm, users.alice, '/paper diffusion');
    const msg = await fake.waitFor(() => fake.messagesIn(dm.id).find((m) => (m.replyMarkup?.inline_keyboard?.length ?? 0) > 1), 10_000, 'results');
    const expired = fake.press(msg, users.alice, 'pb:v:+:k:AAAAAAAAAAAAAAAA'); // a stored-id token the store no longer has
    await fake.waitFor(() => fake.callbackAnswers.has(expired), 10_000, 'answer');
    expect(fake.callbackAnswers.get(expired)!.text).toMatch(/^Эта кнопка устарела\n.*\/like/);
  });
});

describe('Discord: vote buttons', () => {
  const setup = discordHarness();
  const manageChannels = 16n;

  it('GIVEN /paper THEN the pager row then two cards a row of 👍/👎; a click is answered ephemerally within the deadline and every member may vote', async () => {
    const { fake, app } = await setup();
    const i = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'diffusion' }]);
    const [message] = await fake.waitFor(() => fake.answered(i), 10_000, 'results');
    expectSafeMessage(message!);
    const rows = message!.components as { components: { label: string; custom_id: string }[] }[];
    expect(rows.map((r) => r.components.map((c) => c.label))).toEqual([['◀ Prev', 'Next ▶'], ['👍 1', '👎 1', '👍 2', '👎 2'], ['👍 3', '👎 3', '👍 4', '👎 4'], ['👍 5', '👎 5']]);
    for (const c of rows.slice(1).flatMap((r) => r.components)) expect(c.custom_id.length).toBeLessThanOrEqual(100);

    const up = rows[1]!.components[2]!.custom_id; // 👍 2
    const first = fake.button(up, message!, { user: { id: '900001', username: 'ann', discriminator: '0', global_name: 'Ann', avatar: null } });
    // A button's interaction starts out pointing at the clicked message: wait for the ephemeral answer.
    const [answer] = await fake.waitFor(() => (fake.answered(first)?.[0]?.content ? fake.answered(first) : undefined), 10_000, 'vote answer');
    expect(answer!.flags & 64).toBe(64);
    expect(answer!.content).toMatch(/^👍 Liked: /);
    const again = fake.button(up, message!, { user: { id: '900002', username: 'ben', discriminator: '0', global_name: 'Ben', avatar: null } });
    await fake.waitFor(() => (fake.answered(again)?.[0]?.content ? true : undefined), 10_000, 'second vote');
    const chat = { platform: 'discord' as const, chatId: fake.generalChannelId, guildId: fake.guildId };
    expect((await app.feedback.votes(chat)).get(up.slice('pb:v:+:'.length))).toBe(2);
    expect(fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });

  it('GIVEN /paper THEN /like card:2 and /dislike with an arXiv id vote as the buttons do, and /saved lists the liked paper', async () => {
    const { fake, app } = await setup();
    const search = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'diffusion' }]);
    const [results] = await fake.waitFor(() => fake.answered(search), 10_000, 'results');
    const rows = results!.components as { components: { custom_id: string }[] }[];
    const second = rows[1]!.components[2]!.custom_id.slice('pb:v:+:'.length); // 👍 2
    const like = fake.chatInput('like', [{ name: 'card', type: 3, value: '2' }]);
    const [liked] = await fake.waitFor(() => fake.answered(like), 10_000, 'liked');
    expect(JSON.stringify(liked)).toContain('👍 Liked');
    const chat = { platform: 'discord' as const, chatId: fake.generalChannelId, guildId: fake.guildId };
    expect((await app.feedback.votes(chat)).get(second)).toBe(1);
    const third = rows[2]!.components[0]!.custom_id.slice('pb:v:+:'.length); // 👍 3
    const dislike = fake.chatInput('dislike', [{ name: 'card', type: 3, value: third.replace(/^arxiv:/, '') }]);
    await fake.waitFor(() => fake.answered(dislike), 10_000, 'disliked');
    expect((await app.feedback.votes(chat)).get(third)).toBe(-1);
    const saved = fake.chatInput('saved', [{ name: 'page', type: 4, value: 1 }]);
    const [list] = await fake.waitFor(() => fake.answered(saved), 10_000, 'saved');
    expectSafeMessage(list!);
    const text = JSON.stringify(list);
    expect(text).toContain('Saved papers');
    expect(second).toMatch(/^arxiv:/);
    expect(text).toContain(second.slice('arxiv:'.length)); // its card links the paper
    expect(fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });

  it('GIVEN a channel set to Russian and a vote button whose paper id expired THEN the ephemeral answer says so in Russian', async () => {
    const { fake } = await setup();
    const lang = fake.chatInput('lang', [{ name: 'language', type: 3, value: 'ru' }], { permissions: manageChannels });
    await fake.waitFor(() => fake.answered(lang), 10_000, 'lang');
    const search = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'diffusion' }]);
    const [results] = await fake.waitFor(() => fake.answered(search), 10_000, 'results');
    const click = fake.button('pb:v:-:k:AAAAAAAAAAAAAAAA', results!);
    const [answer] = await fake.waitFor(() => (fake.answered(click)?.[0]?.content ? fake.answered(click) : undefined), 10_000, 'answer');
    expect(answer!.flags & 64).toBe(64);
    expect(answer!.content).toMatch(/^Эта кнопка устарела\n.*\/dislike/);
  });

  it('GIVEN a scheduled digest THEN its message carries vote rows Discord accepts', async () => {
    const { fake, app } = await setup();
    const sub = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'llm' }], { permissions: manageChannels });
    await fake.waitFor(() => fake.answered(sub), 10_000, 'subscribed');
    app.clock.advance(2 * 3_600_000);
    await app.scheduler.tick();
    const posted = await fake.waitFor(() => (fake.messages.get(fake.generalChannelId) ?? []).find((m: FakeMessage) => m.embeds[0]?.title?.includes('Your digest')), 10_000, 'digest');
    expectSafeMessage(posted);
    const labels = (posted.components as { components: { label: string }[] }[]).map((r) => r.components.map((c) => c.label));
    expect(labels).toEqual([['👍 1', '👎 1', '👍 2', '👎 2'], ['👍 3', '👎 3']]);
  });
});
