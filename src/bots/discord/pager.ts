/**
 * Prev/Next buttons for `/paper` whose custom ids survive a restart: the shared page tokens
 * (`bots/shared/page-token.ts`) within Discord's 100-character custom id.
 * @module
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import type { Pager } from '../../core/index.ts';
import type { KeyValueStore } from '../../schedule/index.ts';
import { pageTokens } from '../shared/page-token.ts';
import { defaultLocale, translator, type Locale } from '../shared/i18n/index.ts';

/** Discord's custom id limit. */
export const maxCustomId = 100;

/**
 * Page tokens as custom ids.
 *
 * ```ts
 * await discordPages.token('diffusion', 1, kv); // 'pb:p:1:q:diffusion'
 * ```
 */
export const discordPages = pageTokens({ namespace: 'discord', fits: (token) => token.length <= maxCustomId });

/** The Prev/Next action row for a paged reply (no row when there is a single page). */
export async function pagerRow(pager: Pager, kv: KeyValueStore, locale: Locale = defaultLocale): Promise<APIActionRowComponent<APIButtonComponentWithCustomId> | null> {
  const t = translator(locale);
  if (pager.pages <= 1) return null;
  const button = async (label: string, page: number, disabled: boolean): Promise<APIButtonComponentWithCustomId> => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: await discordPages.token(pager.query, page, kv),
    disabled,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      // Targets differ (page-1 clamped to 0 vs page+1), so the two ids are always distinct.
      await button(t('ui.prev'), Math.max(0, pager.page - 1), pager.page <= 0),
      await button(t('ui.next'), pager.page + 1, pager.page >= pager.pages - 1),
    ],
  };
}
