/**
 * 👍/👎 buttons under each paper card (digests, `/paper` results, `/saved`), and what a click does.
 *
 * Buttons: one action row per two cards (`👍 n` `👎 n` twice), so a message's ten cards fit
 * Discord's five rows; a search page (5 cards) has its pager row first, then three vote rows. Custom ids are the shared vote tokens
 * (`pb:v:+:arxiv:2409.12186`, within 100 characters). A click is handled in `interactions.ts`.
 * @module
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import type { PaperItem, Reply } from '../../core/index.ts';
import type { KeyValueStore } from '../../schedule/index.ts';
import { voteTokens } from '../shared/vote-token.ts';
import { maxCustomId } from './pager.ts';
import { firstPosition } from '../shared/render.ts';

/** Vote tokens as custom ids. */
export const discordVotes = voteTokens({ namespace: 'discord', fits: (token) => token.length <= maxCustomId });

type Row = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Whether a reply's cards get vote buttons (not errors, not empty). */
export const votable = (reply: Reply): boolean => reply.kind !== 'error' && reply.items.length > 0;

/** Action rows for cards numbered from `first`, two cards a row. */
export async function voteRows(items: readonly PaperItem[], first: number, kv: KeyValueStore): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < items.length; i += 2) {
    const components: APIButtonComponentWithCustomId[] = [];
    for (let k = i; k < Math.min(items.length, i + 2); k++) {
      for (const vote of [1, -1] as const) {
        components.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: `${vote > 0 ? '👍' : '👎'} ${first + k}`, custom_id: await discordVotes.token(items[k]!.paper.id, vote, kv) });
      }
    }
    rows.push({ type: ComponentType.ActionRow, components });
  }
  return rows;
}

/** The card numbers of a reply start here. */
export const firstCard = (reply: Reply): number => firstPosition(reply) + 1;
