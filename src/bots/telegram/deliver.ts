/**
 * Sending a rendered reply into a chat (or forum topic): shared by command replies and scheduled
 * digests, so both get the same parse mode, thread, link-preview and keyboard rules.
 * @module
 */
import type { Api } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Reply } from '../../core/index.ts';
import type { ChatRef, KeyValueStore } from '../../schedule/index.ts';
import { replyKeyboard, votable, voteRows } from './keyboard.ts';
import { firstPosition } from '../shared/render.ts';
import { renderPage, renderReply, type RenderedMessage } from './render.ts';

/**
 * A reply rendered for Telegram: its messages, the keyboard of each (👍/👎 rows for the cards it
 * holds), and the keyboard that goes on the last one (a search page's, votes and pager together).
 */
export interface TelegramMessages {
  messages: RenderedMessage[];
  keyboard?: InlineKeyboardMarkup;
  /** Per message (parallel to `messages`), when its cards have vote buttons. */
  keyboards?: (InlineKeyboardMarkup | undefined)[];
}

/**
 * Renders a reply: a paged search result is one message (so Prev/Next can edit it) with its
 * keyboard; anything else is split between papers into as many messages as it needs, each with the
 * 👍/👎 buttons of the cards in it.
 */
export async function renderForTelegram(reply: Reply, kv: KeyValueStore): Promise<TelegramMessages> {
  if (!reply.pager) {
    const messages = renderReply(reply);
    if (!votable(reply)) return { messages };
    const first = firstPosition(reply) + 1;
    let seen = 0;
    const keyboards = await Promise.all(
      messages.map(async (m) => {
        const items = reply.items.slice(seen, seen + m.papers);
        const from = first + seen;
        seen += m.papers;
        return items.length ? { inline_keyboard: await voteRows(items, from, kv) } : undefined;
      }),
    );
    return { messages, keyboards };
  }
  const keyboard = await replyKeyboard(reply, kv);
  return { messages: [renderPage(reply)], ...(keyboard ? { keyboard } : {}) };
}

/** A chat id as the Bot API wants it: numeric ids as numbers, `@username` as is. */
export function apiChatId(chatId: string): number | string {
  return /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
}

/** `sendMessage`/`editMessageText` options for one rendered message. */
export function htmlOptions(message: RenderedMessage) {
  return {
    parse_mode: 'HTML' as const,
    // Previews only help when a message is about exactly one paper.
    link_preview_options: { is_disabled: message.papers !== 1 },
  };
}

/** Options of {@link sendRendered}. */
export interface SendOptions {
  /** Index of the first message to send (earlier ones were delivered by a previous attempt). */
  from?: number;
  /** Reply to this message id with the first message (command replies in groups). */
  replyTo?: number;
  /** Called after each message is accepted, with the count delivered so far. */
  onSent?: (delivered: number) => Promise<void>;
  signal?: AbortSignal;
}

/** Sends rendered messages in order into `chat` (and its forum topic); throws on the first failure. */
export async function sendRendered(api: Api, chat: ChatRef, rendered: TelegramMessages, options: SendOptions = {}): Promise<void> {
  const { messages, keyboard, keyboards } = rendered;
  for (let i = options.from ?? 0; i < messages.length; i++) {
    const message = messages[i]!;
    const last = i === messages.length - 1;
    const markup = keyboards?.[i] ?? (last ? keyboard : undefined);
    await api.sendMessage(
      apiChatId(chat.chatId),
      message.html,
      {
        ...htmlOptions(message),
        ...(chat.threadId ? { message_thread_id: Number(chat.threadId) } : {}),
        ...(i === 0 && options.replyTo ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {}),
        ...(markup ? { reply_markup: markup } : {}),
      },
      // grammY types its signal with the abort-controller polyfill; Node's AbortSignal is compatible.
      options.signal as Parameters<Api['sendMessage']>[3],
    );
    await options.onSent?.(i + 1);
  }
}
