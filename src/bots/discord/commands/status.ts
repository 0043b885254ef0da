/** `/status [channel:]` — what a channel follows, next and last delivery, last error. */
import { requestOf, runCommand } from '../respond.ts';
import { channelOption, slashCommand, targetChat, type Command } from './command.ts';

const data = slashCommand('status').addChannelOption(channelOption);

export default {
  data,
  async execute(interaction, ctx) {
    await runCommand(interaction, ctx, requestOf(interaction, 'status', '', { chat: targetChat(interaction) }));
  },
} satisfies Command;
