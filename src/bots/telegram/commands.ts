/**
 * Feature: slash commands (`/paper diffusion`, `/subscribe@PaperboyBot llm`) in private chats,
 * groups, forum topics and channel posts. Parses the update into a request, calls the shared handler
 * and sends the rendered reply back into the same chat and topic.
 *
 * In a private chat, plain text (no command) is treated as a search, and an unknown command gets the
 * help text; in groups both are ignored, as other bots may own them.
 * @module
 */
import { Composer, type Context } from 'grammy';
import type { Message } from 'grammy/types';
import { commandNames, type CommandName } from '../shared/types.ts';
import { requestOf } from './context.ts';
import { renderForTelegram, sendRendered } from './deliver.ts';
import type { FeatureDeps } from './features.ts';

const known: ReadonlySet<string> = new Set(commandNames);

/** The command word of `/Paper@PaperboyBot args`, lower-cased and without the bot name. */
export function commandWord(text: string): string {
  return /^\/([^\s@]+)/.exec(text)?.[1]?.toLowerCase() ?? '';
}

/** Runs one command for `msg` and sends the reply. */
async function run(ctx: Context, msg: Message, deps: FeatureDeps, command: CommandName, args: string): Promise<void> {
  const request = requestOf(ctx, msg, deps, command, args.trim());
  const reply = await deps.handler.handle(request);
  const rendered = await renderForTelegram(reply, deps.kv);
  // In busy groups, answer as a reply so it's clear which command the answer belongs to.
  await sendRendered(ctx.api, request.chat, rendered, request.chatType === 'private' ? {} : { replyTo: msg.message_id });
}

/**
 * The commands composer.
 *
 * ```ts
 * bot.use(commandsFeature(deps));
 * ```
 */
export function commandsFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();

  // `command()` matches `/cmd` and `/cmd@ThisBot` (not `/cmd@OtherBot`), in messages and channel posts.
  composer.command([...commandNames], async (ctx) => {
    const msg = ctx.msg!;
    const word = commandWord(msg.text ?? msg.caption ?? '');
    const command = (known.has(word) ? word : 'help') as CommandName;
    await run(ctx, msg, deps, command, typeof ctx.match === 'string' ? ctx.match : '');
  });

  const dm = composer.chatType('private');
  dm.on('message:text', async (ctx) => {
    const text = ctx.msg.text;
    if (text.startsWith('/')) {
      // A command this bot doesn't know (or a mistyped one): show what it does know.
      await run(ctx, ctx.msg, deps, 'help', '');
      return;
    }
    await run(ctx, ctx.msg, deps, 'paper', text);
  });

  return composer;
}
