/**
 * Turning an interaction into a platform-neutral request, running the handler within Discord's
 * 3-second deadline, and sending the rendered reply (reply/editReply plus follow-ups; errors ephemeral).
 * @module
 */
import {
  MessageFlags,
  PermissionFlagsBits,
  PermissionsBitField,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { errorReply, type Reply } from '../../core/index.ts';
import { describeError } from '../shared/errors.ts';
import type { ChatRef, KeyValueStore } from '../../schedule/index.ts';
import type { ScheduleInput } from '../shared/args.ts';
import type { CommandName, CommandRequest } from '../shared/types.ts';
import type { BotContext } from './context.ts';
import { pagerRow } from './pager.ts';
import { renderReplyWithItems, renderReply, type DiscordMessage } from './render.ts';
import { defaultLocale, toLocale, translator, type Locale } from '../shared/i18n/index.ts';
import { firstCard, votable, voteRows } from './votes.ts';

type AnyInteraction = ChatInputCommandInteraction | ButtonInteraction | AutocompleteInteraction;
type Repliable = ChatInputCommandInteraction | ButtonInteraction;

// === Requests

/** The chat a command acts on: the `channel:` option when given, else the interaction's channel. */
export function chatOf(interaction: AnyInteraction, channelId?: string | null): ChatRef {
  return {
    platform: 'discord',
    chatId: channelId ?? interaction.channelId ?? interaction.user.id,
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
  };
}

/**
 * Whether the member may manage the channel a command acts on. `memberPermissions` are the member's
 * permissions in the channel the command was typed in; for another channel (the `channel:` option)
 * only the permissions Discord resolved for the member in *that* channel count, since channel
 * overwrites can grant Manage Channels in one channel and deny it in another.
 */
function canManage(interaction: AnyInteraction, chat: ChatRef): boolean {
  if (chat.chatId === chatOf(interaction).chatId) return interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false;
  const resolved = interaction.isChatInputCommand() ? interaction.options.resolved?.channels?.get(chat.chatId) : undefined;
  // A cached channel carries them as a bitfield, an uncached one as the raw string from the payload.
  const permissions = resolved?.permissions;
  if (!permissions) return false;
  return (typeof permissions === 'string' ? new PermissionsBitField(BigInt(permissions)) : permissions).has(PermissionFlagsBits.ManageChannels);
}

/**
 * The handler's request for an interaction. `isAdmin` reads the member's permissions that Discord
 * resolved for this interaction (Manage Channels, in the target channel); a DM about the DM itself
 * is private, with no member and no admin question.
 */
export function requestOf(
  interaction: AnyInteraction,
  command: CommandName,
  args: string,
  extra: { chat?: ChatRef; page?: number; schedule?: ScheduleInput } = {},
): CommandRequest {
  const chat = extra.chat ?? chatOf(interaction);
  const elsewhere = chat.chatId !== chatOf(interaction).chatId;
  return {
    chat,
    chatType: interaction.guildId || elsewhere ? 'group' : 'private',
    user: { id: interaction.user.id, name: interaction.user.username },
    command,
    args,
    ...(extra.page === undefined ? {} : { page: extra.page }),
    ...(extra.schedule ? { schedule: extra.schedule } : {}),
    locale: interaction.locale,
    ...(serverLocale(interaction.guildLocale) ? { chatLocale: interaction.guildLocale! } : {}),
    isAdmin: async () => canManage(interaction, chat),
  };
}

/**
 * A server's language as the chat's language, or undefined: Discord reports `en-US` for every server
 * that never chose a language (only Community servers can), so `en-US` says nothing about who reads
 * the channel, and the member's own locale is the better guess.
 */
export function serverLocale(guildLocale: string | null | undefined): string | undefined {
  return guildLocale && guildLocale !== 'en-US' ? guildLocale : undefined;
}

// === Sending

/**
 * Rendered messages with their buttons: the pager row first on the first message (the message the
 * pager edits), then 👍/👎 rows for each message's cards.
 */
export async function renderWithButtons(reply: Reply, kv: KeyValueStore): Promise<(DiscordMessage & { components?: APIActionRowComponent<APIButtonComponentWithCustomId>[] })[]> {
  const { messages, items } = renderReplyWithItems(reply);
  const pager = reply.pager ? await pagerRow(reply.pager, kv, reply.locale) : null;
  const first = firstCard(reply);
  return Promise.all(
    messages.map(async (m, i) => {
      const rows = i === 0 && pager ? [pager] : [];
      if (votable(reply) && items[i]!.length) rows.push(...(await voteRows(items[i]!.map((k) => reply.items[k]!), first + items[i]![0]!, kv)));
      // Discord allows five rows; a message holds at most ten cards (five vote rows) and only a
      // search page (five cards) has a pager row.
      return rows.length ? { ...m, components: rows.slice(0, 5) } : m;
    }),
  );
}

/** Sends `reply` as the interaction's response, whatever state the interaction is in. */
export async function sendReply(interaction: Repliable, reply: Reply, ctx: BotContext): Promise<void> {
  if (reply.kind === 'error') return sendError(interaction, reply);
  const [first, ...rest] = await renderWithButtons(reply, ctx.kv);
  if (interaction.deferred || interaction.replied) await interaction.editReply(first!);
  else await interaction.reply(first!);
  for (const m of rest) await interaction.followUp(m);
}

/**
 * Sends an error reply ephemerally. After a public `deferReply` the "thinking…" message cannot turn
 * ephemeral, so it is deleted and the error goes out as an ephemeral follow-up.
 */
export async function sendError(interaction: Repliable, reply: Reply): Promise<void> {
  const messages = renderReply(reply).map((m) => ({ ...m, flags: MessageFlags.Ephemeral as const }));
  const [first, ...rest] = messages;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(first!);
  } else {
    if (interaction.deferred && !interaction.replied && !interaction.ephemeral && !interaction.isButton()) {
      await interaction.deleteReply().catch(() => undefined);
    }
    await interaction.followUp(first!);
  }
  for (const m of rest) await interaction.followUp(m);
}

