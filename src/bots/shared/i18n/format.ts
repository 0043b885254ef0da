/**
 * Dates and times as each language writes them, with `Intl`: `2026-12-07 09:00` in English (ISO
 * order, unambiguous for an international audience, and what scripts reading the console rely on),
 * `7 декабря в 09:00` in Russian, `12月7日 09:00` in Chinese. Times are shown in the chat's zone.
 * @module
 */
import { formatLocal } from '../../../schedule/index.ts';
import type { Locale } from './keys.ts';

const intlTag: Record<Exclude<Locale, 'en'>, string> = { ru: 'ru-RU', zh: 'zh-CN' };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Exclude<Locale, 'en'>, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlTag[locale], {
      month: 'long',
      day: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      timeZone,
    });
    dateTimeFormats.set(key, f);
  }
  return f;
}

/**
 * A moment in a time zone, as `locale` writes it.
 *
 * ```ts
 * formatWhen(Date.UTC(2026, 11, 7, 6), 'Europe/Moscow', 'ru'); // '7 декабря в 09:00'
 * formatWhen(Date.UTC(2026, 11, 7, 1), 'Asia/Shanghai', 'zh'); // '12月7日 09:00'
 * ```
 */
export function formatWhen(epochMs: number, timeZone: string, locale: Locale): string {
  if (locale === 'en') return formatLocal(epochMs, timeZone);
  return dateTimeFormat(locale, timeZone, true).format(epochMs);
}

/**
 * A calendar date (`YYYY-MM-DD`, a chat's local date) as `locale` writes it; the input unchanged
 * when it is not such a date.
 *
 * ```ts
 * formatDay('2026-12-07', 'ru'); // '7 декабря'
 * formatDay('2026-12-07', 'zh'); // '12月7日'
 * ```
 */
export function formatDay(date: string, locale: Locale): string {
  if (locale === 'en') return date;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return dateTimeFormat(locale, 'UTC', false).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const sourceDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A digest's date on a paper card (`YYYY-MM-DD`, or `YYYY-MM` for a monthly digest), with its year
 * (a card may show a paper from any year); the input unchanged in English or when it is neither.
 *
 * ```ts
 * formatSourceDate('2024-10-04', 'ru'); // '4 окт. 2024 г.'
 * formatSourceDate('2024-10', 'zh');    // '2024年10月'
 * ```
 */
export function formatSourceDate(date: string, locale: Locale): string {
  if (locale === 'en') return date;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const withDay = m[3] !== undefined;
  const key = `${locale}|${withDay}`;
  let f = sourceDateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlTag[locale], { year: 'numeric', month: withDay ? 'short' : 'long', ...(withDay ? { day: 'numeric' } : {}), timeZone: 'UTC' });
    sourceDateFormats.set(key, f);
  }
  return f.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, withDay ? Number(m[3]) : 1));
}
