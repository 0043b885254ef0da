/**
 * Doctor: Telegram. The token (`getMe`), the webhook against the configured mode
 * (`getWebhookInfo`), the command menus against the ones the bot publishes (`getMyCommands` per
 * language), and each group or channel with a subscription (`getChat`, `getChatMember` of the bot:
 * still there, allowed to send; in a channel, an admin that may post). Read-only: the doctor changes nothing (npm start sets the menus and the webhook).
 * Requests go to `TELEGRAM_API_ROOT`; the token is in every request's URL, so every message passes
 * `clean()` before it is shown.
 * @module
 */
import { Api, GrammyError, HttpError } from 'grammy';
import type { UserFromGetMe, WebhookInfo } from 'grammy/types';
import { menuFor, menuLanguages } from '../../bots/telegram/commands-meta.ts';
import { telegramLinks, type TelegramLinks } from '../../bots/telegram/links.ts';
import type { Config } from '../../config.ts';
import type { Subscription } from '../../schedule/index.ts';
import { error, ok, reasonOf, skipped, warning, within, type Check } from './check.ts';

/** grammY's own AbortSignal type (structurally the DOM one). */
type Signal = Parameters<Api['getMe']>[0];

/** A Bot API call's time bound. */
export const telegramTimeoutMs = 10_000;

/** Pending updates above this are worth a warning (the bot is not taking them in). */
const pendingWarnAt = 100;

/** Groups and channels looked at, at most (two requests each). */
export const maxChats = 50;

export interface TelegramCheckOptions {
  /** The subscriptions in the store; undefined when the store could not be read. */
  subscriptions?: readonly Subscription[];
  timeoutMs?: number;
  now?: () => Date;
}

/** The checks, and the bot's links when the token worked. */
export async function checkTelegram(config: Config, o: TelegramCheckOptions = {}): Promise<{ checks: Check[]; links?: TelegramLinks }> {
  const telegram = config.telegram;
  if (!telegram) return { checks: [] }; // the configuration check says which platforms are on
  const timeoutMs = o.timeoutMs ?? telegramTimeoutMs;
  const api = new Api(telegram.token, { apiRoot: telegram.apiRoot });
  const call = <T>(work: (signal: AbortSignal) => Promise<T>) => within(timeoutMs, work);
  const checks: Check[] = [];

  // === Token
  let me: UserFromGetMe;
  try {
    me = await call((signal) => api.getMe(signal as Signal));
  } catch (e) {
    checks.push(tokenFailure(e, telegram.apiRoot));
    const after = 'not checked: the token check failed';
    checks.push(skipped('telegram', 'telegram.webhook', 'Telegram webhook', after), skipped('telegram', 'telegram.commands', 'Telegram command menu', after), skipped('telegram', 'telegram.chats', 'Telegram chats', after));
    return { checks };
  }
  const privacy = me.can_read_all_group_messages ? 'group privacy off (it receives every group message)' : 'group privacy on (in groups it receives commands, not conversation)';
  checks.push(ok('telegram', 'telegram.token', 'Telegram token', `valid: @${me.username} (id ${me.id}); ${privacy}`));
  if (!me.can_join_groups) {
    checks.push(warning('telegram', 'telegram.groups', 'Telegram groups', `@${me.username} cannot be added to groups`, '@BotFather -> /mybots -> your bot -> Bot Settings -> Allow Groups? -> Turn groups on'));
  }

  // === Webhook
  try {
    const info = await call((signal) => api.getWebhookInfo(signal as Signal));
    checks.push(webhookCheck(info, telegram.webhook?.url, o.now?.() ?? new Date()));
  } catch (e) {
    checks.push(error('telegram', 'telegram.webhook', 'Telegram webhook', `getWebhookInfo failed: ${reasonOf(e)}`, 'run the doctor again; if it persists, check TELEGRAM_API_ROOT'));
  }

  // === Command menus
  try {
    const stale: string[] = [];
    const empty: string[] = [];
    for (const language of ['en', ...menuLanguages] as const) {
      const published = await call((signal) => api.getMyCommands(language === 'en' ? {} : { language_code: language }, signal as Signal));
      const wanted = menuFor(language);
      if (published.length === 0) empty.push(language);
      else if (JSON.stringify(published.map((c) => [c.command, c.description])) !== JSON.stringify(wanted.map((c) => [c.command, c.description]))) stale.push(language);
    }
    const languages = (list: string[]) => list.map((l) => (l === 'en' ? 'default (en)' : l)).join(', ');
    if (empty.length === menuLanguages.length + 1) {
      checks.push(warning('telegram', 'telegram.commands', 'Telegram command menu', 'no command menu is published: the "/" menu in chats stays empty (commands still work when typed)', 'npm start publishes it at start-up; or run npm run deploy now'));
    } else if (empty.length || stale.length) {
      const parts = [empty.length ? `missing for ${languages(empty)}` : '', stale.length ? `different from this version's for ${languages(stale)}` : ''].filter(Boolean);
      checks.push(warning('telegram', 'telegram.commands', 'Telegram command menu', `the published menu is ${parts.join('; ')}`, 'npm start publishes this version\'s menus at start-up; or run npm run deploy now'));
    } else {
      checks.push(ok('telegram', 'telegram.commands', 'Telegram command menu', `published in ${1 + menuLanguages.length} languages (default en, ${menuLanguages.join(', ')}), ${menuFor('en').length} commands`));
    }
  } catch (e) {
    checks.push(error('telegram', 'telegram.commands', 'Telegram command menu', `getMyCommands failed: ${reasonOf(e)}`, 'run the doctor again; if it persists, check TELEGRAM_API_ROOT'));
  }

  // === Groups and channels with a subscription
  const links = telegramLinks(me.username);
  checks.push(...(await chatChecks(api, me.id, o.subscriptions, call, links)));
  return { checks, links };
}

