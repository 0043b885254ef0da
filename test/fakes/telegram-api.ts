/**
 * A fake Telegram Bot API server for tests: node:http on 127.0.0.1 (port 0), serving
 * `/bot<token>/<method>` to the real grammY client (`client.apiRoot`).
 *
 * It behaves like Telegram where bugs hide:
 * - HTML parse mode is checked like Telegram's entity parser (supported tags only, balanced, entity
 *   syntax), answering 400 "Bad Request: can't parse entities: …". It is *stricter* than Telegram in
 *   one place: a bare `&` that doesn't start `&lt;` `&gt;` `&amp;` `&quot;` or a numeric entity is
 *   rejected (Telegram keeps it as text), because it means the text was not escaped.
 * - text longer than 4096 UTF-16 code units after parsing -> "message is too long"; empty -> "message
 *   text is empty"; invalid UTF-16 -> "strings must be encoded in UTF-8";
 * - `callback_data` over 64 bytes -> "BUTTON_DATA_INVALID";
 * - rate limits on request: per chat and/or global msgs per second, or a burst of forced 429s, each
 *   with `parameters.retry_after`;
 * - 403 for blocked chats, 400 + `migrate_to_chat_id` for migrated groups, 400 "message thread not
 *   found" for unknown forum topics, 409 for getUpdates while a webhook is set, 401 for a wrong token;
 * - a network failure on request: sends whose connection is dropped without an answer.
 * Every call is recorded for assertions.
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, Update, User, UserFromGetMe } from 'grammy/types';
import type { CommandHandler, CommandRequest } from '../../src/bots/shared/types.ts';
import type { Paper } from '../../src/core/model.ts';
import { errorReply, infoReply, type Reply } from '../../src/core/reply.ts';

// === HTML validation (Telegram's entity parser, as a pure function)

const supportedTags = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'span', 'blockquote', 'tg-emoji']);

export type HtmlParse = { ok: true; text: string; entities: { type: string; offset: number; length: number; url?: string }[] } | { ok: false; error: string };

const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Decodes an entity at `s[i] === '&'`; returns the text and the index after it, or null. */
function decodeEntity(s: string, i: number): { text: string; next: number } | null {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot));/.exec(s.slice(i, i + 12));
  if (!m) return null;
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
  if (m[3]) return { text: named[m[3]]!, next: i + m[0].length };
  const code = m[1] ? Number(m[1]) : parseInt(m[2]!, 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return { text: String.fromCodePoint(code), next: i + m[0].length };
}

/**
 * Parses Telegram HTML: the decoded text and its entities, or the error Telegram would give.
 *
 * ```ts
 * parseTelegramHtml('<b>a &amp; b</b>'); // { ok: true, text: 'a & b', entities: [{ type: 'bold', … }] }
 * parseTelegramHtml('<x>');              // { ok: false, error: 'Unsupported start tag "x" at byte offset 0' }
 * ```
 */
