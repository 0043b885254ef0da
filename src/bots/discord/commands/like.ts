/**
 * `/like card:` — 👍 on card n of this channel's last digest or `/paper` page (or a paper / arXiv
 * id), as the button under the card does; any member may vote, once per paper (changeable).
 */
import { requestOf, runCommand } from '../respond.ts';
import { localised, slashCommand, type Command } from './command.ts';
import { names } from './locales.ts';

const data = slashCommand('like').addStringOption((o) => localised(o, 'card').setRequired(true).setMaxLength(100));

export default {
  data,
  async execute(interaction, ctx) {
    await runCommand(interaction, ctx, requestOf(interaction, 'like', interaction.options.getString(names.card.en, true)));
  },
} satisfies Command;
