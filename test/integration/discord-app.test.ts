/**
 * The Discord adapter driving the REAL command handler (test/support/app.ts: starter corpus, in-memory
 * store, scheduler) through the real discord.js client and the fake Discord.
 */
import { describe, expect, it } from 'vitest';
import { FakeDiscord, type FakeInteraction, type FakeMessage } from '../fakes/discord-api.ts';
import { discordHarness, expectSafeMessage } from '../support/bots.ts';

const manageChannels = 16n;

const setup = discordHarness();

const answer = (f: FakeDiscord, i: FakeInteraction) => f.waitFor(() => f.answered(i), 10_000, 'an answer');

function expectAccepted(f: FakeDiscord, m: FakeMessage) {
  expectSafeMessage(m);
  expect(f.requests.filter((r) => r.status >= 400)).toEqual([]);
}

describe('Discord adapter with the real command handler', () => {
  it('GIVEN /paper query:diffusion THEN five result cards over the starter corpus, then Next shows page 2', async () => {
    const { fake } = await setup();
    const i = fake.chatInput('paper', [{ name: 'query', type: 3, value: 'diffusion' }]);
    const [message] = await answer(fake, i);
    expectAccepted(fake, message!);
    expect(message!.embeds.length).toBe(6);
    const firstPage = message!.embeds.slice(1).map((e) => e.title);
    const next = (message!.components[0]!.components as { custom_id: string }[])[1]!;
    const click = fake.button(next.custom_id, message!);
    await fake.waitFor(() => fake.requestsTo('PATCH', new RegExp(`/webhooks/\\d+/${click.token}/`)).length, 10_000, 'page 2');
    const secondPage = message!.embeds.slice(1).map((e) => e.title);
    expect(secondPage[0]).toMatch(/^6\\\. /);
    expect(secondPage).not.toEqual(firstPage);
    expectAccepted(fake, message!);
  });

  it('GIVEN /subscribe without Manage Channels THEN refused ephemerally; with it THEN stored for this channel', async () => {
    const { fake, app } = await setup();
    const chat = { platform: 'discord' as const, chatId: fake.generalChannelId, guildId: fake.guildId };
    const denied = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'diffusion' }]);
    const [refusal] = await answer(fake, denied);
    expect(refusal!.flags & 64).toBe(64);
    expect(await app.store.subscriptions.get(chat)).toBeUndefined();

    const allowed = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'diffusion' }], { permissions: manageChannels });
    const [ok] = await answer(fake, allowed);
    expect(ok!.flags & 64).toBe(0);
    expect(ok!.embeds[0]!.title).toMatch(/^Subscribed: diffusion/);
    expect((await app.store.subscriptions.get(chat))?.topics).toEqual(['diffusion']);
  });

  it('GIVEN /topics and /digest THEN replies Discord accepts', async () => {
    const { fake } = await setup();
    const topics = fake.chatInput('topics');
    const [list] = await answer(fake, topics);
    expectAccepted(fake, list!);
    expect(list!.embeds[0]!.description).toContain('diffusion');
    const sub = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'llm' }], { permissions: manageChannels });
    await answer(fake, sub);
    const digest = fake.chatInput('digest');
    for (const m of await answer(fake, digest)) expectAccepted(fake, m);
  });
});