export function parseTelegramHtml(html: string): HtmlParse {
  const at = (i: number) => Buffer.byteLength(html.slice(0, i), 'utf8');
  const fail = (error: string): HtmlParse => ({ ok: false, error });
  const stack: { name: string; offset: number; url?: string }[] = [];
  const entities: { type: string; offset: number; length: number; url?: string }[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '&') {
      const e = decodeEntity(html, i);
      if (!e) return fail(`Bare "&" at byte offset ${at(i)}: escape it as &amp;`);
      text += e.text;
      i = e.next;
      continue;
    }
    if (c !== '<') {
      text += c;
      i++;
      continue;
    }
    const start = i;
    if (html[i + 1] === '/') {
      const m = /^<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/.exec(html.slice(i));
      if (!m) return fail(`Unclosed end tag at byte offset ${at(start)}`);
      const name = m[1]!.toLowerCase();
      const open = stack.pop();
      if (!open) return fail(`Unexpected end tag at byte offset ${at(start)}`);
      if (open.name !== name) return fail(`Unmatched end tag at byte offset ${at(start)}, expected "</${open.name}>", found "</${name}>"`);
      const type = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline', s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', a: 'text_link', code: 'code', pre: 'pre', 'tg-spoiler': 'spoiler', span: 'spoiler', blockquote: 'blockquote', 'tg-emoji': 'custom_emoji' }[name] ?? name;
      if (text.length > open.offset) entities.push({ type, offset: open.offset, length: text.length - open.offset, ...(open.url ? { url: open.url } : {}) });
      i += m[0].length;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i));
    const name = nameMatch?.[1]?.toLowerCase() ?? '';
    if (!supportedTags.has(name)) return fail(`Unsupported start tag "${name}" at byte offset ${at(start)}`);
    i += nameMatch![0].length;
    const attrs: Record<string, string> = {};
    for (;;) {
      while (i < html.length && /\s/.test(html[i]!)) i++;
      if (i >= html.length) return fail(`Unclosed start tag at byte offset ${at(start)}`);
      if (html[i] === '>') {
        i++;
        break;
      }
      const attr = /^[a-zA-Z][a-zA-Z0-9_-]*/.exec(html.slice(i));
      if (!attr) return fail(`Empty attribute name in the tag "${name}" at byte offset ${at(start)}`);
      i += attr[0].length;
      if (html[i] !== '=') return fail(`Expected equal sign in declaration of an attribute of the tag "${name}" at byte offset ${at(start)}`);
      i++;
      let value = '';
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        i++;
        for (;;) {
          if (i >= html.length) return fail(`Unclosed start tag at byte offset ${at(start)}`);
          const ch = html[i]!;
          if (ch === quote) {
            i++;
            break;
          }
          if (ch === '&') {
            const e = decodeEntity(html, i);
            if (!e) return fail(`Bare "&" in an attribute at byte offset ${at(i)}: escape it as &amp;`);
            value += e.text;
            i = e.next;
          } else if (ch === '<') {
            return fail(`Unexpected "<" in an attribute of the tag "${name}" at byte offset ${at(i)}`);
          } else {
            value += ch;
            i++;
          }
        }
      } else {
        const m = /^[^\s>"'<&]+/.exec(html.slice(i));
        if (!m) return fail(`Unclosed start tag at byte offset ${at(start)}`);
        value = m[0];
        i += m[0].length;
      }
      attrs[attr[0].toLowerCase()] = value;
    }
    if (name === 'span' && attrs.class !== 'tg-spoiler') return fail(`Tag "span" must have class "tg-spoiler" at byte offset ${at(start)}`);
    stack.push({ name, offset: text.length, ...(name === 'a' && attrs.href ? { url: attrs.href } : {}) });
  }
  if (stack.length) return fail(`Can't find end tag corresponding to start tag "${stack[stack.length - 1]!.name}"`);
  return { ok: true, text, entities };
}

// === Server state

/**
 * The @username mentions Telegram would find in a message's visible text (it adds `mention` entities
 * server-side, and a mentioned member of the chat is notified): `@` not preceded by a word character
 * (an e-mail) or by `/`, `.`, `:` (a URL such as medium.com/@user), followed by a username.
 */
export function findMentions(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}_/.:@-])@([A-Za-z0-9_]{3,32})/gu)].map((m) => `@${m[1]}`);
}

/** One recorded API call. */
export interface ApiCall {
  method: string;
  payload: Record<string, any>;
  status: number;
  response: any;
  at: number;
}

/** A message the bot sent (its current content, after edits). */
export interface SentMessage {
  chatId: number;
  threadId?: number;
  messageId: number;
  /** The raw HTML (or plain text) as sent. */
  html: string;
  /** The visible text after entity parsing. */
  text: string;
  /** @username mentions Telegram would detect in `text` (each pings that user in a group). */
  mentions: string[];
  replyMarkup?: any;
  linkPreviewDisabled: boolean;
  replyTo?: number;
  at: number;
  edits: number;
}

