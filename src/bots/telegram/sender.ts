/**
 * The Telegram {@link DigestSender}: renders a digest and sends it into the subscribed chat or forum
 * topic, reporting an outcome the scheduler acts on. Never throws. A digest longer than one message
 * is sent as several, and a retry continues after the parts already delivered (shared
 * `send-progress.ts`).
 * @module
 */
import type { Api } from 'grammy';
import type { Reply } from '../../core/index.ts';
import { chatKey, type ChatRef, type DigestSender, type KeyValueStore, type LoggerPort, type SendOutcome } from '../../schedule/index.ts';
import { describeError } from '../shared/errors.ts';
import { sendProgress } from '../shared/send-progress.ts';
import { renderForTelegram, sendRendered } from './deliver.ts';
import { classifyError } from './errors.ts';

/** Dependencies and knobs of {@link createTelegramSender}. */
export interface TelegramSenderOptions {
  api: Api;
  kv: KeyValueStore;
  logger: LoggerPort;
  /** Moves the chat's subscription when Telegram says the group became a supergroup. */
  onMigrate: (from: ChatRef, to: ChatRef) => Promise<void>;
  /** Secrets to keep out of logs (the token). */
  secrets: readonly string[];
  /** Abort one digest's sending after this long (auto-retry waits included). Default 120 s. */
  sendTimeoutMs?: number;
}

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
      try {
        const rendered = await renderForTelegram(reply, kv);
        const progress = await sendProgress(kv, { platform: 'telegram', chat, parts: rendered.messages.map((m) => m.html), logger });
        await sendRendered(api, chat, rendered, { from: progress.from, signal: AbortSignal.timeout(sendTimeoutMs), onSent: progress.sent });
        await progress.done();
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
