/**
 * `/like card:` and `/dislike card:` — 👍 / 👎 on card n of this channel's last digest or `/paper`
 * page (or a paper / arXiv id), as the buttons under the cards do; any member may vote, once per
 * paper (changeable). One builder for both: they differ only in the vote they cast.
 */
import { requestOf, runCommand } from '../respond.ts';
import { localised, slashCommand, type Command } from './command.ts';
import { names } from './locales.ts';

/** The slash command that casts `vote` on the card given as its `card` option. */
export function voteCommand(vote: 'like' | 'dislike'): Command {
  const data = slashCommand(vote).addStringOption((o) => localised(o, 'card').setRequired(true).setMaxLength(100));
  return {
    data,
    async execute(interaction, ctx) {
      await runCommand(interaction, ctx, requestOf(interaction, vote, interaction.options.getString(names.card.en, true)));
    },
  };
}
