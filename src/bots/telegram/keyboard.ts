/**
 * Prev/Next inline keyboards for `/paper` whose `callback_data` survives a restart: the shared page
 * tokens (`bots/shared/page-token.ts`) within Telegram's 64-*byte* limit. A Cyrillic or Chinese
 * query is 2–3 bytes a character, so long queries go behind a key kept in the store.
 * @module
 */
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Pager } from '../../core/index.ts';
import type { KeyValueStore } from '../../schedule/index.ts';
import { defaultLocale, translator, type Locale } from '../shared/i18n/index.ts';
import { noopToken, pageTokens } from '../shared/page-token.ts';

/** Telegram's `callback_data` limit in bytes. */
export const maxCallbackBytes = 64;

/** UTF-8 length of a string. */
export const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Page tokens as `callback_data`.
 *
 * ```ts
 * await telegramPages.token('diffusion', 1, kv); // 'pb:p:1:q:diffusion'
 * await telegramPages.token('диффузионные модели для видео', 1, kv); // 'pb:p:1:k:Xy3…' (query kept in kv)
 * ```
 */
export const telegramPages = pageTokens({ namespace: 'telegram', fits: (token) => byteLength(token) <= maxCallbackBytes });

/** The Prev / `n/N` / Next row for a paged reply, labelled in `locale`; undefined when there is a single page. */
export async function pagerKeyboard(pager: Pager, kv: KeyValueStore, locale: Locale = defaultLocale): Promise<InlineKeyboardMarkup | undefined> {
  if (pager.pages <= 1) return undefined;
  const t = translator(locale);
  const row = [];
  if (pager.page > 0) row.push({ text: t('ui.prev'), callback_data: await telegramPages.token(pager.query, pager.page - 1, kv) });
  row.push({ text: `${pager.page + 1}/${pager.pages}`, callback_data: noopToken });
  if (pager.page + 1 < pager.pages) row.push({ text: t('ui.next'), callback_data: await telegramPages.token(pager.query, pager.page + 1, kv) });
  return { inline_keyboard: [row] };
}
