/**
 * The Telegram {@link DigestSender}: renders a digest and sends it into the subscribed chat or forum
 * topic, reporting an outcome the scheduler acts on. Never throws.
 *
 * A digest longer than one message is sent as several; if a later part fails (rate limit, network),
 * the number of parts already delivered is kept in the key-value store under a key derived from the
 * chat and the rendered text, so the scheduler's retry of the same digest continues where it stopped
 * instead of sending the first parts twice. The record is cleared once every part is delivered, so an
 * identical message on another day is sent in full.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Api } from 'grammy';
import type { Reply } from '../../core/index.ts';
import { chatKey, type ChatRef, type DigestSender, type SendOutcome } from '../../schedule/types.ts';
import { renderForTelegram, sendRendered } from './deliver.ts';
import { classifyError, describeError } from './errors.ts';
import type { KeyValue } from './keyboard.ts';
import type { LoggerPort } from './types.ts';

/** Dependencies and knobs of {@link createTelegramSender}. */
export interface TelegramSenderOptions {
  api: Api;
  kv: KeyValue;
  logger: LoggerPort;
  /** Moves the chat's subscription when Telegram says the group became a supergroup. */
  onMigrate: (from: ChatRef, to: ChatRef) => Promise<void>;
  /** Secrets to keep out of logs (the token). */
  secrets: readonly string[];
  /** Abort one digest's sending after this long (auto-retry waits included). Default 120 s. */
  sendTimeoutMs?: number;
}

/** How long partial progress of a multi-message digest is remembered (a day covers any retry backoff). */
const progressTtlMs = 24 * 3_600_000;

/**
 * Creates the sender the scheduler uses for Telegram chats.
 *
 * ```ts
 * const sender = createTelegramSender({ api: bot.api, kv, logger, onMigrate, secrets: [token] });
 * await sender.send({ platform: 'telegram', chatId: '-100123', threadId: '7' }, digestReply);
 * ```
 */
export function createTelegramSender(options: TelegramSenderOptions): DigestSender {
  const { api, kv, logger, onMigrate, secrets } = options;
  const sendTimeoutMs = options.sendTimeoutMs ?? 120_000;
  return {
    platform: 'telegram',
    async send(chat: ChatRef, reply: Reply): Promise<SendOutcome> {
      let progressKey: string | undefined;
      try {
        const rendered = await renderForTelegram(reply, kv);
        let from = 0;
        if (rendered.messages.length > 1) {
          const digest = createHash('sha256').update(chatKey(chat));
          for (const m of rendered.messages) digest.update('\u0000').update(m.html);
          progressKey = `telegram:progress:${digest.digest('base64url').slice(0, 22)}`;
          const done = await kv.get(progressKey);
          from = typeof done === 'number' && done < rendered.messages.length ? done : 0;
        }
        const key = progressKey;
        await sendRendered(api, chat, rendered, {
          from,
          signal: AbortSignal.timeout(sendTimeoutMs),
          ...(key ? { onSent: (n) => (n < rendered.messages.length ? kv.set(key, n, progressTtlMs) : Promise.resolve()) } : {}),
        });
        // Done: forget the progress (the port has no delete; 0 with a 1 ms lifetime is equivalent).
        if (key) await kv.set(key, 0, 1);
        return { ok: true };
      } catch (err) {
        const outcome = classifyError(err, chat);
        logger.warn({ chat: chatKey(chat), outcome: outcome.kind, error: describeError(err, secrets) }, 'telegram digest not delivered');
        if (outcome.kind === 'moved') {
          try {
            await onMigrate(chat, outcome.to);
          } catch (moveErr) {
            logger.error({ chat: chatKey(chat), error: describeError(moveErr, secrets) }, 'moving a migrated chat failed');
          }
        }
        return outcome;
      }
    },
  };
}
