/**
 * The shape of one slash command: its registration data plus `execute` (and `autocomplete` when an
 * option suggests values). Commands only translate options into the platform-neutral request; the
 * handler decides everything else.
 * @module
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { descriptions, localizations, names } from './locales.ts';

export interface Command {
  /** Registration data (anything with a discord.js builder's `toJSON`). */
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/**
 * A localised slash command usable in servers and in DMs with the bot. `admin` commands carry
 * `default_member_permissions` = Manage Channels (the handler checks again at run time, since server
 * admins can override the default).
 */
export function slashCommand(key: keyof typeof names & keyof typeof descriptions, options: { admin?: boolean } = {}): SlashCommandBuilder {
  const b = new SlashCommandBuilder()
    .setName(names[key].en)
    .setNameLocalizations(localizations(names[key]))
    .setDescription(descriptions[key].en)
    .setDescriptionLocalizations(localizations(descriptions[key]))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  if (options.admin) b.setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels);
  return b;
}
