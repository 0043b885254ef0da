/** `/digest` — no options; the handler answers. */
import { requestOf, runCommand } from '../respond.ts';
import { slashCommand, type Command } from './command.ts';

export default {
  data: slashCommand('digest'),
  async execute(interaction, ctx) {
    await runCommand(interaction, ctx, requestOf(interaction, 'digest', ''));
  },
} satisfies Command;
