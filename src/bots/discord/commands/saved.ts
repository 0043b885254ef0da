/** `/saved [page:]` — the papers this channel liked (net 👍), newest vote first, five a page. */
import { requestOf, runCommand } from '../respond.ts';
import { localised, slashCommand, type Command } from './command.ts';
import { names } from './locales.ts';

const data = slashCommand('saved').addIntegerOption((o) => localised(o, 'page').setMinValue(1).setMaxValue(9999));

export default {
  data,
  async execute(interaction, ctx) {
    const page = interaction.options.getInteger(names.page.en);
    await runCommand(interaction, ctx, requestOf(interaction, 'saved', page === null ? '' : String(page)));
  },
} satisfies Command;
