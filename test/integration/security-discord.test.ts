/**
 * Adversarial tests of the Discord adapter: the real discord.js client against the fake Discord,
 * driving the REAL command handler (test/support/app.ts). Who may change which channel's
 * subscription, and what user text can do to the messages the bot sends.
 */
import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/schedule/types.ts';
import { discordHarness, expectSafeMessage } from '../support/bots.ts';
import { FakeDiscord, subcommand, type FakeInteraction, type FakeMessage } from '../fakes/discord-api.ts';

const manageChannels = 16n;

const setup = discordHarness();

const answer = (f: FakeDiscord, i: FakeInteraction) => f.waitFor(() => f.answered(i), 10_000, 'an answer');
const text = (m: FakeMessage) => m.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');

describe('Discord: Manage Channels is checked in the channel the command changes', () => {
  it('GIVEN Manage Channels here but an overwrite denying it in #announcements THEN /subscribe channel:#announcements is refused and nothing is stored', async () => {
    const { fake, app } = await setup();
    const announcements = fake.addChannel({ name: 'announcements' });
    const target: ChatRef = { platform: 'discord', chatId: announcements.id, guildId: fake.guildId };
    const i = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'diffusion' }, { name: 'channel', type: 7, value: announcements.id }], {
      permissions: manageChannels,
      channelPermissions: { [announcements.id]: 0n },
    });
    const [refusal] = await answer(fake, i);
    expect(refusal!.flags & 64).toBe(64);
    expect(text(refusal!)).toContain('Only admins can change this');
    expect(await app.store.subscriptions.get(target)).toBeUndefined();

    // The same for /schedule and /unsubscribe aimed at that channel.
    const schedule = fake.chatInput('schedule', [subcommand('off', [{ name: 'channel', type: 7, value: announcements.id }])], {
      permissions: manageChannels,
      channelPermissions: { [announcements.id]: 0n },
    });
    expect(text((await answer(fake, schedule))[0]!)).toContain('Only admins can change this');
    expect(await app.store.subscriptions.get(target)).toBeUndefined();
  });

  it('GIVEN no Manage Channels here but Manage Channels in #papers THEN /subscribe channel:#papers is allowed', async () => {
    const { fake, app } = await setup();
    const papers = fake.addChannel({ name: 'papers' });
    const i = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'llm' }, { name: 'channel', type: 7, value: papers.id }], {
      permissions: 0n,
      channelPermissions: { [papers.id]: manageChannels },
    });
    const [ok] = await answer(fake, i);
    expectSafeMessage(ok!);
    expect(ok!.embeds[0]!.title).toMatch(/^Subscribed: llm/);
    expect((await app.store.subscriptions.get({ platform: 'discord', chatId: papers.id, guildId: fake.guildId }))?.topics).toEqual(['llm']);
  });

  it('GIVEN a DM whose channel: option names a server channel THEN it is not treated as the private chat: refused', async () => {
    const { fake, app } = await setup();
    const papers = fake.addChannel({ name: 'papers' });
    const i = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'llm' }, { name: 'channel', type: 7, value: papers.id }], { dm: true, channelId: '900000000000000001' });
    const [refusal] = await answer(fake, i);
    expect(text(refusal!)).toContain('Only admins can change this');
    expect(await app.store.subscriptions.get({ platform: 'discord', chatId: papers.id })).toBeUndefined();
  });
});

describe('Discord: autocomplete with long emoji input', () => {
  it('GIVEN /subscribe and /paper autocomplete typed with emoji past 100 characters THEN choices are cut between characters and accepted', async () => {
    const { fake } = await setup();
    // 'x' + 60 emoji: 121 UTF-16 units, so the 100-unit cut falls inside an emoji.
    const typed = `x${'🧪'.repeat(60)}`;
    const topic = fake.autocomplete('subscribe', [{ name: 'topic', type: 3, value: typed, focused: true }]);
    const paper = fake.autocomplete('paper', [{ name: 'query', type: 3, value: typed, focused: true }]);
    const topicChoices = await fake.waitFor(() => topic.choices, 10_000, 'topic choices');
    const paperChoices = await fake.waitFor(() => paper.choices, 10_000, 'query choices');
    expect(topicChoices).toHaveLength(1);
    expect(paperChoices.length).toBeGreaterThan(0);
    for (const c of [...topicChoices, ...paperChoices]) expect(String(c.value).startsWith('x🧪')).toBe(true);
    expect(fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });
});

describe('Discord: a digest of several messages that fails in the middle', () => {
  it('GIVEN the second message fails (5xx) THEN the scheduler retries and posts only the rest: every card exactly once, in order', async () => {
    const { fake: f, app } = await setup();
    const papers = f.addChannel({ name: 'papers' });
    const channel = [{ name: 'channel', type: 7, value: papers.id }];
    await answer(f, f.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'diffusion' }, ...channel], { permissions: manageChannels }));
    await answer(f, f.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'llm' }, ...channel], { permissions: manageChannels }));
    await answer(f, f.chatInput('schedule', [subcommand('size', [{ name: 'papers', type: 4, value: 10 }, ...channel])], { permissions: manageChannels }));

    // 09:00: the first message of the digest is posted, the second fails on every discord.js attempt.
    const posts = new RegExp(`^/channels/${papers.id}/messages$`);
    f.failNext({ method: 'POST', path: posts, skip: 1 }, 502, { message: 'Bad Gateway', code: 0 }, 4);
    app.clock.advance(3_600_000);
    expect(await app.scheduler.tick()).toMatchObject({ due: 1, sent: 0, retried: 1 });
    const firstTry = f.messages.get(papers.id)!.length;
    expect(firstTry).toBe(1);

    // The retry, a few minutes later.
    app.clock.advance(10 * 60_000);
    expect(await app.scheduler.tick()).toMatchObject({ sent: 1 });
    const sent = f.messages.get(papers.id)!;
    expect(sent.length).toBeGreaterThan(1);
    const titles = sent.flatMap((m) => m.embeds.map((e) => e.title ?? '')).map((t) => t.replace(/\\(.)/g, '$1'));
    const cards = titles.filter((t) => /^\d+\. /.test(t));
    expect(cards.map((t) => Number(t.split('.')[0]))).toEqual(cards.map((_, k) => k + 1));
    expect(titles.filter((t) => t.startsWith('Your digest'))).toHaveLength(1);
  }, 30_000);
});
