/** `/status [channel:]` — what a channel follows, next and last delivery, last error. */
import { chatOf, requestOf, runCommand } from '../respond.ts';
import { slashCommand, type Command } from './command.ts';
import { descriptions, localizations, names } from './locales.ts';
import { deliverableChannels } from './subscribe.ts';

const data = slashCommand('status').addChannelOption((o) =>
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
    const chat = chatOf(interaction, interaction.options.getChannel(names.channel.en)?.id);
    await runCommand(interaction, ctx, requestOf(interaction, 'status', '', { chat }));
  },
} satisfies Command;
