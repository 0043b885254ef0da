/** `/unsubscribe topic: [channel:]` — stop following a topic, a keyword, or `all`. */
import { topicChoices } from '../autocomplete.ts';
import { requestOf, runCommand } from '../respond.ts';
import { channelOption, slashCommand, targetChat, topicOption, type Command } from './command.ts';
import { names } from './locales.ts';
import { toLocale } from '../../shared/i18n/index.ts';

const data = slashCommand('unsubscribe', { admin: true })
  .addStringOption((o) => topicOption(o, 'unsubscribeTopic'))
  .addChannelOption(channelOption);

export default {
  data,
  async execute(interaction, ctx) {
    const topic = interaction.options.getString(names.topic.en, true);
    await runCommand(interaction, ctx, requestOf(interaction, 'unsubscribe', topic, { chat: targetChat(interaction) }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(topicChoices(ctx.topics(), interaction.options.getFocused(), ['all'], toLocale(interaction.locale)));
  },
} satisfies Command;
