/**
 * The schedule layer's codes and data in words, in the chat's language: a digest (title, count, the
 * "no new papers" note), a subscription's schedule and why it is paused, a delivery error. Used by
 * the command handlers and, through {@link presentDigest}, by the scheduler for scheduled digests.
 * @module
 */
import type { Reply } from '../../core/index.ts';
import { nextRunFor, type DigestContent, type DigestPresenter, type Subscription } from '../../schedule/index.ts';
import { formatDay, formatWhen, subscriptionLocale, translator, type Locale } from './i18n/index.ts';

/** `diffusion, llm, "world model"` (topic ids and quoted keywords), or "nothing yet". */
export function describeFollows(sub: Pick<Subscription, 'topics' | 'keywords'>, locale: Locale): string {
  const parts = [...sub.topics, ...sub.keywords.map((k) => `"${k}"`)];
  return parts.length ? parts.join(', ') : translator(locale)('common.nothingYet');
}

/**
 * Why a subscription is paused, in `locale`. A reason stored by an older version (an English
 * sentence) is shown as it is.
 */
export function pauseText(reason: Subscription['pauseReason'], locale: Locale): string {
  const t = translator(locale);
  if (reason === null || reason === undefined) return t('common.paused');
  if (typeof reason === 'string') return reason;
  switch (reason.code) {
    case 'BY_COMMAND':
      return t('pause.byCommand');
    case 'DELIVERY_FAILED':
      return t('pause.failed', { count: reason.failures, error: reason.error });
  }
}

/** The last delivery error: the platform's text, with the attempts when retries ran out. */
export function lastErrorText(error: NonNullable<Subscription['lastError']>, locale: Locale): string {
  return error.attempts === undefined ? error.message : translator(locale)('status.gaveUp', { count: error.attempts, error: error.message });
}

/**
 * "3 papers daily at 09:00 Europe/Moscow; next digest 2026-11-24 09:00", or the pause and its
 * reason, in `locale`.
 */
export function describeSchedule(sub: Subscription, now: number, locale: Locale): string {
  const t = translator(locale);
  const daily = t('schedule.daily', { count: sub.size, time: sub.time, zone: sub.timeZone });
  if (sub.paused) return t('schedule.paused', { daily, reason: pauseText(sub.pauseReason, locale) });
  const next = sub.nextRunAt ?? nextRunFor(sub, now);
  return t('schedule.next', { daily, when: formatWhen(next, sub.timeZone, locale) });
}

/**
 * A digest as a reply in `locale`: `Your digest for 2026-11-23` with "3 new papers on diffusion,
 * llm" and the cards, or the "no new papers" note.
 *
 * ```ts
 * digestMessage({ localDate: '2026-12-07', items, follows: { topics: ['llm'], keywords: [] } }, 'zh');
 * // { kind: 'digest', title: '12月7日 论文推送', lines: ['3 篇新论文，主题：llm'], items, locale: 'zh' }
 * ```
 */
export function digestMessage(digest: DigestContent, locale: Locale): Reply {
  const t = translator(locale);
  const title = t('digest.title', { date: formatDay(digest.localDate, locale) });
  if (digest.items.length === 0) return { kind: 'digest', title, lines: [t('digest.noNew')], items: [], locale };
  const follows = digest.follows.topics.length + digest.follows.keywords.length ? describeFollows(digest.follows, locale) : '';
  const count = digest.items.length;
  return {
    kind: 'digest',
    title,
    lines: [follows ? t('digest.countOn', { count, follows }) : t('digest.count', { count })],
    items: digest.items,
    locale,
  };
}

/**
 * The scheduler's presenter: a scheduled digest in its subscription's language (`/lang`, else the
 * language of whoever set it up). Passed to `createScheduler({ present: presentDigest })`.
 */
export const presentDigest: DigestPresenter = (digest, sub) => digestMessage(digest, subscriptionLocale(sub));
