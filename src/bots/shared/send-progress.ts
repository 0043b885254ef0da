/**
 * Resuming a digest sent as several messages. If a later part fails (rate limit, network), the
 * number of parts already delivered is kept in the key-value store under a key derived from the chat
 * and the rendered parts, so the scheduler's retry of the same digest continues where it stopped
 * instead of sending the first parts twice. The record is deleted once every part is delivered, so
 * an identical message on another day is sent in full.
 *
 * ```ts
 * const progress = await sendProgress(kv, { platform: 'discord', chat, parts: messages.map((m) => JSON.stringify(m.embeds)), logger });
 * for (let i = progress.from; i < messages.length; i++) {
 *   await post(messages[i]);
 *   await progress.sent(i + 1);
 * }
 * await progress.done();
 * ```
 * @module
 */
import { createHash } from 'node:crypto';
import { chatKey, type ChatRef, type KeyValueStore, type LoggerPort, type Platform } from '../../schedule/index.ts';

/** How long partial progress is remembered (a day covers any retry backoff of the outbox). */
export const progressTtlMs = 24 * 3_600_000;

/** Where a multi-part send stands. */
export interface SendProgress {
  /** Index of the first part still to send (0 when nothing is recorded). */
  readonly from: number;
  /** Records that the first `count` parts are delivered. */
  sent(count: number): Promise<void>;
  /** Every part is delivered: forgets the record. */
  done(): Promise<void>;
}

/** What identifies one send. */
export interface SendProgressOptions {
  platform: Platform;
  chat: ChatRef;
  /** One string per message, as rendered (the key changes when the content does). */
  parts: readonly string[];
  /** Failed writes are logged here, never thrown. */
  logger: LoggerPort;
}

const single: SendProgress = { from: 0, sent: async () => {}, done: async () => {} };

/**
 * Reads the progress of a send. Throws when the store cannot be read (the caller reports a retry:
 * sending from the start could repeat parts). Writes never throw: bookkeeping must not turn a
 * delivered part into a failed digest, so a failed write is only logged. A single-part send needs no
 * bookkeeping.
 */
export async function sendProgress(kv: KeyValueStore, options: SendProgressOptions): Promise<SendProgress> {
  const { parts, logger } = options;
  if (parts.length <= 1) return single;
  const digest = createHash('sha256').update(chatKey(options.chat));
  for (const part of parts) digest.update('\u0000').update(part);
  const key = `${options.platform}:progress:${digest.digest('base64url').slice(0, 22)}`;
  const done = await kv.get(key);
  const safely = async (what: string, write: () => Promise<void>) => {
    try {
      await write();
    } catch (err) {
      logger.warn({ key, err: err instanceof Error ? err.message : String(err) }, `digest progress not ${what}`);
    }
  };
  return {
    from: typeof done === 'number' && done > 0 && done < parts.length ? done : 0,
    sent: (count) => (count < parts.length ? safely('saved', () => kv.set(key, count, progressTtlMs)) : Promise.resolve()),
    done: () => safely('cleared', () => kv.delete(key)),
  };
}
