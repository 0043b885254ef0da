/**
 * One scenario in two languages through the real discord.js client, the real handler and scheduler
 * and the fake Discord (embed limits and the mention policy checked on every message): a member whose
 * Discord is Russian uses the bot in a DM; a member whose Discord is Chinese sets up a channel of a
 * server whose language is Chinese. Replies, card labels, buttons and the scheduled digests are in
 * their languages.
 */
import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/schedule/types.ts';
import type { FakeInteraction, FakeMessage } from '../fakes/discord-api.ts';
import { discordHarness, expectSafeMessage } from '../support/bots.ts';

const hour = 3_600_000;
const manageChannels = 16n;
const harness = discordHarness();

/** Embed text without Discord markdown escapes. */
const plain = (s: string | undefined) => (s ?? '').replace(/\\(.)/g, '$1');
const textOf = (m: FakeMessage) => plain(m.embeds.map((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f: { name: string; value: string }) => `${f.name}: ${f.value}`), e.footer?.text ?? ''].join('\n')).join('\n'));

describe('Discord in Russian and Chinese', () => {
  it('GIVEN a Russian member in a DM and a Chinese member setting up a channel THEN each reads their language, within limits, pinging nobody', async () => {
    const { fake, app } = await harness();
    const answer = async (i: FakeInteraction): Promise<FakeMessage[]> => fake.waitFor(() => fake.answered(i), 10_000, 'an answer');
    const dm = '900000000000000042';
    const boris = { id: '222222222222222222', username: 'boris', discriminator: '0', global_name: 'Борис', avatar: null };
    const mei = { id: '333333333333333333', username: 'mei', discriminator: '0', global_name: '美', avatar: null };
    const asBoris = { dm: true, channelId: dm, locale: 'ru', user: boris };
    const asMei = { locale: 'zh-CN', guildLocale: 'zh-CN', permissions: manageChannels, user: mei };

    // Boris, in a DM: subscribing, a search with its buttons, a card's labels.
    const [subscribed] = await answer(fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'diffusion' }], asBoris));
    expect(plain(subscribed!.embeds[0]!.title)).toMatch(/^Подписка оформлена: diffusion \(/);
    const [results] = await answer(fake.chatInput('paper', [{ name: 'query', type: 3, value: 'diffusion' }], asBoris));
    expect(plain(results!.embeds[0]!.title)).toBe('Статьи по запросу «diffusion»');
    expect(results!.embeds[1]!.fields!.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['Темы', 'Язык', 'Источник']));
    const [prev, next] = results!.components![0]!.components as { label: string; custom_id: string }[];
    expect([prev!.label, next!.label]).toEqual(['◀ Назад', 'Далее ▶']);
    const [page2] = await answer(fake.button(next!.custom_id, results!, asBoris));
    expect(plain(page2!.embeds[0]!.title)).toBe('Статьи по запросу «diffusion»');

    // Mei sets up #papers in a Chinese server: the channel's language is the server's.
    const papers = fake.addChannel({ name: 'papers' });
    const [mine] = await answer(fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'llm' }, { name: 'channel', type: 7, value: papers.id }], asMei));
    expect(plain(mine!.embeds[0]!.title)).toMatch(/^已订阅：llm \(/);
    const chat: ChatRef = { platform: 'discord', chatId: papers.id, guildId: fake.guildId };
    expect((await app.store.subscriptions.get(chat))!.ownerLocale).toBe('zh');
    const [status] = await answer(fake.chatInput('status', [{ name: 'channel', type: 7, value: papers.id }], asMei));
    expect(textOf(status!)).toContain('语言：中文（自动）');
    // A mistake is ephemeral and Chinese too.
    const [bad] = await answer(fake.chatInput('schedule', [{ type: 1, name: 'size', options: [{ name: 'papers', type: 4, value: 3 }, { name: 'channel', type: 7, value: papers.id }] }], asMei));
    expect(plain(bad!.embeds[0]!.title)).toBe('推送设置已更新');

    // The scheduled run: Boris's DM in Russian, #papers in Chinese.
    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 2, sent: 2, failed: 0 });
    const [ruDigest] = fake.messages.get(dm)!.filter((m) => plain(m.embeds[0]?.title).startsWith('Дайджест'));
    const [zhDigest] = fake.messages.get(papers.id)!;
    expect(plain(ruDigest!.embeds[0]!.title)).toBe('Дайджест на 23 ноября');
    expect(plain(ruDigest!.embeds[0]!.description)).toBe('3 новые статьи по темам: diffusion');
    expect(plain(zhDigest!.embeds[0]!.title)).toBe('11月23日 论文推送');
    expect(plain(zhDigest!.embeds[0]!.description)).toBe('3 篇新论文，主题：llm');
    for (const card of zhDigest!.embeds.slice(1)) {
      expect(card.fields!.map((f: { name: string }) => f.name).slice(0, 3)).toEqual(['主题', '语言', '来源']);
      expect(card.footer?.text).toMatch(/^(推送 |Paperboy)/);
    }
    for (const messages of fake.messages.values()) for (const m of messages) expectSafeMessage(m);
  }, 30_000);

  it("GIVEN a server that never chose a language (Discord reports en-US) THEN a Russian member's channel is set up in Russian", async () => {
    const { fake, app } = await harness();
    const news = fake.addChannel({ name: 'news' });
    const i = fake.chatInput('subscribe', [{ name: 'topic', type: 3, value: 'video' }, { name: 'channel', type: 7, value: news.id }], { locale: 'ru', permissions: manageChannels });
    const [m] = await fake.waitFor(() => fake.answered(i), 10_000, 'an answer');
    expect(plain(m!.embeds[0]!.title)).toMatch(/^Подписка оформлена: video/);
    expect((await app.store.subscriptions.get({ platform: 'discord', chatId: news.id, guildId: fake.guildId }))!.ownerLocale).toBe('ru');
  });
});
