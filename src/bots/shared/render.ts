/**
 * What every adapter's renderer (Telegram HTML, Discord embeds, console text) shares.
 * @module
 */
import type { Reply } from '../../core/index.ts';

/**
 * How many results precede this reply's cards: search results are numbered across pages, so page 2
 * of a 5-per-page search starts at card 6.
 *
 * ```ts
 * firstPosition(reply); // 5 for { pager: { page: 1, pageSize: 5, … } }, 0 without a pager
 * ```
 */
export function firstPosition(reply: Pick<Reply, 'pager'>): number {
  return reply.pager ? reply.pager.page * reply.pager.pageSize : 0;
}
