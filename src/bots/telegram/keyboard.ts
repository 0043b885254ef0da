/**
 * Prev/Next inline keyboards for `/paper` whose `callback_data` survives a restart.
 *
 * Telegram limits `callback_data` to 64 *bytes* (UTF-8), and a Cyrillic or Chinese query is 2–3 bytes
 * a character, so the data carries the target page and either the query itself (when it fits) or a
 * 16-character hash key whose query is kept in the key-value store. Nothing lives only in memory, so
 * buttons keep working after a restart (as long as the store keeps the key, {@link queryTtlMs}).
 * @module
 */
import { createHash } from 'node:crypto';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Pager } from '../../core/index.ts';

/** The small key-value port (keyv-backed in production, a Map in tests). */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
}

/** Telegram's `callback_data` limit in bytes. */
export const maxCallbackBytes = 64;
/** How long a long query stays resolvable from its buttons (30 days). */
export const queryTtlMs = 30 * 24 * 3_600_000;

/** Data of the page-counter button in the middle; answered with an empty toast. */
export const noopData = 'pb:n';
const pattern = /^pb:p:(\d{1,6}):([qk]):([\s\S]+)$/;

/** The kv key a long query is stored under. */
export const queryKey = (key: string): string => `telegram:query:${key}`;

/** UTF-8 length of a string. */
export const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * The `callback_data` of a button that opens `page` of `query` (always <= 64 bytes).
 *
 * ```ts
 * await pageData('diffusion', 1, kv); // 'pb:p:1:q:diffusion'
 * await pageData('диффузионные модели для видео', 1, kv); // 'pb:p:1:k:Xy3…' (query kept in kv)
 * ```
 */
export async function pageData(query: string, page: number, kv: KeyValue): Promise<string> {
  const inline = `pb:p:${page}:q:${query}`;
  if (byteLength(inline) <= maxCallbackBytes) return inline;
  // 16 base64url characters = 96 bits: collisions are not a practical concern.
  const key = createHash('sha256').update(query).digest('base64url').slice(0, 16);
  await kv.set(queryKey(key), query, queryTtlMs);
  return `pb:p:${page}:k:${key}`;
}

/** Where a button leads, or why it leads nowhere. */
export type PageTarget =
  | { ok: true; query: string; page: number }
  | { ok: false; reason: 'noop' | 'not-ours' | 'expired' };

/** Resolves `callback_data` back to its query and page. */
export async function parsePageData(data: string | undefined, kv: KeyValue): Promise<PageTarget> {
  if (data === noopData) return { ok: false, reason: 'noop' };
  const m = data === undefined ? null : pattern.exec(data);
  if (!m) return { ok: false, reason: 'not-ours' };
  const page = Number(m[1]);
  if (m[2] === 'q') return { ok: true, query: m[3]!, page };
  const query = await kv.get(queryKey(m[3]!));
  return typeof query === 'string' ? { ok: true, query, page } : { ok: false, reason: 'expired' };
}

/** The Prev / `n/N` / Next row for a paged reply; undefined when there is a single page. */
export async function pagerKeyboard(pager: Pager, kv: KeyValue): Promise<InlineKeyboardMarkup | undefined> {
  if (pager.pages <= 1) return undefined;
  const row = [];
  if (pager.page > 0) row.push({ text: '◀ Prev', callback_data: await pageData(pager.query, pager.page - 1, kv) });
  row.push({ text: `${pager.page + 1}/${pager.pages}`, callback_data: noopData });
  if (pager.page + 1 < pager.pages) row.push({ text: 'Next ▶', callback_data: await pageData(pager.query, pager.page + 1, kv) });
  return { inline_keyboard: [row] };
}