export interface RateLimit {
  /** Accepted messages per second per chat before 429. */
  perChat?: number;
  /** Accepted messages per second overall before 429. */
  global?: number;
  /** `retry_after` to answer with (seconds). Default 1. */
  retryAfter?: number;
}

type Answer = { status: number; body: any };
const ok = (result: unknown): Answer => ({ status: 200, body: { ok: true, result } });
const error = (status: number, description: string, parameters?: Record<string, number>): Answer => ({
  status,
  body: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) },
});
const sendMethods = new Set(['sendMessage', 'editMessageText']);

// === The fake

export class FakeTelegramApi {
  readonly token: string;
  readonly me: UserFromGetMe;
  readonly calls: ApiCall[] = [];
  readonly messages: SentMessage[] = [];
  /** Accepted sends (sendMessage/editMessageText) with their time, for throughput figures. */
  readonly accepted: { chatId: number; at: number }[] = [];
  /** The webhook as setWebhook left it; a test may set it directly (a webhook left by another deployment), with the last delivery error getWebhookInfo reports. */
  webhook: { url: string; secret?: string; lastErrorDate?: number; lastErrorMessage?: string } | null = null;
  /**
   * Called before each sendMessage/editMessageText is checked; return an error to answer with it
   * instead (e.g. a 429 for the second part of a digest only).
   */
  onSend: ((payload: Record<string, any>, method: string) => { code: number; description: string; parameters?: Record<string, number> } | undefined) | null = null;
  commands = new Map<string, { command: string; description: string }[]>();
  callbackAnswers = new Map<string, { text?: string }>();

