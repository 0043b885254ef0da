/**
 * Replies in each language, driven through the real command handler: a Russian reply is Russian
 * and a Chinese reply Chinese, apart from what stays as typed in every language (command names and
 * their arguments, topic ids, time zones, paper names, URLs); `/lang` switches a chat; `auto`
 * follows the person who set the chat up; stored English pause reasons still display.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/index.ts';
import type { CommandRequest } from '../../src/bots/shared/types.ts';
import { topicCatalog } from '../../src/core/index.ts';
import { defaultSubscription } from '../../src/schedule/index.ts';
import { createTestApp, request } from '../support/app.ts';

// === The script check

/** What a reply may keep in Latin letters in any language: what users type, and names. */
const typed = new Set([
  'paper', 'subscribe', 'unsubscribe', 'topics', 'digest', 'schedule', 'status', 'help', 'start', 'lang', 'all', 'off', 'on', 'size', 'quiet',
  'en', 'ru', 'zh', 'auto', 'HH', 'MM', 'UTC', 'IANA', 'Europe', 'Moscow', 'Asia', 'Shanghai', 'America', 'New_York', 'Paperboy', 'AI',
  'world', 'model', 'video', 'MoRA', 'id',
  // what the conversation below types
  'qwxzvb', 'nosuchzone', 'klingon', 'diffusoin', 'difusion', 'sometimes',
  ...topicCatalog.map((t) => t.id),
]);

/** The text of a reply's heading and lines (cards are papers' own texts, checked elsewhere). */
const textOf = (reply: Reply): string[] => [reply.title ?? '', ...reply.lines, ...(reply.footer ?? [])].filter((l) => l.trim());

/** Latin words left once command names, URLs and what users type are removed. */
function strayLatin(line: string): string[] {
  const rest = line
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\/[a-z]+/g, ' ')
    .replace(/[A-Z][a-z]+\/[A-Za-z_]+/g, ' ');
  return (rest.match(/[A-Za-z][A-Za-z_-]*/g) ?? []).flatMap((w) => w.split('-')).filter((w) => w && !typed.has(w) && !typed.has(w.toLowerCase()));
}

/** Each line has a word of the language, and no Latin words but those allowed. */
function expectScript(reply: Reply, locale: 'ru' | 'zh'): void {
  const own = locale === 'ru' ? /\p{Script=Cyrillic}/u : /\p{Script=Han}/u;
  for (const line of textOf(reply)) {
    const letters = line.replace(/https?:\/\/\S+|\/[a-z]+/g, '');
    if (!/\p{L}/u.test(letters)) continue;
    const onlyTyped = strayLatin(line).length === 0 && !own.test(line);
    // A line of examples to type (`/schedule 09:00 Europe/Moscow`) may hold no word of the language.
    if (!onlyTyped) expect(line, `${locale}: ${line}`).toMatch(own);
    expect(strayLatin(line), `${locale}: ${line}`).toEqual([]);
    // Chinese text carries no Cyrillic besides the one Russian search example (видео).
    if (locale === 'zh') expect(line.replace(/видео/g, ''), line).not.toMatch(/\p{Script=Cyrillic}/u);
  }
}

// === A conversation in one language

const telegramDm = (languageCode: string) => ({
  chat: { platform: 'telegram' as const, chatId: languageCode === 'ru' ? '1002' : '1003' },
  chatType: 'private' as const,
  user: { id: 'u' },
  locale: languageCode,
});

/** The same conversation for any user: help, search, mistakes, subscribing, the schedule, status, digest. */
const conversation: [CommandRequest['command'], string][] = [
  ['start', ''],
  ['help', ''],
  ['paper', ''],
  ['paper', 'qwxzvb'],
  ['paper', 'diffusion'],
  ['paper', 'difusion'],
  ['subscribe', ''],
  ['subscribe', 'diffusoin'],
  ['subscribe', 'diffusion llm'],
  ['unsubscribe', 'robotics'],
  ['schedule', '25:00'],
  ['schedule', '09:00 nosuchzone'],
  ['schedule', 'size 99'],
  ['schedule', 'sometimes'],
  ['schedule', '09:00 Europe/Moscow'],
  ['schedule', ''],
  ['schedule', 'quiet on'],
  ['status', ''],
  ['digest', ''],
  ['schedule', 'off'],
  ['status', ''],
  ['lang', ''],
  ['lang', 'klingon'],
  ['unsubscribe', 'llm'],
  ['unsubscribe', 'all'],
  ['digest', ''],
];

