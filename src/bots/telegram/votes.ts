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

/** Toast for a vote button whose paper id expired from the store. */
export const voteExpired = 'This button has expired. Vote with /like <n> on a newer digest.';

/** The vote composer (mounted before paging, which answers every other button). */
export function votesFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(/^pb:v:/, async (ctx) => {
    const query = ctx.callbackQuery;
    const target = await telegramVotes.parse(query.data, deps.kv);
    if (!target.ok) {
      await ctx.answerCallbackQuery({ text: target.reason === 'expired' ? voteExpired : pagingText('notOurs', toLocale(query.from.language_code)) });
      return;
    }
    const message = query.message;
    if (!message) {
      await ctx.answerCallbackQuery({ text: pagingText('tooOld', toLocale(query.from.language_code)) });
      return;
    }
    const request = requestOf(ctx, message, deps, target.vote > 0 ? 'like' : 'dislike', `button:${target.paperId}`, { from: query.from });
    const reply = await deps.handler.handle(request);
    await ctx.answerCallbackQuery({ text: toastText([reply.title, ...reply.lines.slice(0, 1)].filter(Boolean).join('\n')) });
  });
  return composer;
}
