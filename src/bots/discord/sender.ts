/**
 * Scheduled digest delivery into Discord channels: the {@link DigestSender} the scheduler calls.
 * Rate limits are left to discord.js's REST queue (it waits and retries); what reaches us is mapped to
 * a {@link SendOutcome}: Missing Access, Unknown Channel and Missing Permissions are permanent (they
 * feed the scheduler's pause rule), rate limits, 5xx and network failures are retried later.
 * @module
 */
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import type { Reply } from '../../core/index.ts';
import type { ChatRef, DigestSender, KeyValueStore, LoggerPort, SendOutcome } from '../../schedule/index.ts';
import { describeError } from '../shared/errors.ts';
import { sendProgress } from '../shared/send-progress.ts';
import { toRestBody } from './render.ts';
import { renderWithButtons } from './respond.ts';

/** Discord JSON error codes that mean "this channel will not take our messages". */
export const permanentCodes: Readonly<Record<number, string>> = {
  10003: 'Unknown Channel',
  50001: 'Missing Access',
  50013: 'Missing Permissions',
  10004: 'Unknown Guild',
  50007: 'Cannot send messages to this user',
};

/** Maps a failed REST call to a send outcome. */
export function outcomeOf(err: unknown): SendOutcome {
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : Number(err.code);
    const known = permanentCodes[code];
    if (known) return { ok: false, kind: 'permanent', reason: `${known} (${code})`, code: String(code) };
    if (err.status === 429 || err.status >= 500) return { ok: false, kind: 'retry', reason: `Discord ${err.status}: ${err.message}` };
    // Other 4xx answers (a malformed message, a bad id) would fail the same way on every retry.
    return { ok: false, kind: 'permanent', reason: `Discord ${err.status} (${code}): ${err.message}`, code: String(code) };
  }
  if (err instanceof RateLimitError) return { ok: false, kind: 'retry', reason: 'rate limited', retryAfterMs: err.retryAfter };
  if (err instanceof HTTPError) return { ok: false, kind: 'retry', reason: `Discord ${err.status}` };
  return { ok: false, kind: 'retry', reason: `network: ${err instanceof Error ? err.message : String(err)}` };
}

/**
 * Creates the Discord digest sender. `chat.chatId` is the channel id (a thread id in `threadId` wins).
 * A digest longer than one message is posted as several, and a retry posts only the parts not yet
 * posted (shared `send-progress.ts`).
 *
 * ```ts
 * const sender = createDiscordSender({ rest: client.rest, logger, kv });
 * await sender.send({ platform: 'discord', chatId: '123' }, reply); // { ok: true }
 * ```
 */
export function createDiscordSender(deps: { rest: REST; logger: LoggerPort; kv: KeyValueStore }): DigestSender {
  const { kv, logger } = deps;
  return {
    platform: 'discord',
    async send(chat: ChatRef, reply: Reply): Promise<SendOutcome> {
      const channelId = chat.threadId ?? chat.chatId;
      const messages = await renderWithButtons(reply, kv);
      let progress;
      try {
        progress = await sendProgress(kv, { platform: 'discord', chat, parts: messages.map((m) => JSON.stringify(m.embeds)), logger });
      } catch (err) {
        return { ok: false, kind: 'retry', reason: `progress store: ${describeError(err).message}` };
      }
      for (let i = progress.from; i < messages.length; i++) {
        try {
          const message = messages[i]!;
          await deps.rest.post(Routes.channelMessages(channelId), { body: { ...toRestBody(message), ...(message.components ? { components: message.components } : {}) } });
        } catch (err) {
          const outcome = outcomeOf(err);
          logger.warn({ err: describeError(err), channelId, part: i + 1, of: messages.length, outcome }, 'discord digest send failed');
          return outcome;
        }
        await progress.sent(i + 1);
      }
      await progress.done();
      return { ok: true };
    },
  };
}
