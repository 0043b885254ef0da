/**
 * `/schedule` — one subcommand per kind of change, each mapped straight to the typed change the
 * handler validates (no text for the shared parser to split again): `time time: [timezone:]` (zone
 * autocomplete), `off`, `on`, `size papers:` (an integer Discord bounds), `quiet enabled:`, `show`;
 * each with an optional `channel:`.
 */
import type { SlashCommandSubcommandBuilder } from 'discord.js';
import { maxDigestSize, minDigestSize } from '../../../schedule/index.ts';
import type { ScheduleInput } from '../../shared/args.ts';
import { timeZoneChoices } from '../autocomplete.ts';
import { requestOf, runCommand } from '../respond.ts';
import { channelOption, localised, slashCommand, targetChat, type Command } from './command.ts';
import { names } from './locales.ts';

/** A subcommand with its own options, then the optional `channel:` (Discord wants required options first). */
const subcommand =
  (key: 'off' | 'on' | 'size' | 'quiet' | 'show' | 'time', options = (s: SlashCommandSubcommandBuilder) => s) =>
  (s: SlashCommandSubcommandBuilder) =>
    options(localised(s, key, key === 'time' ? 'scheduleTime' : key)).addChannelOption(channelOption);

const data = slashCommand('schedule', { admin: true })
  .addSubcommand(
    subcommand('time', (s) =>
      s
        .addStringOption((o) => localised(o, 'time').setRequired(true).setMaxLength(10))
        .addStringOption((o) => localised(o, 'timezone').setMaxLength(64).setAutocomplete(true)),
    ),
  )
  .addSubcommand(subcommand('off'))
  .addSubcommand(subcommand('on'))
  .addSubcommand(
    subcommand('size', (s) =>
      s.addIntegerOption((o) => localised(o, 'papers').setRequired(true).setMinValue(minDigestSize).setMaxValue(maxDigestSize)),
    ),
  )
  .addSubcommand(subcommand('quiet', (s) => s.addBooleanOption((o) => localised(o, 'enabled').setRequired(true))))
  .addSubcommand(subcommand('show'));

/** The typed change a subcommand stands for. */
function scheduleInput(options: Parameters<Command['execute']>[0]['options']): ScheduleInput {
  switch (options.getSubcommand(true)) {
    case names.time.en: {
      const zone = options.getString(names.timezone.en);
      return { kind: 'time', time: options.getString(names.time.en, true), ...(zone ? { timeZone: zone } : {}) };
    }
    case names.size.en:
      return { kind: 'size', size: String(options.getInteger(names.papers.en, true)) };
    case names.quiet.en:
      return { kind: 'quiet', quiet: options.getBoolean(names.enabled.en, true) };
    case names.off.en:
      return { kind: 'off' };
    case names.on.en:
      return { kind: 'on' };
    default:
      return { kind: 'show' };
  }
}

export default {
  data,
  async execute(interaction, ctx) {
    await runCommand(interaction, ctx, requestOf(interaction, 'schedule', '', { chat: targetChat(interaction), schedule: scheduleInput(interaction.options) }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(timeZoneChoices(ctx.timeZones, interaction.options.getFocused()));
  },
} satisfies Command;
