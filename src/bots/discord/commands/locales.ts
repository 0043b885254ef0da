/**
 * Russian and Chinese (zh-CN) names and descriptions of the slash commands and their options.
 * Names follow Discord's rule: lower case, no spaces, 1-32 characters.
 * @module
 */
import type { LocalizationMap } from 'discord.js';

/** A localised string: English default plus `ru` and `zh-CN`. */
export interface Localized {
  en: string;
  ru: string;
  zh: string;
}

/** The `setNameLocalizations`/`setDescriptionLocalizations` map of a {@link Localized}. */
export function localizations(text: Localized): LocalizationMap {
  return { ru: text.ru, 'zh-CN': text.zh };
}

export const names = {
  paper: { en: 'paper', ru: 'статья', zh: '论文' },
  subscribe: { en: 'subscribe', ru: 'подписаться', zh: '订阅' },
  unsubscribe: { en: 'unsubscribe', ru: 'отписаться', zh: '取消订阅' },
  topics: { en: 'topics', ru: 'темы', zh: '主题列表' },
  digest: { en: 'digest', ru: 'дайджест', zh: '今日摘要' },
  schedule: { en: 'schedule', ru: 'расписание', zh: '定时' },
  status: { en: 'status', ru: 'статус', zh: '状态' },
  help: { en: 'help', ru: 'помощь', zh: '帮助' },
  query: { en: 'query', ru: 'запрос', zh: '查询' },
  topic: { en: 'topic', ru: 'тема', zh: '主题' },
  channel: { en: 'channel', ru: 'канал', zh: '频道' },
  time: { en: 'time', ru: 'время', zh: '时间' },
  timezone: { en: 'timezone', ru: 'часовой_пояс', zh: '时区' },
} satisfies Record<string, Localized>;

export const descriptions = {
  paper: { en: 'Search AI papers in any language', ru: 'Поиск статей по ИИ на любом языке', zh: '用任何语言搜索 AI 论文' },
  subscribe: { en: 'Follow a topic or keyword in this channel', ru: 'Подписать канал на тему или ключевое слово', zh: '为此频道订阅主题或关键词' },
  unsubscribe: { en: 'Stop following a topic or keyword (or all)', ru: 'Отписаться от темы или слова (или от всего)', zh: '取消订阅主题或关键词(或全部)' },
  topics: { en: 'The topic catalog with paper counts', ru: 'Каталог тем с числом статей', zh: '主题目录及论文数量' },
  digest: { en: "Today's digest for this channel, now", ru: 'Сегодняшний дайджест для канала сейчас', zh: '立即获取此频道的今日摘要' },
  schedule: { en: 'Daily delivery time and time zone, or off/on', ru: 'Время доставки и часовой пояс, или off/on', zh: '每日推送时间和时区,或 off/on' },
  status: { en: 'Subscriptions, next and last delivery', ru: 'Подписки, следующая и последняя доставка', zh: '订阅、下次和上次推送' },
  help: { en: 'How to use Paperboy', ru: 'Как пользоваться Paperboy', zh: 'Paperboy 使用说明' },
  query: { en: 'Words, a method name, or a topic', ru: 'Слова, название метода или тема', zh: '关键词、方法名或主题' },
  topic: { en: 'A topic id from /topics or a free keyword', ru: 'Тема из /topics или ключевое слово', zh: '/topics 中的主题或关键词' },
  unsubscribeTopic: { en: 'A topic, a keyword, or "all"', ru: 'Тема, ключевое слово или "all"', zh: '主题、关键词或 "all"' },
  channel: { en: 'Channel to deliver to (default: this one)', ru: 'Канал для доставки (по умолчанию этот)', zh: '推送频道(默认当前频道)' },
  time: { en: 'HH:MM, or off / on / size N / quiet on', ru: 'ЧЧ:ММ, или off / on / size N / quiet on', zh: 'HH:MM,或 off / on / size N / quiet on' },
  timezone: { en: 'IANA time zone, e.g. Europe/Moscow', ru: 'Часовой пояс IANA, например Europe/Moscow', zh: 'IANA 时区,例如 Asia/Shanghai' },
} satisfies Record<string, Localized>;
