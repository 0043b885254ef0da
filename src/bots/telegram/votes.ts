/**
 * Feature: 👍/👎 buttons under digest cards and `/paper` results. Any member of the chat may vote
 * (one vote per member per paper; the same button again withdraws it); the answer is a toast, given
 * at once (Telegram wants a callback answered within seconds, and the vote is one store write).
 * @module
 */
import { Composer, type Context } from 'grammy';
import { toLocale } from '../shared/i18n/index.ts';
import { requestOf } from './context.ts';
import type { FeatureDeps } from './features.ts';
import { telegramVotes } from './keyboard.ts';
import { pagingText, toastText } from './paging.ts';

/** The vote composer (mounted before paging, which answers every other button). */
export function votesFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(/^pb:v:/, async (ctx) => {
    const query = ctx.callbackQuery;
    const target = await telegramVotes.parse(query.data, deps.kv);
    if (!target.ok && target.reason === 'not-ours') {
      await ctx.answerCallbackQuery({ text: pagingText('notOurs', toLocale(query.from.language_code)) });
      return;
    }
    const message = query.message;
    if (!message) {
      await ctx.answerCallbackQuery({ text: pagingText('tooOld', toLocale(query.from.language_code)) });
      return;
    }
    // An expired button goes through the handler too (`button:` without an id), so its toast is in the chat's language.
    const command = query.data.startsWith('pb:v:-') ? 'dislike' : 'like';
    const request = requestOf(ctx, message, deps, command, target.ok ? `button:${target.paperId}` : 'button:', { from: query.from });
    const reply = await deps.handler.handle(request);
    await ctx.answerCallbackQuery({ text: toastText([reply.title, ...reply.lines.slice(0, 1)].filter(Boolean).join('\n')) });
  });
  return composer;
}
