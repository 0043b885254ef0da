/** `/schedule [time:] [timezone:] [channel:]` — show, or set delivery time and zone (autocomplete), or off/on/size/quiet. */
import { timeZoneChoices } from '../autocomplete.ts';
import { requestOf, runCommand } from '../respond.ts';
import { channelOption, slashCommand, targetChat, type Command } from './command.ts';
import { descriptions, localizations, names } from './locales.ts';

const data = slashCommand('schedule', { admin: true })
  .addStringOption((o) =>
    o
      .setName(names.time.en)
      .setNameLocalizations(localizations(names.time))
      .setDescription(descriptions.time.en)
      .setDescriptionLocalizations(localizations(descriptions.time))
      .setMaxLength(40),
  )
  .addStringOption((o) =>
    o
      .setName(names.timezone.en)
      .setNameLocalizations(localizations(names.timezone))
      .setDescription(descriptions.timezone.en)
      .setDescriptionLocalizations(localizations(descriptions.timezone))
      .setMaxLength(64)
      .setAutocomplete(true),
  )
  .addChannelOption(channelOption);

export default {
  data,
  async execute(interaction, ctx) {
    // No time: the handler shows the current schedule (anyone may look).
    const time = interaction.options.getString(names.time.en) ?? '';
    const zone = interaction.options.getString(names.timezone.en) ?? '';
    await runCommand(interaction, ctx, requestOf(interaction, 'schedule', `${time} ${zone}`.trim(), { chat: targetChat(interaction) }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(timeZoneChoices(ctx.timeZones, interaction.options.getFocused()));
  },
} satisfies Command;