  private server: Server;
  private port = 0;
  private updates: Update[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private nextCallbackId = 1;
  private waiters = new Set<() => void>();
  private members = new Map<string, string>();
  private memberRights = new Map<string, Record<string, boolean>>();
  private blocked = new Map<number, string>();
  private migrated = new Map<number, number>();
  private forums = new Map<number, Set<number>>();
  private chats = new Map<number, Chat>();
  private pressed = new Set<string>();
  private limit: RateLimit | null = null;
  private forced: { remaining: number; retryAfter: number; chatId?: number } | null = null;
  private dropping = false;

  private constructor(token: string, username: string) {
    this.token = token;
    this.me = {
      id: Number(token.split(':')[0]) || 777,
      is_bot: true,
      first_name: 'Paperboy',
      username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    } as UserFromGetMe;
    this.server = createServer((req, res) => void this.serve(req, res));
  }

  /** Starts a fake on 127.0.0.1 with a random free port. */
  static async start(options: { token?: string; username?: string } = {}): Promise<FakeTelegramApi> {
    const fake = new FakeTelegramApi(options.token ?? '123456:TEST-token-abcdefghijklmnopqrstu', options.username ?? 'PaperboyTestBot');
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** Value for grammY's `client.apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const wake of this.waiters) wake();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // === Test controls

  /**
   * Chat members' statuses for getChatMember (default `member`), with the rights that status carries
   * when they matter (`{ can_post_messages: true }` for a channel admin, `{ can_send_messages: false }`
   * for a restricted member).
   */
  setMember(chatId: number, userId: number, status: 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked', rights?: Record<string, boolean>): void {
    this.members.set(`${chatId}:${userId}`, status);
    if (rights) this.memberRights.set(`${chatId}:${userId}`, rights);
  }
  /** Makes a chat known to getChat (chats that sent a message are known already). */
  addChat(chat: Chat): void {
    this.chats.set(chat.id, chat);
  }
  /** The user blocked the bot / the bot was kicked: every send answers 403. */
  block(chatId: number, description = 'Forbidden: bot was blocked by the user'): void {
    this.blocked.set(chatId, description);
  }
  /** The user unblocked the bot (or it was added back): sends to the chat succeed again. */
  unblock(chatId: number): void {
    this.blocked.delete(chatId);
  }
  /** The group became a supergroup: sends to the old id answer 400 with `migrate_to_chat_id`. */
  migrate(chatId: number, to: number): void {
    this.migrated.set(chatId, to);
  }
  /** Declares a forum supergroup and its topic thread ids; sends to other threads fail. */
  forum(chatId: number, threads: number[]): void {
    this.forums.set(chatId, new Set(threads));
  }
  /** Enforces message rates (sliding one-second window); `null` lifts the limit. */
  rateLimit(limit: RateLimit | null): void {
    this.limit = limit;
  }
  /** The next `count` sends (to `chatId`, or any) answer 429 with `retry_after`. */
  flood(count: number, retryAfter = 1, chatId?: number): void {
    this.forced = { remaining: count, retryAfter, ...(chatId === undefined ? {} : { chatId }) };
  }

  /**
   * A network failure: while on, every sendMessage/editMessageText connection is dropped without an
   * answer (recorded with status 0, nothing delivered). Polling keeps working.
   */
  dropSends(on: boolean): void {
    this.dropping = on;
  }

  /** Queues an update for getUpdates; returns its update_id. */
  pushUpdate(update: Omit<Update, 'update_id'>): number {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    this.updates.push(full);
    for (const wake of this.waiters) wake();
    return full.update_id;
  }

  /** A user message (a command gets its `bot_command` entity, like Telegram adds). */
  message(chat: Chat, text: string, options: { from?: User; threadId?: number; senderChat?: Chat } = {}): Message {
    this.chats.set(chat.id, chat);
    const command = /^\/\S+/.exec(text);
    return {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      text,
      ...(options.from ? { from: options.from } : {}),
      ...(options.senderChat ? { sender_chat: options.senderChat } : {}),
      ...(options.threadId !== undefined ? { message_thread_id: options.threadId, is_topic_message: true } : {}),
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    } as Message;
  }

  /** Pushes a user's message into a chat; returns the update id. */
  say(chat: Chat, from: User, text: string, options: { threadId?: number; senderChat?: Chat } = {}): number {
    return this.pushUpdate({ message: this.message(chat, text, { from, ...options }) } as Omit<Update, 'update_id'>);
  }

  /** Pushes a channel post (no `from`; `sender_chat` is the channel). */
  post(channel: Chat, text: string): number {
    return this.pushUpdate({ channel_post: this.message(channel, text, { senderChat: channel }) } as Omit<Update, 'update_id'>);
  }

  /** Presses an inline button: a callback query for a message the bot sent. Returns the query id. */
  press(message: SentMessage, from: User, data: string): string {
    const id = `cb${this.nextCallbackId++}`;
    this.pressed.add(id);
    const chat = this.chats.get(message.chatId) ?? ({ id: message.chatId, type: message.chatId > 0 ? 'private' : 'supergroup', title: 'chat' } as Chat);
    this.pushUpdate({
      callback_query: {
        id,
        from,
        chat_instance: `ci${message.chatId}`,
        data,
        message: {
          message_id: message.messageId,
          date: Math.floor(message.at / 1000),
          chat,
          text: message.text,
          from: this.me,
          ...(message.threadId !== undefined ? { message_thread_id: message.threadId, is_topic_message: true } : {}),
          ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
        },
      },
    } as Omit<Update, 'update_id'>);
    return id;
  }

  /** POSTs an update to a webhook server as Telegram would; returns the HTTP status. */
  async postToWebhook(url: string, update: object, secret?: string): Promise<number> {
    const body = JSON.stringify({ update_id: this.nextUpdateId++, ...update });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
      body,
    });
    await res.text();
    return res.status;
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }
  messagesIn(chatId: number, threadId?: number): SentMessage[] {
    return this.messages.filter((m) => m.chatId === chatId && (threadId === undefined || m.threadId === threadId));
  }

