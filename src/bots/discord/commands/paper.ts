/** `/paper query:` — search, with query autocomplete and Prev/Next buttons on the reply. */
import { queryChoices } from '../autocomplete.ts';
import { requestOf, runCommand } from '../respond.ts';
import type { Command } from './command.ts';
import { localised, slashCommand } from './command.ts';
import { names } from './locales.ts';

const data = slashCommand('paper').addStringOption((o) => localised(o, 'query').setRequired(true).setMaxLength(200).setAutocomplete(true));

export default {
  data,
  async execute(interaction, ctx) {
    const query = interaction.options.getString(names.query.en, true);
    await runCommand(interaction, ctx, requestOf(interaction, 'paper', query, { page: 0 }));
  },
  async autocomplete(interaction, ctx) {
    const input = interaction.options.getFocused();
    await interaction.respond(queryChoices(input, input.trim() && ctx.suggestPapers ? ctx.suggestPapers(input) : []));
  },
} satisfies Command;
