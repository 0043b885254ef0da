/**
 * Prev/Next buttons for `/paper` whose custom ids survive a restart: the id carries the target page
 * and either the query itself (when it fits in Discord's 100-character custom id) or a short hash
 * key whose query is kept in the key-value store.
 * @module
 */
import { createHash } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import type { Pager } from '../../core/index.ts';

/** The small key-value port the adapter keeps long queries in (keyv-backed in production). */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
}

/** Discord's custom id limit. */
export const maxCustomId = 100;
/** How long a long query stays resolvable from its buttons. */
export const queryTtlMs = 30 * 24 * 3_600_000;

const prefix = 'pb:p:';
const idPattern = /^pb:p:(\d{1,6}):([qk]):([\s\S]+)$/;

/** The kv key a long query is stored under. */
export const queryKey = (key: string): string => `discord:query:${key}`;

/**
 * The custom id of a button that opens `page` of `query`.
 *
 * ```ts
 * await pageButtonId('diffusion', 1, kv); // 'pb:p:1:q:diffusion'
 * ```
 */
export async function pageButtonId(query: string, page: number, kv: KeyValue): Promise<string> {
  const inline = `${prefix}${page}:q:${query}`;
  if (inline.length <= maxCustomId) return inline;
  // 16 base64url characters = 96 bits: collisions are not a practical concern.
  const key = createHash('sha256').update(query).digest('base64url').slice(0, 16);
  await kv.set(queryKey(key), query, queryTtlMs);
  return `${prefix}${page}:k:${key}`;
}

export type PageTarget = { ok: true; query: string; page: number } | { ok: false; reason: 'not-ours' | 'expired' };

/** Resolves a button's custom id back to its query and page. */
export async function parsePageButtonId(customId: string, kv: KeyValue): Promise<PageTarget> {
  const m = idPattern.exec(customId);
  if (!m) return { ok: false, reason: 'not-ours' };
  const page = Number(m[1]);
  if (m[2] === 'q') return { ok: true, query: m[3]!, page };
  const query = await kv.get(queryKey(m[3]!));
  return typeof query === 'string' ? { ok: true, query, page } : { ok: false, reason: 'expired' };
}

/** The Prev/Next action row for a paged reply (no row when there is a single page). */
export async function pagerRow(pager: Pager, kv: KeyValue): Promise<APIActionRowComponent<APIButtonComponentWithCustomId> | null> {
  if (pager.pages <= 1) return null;
  const button = async (label: string, page: number, disabled: boolean): Promise<APIButtonComponentWithCustomId> => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: await pageButtonId(pager.query, page, kv),
    disabled,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      // Targets differ (page-1 clamped to 0 vs page+1), so the two ids are always distinct.
      await button('◀ Prev', Math.max(0, pager.page - 1), pager.page <= 0),
      await button(`Next ▶`, pager.page + 1, pager.page >= pager.pages - 1),
    ],
  };
}
