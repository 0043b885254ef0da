/**
 * Russian and Chinese names and descriptions of the slash commands and their options. The Chinese
 * text is registered for both of Discord's Chinese locales, `zh-CN` and `zh-TW` (one Chinese catalog,
 * as for replies: simplified text reads better to a zh-TW user than the English fallback).
 * Names follow Discord's rule: lower case, no spaces, 1-32 characters.
 * @module
 */
import type { LocalizationMap } from 'discord.js';
import { maxDigestSize, minDigestSize } from '../../../schedule/index.ts';

const sizes = `${minDigestSize}-${maxDigestSize}`;

/** A localised string: English default plus `ru` and Chinese (`zh-CN`, `zh-TW`). */
export interface Localized {
  en: string;
  ru: string;
  zh: string;
}

/** The `setNameLocalizations`/`setDescriptionLocalizations` map of a {@link Localized}. */
export function localizations(text: Localized): LocalizationMap {
  return { ru: text.ru, 'zh-CN': text.zh, 'zh-TW': text.zh };
}

export const names = {
  paper: { en: 'paper', ru: 'статья', zh: '论文' },
  subscribe: { en: 'subscribe', ru: 'подписаться', zh: '订阅' },
  unsubscribe: { en: 'unsubscribe', ru: 'отписаться', zh: '取消订阅' },
  topics: { en: 'topics', ru: 'темы', zh: '主题列表' },
  digest: { en: 'digest', ru: 'дайджест', zh: '今日推送' },
  schedule: { en: 'schedule', ru: 'расписание', zh: '定时' },
  status: { en: 'status', ru: 'статус', zh: '状态' },
  help: { en: 'help', ru: 'помощь', zh: '帮助' },
  lang: { en: 'lang', ru: 'язык', zh: '语言' },
  language: { en: 'language', ru: 'язык', zh: '语言' },
  query: { en: 'query', ru: 'запрос', zh: '查询' },
  topic: { en: 'topic', ru: 'тема', zh: '主题' },
  channel: { en: 'channel', ru: 'канал', zh: '频道' },
  time: { en: 'time', ru: 'время', zh: '时间' },
  timezone: { en: 'timezone', ru: 'часовой_пояс', zh: '时区' },
  // /schedule subcommands (and their options)
  off: { en: 'off', ru: 'выкл', zh: '暂停' },
  on: { en: 'on', ru: 'вкл', zh: '恢复' },
  size: { en: 'size', ru: 'размер', zh: '篇数' },
  papers: { en: 'papers', ru: 'статей', zh: '数量' },
  quiet: { en: 'quiet', ru: 'тихо', zh: '静默' },
  enabled: { en: 'enabled', ru: 'включено', zh: '开启' },
  show: { en: 'show', ru: 'показать', zh: '查看' },
  // Votes (#17)
  like: { en: 'like', ru: 'нравится', zh: '赞' },
  dislike: { en: 'dislike', ru: 'не_нравится', zh: '踩' },
  saved: { en: 'saved', ru: 'сохранённые', zh: '收藏' },
  card: { en: 'card', ru: 'карточка', zh: '编号' },
  page: { en: 'page', ru: 'страница', zh: '页码' },
} satisfies Record<string, Localized>;

