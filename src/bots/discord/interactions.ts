/**
 * Routes incoming interactions (slash commands, autocomplete, pager buttons) to their handlers, each
 * inside the adapter's error boundary.
 * @module
 */
import { MessageFlags, type ButtonInteraction, type Interaction } from 'discord.js';
import { errorReply } from '../../core/index.ts';
import { commandsByName } from './commands/index.ts';
import type { BotContext } from './context.ts';
import { discordPages } from './pager.ts';
import { discordVotes } from './votes.ts';
import { requestOf, sendError, sendReply, withBoundary } from './respond.ts';
import { defaultLocale, toLocale, translator } from '../shared/i18n/index.ts';

/** Handles one interaction; never throws. */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = commandsByName.get(interaction.commandName);
    await withBoundary(interaction, ctx, async () => {
      if (!command) {
        const t = translator(toLocale(interaction.locale) ?? defaultLocale);
        return sendError(interaction, errorReply(t('ui.unknownCommandTitle'), [t('ui.unknownCommandHint')]));
      }
      return command.execute(interaction, ctx);
    });
  } else if (interaction.isAutocomplete()) {
    const command = commandsByName.get(interaction.commandName);
    await withBoundary(interaction, ctx, async () => {
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
    });
  } else if (interaction.isButton()) {
    await withBoundary(interaction, ctx, () => (discordVotes.owns(interaction.customId) ? castVote(interaction, ctx) : turnPage(interaction, ctx)));
  }
}

/** A Prev/Next click: re-run the search for the button's page and edit the message in place. */
async function turnPage(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const target = await discordPages.parse(interaction.customId, ctx.kv);
  if (!target.ok) {
    // Only the user who pressed sees the answer (ephemeral): their language.
    const t = translator(toLocale(interaction.locale) ?? defaultLocale);
    const reply =
      target.reason === 'expired'
        ? errorReply(t('ui.searchExpiredTitle'), [t('ui.searchExpiredHint')])
        : errorReply(t('ui.unknownButtonTitle'), [t('ui.unknownButtonHint')]);
    return sendError(interaction, reply);
  }
  await interaction.deferUpdate();
  await sendReply(interaction, await ctx.handler.handle(requestOf(interaction, 'paper', target.query, { page: target.page })), ctx);
}

/**
 * A 👍/👎 click: defers an ephemeral reply at once (the 3-second deadline holds whatever the store
 * does), votes through the shared handler, then says what the vote did. Only the voter sees the
 * answer; every member may vote.
 */
async function castVote(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const target = await discordVotes.parse(interaction.customId, ctx.kv);
  if (!target.ok && target.reason === 'not-ours') {
    const t = translator(toLocale(interaction.locale) ?? defaultLocale);
    return sendError(interaction, errorReply(t('ui.unknownButtonTitle'), [t('ui.unknownButtonHint')]));
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // An expired button goes through the handler too (`button:` without an id): the answer is in the chat's language.
  const command = interaction.customId.startsWith('pb:v:-') ? 'dislike' : 'like';
  const reply = await ctx.handler.handle(requestOf(interaction, command, target.ok ? `button:${target.paperId}` : 'button:'));
  const text = [reply.title, ...reply.lines].filter(Boolean).join('\n');
  await interaction.editReply({ content: text.slice(0, 1900), allowedMentions: { parse: [] } });
}
