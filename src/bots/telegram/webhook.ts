/**
 * Webhook mode: a node:http server that hands Telegram's POSTs to grammY. Every request must carry
 * the `X-Telegram-Bot-Api-Secret-Token` we registered with `setWebhook`; one that doesn't gets 401
 * and is not processed (grammY compares it in constant time).
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { LoggerPort } from '../../schedule/index.ts';
import { describeError } from '../shared/errors.ts';
import { listen, type Listening } from '../shared/http.ts';

/** Webhook settings (from `TELEGRAM_WEBHOOK_URL`, `TELEGRAM_WEBHOOK_SECRET`, `PORT`). */
export interface WebhookOptions {
  /** Public HTTPS URL Telegram posts to; its path is the one the server answers on. */
  url: string;
  /** `secret_token`: 1-256 characters of A-Z, a-z, 0-9, `_` and `-`. */
  secret: string;
  /** Port to listen on (0 picks a free one, for tests). */
  port: number;
  /** Interface to bind. Default `0.0.0.0`. */
  host?: string;
  /**
   * Other requests on the same port (the app's `/healthz`, `/readyz`, `/metrics`): answered by
   * this function when it returns true; anything else gets 404.
   */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/** A running webhook server. */
export type WebhookServer = Listening;

/**
 * Starts the server. Updates are answered with 200 once handled, or after 10 s while handling
 * continues (so Telegram doesn't resend an update that is just slow, e.g. waiting for the throttler).
 */
export async function startWebhookServer(bot: Bot, options: WebhookOptions, logger: LoggerPort): Promise<WebhookServer> {
  const path = new URL(options.url).pathname;
  const callback = webhookCallback(bot, 'http', { secretToken: options.secret, onTimeout: 'return', timeoutMilliseconds: 10_000 });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'POST' || url.pathname !== path) {
      if (!options.routes?.(req, res)) res.writeHead(404).end();
      return;
    }
    callback(req, res).catch((err: unknown) => {
      // Errors inside handlers are caught by the bot's error boundary; this is a broken request body.
      logger.warn({ error: describeError(err, [options.secret]) }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(400).end();
    });
  });
  return listen(server, options.port, options.host);
}
