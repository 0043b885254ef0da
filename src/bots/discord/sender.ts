/**
 * Scheduled digest delivery into Discord channels: the {@link DigestSender} the scheduler calls.
 * Rate limits are left to discord.js's REST queue (it waits and retries); what reaches us is mapped to
 * a {@link SendOutcome}: Missing Access, Unknown Channel and Missing Permissions are permanent (they
 * feed the scheduler's pause rule), rate limits, 5xx and network failures are retried later.
 * @module
 */
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import type { Reply } from '../../core/index.ts';
import { chatKey, type ChatRef, type DigestSender, type SendOutcome } from '../../schedule/types.ts';
import type { LoggerLike } from './context.ts';
import type { KeyValue } from './pager.ts';
import { renderReply, toRestBody } from './render.ts';
import { describeError } from './respond.ts';

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

/** How long partial progress of a multi-message digest is remembered (a day covers any retry backoff). */
const progressTtlMs = 24 * 3_600_000;

/**
 * Creates the Discord digest sender. `chat.chatId` is the channel id (a thread id in `threadId` wins).
 *
 * A digest longer than one message is posted as several. With `kv`, the number of parts already
 * posted is kept under a key derived from the chat and the rendered messages, so the scheduler's
 * retry after a failure in the middle posts only the rest instead of the first parts again; the
 * record is cleared once every part is posted (the same digest on another day is posted in full).
 *
 * ```ts
 * const sender = createDiscordSender({ rest: client.rest, logger, kv });
 * await sender.send({ platform: 'discord', chatId: '123' }, reply); // { ok: true }
 * ```
 */
export function createDiscordSender(deps: { rest: REST; logger: LoggerLike; kv?: KeyValue }): DigestSender {
  const { kv, logger } = deps;
  /** Progress bookkeeping must not turn a delivered part into a failed digest: failures are logged only. */
  const remember = async (key: string, value: number, ttlMs: number) => {
    try {
      await kv!.set(key, value, ttlMs);
    } catch (err) {
      logger.warn({ err: describeError(err) }, 'discord digest progress not saved');
    }
  };
  return {
    platform: 'discord',
    async send(chat: ChatRef, reply: Reply): Promise<SendOutcome> {
      const channelId = chat.threadId ?? chat.chatId;
      const messages = renderReply(reply);
      let progressKey: string | undefined;
      let from = 0;
      if (kv && messages.length > 1) {
        const digest = createHash('sha256').update(chatKey(chat));
        for (const m of messages) digest.update('\u0000').update(JSON.stringify(m.embeds));
        progressKey = `discord:progress:${digest.digest('base64url').slice(0, 22)}`;
        try {
          const done = await kv.get(progressKey);
          from = typeof done === 'number' && done < messages.length ? done : 0;
        } catch (err) {
          return { ok: false, kind: 'retry', reason: `progress store: ${describeError(err).message as string}` };
        }
      }
      for (let i = from; i < messages.length; i++) {
        try {
          await deps.rest.post(Routes.channelMessages(channelId), { body: toRestBody(messages[i]!) });
        } catch (err) {
          const outcome = outcomeOf(err);
          logger.warn({ err: describeError(err), channelId, part: i + 1, of: messages.length, outcome }, 'discord digest send failed');
          return outcome;
        }
        if (progressKey && i + 1 < messages.length) await remember(progressKey, i + 1, progressTtlMs);
      }
      // Done: forget the progress (the port has no delete; 0 with a 1 ms lifetime is equivalent).
      if (progressKey) await remember(progressKey, 0, 1);
      return { ok: true };
    },
  };
}
