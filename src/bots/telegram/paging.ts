/**
 * Feature: Prev/Next buttons under `/paper` results. The button's data names the query (or its kv
 * key) and the page, so it works after a restart; the message is edited in place.
 * Stale, foreign or expired buttons get a polite toast instead of an error.
 * @module
 */
import { Composer, GrammyError, type Context } from 'grammy';
import { requestOf } from './context.ts';
import { apiChatId, htmlOptions } from './deliver.ts';
import type { FeatureDeps } from './features.ts';
import { replyKeyboard, telegramPages } from './keyboard.ts';
import { renderPage } from './render.ts';
import { defaultLocale, toLocale, translator, type Locale } from '../shared/i18n/index.ts';
import { cleanText } from '../shared/text.ts';
import { wellFormed } from './html.ts';

/** Toasts for buttons that lead nowhere, in the user's language. */
export function pagingText(kind: 'notOurs' | 'expired' | 'tooOld', locale: Locale = defaultLocale): string {
  const t = translator(locale);
  return kind === 'notOurs' ? t('ui.notOurs') : kind === 'expired' ? t('ui.searchExpired') : t('ui.tooOld');
}

/** Telegram's limit for a callback answer's text. */
const maxToast = 200;

/** `raw` as a toast: cleaned (`cleanText`), within {@link maxToast} UTF-16 units, cut between characters (a lone surrogate is refused). */
export function toastText(raw: string): string {
  const text = wellFormed(cleanText(raw));
  if (text.length <= maxToast) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > maxToast - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** The paging composer. */
export function pagingFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    // A toast goes to the one user who pressed: their language.
    const locale = toLocale(query.from.language_code);
    const target = await telegramPages.parse(query.data, deps.kv);
    if (!target.ok) {
      if (target.reason === 'noop') await ctx.answerCallbackQuery();
      else await ctx.answerCallbackQuery({ text: pagingText(target.reason === 'expired' ? 'expired' : 'notOurs', locale) });
      return;
    }
    const message = query.message;
    // An "inaccessible message" (date 0) is one Telegram no longer lets the bot edit.
    if (!message || message.date === 0) {
      await ctx.answerCallbackQuery({ text: pagingText('tooOld', locale) });
      return;
    }
    const request = requestOf(ctx, message, deps, 'paper', target.query, { page: target.page, from: query.from });
    const reply = await deps.handler.handle(request);
    if (!reply.pager || reply.kind === 'error') {
      // E.g. the page no longer exists: say so without touching the message.
      const text = [reply.title, ...reply.lines].filter(Boolean).join('\n');
      await ctx.answerCallbackQuery({ text: toastText(text) });
      return;
    }
    const page = renderPage(reply);
    const keyboard = await replyKeyboard(reply, deps.kv);
    try {
      await ctx.api.editMessageText(apiChatId(String(message.chat.id)), message.message_id, page.html, {
        ...htmlOptions(page),
        ...(keyboard ? { reply_markup: keyboard } : {}),
      });
    } catch (err) {
      // A double click asks for the page that is already shown.
      if (!(err instanceof GrammyError && /message is not modified/i.test(err.description))) throw err;
    }
    await ctx.answerCallbackQuery();
  });

  return composer;
}
