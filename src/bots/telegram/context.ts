/**
 * From a grammY update to a platform-neutral {@link CommandRequest}: which chat (and forum topic),
 * what kind of chat, who asked, and a lazy, cached admin check. No decisions are made here: the
 * shared handler decides what needs admin rights and only then calls `isAdmin()`.
 * @module
 */
import type { Api, Context } from 'grammy';
import type { Chat, User } from 'grammy/types';
import type { ChatRef, LoggerPort } from '../../schedule/index.ts';
import type { ChatType, CommandName, CommandRequest } from '../shared/types.ts';
import { describeError } from '../shared/errors.ts';

/** The message fields the adapter reads (Message and channel posts both have them). */
interface MessageLike {
  chat: Chat;
  message_thread_id?: number;
  is_topic_message?: boolean;
  from?: User;
  sender_chat?: Chat;
  author_signature?: string;
}

/**
 * Where to answer: the chat, plus the forum topic when the message was posted in one. Only
 * `is_topic_message` counts: in a non-forum supergroup `message_thread_id` marks a reply thread, and
 * a digest must not be sent "into" it.
 */
export function chatRefOf(msg: MessageLike): ChatRef {
  const chat: ChatRef = { platform: 'telegram', chatId: String(msg.chat.id) };
  if (msg.is_topic_message && msg.message_thread_id !== undefined) chat.threadId = String(msg.message_thread_id);
  return chat;
}

/** Telegram chat type -> the handler's three kinds. */
export function chatTypeOf(chat: Chat): ChatType {
  return chat.type === 'private' ? 'private' : chat.type === 'channel' ? 'channel' : 'group';
}

// === Admin check

/** Options of {@link createAdminCache}. */
export interface AdminCacheOptions {
  /** How long an answer is reused. Default 60 s: promotions show up within a minute. */
  ttlMs?: number;
  /** Entries kept at most (oldest dropped first). Default 10,000. */
  maxEntries?: number;
  now?: () => number;
}

/** `getChatMember`-based admin check with a short cache. */
export interface AdminCache {
  isAdmin(api: Api, chatId: number, userId: number): Promise<boolean>;
}

/**
 * Creates the admin check. A failed lookup (network, bot not in the chat) answers `false` and is not
 * cached, so the next attempt asks again.
 */
export function createAdminCache(logger: LoggerPort, options: AdminCacheOptions = {}): AdminCache {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { admin: boolean; until: number }>();
  return {
    async isAdmin(api, chatId, userId) {
      const key = `${chatId}:${userId}`;
      const hit = cache.get(key);
      if (hit && hit.until > now()) return hit.admin;
      try {
        const member = await api.getChatMember(chatId, userId);
        const admin = member.status === 'creator' || member.status === 'administrator';
        cache.delete(key);
        cache.set(key, { admin, until: now() + ttlMs });
        if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
        return admin;
      } catch (err) {
        logger.warn({ chatId, error: describeError(err) }, 'getChatMember failed; treating the user as a member');
        return false;
      }
    },
  };
}

// === Requests

/** What {@link requestOf} needs besides the update. */
export interface RequestDeps {
  admins: AdminCache;
}

/**
 * Builds the handler's request for a command in `msg` (a message, a channel post, or the message a
 * pressed button belongs to; `from` is then the user who pressed it).
 *
 * Admin rules, decided by what Telegram guarantees rather than by a lookup where possible:
 * - channels: only a channel's administrators can post in it, so a command posted there is an admin's;
 * - an anonymous group admin posts as the group itself (`sender_chat` is the chat);
 * - someone posting as another channel (or a linked channel's auto-forward) is not an admin;
 * - otherwise `getChatMember` (cached) decides.
 */
export function requestOf(
  ctx: Context,
  msg: MessageLike,
  deps: RequestDeps,
  command: CommandName,
  args: string,
  extra: { page?: number; from?: User } = {},
): CommandRequest {
  const from = extra.from ?? msg.from;
  const chatType = chatTypeOf(msg.chat);
  const sender = msg.sender_chat;
  const user = from
    ? { id: String(from.id), name: from.username ? `@${from.username}` : [from.first_name, from.last_name].filter(Boolean).join(' ') }
    : { id: `chat:${sender?.id ?? msg.chat.id}`, name: msg.author_signature ?? sender?.title ?? msg.chat.title ?? 'channel' };
  let adminAnswer: Promise<boolean> | undefined;
  const isAdmin = () => {
    adminAnswer ??= (async () => {
      if (chatType === 'private' || chatType === 'channel') return true;
      if (!extra.from && sender) return sender.id === msg.chat.id;
      if (!from) return false;
      return deps.admins.isAdmin(ctx.api, msg.chat.id, from.id);
    })();
    return adminAnswer;
  };
  const locale = from?.language_code;
  return {
    chat: chatRefOf(msg),
    chatType,
    user,
    command,
    args,
    ...(extra.page !== undefined ? { page: extra.page } : {}),
    ...(locale ? { locale } : {}),
    isAdmin,
  };
}
