/** `/unsubscribe topic: [channel:]` — stop following a topic, a keyword, or `all`. */
import { topicChoices } from '../autocomplete.ts';
import { chatOf, requestOf, runCommand } from '../respond.ts';
import { slashCommand, type Command } from './command.ts';
import { descriptions, localizations, names } from './locales.ts';
import { deliverableChannels } from './subscribe.ts';

const data = slashCommand('unsubscribe', { admin: true })
  .addStringOption((o) =>
    o
      .setName(names.topic.en)
      .setNameLocalizations(localizations(names.topic))
      .setDescription(descriptions.unsubscribeTopic.en)
      .setDescriptionLocalizations(localizations(descriptions.unsubscribeTopic))
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
    const chat = chatOf(interaction, interaction.options.getChannel(names.channel.en)?.id);
    await runCommand(interaction, ctx, requestOf(interaction, 'unsubscribe', topic, { chat }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(topicChoices(ctx.topics(), interaction.options.getFocused(), ['all']));
  },
} satisfies Command;
