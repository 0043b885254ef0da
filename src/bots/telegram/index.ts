/**
 * The Telegram adapter (grammY): commands in private chats, groups, forum topics and channels,
 * paged search, scheduled digests through a {@link DigestSender}, long polling or a webhook.
 *
 * ```ts
 * const telegram = createTelegramBot({ token, apiRoot, handler, kv: store.kv, logger, onMigrate });
 * scheduler.addSender(telegram.sender);
 * await telegram.start(); // polling; with `webhook` set, an HTTP server + setWebhook instead
 * ```
 *
 * Channels: the bot answers commands posted in a channel (only the channel's admins can post there,
 * so such a post counts as an admin's) and delivers the channel's digests; button presses under
 * search results work for anyone who can see them.
 * @module
 */
import type { AddressInfo } from 'node:net';
import { Api, GrammyError, type Bot } from 'grammy';
import type { DigestSender } from '../../schedule/index.ts';
import { buildBot, type BuildBotOptions } from './bot.ts';
import { registerCommandMenus } from './commands-meta.ts';
import { connectWithRetry, type ConnectBackoff } from '../shared/connect.ts';
import { describeError } from '../shared/errors.ts';
import { telegramLinks } from './links.ts';
import { createTelegramSender } from './sender.ts';
import { startWebhookServer, type WebhookOptions, type WebhookServer } from './webhook.ts';

export type { RetryOptions, ThrottleOptions } from './bot.ts';
export type { WebhookOptions } from './webhook.ts';
export { defaultThrottle } from './bot.ts';
export { renderReply, renderPage, renderCard, messageLimit } from './render.ts';
export { escapeHtml, truncateHtml } from './html.ts';
export { telegramLinks, type TelegramLinks } from './links.ts';

/** Options of {@link createTelegramBot}. */
export interface TelegramBotOptions extends BuildBotOptions {
  /** Webhook mode when set; long polling otherwise. */
  webhook?: WebhookOptions;
  /** Long-poll timeout in seconds. Default 30. */
  pollingTimeoutSeconds?: number;
  /** A digest send is abandoned (and retried by the scheduler) after this long. Default 120 s. */
  sendTimeoutMs?: number;
  /** Backoff while the Bot API cannot be reached at start-up. Default 1 s doubling to 60 s, 15 s per attempt. */
  connectBackoff?: Partial<ConnectBackoff>;
}

/** A created adapter: the grammY bot, the scheduler's sender, and its lifecycle. */
export interface TelegramBot {
  bot: Bot;
  sender: DigestSender;
  /** Registers the command menus, then starts polling (deleteWebhook) or the webhook server (setWebhook). */
  start(): Promise<void>;
  /** Stops polling or closes the webhook server. Idempotent. */
  stop(): Promise<void>;
  /** The webhook server's address while running (tests use port 0). */
  webhookAddress(): AddressInfo | null;
}

/** Update types the bot subscribes to (command messages, channel posts, button presses). */
export const allowedUpdates = ['message', 'channel_post', 'callback_query'] as const;

/** Creates the Telegram adapter. Nothing touches the network until {@link TelegramBot.start}. */
export function createTelegramBot(options: TelegramBotOptions): TelegramBot {
  const { logger } = options;
  const secrets = [options.token, ...(options.webhook ? [options.webhook.secret] : [])];
  const bot = buildBot(options);
  const sender = createTelegramSender({
    api: bot.api,
    kv: options.kv,
    logger,
    onMigrate: options.onMigrate,
    secrets,
    ...(options.sendTimeoutMs === undefined ? {} : { sendTimeoutMs: options.sendTimeoutMs }),
  });
  let server: WebhookServer | null = null;
  let polling: Promise<void> | null = null;
  const stopping = new AbortController();
  const apiRoot = options.apiRoot ?? 'https://api.telegram.org';

  return {
    bot,
    sender,
    webhookAddress: () => server?.address() ?? null,

    async start() {
      if (!bot.isInited()) {
        // Reach the Bot API first, without grammY's silent retries (auto-retry waits on network
        // errors forever): an unreachable API is retried here with a logged backoff, a refused token
        // stops start-up (bots/shared/connect.ts).
        const probe = new Api(options.token, { apiRoot });
        bot.botInfo = await connectWithRetry({
          platform: 'telegram',
          target: `the Bot API at ${apiRoot} (TELEGRAM_API_ROOT)`,
          attempt: (signal) => probe.getMe(signal as Parameters<Api['getMe']>[0]),
          isFatal: (err) => err instanceof GrammyError && (err.error_code === 401 || err.error_code === 404),
          logger,
          signal: stopping.signal,
          secrets,
          ...(options.connectBackoff ? { backoff: options.connectBackoff } : {}),
        });
      }
      await bot.init();
      const menus = await registerCommandMenus(bot.api);
      if (!menus.ok) logger.warn({ error: menus.error }, 'setMyCommands failed; the command menu may be out of date');
      stopping.signal.throwIfAborted(); // stop() came while the menus were being set
      const links = telegramLinks(bot.botInfo.username);
      logger.info({ ...links }, `telegram: the bot is ${links.chat}; add it to a group with ${links.group}`);
      const webhook = options.webhook;
      if (webhook) {
        server = await startWebhookServer(bot, webhook, logger);
        await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...allowedUpdates] });
        logger.info({ mode: 'webhook', port: server.address().port, bot: bot.botInfo.username }, 'telegram adapter started');
        return;
      }
      // A webhook left set (an earlier webhook deployment, or another one still running): polling
      // removes it (grammY's deleteWebhook), so say so once: whatever served that URL stops
      // receiving updates. `paperboy doctor` reports the same before anything is changed.
      const leftSet = await bot.api.getWebhookInfo(AbortSignal.timeout(10_000) as Parameters<Api['getWebhookInfo']>[0]).then((info) => info.url, () => '');
      if (leftSet) {
        logger.warn({ url: leftSet }, `telegram: a webhook was set (${leftSet}); long polling removes it, so whatever serves that URL stops receiving updates (set TELEGRAM_WEBHOOK_URL to run behind it instead)`);
      }
      await new Promise<void>((resolve, reject) => {
        polling = bot
          .start({
            allowed_updates: [...allowedUpdates],
            timeout: options.pollingTimeoutSeconds ?? 30,
            onStart: () => resolve(),
          })
          .catch((err: unknown) => {
            // 401 (token revoked) or 409 (another instance polling) end polling; the process lives on.
            logger.error({ error: describeError(err, secrets) }, 'telegram polling stopped');
            reject(err);
          });
      });
      logger.info({ mode: 'polling', bot: bot.botInfo.username }, 'telegram adapter started');
    },

    async stop() {
      stopping.abort(new Error('telegram: stopped'));
      if (server) {
        const s = server;
        server = null;
        await s.close();
      }
      if (polling) {
        const p = polling;
        polling = null;
        // bot.stop() confirms the last update with one more getUpdates; auto-retry would retry that
        // forever if Telegram is unreachable, so shutdown waits at most a few seconds for it and for
        // the update being handled.
        const stopping = bot.isRunning()
          ? bot.stop().catch((err: unknown) => logger.warn({ error: describeError(err, secrets) }, 'stopping polling'))
          : Promise.resolve();
        await Promise.race([Promise.all([stopping, p]), new Promise((r) => setTimeout(r, 5000).unref())]);
      }
    },
  };
}

