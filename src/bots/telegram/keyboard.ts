/**
 * Prev/Next inline keyboards for `/paper` whose `callback_data` survives a restart: the shared page
 * tokens (`bots/shared/page-token.ts`) within Telegram's 64-*byte* limit. A Cyrillic or Chinese
 * query is 2–3 bytes a character, so long queries go behind a key kept in the store.
 * @module
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Pager, PaperItem, Reply } from '../../core/index.ts';
import type { KeyValueStore } from '../../schedule/index.ts';
import { defaultLocale, translator, type Locale } from '../shared/i18n/index.ts';
import { noopToken, pageTokens } from '../shared/page-token.ts';
import { firstPosition } from '../shared/render.ts';
import { voteTokens } from '../shared/vote-token.ts';

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

/** Vote tokens (👍/👎 under each card) as `callback_data`: `pb:v:+:arxiv:2409.12186`. */
export const telegramVotes = voteTokens({ namespace: 'telegram', fits: (token) => byteLength(token) <= maxCallbackBytes });

/** Whether a reply's cards get 👍/👎 buttons: digests, search pages, saved lists (not errors). */
export const votable = (reply: Reply): boolean => reply.kind !== 'error' && reply.items.length > 0;

/** One row per card: `👍 n` `👎 n`, n being the card's number as rendered. */
export async function voteRows(items: readonly PaperItem[], firstNumber: number, kv: KeyValueStore): Promise<InlineKeyboardButton[][]> {
  return Promise.all(
    items.map(async ({ paper }, i) => [
      { text: `👍 ${firstNumber + i}`, callback_data: await telegramVotes.token(paper.id, 1, kv) },
      { text: `👎 ${firstNumber + i}`, callback_data: await telegramVotes.token(paper.id, -1, kv) },
    ]),
  );
}

/** A paged reply's keyboard: Prev / `n/N` / Next, then its cards' vote rows; undefined when it has neither. */
export async function replyKeyboard(reply: Reply, kv: KeyValueStore): Promise<InlineKeyboardMarkup | undefined> {
  const pager = reply.pager ? await pagerKeyboard(reply.pager, kv, reply.locale) : undefined;
  const rows = [...(pager?.inline_keyboard ?? []), ...(votable(reply) ? await voteRows(reply.items, firstPosition(reply) + 1, kv) : [])];
  return rows.length ? { inline_keyboard: rows } : undefined;
}

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