/**
 * Runs a command: asks the handler and answers directly when it is quick; when it takes longer than
 * `ctx.deferAfterMs`, defers first (Discord drops responses after 3 s) and edits the reply later.
 */
export async function runCommand(interaction: ChatInputCommandInteraction, ctx: BotContext, request: CommandRequest): Promise<void> {
  const work = ctx.handler.handle(request);
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ctx.deferAfterMs);
  });
  try {
    const quick = await Promise.race([work, slow]);
    if (quick) return await sendReply(interaction, quick, ctx);
  } finally {
    clearTimeout(timer);
  }
  await interaction.deferReply();
  await sendReply(interaction, await work, ctx);
}

// === Error boundary

/** The boundary's apology in the user's language (the boundary reads no subscription: the store may be what failed). */
export function apology(locale: Locale = defaultLocale): Reply {
  const t = translator(locale);
  return { ...errorReply(t('ui.apologyTitle'), [t('ui.apology')]), locale };
}

/**
 * The adapter's one error boundary: runs `work`, logs a failure with the interaction id (no tokens),
 * and answers the user with a short ephemeral apology (or empty autocomplete choices).
 */
export async function withBoundary(interaction: AnyInteraction, ctx: BotContext, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    const what = interaction.isAutocomplete() || interaction.isChatInputCommand() ? interaction.commandName : 'button';
    ctx.logger.error({ err: describeError(err), interactionId: interaction.id, command: what }, 'discord interaction failed');
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else {
        await sendError(interaction, apology(toLocale(interaction.locale)));
      }
    } catch (inner) {
      ctx.logger.warn({ err: describeError(inner), interactionId: interaction.id }, 'discord apology failed');
    }
  }
}
