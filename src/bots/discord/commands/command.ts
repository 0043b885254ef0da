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

/** Channels a digest can be posted in. */
export const deliverableChannels = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/** The optional `channel:` option of the subscription commands (a digest channel other than this one). */
export function channelOption(o: SlashCommandChannelOption): SlashCommandChannelOption {
  return o
    .setName(names.channel.en)
    .setNameLocalizations(localizations(names.channel))
    .setDescription(descriptions.channel.en)
    .setDescriptionLocalizations(localizations(descriptions.channel))
    .addChannelTypes(...deliverableChannels);
}

/** The required, autocompleted `topic:` option (`description` differs between subscribe and unsubscribe). */
export function topicOption(o: SlashCommandStringOption, description: keyof typeof descriptions): SlashCommandStringOption {
  return o
    .setName(names.topic.en)
    .setNameLocalizations(localizations(names.topic))
    .setDescription(descriptions[description].en)
    .setDescriptionLocalizations(localizations(descriptions[description]))
    .setRequired(true)
    .setMaxLength(200)
    .setAutocomplete(true);
}

/** The chat a subscription command is about: the `channel:` option when given, else where it was typed. */
export function targetChat(interaction: ChatInputCommandInteraction): ChatRef {
  return chatOf(interaction, interaction.options.getChannel(names.channel.en)?.id);
}