  /** Resolves with the first truthy value of `probe`, polling every 10 ms; rejects after `timeoutMs`. */
  async waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > until) throw new Error(`fake telegram: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  // === HTTP

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    let payload: Record<string, any> = {};
    const raw = Buffer.concat(chunks).toString('utf8');
    if (raw) {
      try {
        payload = JSON.parse(raw);
      } catch {
        return this.respond(res, '?', payload, error(400, 'Bad Request: invalid JSON'));
      }
    }
    if (!m) return this.respond(res, '?', payload, error(404, 'Not Found'));
    if (m[1] !== this.token) return this.respond(res, m[2]!, payload, error(401, 'Unauthorized'));
    const method = m[2]!;
    if (this.dropping && sendMethods.has(method)) {
      this.calls.push({ method, payload, status: 0, response: null, at: Date.now() });
      req.socket.destroy();
      return;
    }
    if (method === 'getUpdates') return this.respond(res, method, payload, await this.getUpdates(payload, res));
    this.respond(res, method, payload, this.call(method, payload));
  }

  private respond(res: ServerResponse, method: string, payload: Record<string, any>, answer: Answer): void {
    this.calls.push({ method, payload, status: answer.status, response: answer.body, at: Date.now() });
    if (res.destroyed) return;
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  }

  private async getUpdates(payload: Record<string, any>, res: ServerResponse): Promise<Answer> {
    if (this.webhook) return error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = Number(payload.offset ?? 0);
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    const limit = Math.min(100, Number(payload.limit ?? 100));
    const timeoutMs = Math.min(50, Number(payload.timeout ?? 0)) * 1000;
    if (this.updates.length === 0 && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          res.off('close', wake);
          resolve();
        };
        const timer = setTimeout(wake, timeoutMs);
        this.waiters.add(wake);
        res.once('close', wake); // the client aborted (bot.stop)
      });
    }
    return ok(this.updates.slice(0, limit));
  }

  // === Methods

  private call(method: string, p: Record<string, any>): Answer {
    switch (method) {
      case 'getMe':
        return ok(this.me);
      case 'deleteWebhook':
        this.webhook = null;
        if (p.drop_pending_updates) this.updates = [];
        return ok(true);
      case 'setWebhook': {
        if (typeof p.url !== 'string' || !p.url.startsWith('https://')) return error(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        if (p.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(p.secret_token)) return error(400, 'Bad Request: secret token contains unallowed characters');
        this.webhook = { url: p.url, ...(p.secret_token ? { secret: p.secret_token } : {}) };
        return ok(true);
      }
      case 'getWebhookInfo':
        return ok({
          url: this.webhook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: this.updates.length,
          ...(this.webhook?.lastErrorDate ? { last_error_date: this.webhook.lastErrorDate, last_error_message: this.webhook.lastErrorMessage ?? '' } : {}),
        });
      case 'getMyCommands':
        if (p.language_code !== undefined && !/^[a-z]{2}$/.test(p.language_code)) return error(400, 'Bad Request: LANG_CODE_INVALID');
        return ok(this.commands.get(p.language_code ?? '') ?? []);
      case 'setMyCommands': {
        const commands = p.commands as { command: string; description: string }[];
        if (!Array.isArray(commands) || commands.length > 100) return error(400, 'Bad Request: commands must be an array');
        for (const c of commands) {
          if (!/^[a-z0-9_]{1,32}$/.test(c.command)) return error(400, 'Bad Request: BOT_COMMAND_INVALID');
          if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) return error(400, 'Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
        }
        if (p.language_code !== undefined && !/^[a-z]{2}$/.test(p.language_code)) return error(400, 'Bad Request: LANG_CODE_INVALID');
        this.commands.set(p.language_code ?? '', commands);
        return ok(true);
      }
      case 'getChatMember': {
        const status = this.members.get(`${p.chat_id}:${p.user_id}`) ?? 'member';
        const rights = this.memberRights.get(`${p.chat_id}:${p.user_id}`) ?? {};
        return ok({ status, ...rights, user: { id: Number(p.user_id), is_bot: Number(p.user_id) === this.me.id, first_name: 'User' } });
      }
      case 'getChat': {
        const chatId = Number(p.chat_id);
        const blocked = this.blocked.get(chatId);
        if (blocked) return error(403, blocked);
        const to = this.migrated.get(chatId);
        if (to !== undefined) return error(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: to });
        const chat = this.chats.get(chatId);
        return chat ? ok(chat) : error(400, 'Bad Request: chat not found');
      }
      case 'answerCallbackQuery': {
        const id = String(p.callback_query_id);
        if (!this.pressed.has(id) || this.callbackAnswers.has(id)) return error(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
        if (typeof p.text === 'string' && p.text.length > 200) return error(400, 'Bad Request: MESSAGE_TOO_LONG');
        if (typeof p.text === 'string' && lone.test(p.text)) return error(400, 'Bad Request: strings must be encoded in UTF-8');
        this.callbackAnswers.set(id, typeof p.text === 'string' ? { text: p.text } : {});
        return ok(true);
      }
      case 'sendMessage':
      case 'editMessageText':
        return this.send(method, p);
      default:
        return error(404, 'Not Found: method not found');
    }
  }

  private send(method: string, p: Record<string, any>): Answer {
    const chatId = Number(p.chat_id);
    if (!Number.isFinite(chatId)) return error(400, 'Bad Request: chat not found');
    const blocked = this.blocked.get(chatId);
    if (blocked) return error(403, blocked);
    const to = this.migrated.get(chatId);
    if (to !== undefined) return error(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: to });
    const injected = this.onSend?.(p, method);
    if (injected) return error(injected.code, injected.description, injected.parameters);
    const limited = this.rateCheck(chatId);
    if (limited) return limited;
    if (typeof p.text !== 'string') return error(400, 'Bad Request: message text is empty');
    if (lone.test(p.text)) return error(400, 'Bad Request: strings must be encoded in UTF-8');
    let text = p.text;
    if (p.parse_mode === 'HTML') {
      const parsed = parseTelegramHtml(p.text);
      if (!parsed.ok) return error(400, `Bad Request: can't parse entities: ${parsed.error}`);
      text = parsed.text;
    } else if (p.parse_mode !== undefined) {
      return error(400, `Bad Request: unsupported parse_mode "${p.parse_mode}" in this fake`);
    }
    if (text.trim().length === 0) return error(400, 'Bad Request: message text is empty');
    if (text.length > 4096) return error(400, 'Bad Request: message is too long');
    const markupError = this.checkMarkup(p.reply_markup);
    if (markupError) return markupError;
    const linkPreviewDisabled = p.link_preview_options?.is_disabled === true;
    const now = Date.now();

    if (method === 'editMessageText') {
      const msg = this.messages.find((m) => m.chatId === chatId && m.messageId === Number(p.message_id));
      if (!msg) return error(400, 'Bad Request: message to edit not found');
      if (msg.html === p.text && JSON.stringify(msg.replyMarkup ?? null) === JSON.stringify(p.reply_markup ?? null)) {
        return error(400, 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
      }
      Object.assign(msg, { html: p.text, text, mentions: findMentions(text), replyMarkup: p.reply_markup, linkPreviewDisabled, edits: msg.edits + 1 });
      this.accepted.push({ chatId, at: now });
      return ok(this.toMessage(msg));
    }

    const threadId = p.message_thread_id === undefined ? undefined : Number(p.message_thread_id);
    const topics = this.forums.get(chatId);
    if (threadId !== undefined && topics && !topics.has(threadId)) return error(400, 'Bad Request: message thread not found');
    const msg: SentMessage = {
      chatId,
      ...(threadId !== undefined ? { threadId } : {}),
      messageId: this.nextMessageId++,
      html: p.text,
      text,
      mentions: findMentions(text),
      ...(p.reply_markup ? { replyMarkup: p.reply_markup } : {}),
      linkPreviewDisabled,
      ...(p.reply_parameters?.message_id ? { replyTo: Number(p.reply_parameters.message_id) } : {}),
      at: now,
      edits: 0,
    };
    this.messages.push(msg);
    this.accepted.push({ chatId, at: now });
    return ok(this.toMessage(msg));
  }

  private rateCheck(chatId: number): Answer | null {
    if (this.forced && this.forced.remaining > 0 && (this.forced.chatId === undefined || this.forced.chatId === chatId)) {
      this.forced.remaining--;
      return error(429, `Too Many Requests: retry after ${this.forced.retryAfter}`, { retry_after: this.forced.retryAfter });
    }
    if (!this.limit) return null;
    const since = Date.now() - 1000;
    const recent = this.accepted.filter((a) => a.at > since);
    const retryAfter = this.limit.retryAfter ?? 1;
    if (this.limit.global !== undefined && recent.length >= this.limit.global) {
      return error(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    }
    if (this.limit.perChat !== undefined && recent.filter((a) => a.chatId === chatId).length >= this.limit.perChat) {
      return error(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    }
    return null;
  }

  private checkMarkup(markup: any): Answer | null {
    if (!markup) return null;
    const rows = markup.inline_keyboard;
    if (!Array.isArray(rows)) return null;
    for (const row of rows) {
      for (const button of row) {
        if (typeof button.text !== 'string' || button.text.length === 0) return error(400, 'Bad Request: BUTTON_TEXT_INVALID');
        if (button.callback_data !== undefined) {
          const bytes = Buffer.byteLength(String(button.callback_data), 'utf8');
          if (bytes < 1 || bytes > 64) return error(400, 'Bad Request: BUTTON_DATA_INVALID');
        }
      }
    }
    return null;
  }

  private toMessage(msg: SentMessage): Message {
    const chat = this.chats.get(msg.chatId) ?? ({ id: msg.chatId, type: msg.chatId > 0 ? 'private' : 'supergroup', title: 'chat' } as Chat);
    return {
      message_id: msg.messageId,
      date: Math.floor(msg.at / 1000),
      chat,
      from: this.me,
      text: msg.text,
      ...(msg.threadId !== undefined ? { message_thread_id: msg.threadId, is_topic_message: true } : {}),
      ...(msg.replyMarkup ? { reply_markup: msg.replyMarkup } : {}),
    } as Message;
  }
}

// === Builders for updates

export const users = {
  alice: { id: 1001, is_bot: false, first_name: 'Alice', username: 'alice', language_code: 'en' } as User,
  boris: { id: 1002, is_bot: false, first_name: 'Борис', language_code: 'ru' } as User,
  mei: { id: 1003, is_bot: false, first_name: '美', language_code: 'zh-hans' } as User,
};

export const chats = {
  dm: (user: User): Chat => ({ id: user.id, type: 'private', first_name: user.first_name }) as Chat,
  group: (id = -4001, title = 'Reading club'): Chat => ({ id, type: 'group', title }) as Chat,
  supergroup: (id = -1001234567890, title = 'ML papers', isForum = false): Chat =>
    ({ id, type: 'supergroup', title, ...(isForum ? { is_forum: true } : {}) }) as Chat,
  channel: (id = -1009876543210, title = 'Daily AI papers'): Chat => ({ id, type: 'channel', title }) as Chat,
};

// === A stub command handler (until/unless the real one is wired in)


/** A realistic paper: Russian, Chinese or English text, with markup-like characters now and then. */
export function stubPaper(i: number): Paper {
  const lang = (['ru', 'zh', 'en'] as const)[i % 3]!;
  const summary = {
    ru: `Мы предлагаем метод №${i} для диффузионных моделей: x < y & "кавычки" сохраняются.`,
    zh: `我们提出了第${i}种扩散模型方法，<b>标签</b>必须被转义。`,
    en: `We introduce Model-${i}, a diffusion model for video & images <fast>.`,
  }[lang];
  return {
    id: `arxiv:2405.${String(10000 + i)}`,
    title: `Paper ${i}: Diffusion <Models> & Friends`,
    name: `Model-${i}`,
    summary,
    lang,
    urls: [`https://arxiv.org/abs/2405.${10000 + i}`, `https://github.com/example/model-${i}?a=1&b=2`],
    arxivId: `2405.${10000 + i}`,
    authors: [],
    topics: ['diffusion', i % 2 ? 'video' : 'llm'],
    sources: [{ file: `2024-05-${lang}-daily.txt`, format: lang === 'zh' ? 'zh-reading' : 'ru-daily', date: '2024-05-20', index: i }],
  };
}

/**
 * A small handler with the real one's contract: `/paper` pages of 5 over 12 hits, admin-only
 * `/subscribe` in groups (with the refusal naming who may do it), `/digest` with 3 papers. Records
 * every request; `failOn` makes a command throw (to exercise the error boundary).
 */
export function createStubHandler(options: { failOn?: string } = {}): CommandHandler & { requests: CommandRequest[]; subscriptions: Map<string, string[]> } {
  const requests: CommandRequest[] = [];
  const subscriptions = new Map<string, string[]>();
  const key = (r: CommandRequest) => `${r.chat.chatId}:${r.chat.threadId ?? ''}`;
  return {
    requests,
    subscriptions,
    async handle(req): Promise<Reply> {
      requests.push(req);
      if (req.command === options.failOn) throw new Error(`stub failure in /${req.command}`);
      switch (req.command) {
        case 'start':
        case 'help':
          return infoReply('Hi, I am Paperboy 📰', ['/paper <query> — search papers', '/subscribe <topic> — follow topics']);
        case 'paper': {
          const query = req.args.trim();
          if (!query) return errorReply('What should I search for?', ['Usage: /paper <query>, e.g. /paper diffusion']);
          const total = 12;
          const pages = Math.ceil(total / 5);
          const page = req.page ?? 0;
          if (page >= pages) return errorReply('That page is gone', [`"${query}" now has ${pages} page(s).`]);
          const ids = Array.from({ length: Math.min(5, total - page * 5) }, (_, k) => page * 5 + k);
          return {
            kind: 'papers',
            title: `Papers for "${query}"`,
            lines: [`${total} matches — page ${page + 1} of ${pages}`],
            items: ids.map((i) => ({ paper: stubPaper(i), why: [query] })),
            pager: { query, page, pageSize: 5, pages, total },
          };
        }
        case 'subscribe': {
          if (req.chatType !== 'private' && !(await req.isAdmin())) {
            return errorReply('Only admins can change this', [
              'In this chat, only chat administrators can change subscriptions and the schedule.',
              'Anyone can search with /paper or see the settings with /status.',
            ]);
          }
          const topics = req.args.split(/\s+/).filter(Boolean);
          subscriptions.set(key(req), [...(subscriptions.get(key(req)) ?? []), ...topics]);
          return infoReply(`Subscribed: ${topics.join(', ')}`, ['Next digest: tomorrow 09:00 (UTC)']);
        }
        case 'digest':
          return digestReply(3);
        default:
          return infoReply('Status', [`Follows: ${(subscriptions.get(key(req)) ?? []).join(', ') || 'nothing'}`]);
      }
    },
  };
}

/** A digest reply with `n` papers. */
export function digestReply(n: number, offset = 0): Reply {
  return {
    kind: 'digest',
    title: 'Your daily papers — 2024-05-21',
    lines: [`${n} new on diffusion & video`],
    items: Array.from({ length: n }, (_, k) => ({ paper: stubPaper(offset + k), why: ['diffusion'] })),
  };
}