describe('replies in each language', () => {
  for (const [locale, code] of [['ru', 'ru'], ['zh', 'zh-hans']] as const) {
    it(`GIVEN a Telegram user whose app is ${code} THEN every reply of a whole conversation is in ${locale}`, async () => {
      const { handler } = createTestApp();
      for (const [command, args] of conversation) {
        const reply = await handler.handle(request(command, args, telegramDm(code)));
        expect(reply.locale, `${command} ${args}`).toBe(locale);
        expectScript(reply, locale);
      }
    });
  }

  it('GIVEN a Discord member with locale zh-TW in a server whose guild_locale is ru THEN the channel is set up in Russian (the server\'s language)', async () => {
    const { handler, store } = createTestApp();
    const chat = { platform: 'discord' as const, chatId: 'c1', guildId: 'g1' };
    const reply = await handler.handle(request('subscribe', 'llm', { chat, chatType: 'group', locale: 'zh-TW', chatLocale: 'ru' }));
    expect(reply.title).toBe(`Подписка оформлена: llm (${topicCatalog.find((t) => t.id === 'llm')!.labels.ru})`);
    expect((await store.subscriptions.get(chat))!.ownerLocale).toBe('ru');
  });

  it('GIVEN /lang zh in an English chat THEN the answer and everything after it is Chinese; /lang auto goes back to the asker', async () => {
    const { handler, store } = createTestApp();
    const en = { locale: 'en-US' };
    await handler.handle(request('subscribe', 'diffusion', en));
    const set = await handler.handle(request('lang', 'zh', en));
    expect(set).toMatchObject({ title: '语言', lines: ['此后这里的回复和推送都使用中文。'], locale: 'zh' });
    expect((await handler.handle(request('status', '', en))).lines).toContain('语言：中文');
    expect((await store.subscriptions.get({ platform: 'console', chatId: 'test' }))!.language).toBe('zh');
    const auto = await handler.handle(request('lang', 'auto', { locale: 'ru' }));
    expect(auto).toMatchObject({ locale: 'ru', lines: ['Язык — auto: ответы и дайджесты на языке того, кто настроил подписку (сейчас русский).'] });
  });

  it('GIVEN a group member who is not an admin THEN /lang shows the language but cannot change it', async () => {
    const { handler } = createTestApp();
    const group = { chat: { platform: 'telegram' as const, chatId: '-100' }, chatType: 'group' as const, isAdmin: async () => false, locale: 'ru' };
    expect((await handler.handle(request('lang', '', group))).kind).toBe('info');
    const refused = await handler.handle(request('lang', 'en', group));
    expect(refused).toMatchObject({ kind: 'error', title: 'Это могут менять только админы' });
  });

  it('GIVEN a pause reason stored by an older version (an English sentence) THEN /status shows it as it was', async () => {
    const { handler, store, clock } = createTestApp();
    const chat = { platform: 'console' as const, chatId: 'test' };
    const old = { ...defaultSubscription(chat, { timeZone: 'UTC', time: '09:00', size: 3 }, clock.now()), topics: ['llm'], paused: true, nextRunAt: null };
    await store.subscriptions.put({ ...old, pauseReason: 'delivery failed 3 times in a row: Forbidden: bot was blocked by the user', lastError: { at: clock.now(), message: 'gave up after 4 attempts: ETIMEDOUT' } });
    const status = await handler.handle(request('status', '', { locale: 'ru' }));
    expect(status.lines.join('\n')).toContain('на паузе (delivery failed 3 times in a row: Forbidden: bot was blocked by the user)');
    expect(status.lines.join('\n')).toContain('Последняя ошибка: gave up after 4 attempts: ETIMEDOUT');
  });

  it('GIVEN a pause code THEN /status words it in the chat\'s language', async () => {
    const { handler, store, clock } = createTestApp();
    const chat = { platform: 'console' as const, chatId: 'test' };
    const sub = { ...defaultSubscription(chat, { timeZone: 'Asia/Shanghai', time: '09:00', size: 3 }, clock.now()), topics: ['llm'], paused: true, nextRunAt: null };
    await store.subscriptions.put({ ...sub, pauseReason: { code: 'DELIVERY_FAILED' as const, failures: 3, error: 'Forbidden: bot was blocked by the user' }, lastError: { at: clock.now(), message: 'ETIMEDOUT', attempts: 4 } });
    const lines = (await handler.handle(request('status', '', { locale: 'zh-CN' }))).lines.join('\n');
    expect(lines).toContain('已暂停（连续 3 次推送失败：Forbidden: bot was blocked by the user）');
    expect(lines).toContain('上次错误：重试 4 次后放弃：ETIMEDOUT（11月23日 16:00）');
    const ru = (await handler.handle(request('status', '', { locale: 'ru' }))).lines.join('\n');
    expect(ru).toContain('доставка не удалась 3 раза подряд');
  });

  it('GIVEN a subscription whose language is zh THEN its scheduled digest arrives in Chinese (title, count, cards\' locale)', async () => {
    const accepted: Reply[] = [];
    const sender = { platform: 'telegram' as const, send: async (_chat: unknown, reply: Reply) => (accepted.push(reply), { ok: true as const }) };
    const { handler, scheduler, clock } = createTestApp({ senders: [sender] });
    const chat = { platform: 'telegram' as const, chatId: '77' };
    await handler.handle(request('subscribe', 'diffusion', { chat, locale: 'en' }));
    await handler.handle(request('lang', 'zh', { chat, locale: 'en' }));
    clock.advance(3_600_000); // 09:00 UTC
    await scheduler.tick();
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ kind: 'digest', title: '11月23日 论文推送', lines: ['3 篇新论文，主题：diffusion'], locale: 'zh' });
    expectScript(accepted[0]!, 'zh');
  });
});
