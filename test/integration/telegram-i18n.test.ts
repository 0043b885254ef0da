/**
 * One scenario in two languages through the real grammY client, the real handler and scheduler and
 * the fake Bot API (entity parsing and the 4096-unit limit enforced there): Boris's Telegram app is
 * Russian, Mei's Chinese (`zh-hans`). Each subscribes, searches and pages, asks for the status, and
 * gets the scheduled digest in their language; nothing the fake checks is rejected.
 */
import { describe, expect, it } from 'vitest';
import type { User } from 'grammy/types';
import { messageLimit } from '../../src/bots/telegram/render.ts';
import { chats, users, type SentMessage } from '../fakes/telegram-api.ts';
import { telegramHarness } from '../support/bots.ts';

const hour = 3_600_000;
const harness = telegramHarness();

/** Text a reply shows besides command names, URLs, topic ids, zones and paper cards: is it in the script? */
const cyrillic = /\p{Script=Cyrillic}/u;
const han = /\p{Script=Han}/u;

describe('Telegram in Russian and Chinese', () => {
  it('GIVEN Boris (ru) and Mei (zh-hans) THEN replies, buttons and their scheduled digests are in their languages, within limits', async () => {
    const { fake, app } = await harness();
    const command = async (from: User, text: string): Promise<SentMessage> => {
      const chat = chats.dm(from);
      const before = fake.messagesIn(chat.id).length;
      fake.say(chat, from, text);
      return fake.waitFor(() => fake.messagesIn(chat.id)[before], 10_000, `a reply to ${text}`);
    };

    // Subscribing: the title and the schedule line in each language, dates per locale.
    const ru = await command(users.boris, '/subscribe diffusion llm');
    expect(ru.text.split('\n')[0]).toMatch(/^Подписка оформлена: diffusion \(.*\p{Script=Cyrillic}.*\), llm/u);
    expect(ru.text).toContain('3 статьи ежедневно в 09:00 (UTC); следующий дайджест 23 ноября в 09:00');
    const zh = await command(users.mei, '/subscribe llm');
    expect(zh.text.split('\n')[0]).toMatch(/^已订阅：llm \(.*\p{Script=Han}.*\)$/u);
    expect(zh.text).toContain('每天 09:00（UTC）推送 3 篇；下次推送：11月23日 09:00');

    // Searching and paging: heading, count line and the buttons in the user's language.
    const page1 = await command(users.boris, '/paper diffusion');
    expect(page1.text.split('\n').slice(0, 2).join('\n')).toMatch(/^Статьи по запросу «diffusion»\n\d+ совпадени[йяе] — страница 1 из \d+$/);
    const row = page1.replyMarkup.inline_keyboard[0] as { text: string; callback_data: string }[];
    expect(row.map((b) => b.text)).toEqual([`1/${row[0]!.text.split('/')[1]}`, 'Далее ▶']);
    fake.press(page1, users.boris, row[1]!.callback_data);
    const edited = await fake.waitFor(() => fake.calls.find((c) => c.method === 'editMessageText' && c.status === 200), 10_000, 'page 2');
    expect(edited.payload.reply_markup.inline_keyboard[0][0].text).toBe('◀ Назад');
    const zhPage = await command(users.mei, '/paper 扩散模型');
    expect(zhPage.text.split('\n')[0]).toBe('“扩散模型”的搜索结果');
    expect((zhPage.replyMarkup?.inline_keyboard[0] ?? []).map((b: { text: string }) => b.text).at(-1)).toBe('下一页 ▶');

    // A mistake, and /status.
    expect((await command(users.mei, '/schedule 25:00')).text).toBe('⚠️ “25:00”不是有效的时间\n请使用 24 小时制 HH:MM，例如 /schedule 09:00 Asia/Shanghai');
    const status = await command(users.boris, '/status');
    expect(status.text).toContain('Последний дайджест: ещё не было (попробуйте /digest)');
    expect(status.text).toContain('Язык: русский (авто)');

    // The scheduled run: each digest in the language of whoever subscribed.
    app.clock.advance(hour);
    expect(await app.scheduler.tick()).toMatchObject({ due: 2, sent: 2, failed: 0 });
    const digestOf = (u: User) => fake.messagesIn(chats.dm(u).id).filter((m) => m.text.startsWith('Дайджест на') || /^\d+月\d+日 论文推送/.test(m.text));
    const [ruDigest] = digestOf(users.boris);
    const [zhDigest] = digestOf(users.mei);
    expect(ruDigest!.text.split('\n').slice(0, 2)).toEqual(['Дайджест на 23 ноября', '3 новые статьи по темам: diffusion, llm']);
    expect(zhDigest!.text.split('\n').slice(0, 2)).toEqual(['11月23日 论文推送', '3 篇新论文，主题：llm']);
    // Card labels too ("matched:" is the last line of a card).
    expect(ruDigest!.text).toMatch(/^совпало: /m);
    expect(zhDigest!.text).toMatch(/^匹配：/m);
    expect(ruDigest!.text).not.toMatch(/^matched: /m);

    // Everything parsed (no 400s from the fake's entity parser) and within Telegram's limit.
    expect(fake.calls.filter((c) => c.status === 400)).toEqual([]);
    for (const m of [...fake.messagesIn(chats.dm(users.boris).id), ...fake.messagesIn(chats.dm(users.mei).id)]) {
      expect(m.html.length).toBeLessThanOrEqual(messageLimit);
      expect(m.mentions).toEqual([]);
    }
    // Boris read Russian throughout, Mei Chinese (headings are never English).
    for (const m of fake.messagesIn(chats.dm(users.boris).id)) expect(m.text.split('\n')[0]).toMatch(cyrillic);
    for (const m of fake.messagesIn(chats.dm(users.mei).id)) expect(m.text.split('\n')[0]).toMatch(han);
  }, 30_000);
});
