/**
 * The shape of one slash command: its registration data plus `execute` (and `autocomplete` when an
 * option suggests values). Commands only translate options into the platform-neutral request; the
 * handler decides everything else.
 * @module
 */
import {
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type LocalizationMap,
  type SlashCommandChannelOption,
  type SlashCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { ChatRef } from '../../../schedule/index.ts';
import type { BotContext } from '../context.ts';
import { chatOf } from '../respond.ts';
import { descriptions, localizations, names } from './locales.ts';

export interface Command {
  /** Registration data (anything with a discord.js builder's `toJSON`). */
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** A discord.js builder with a name and a description (commands, subcommands, options). */
interface Describable {
  setName(name: string): this;
  setNameLocalizations(map: LocalizationMap): this;
  setDescription(description: string): this;
  setDescriptionLocalizations(map: LocalizationMap): this;
}

/**
 * Names and describes a builder in English, Russian and Chinese from `locales.ts`.
 *
 * ```ts
 * s.addStringOption((o) => localised(o, 'time').setRequired(true));
 * ```
 */
export function localised<T extends Describable>(builder: T, name: keyof typeof names, description: keyof typeof descriptions = name as keyof typeof descriptions): T {
  return builder
    .setName(names[name].en)
    .setNameLocalizations(localizations(names[name]))
    .setDescription(descriptions[description].en)
    .setDescriptionLocalizations(localizations(descriptions[description]));
}

/**
 * A localised slash command usable in servers and in DMs with the bot. `admin` commands carry
 * `default_member_permissions` = Manage Channels (the handler checks again at run time, since server
 * admins can override the default).
 */
export function slashCommand(key: keyof typeof names & keyof typeof descriptions, options: { admin?: boolean } = {}): SlashCommandBuilder {
  const b = localised(new SlashCommandBuilder(), key)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  if (options.admin) b.setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels);
  return b;
}

/** Channels a digest can be posted in. */
export const deliverableChannels = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/** The optional `channel:` option of the subscription commands (a digest channel other than this one). */
export function channelOption(o: SlashCommandChannelOption): SlashCommandChannelOption {
  return localised(o, 'channel').addChannelTypes(...deliverableChannels);
}

/** The required, autocompleted `topic:` option (`description` differs between subscribe and unsubscribe). */
export function topicOption(o: SlashCommandStringOption, description: keyof typeof descriptions): SlashCommandStringOption {
  return localised(o, 'topic', description)
    .setRequired(true)
    .setMaxLength(200)
    .setAutocomplete(true);
}

/** The chat a subscription command is about: the `channel:` option when given, else where it was typed. */
export function targetChat(interaction: ChatInputCommandInteraction): ChatRef {
  return chatOf(interaction, interaction.options.getChannel(names.channel.en)?.id);
}
