/**
 * The command menu (`setMyCommands`) in English (default), Russian and Chinese. Telegram shows a
 * user the list for their app language and falls back to the default one.
 * @module
 */
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { CommandName } from '../shared/types.ts';
import { describeError } from '../shared/errors.ts';

/** Menu languages besides the default (English); Telegram wants ISO 639-1 codes. */
export const menuLanguages = ['ru', 'zh'] as const;
type MenuLanguage = 'en' | (typeof menuLanguages)[number];

/** Descriptions (3–256 characters each), in the order the menu shows them. */
export const commandDescriptions: Record<MenuLanguage, Record<CommandName, string>> = {
  en: {
    paper: 'Search papers: /paper diffusion',
    subscribe: 'Follow topics or keywords in this chat',
    unsubscribe: 'Stop following topics or keywords (or all)',
    topics: 'Topic catalog with paper counts',
    digest: "Today's digest for this chat, now",
    schedule: 'Daily delivery time and zone, or off',
    status: 'Subscriptions, next and last delivery',
    lang: 'Language of replies and digests: en, ru, zh, auto',
    like: 'Like card n of the last digest: /like 2',
    dislike: 'Dislike card n of the last digest: /dislike 2',
    saved: 'Papers this chat liked',
    help: 'How to use Paperboy',
    start: 'Welcome and quick start',
  },
  ru: {
    paper: 'Поиск статей: /paper диффузия',
    subscribe: 'Подписать чат на темы или ключевые слова',
    unsubscribe: 'Отписаться от тем или слов (или all)',
    topics: 'Каталог тем с числом статей',
    digest: 'Сегодняшний дайджест для этого чата',
    schedule: 'Время и часовой пояс дайджеста или off',
    status: 'Подписки, следующий и последний дайджест',
    lang: 'Язык ответов и дайджестов: en, ru, zh, auto',
    like: 'Нравится статья n из подборки: /like 2',
    dislike: 'Не нравится статья n: /dislike 2',
    saved: 'Статьи, которые понравились чату',
    help: 'Как пользоваться Paperboy',
    start: 'Приветствие и быстрый старт',
  },
  zh: {
    paper: '搜索论文：/paper 扩散模型',
    subscribe: '为本聊天订阅主题或关键词',
    unsubscribe: '取消订阅主题或关键词（或 all）',
    topics: '主题目录及论文数量',
    digest: '立即获取本聊天的今日推送',
    schedule: '每日推送时间与时区，或 off 暂停',
    status: '订阅、下次与上次推送',
    lang: '回复和推送的语言：en、ru、zh、auto',
    like: '赞上次精选中的第 n 篇：/like 2',
    dislike: '踩上次精选中的第 n 篇：/dislike 2',
    saved: '本群点赞过的论文',
    help: 'Paperboy 使用说明',
    start: '欢迎与快速上手',
  },
};

/** The menu for one language, in display order. */
export function menuFor(language: MenuLanguage): BotCommand[] {
  return Object.entries(commandDescriptions[language]).map(([command, description]) => ({ command, description }));
}

/** What {@link registerCommandMenus} did: every menu set, or the (secret-free) error that stopped it. */
export type MenuResult = { ok: true; languages: string[] } | { ok: false; error: Record<string, unknown> };

/**
 * Registers the menus: default (English) plus one per {@link menuLanguages}. Never throws: the
 * result says whether it worked. At start-up a failure is only logged (the menu is a convenience;
 * commands work without it); `npm run deploy` turns it into its exit code.
 *
 * ```ts
 * const result = await registerCommandMenus(bot.api);
 * if (!result.ok) logger.warn({ error: result.error }, 'setMyCommands failed');
 * ```
 */
export async function registerCommandMenus(api: Api): Promise<MenuResult> {
  try {
    await api.setMyCommands(menuFor('en'));
    for (const language of menuLanguages) await api.setMyCommands(menuFor(language), { language_code: language });
    return { ok: true, languages: ['en', ...menuLanguages] };
  } catch (err) {
    return { ok: false, error: describeError(err) };
  }
}
