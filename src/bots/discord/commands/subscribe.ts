/** `/subscribe topic: [channel:]` — follow a topic or keyword; topic autocomplete from the catalog. */
import { ChannelType } from 'discord.js';
import { topicChoices } from '../autocomplete.ts';
import { chatOf, requestOf, runCommand } from '../respond.ts';
import { slashCommand, type Command } from './command.ts';
import { descriptions, localizations, names } from './locales.ts';

/** Channels a digest can be posted in. */
export const deliverableChannels = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

const data = slashCommand('subscribe', { admin: true })
  .addStringOption((o) =>
    o
      .setName(names.topic.en)
      .setNameLocalizations(localizations(names.topic))
      .setDescription(descriptions.topic.en)
      .setDescriptionLocalizations(localizations(descriptions.topic))
      .setRequired(true)
      .setMaxLength(200)
      .setAutocomplete(true),
  )
  .addChannelOption((o) =>
    o
      .setName(names.channel.en)
      .setNameLocalizations(localizations(names.channel))
      .setDescription(descriptions.channel.en)
      .setDescriptionLocalizations(localizations(descriptions.channel))
      .addChannelTypes(...deliverableChannels),
  );

export default {
  data,
  async execute(interaction, ctx) {
    const topic = interaction.options.getString(names.topic.en, true);
    const channel = interaction.options.getChannel(names.channel.en);
    const chat = chatOf(interaction, channel?.id);
    await runCommand(interaction, ctx, requestOf(interaction, 'subscribe', topic, { chat }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(topicChoices(ctx.topics(), interaction.options.getFocused()));
  },
} satisfies Command;