type Call = <T>(work: (signal: AbortSignal) => Promise<T>) => Promise<T>;

/**
 * One check per group or channel with a subscription. Private chats are not asked about: a user who
 * blocked the bot shows only when a digest is refused (the subscription then pauses; `/start`
 * resumes it).
 */
async function chatChecks(api: Api, botId: number, subscriptions: readonly Subscription[] | undefined, call: Call, links: TelegramLinks): Promise<Check[]> {
  if (!subscriptions) return [skipped('telegram', 'telegram.chats', 'Telegram chats', 'the store could not be read: subscribed chats unknown')];
  const ids = [...new Set(subscriptions.filter((s) => s.chat.platform === 'telegram' && Number(s.chat.chatId) < 0).map((s) => s.chat.chatId))];
  if (ids.length === 0) return [ok('telegram', 'telegram.chats', 'Telegram chats', 'no group or channel subscribes yet (private chats are not checked)')];
  const checks: Check[] = [];
  for (const chatId of ids.slice(0, maxChats)) checks.push(await chatCheck(api, botId, chatId, call, links));
  if (ids.length > maxChats) checks.push(skipped('telegram', 'telegram.chats', 'Telegram chats', `${ids.length - maxChats} more subscribed chats not checked (the first ${maxChats} were)`));
  return checks;
}

async function chatCheck(api: Api, botId: number, chatId: string, call: Call, links: TelegramLinks): Promise<Check> {
  const id = `telegram.chat:${chatId}`;
  const again = `add the bot again (${links.group}; a channel: ${links.channel}); meanwhile its subscription pauses after a few failed deliveries and keeps its settings`;
  let chat: { type: string; title?: string };
  try {
    chat = await call((signal) => api.getChat(chatId, signal as Signal));
  } catch (e) {
    const title = `Telegram chat ${chatId}`;
    if (e instanceof GrammyError && e.parameters.migrate_to_chat_id !== undefined) {
      return warning('telegram', id, title, `the group became a supergroup (${e.parameters.migrate_to_chat_id})`, 'nothing to do: the subscription moves to the supergroup at its next delivery');
    }
    if (e instanceof GrammyError && (e.error_code === 403 || /chat not found/i.test(e.description))) {
      return error('telegram', id, title, `the bot cannot reach it (${e.error_code} ${e.description}): removed from it, or the chat was deleted`, again);
    }
    return error('telegram', id, title, `getChat failed: ${reasonOf(e)}`, 'run the doctor again; if it persists, check TELEGRAM_API_ROOT');
  }
  const channel = chat.type === 'channel';
  const title = `Telegram ${channel ? 'channel' : 'group'} "${chat.title ?? chatId}"`;
  let member: { status: string; can_post_messages?: boolean; can_send_messages?: boolean };
  try {
    member = await call((signal) => api.getChatMember(chatId, botId, signal as Signal));
  } catch (e) {
    return error('telegram', id, title, `getChatMember failed: ${reasonOf(e)}`, 'run the doctor again; if it persists, check TELEGRAM_API_ROOT');
  }
  if (member.status === 'left' || member.status === 'kicked') {
    return error('telegram', id, title, `the bot is no longer in it (${member.status}): its digests cannot be delivered`, again);
  }
  if (channel) {
    return member.status === 'administrator' && member.can_post_messages
      ? ok('telegram', id, title, 'the bot is an administrator that may post messages')
      : error('telegram', id, title, 'the bot is not an administrator allowed to post messages: digests cannot be posted', `channel -> Administrators -> add the bot with "Post Messages" (or open ${links.channel})`);
  }
  if (member.status === 'restricted' && member.can_send_messages === false) {
    return error('telegram', id, title, 'the bot is restricted and may not send messages there', "group -> Permissions -> Exceptions: let the bot send messages (or make it an administrator)");
  }
  return ok('telegram', id, title, 'the bot is a member and may send messages');
}