export const descriptions = {
  paper: { en: 'Search AI papers in any language', ru: 'Поиск статей по ИИ на любом языке', zh: '用任何语言搜索 AI 论文' },
  subscribe: { en: 'Follow a topic or keyword in this channel', ru: 'Подписать канал на тему или ключевое слово', zh: '为此频道订阅主题或关键词' },
  unsubscribe: { en: 'Stop following a topic or keyword (or all)', ru: 'Отписаться от темы или слова (или от всего)', zh: '取消订阅主题或关键词(或全部)' },
  topics: { en: 'The topic catalog with paper counts', ru: 'Каталог тем с числом статей', zh: '主题目录及论文数量' },
  digest: { en: "Today's digest for this channel, now", ru: 'Сегодняшний дайджест для канала сейчас', zh: '立即获取此频道的今日推送' },
  schedule: { en: 'Daily delivery time and time zone, or off/on', ru: 'Время доставки и часовой пояс, или off/on', zh: '每日推送时间和时区,或 off/on' },
  status: { en: 'Subscriptions, next and last delivery', ru: 'Подписки, следующая и последняя доставка', zh: '订阅、下次和上次推送' },
  help: { en: 'How to use Paperboy', ru: 'Как пользоваться Paperboy', zh: 'Paperboy 使用说明' },
  lang: { en: 'Language of replies and digests here', ru: 'Язык ответов и дайджестов здесь', zh: '此处回复和推送的语言' },
  language: { en: 'en, ru, zh, or auto (the server language)', ru: 'en, ru, zh или auto (язык сервера)', zh: 'en、ru、zh 或 auto（服务器语言）' },
  query: { en: 'Words, a method name, or a topic', ru: 'Слова, название метода или тема', zh: '关键词、方法名或主题' },
  topic: { en: 'A topic id from /topics or a free keyword', ru: 'Тема из /topics или ключевое слово', zh: '/topics 中的主题或关键词' },
  unsubscribeTopic: { en: 'A topic, a keyword, or "all"', ru: 'Тема, ключевое слово или "all"', zh: '主题、关键词或 "all"' },
  channel: { en: 'Channel to deliver to (default: this one)', ru: 'Канал для доставки (по умолчанию этот)', zh: '推送频道(默认当前频道)' },
  scheduleTime: { en: 'Deliver daily at a local time', ru: 'Доставлять ежедневно в местное время', zh: '每天在当地时间推送' },
  time: { en: 'Local time HH:MM, e.g. 09:00', ru: 'Местное время ЧЧ:ММ, например 09:00', zh: '当地时间 HH:MM,例如 09:00' },
  timezone: { en: 'IANA time zone, e.g. Europe/Moscow', ru: 'Часовой пояс IANA, например Europe/Moscow', zh: 'IANA 时区,例如 Asia/Shanghai' },
  off: { en: 'Pause daily digests', ru: 'Приостановить ежедневные дайджесты', zh: '暂停每日推送' },
  on: { en: 'Resume daily digests', ru: 'Возобновить ежедневные дайджесты', zh: '恢复每日推送' },
  size: { en: 'Papers per digest', ru: 'Статей в дайджесте', zh: '每期论文篇数' },
  papers: { en: `How many papers (${sizes})`, ru: `Сколько статей (${sizes})`, zh: `论文篇数 (${sizes})` },
  quiet: { en: 'Stay silent on days without new papers', ru: 'Молчать в дни без новых статей', zh: '没有新论文时不发消息' },
  enabled: { en: 'True: no message on empty days', ru: 'Да: без сообщений в пустые дни', zh: '是:无新论文时不发消息' },
  show: { en: 'Show the schedule', ru: 'Показать расписание', zh: '查看推送设置' },
  like: { en: '👍 a paper: the picks learn what this channel likes', ru: '👍 статье: подборка учится, что нравится каналу', zh: '👍 一篇论文：推荐会学习此频道的偏好' },
  dislike: { en: '👎 a paper: fewer like it in the picks', ru: '👎 статье: таких станет меньше в подборке', zh: '👎 一篇论文：推荐中此类论文会减少' },
  saved: { en: 'Papers this channel liked', ru: 'Статьи, которые понравились каналу', zh: '此频道点赞过的论文' },
  card: { en: 'Card number in the last digest or results (1, 2, …), or an arXiv id', ru: 'Номер карточки из последнего дайджеста или поиска (1, 2, …) или arXiv id', zh: '上次推送或搜索结果中的卡片编号（1、2……）或 arXiv 编号' },
  page: { en: 'Page of the list (default 1)', ru: 'Страница списка (по умолчанию 1)', zh: '列表页码（默认 1）' },
} satisfies Record<string, Localized>;