/** What a failed `getMe` means. */
function tokenFailure(e: unknown, apiRoot: string): Check {
  if (e instanceof GrammyError && (e.error_code === 401 || e.error_code === 404)) {
    return error('telegram', 'telegram.token', 'Telegram token', `TELEGRAM_BOT_TOKEN was refused (${e.error_code} ${e.description})`, 'copy the token again from @BotFather (/mybots -> your bot -> API Token; /revoke gives a new one) into TELEGRAM_BOT_TOKEN');
  }
  if (e instanceof GrammyError) {
    return error('telegram', 'telegram.token', 'Telegram token', `getMe failed (${e.error_code} ${e.description})`, 'run the doctor again; if it persists, check TELEGRAM_API_ROOT');
  }
  const cause = e instanceof HttpError ? e.error : e;
  return error('telegram', 'telegram.token', 'Telegram token', `cannot reach the Bot API at ${apiRoot}: ${networkReason(cause)}`, 'check that this machine reaches TELEGRAM_API_ROOT (outbound HTTPS, proxy, firewall); unset it to use https://api.telegram.org');
}

/**
 * The webhook against the mode: polling with a webhook set is an error (Telegram sends the updates
 * there, and polling is refused with 409 until it is deleted); webhook mode with no webhook or
 * another URL is a warning (npm start sets it); a webhook whose deliveries fail is an error.
 */
export function webhookCheck(info: WebhookInfo, configured: string | undefined, now: Date): Check {
  const title = 'Telegram webhook';
  const pending = info.pending_update_count ? `; ${info.pending_update_count} update${info.pending_update_count === 1 ? '' : 's'} waiting` : '';
  if (!configured) {
    if (!info.url) return ok('telegram', 'telegram.webhook', title, `none set: long polling can receive updates${pending}`);
    return error('telegram', 'telegram.webhook', title, `a webhook is set (${info.url}) but this configuration polls (TELEGRAM_WEBHOOK_URL is unset): Telegram sends the updates to that URL and refuses polling (409)${pending}`, `if no other deployment serves ${info.url}, npm start removes it when it starts polling; to run behind it instead, set TELEGRAM_WEBHOOK_URL=${info.url} and TELEGRAM_WEBHOOK_SECRET`);
  }
  if (!info.url) return warning('telegram', 'telegram.webhook', title, `not set yet (TELEGRAM_WEBHOOK_URL is ${configured})${pending}`, 'npm start sets it at start-up; nothing else to do');
  if (info.url !== configured) {
    return warning('telegram', 'telegram.webhook', title, `set to ${info.url}, not to TELEGRAM_WEBHOOK_URL ${configured}${pending}`, `npm start replaces it with ${configured}; if another deployment serves ${info.url}, it stops receiving updates then`);
  }
  const lastError = info.last_error_date ? new Date(info.last_error_date * 1000) : undefined;
  // A delivery error older than a day is history (Telegram keeps the last one).
  if (lastError && info.last_error_message && now.getTime() - lastError.getTime() < 86_400_000) {
    return error('telegram', 'telegram.webhook', title, `set to ${configured}, but Telegram's last delivery failed at ${lastError.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${info.last_error_message}${pending}`, `make ${configured} reachable from the internet over HTTPS (valid certificate; port 443, 80, 88 or 8443) and forward it to PORT`);
  }
  if ((info.pending_update_count ?? 0) > pendingWarnAt) {
    return warning('telegram', 'telegram.webhook', title, `set to ${configured}${pending}: updates are not being taken in`, 'check that npm start is running behind the webhook URL and its logs show no errors');
  }
  return ok('telegram', 'telegram.webhook', title, `set to TELEGRAM_WEBHOOK_URL, as configured${pending}`);
}

/** The useful part of a network failure: `ECONNREFUSED`, `ENOTFOUND api.telegram.org`, a time-out. */
export function networkReason(e: unknown): string {
  let at: unknown = e;
  for (let depth = 0; depth < 4 && at; depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    at = (at as { cause?: unknown }).cause;
  }
  return reasonOf(e);
}
