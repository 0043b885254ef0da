/**
 * Turns Bot API failures into delivery outcomes, and errors into loggable objects without secrets.
 * @module
 */
import { GrammyError, HttpError } from 'grammy';
import type { ChatRef, SendOutcome } from '../../schedule/types.ts';

/** The migration target of a `400 … group chat was upgraded to a supergroup chat` error, if any. */
export function migrateTarget(err: unknown): number | undefined {
  return err instanceof GrammyError && typeof err.parameters.migrate_to_chat_id === 'number'
    ? err.parameters.migrate_to_chat_id
    : undefined;
}

// 400s that mean "this chat (or topic) can't receive messages from us any more".
const goneChat = /chat not found|chat_write_forbidden|not enough rights|have no rights|need administrator rights|topic_closed|topic_deleted|message thread not found|peer_id_invalid|user is deactivated|bot was kicked|group chat was deactivated/i;

/**
 * Classifies a failed Bot API call for the scheduler:
 * - 429 and network errors, 5xx and a wrong token (bot-wide, not the chat's fault) -> `retry`;
 * - `migrate_to_chat_id` -> `moved` to the new supergroup (no thread: basic groups have none);
 * - 403 (blocked, kicked, deactivated) and 400s meaning the chat or topic is gone -> `permanent`;
 * - any other 4xx (e.g. a rendering bug) -> `permanent` with code `rejected`: retrying can't help.
 */
export function classifyError(err: unknown, chat: ChatRef): Exclude<SendOutcome, { ok: true }> {
  if (err instanceof GrammyError) {
    const reason = err.description;
    const to = migrateTarget(err);
    if (to !== undefined) {
      return { ok: false, kind: 'moved', reason, to: { platform: chat.platform, chatId: String(to) } };
    }
    if (err.error_code === 429) {
      const after = err.parameters.retry_after;
      return { ok: false, kind: 'retry', reason, ...(typeof after === 'number' ? { retryAfterMs: after * 1000 } : {}) };
    }
    if (err.error_code >= 500) return { ok: false, kind: 'retry', reason };
    if (err.error_code === 401) return { ok: false, kind: 'retry', reason, retryAfterMs: 60_000 };
    if (err.error_code === 403) return { ok: false, kind: 'permanent', reason, code: 'forbidden' };
    if (goneChat.test(reason)) return { ok: false, kind: 'permanent', reason, code: 'chat_gone' };
    return { ok: false, kind: 'permanent', reason, code: 'rejected' };
  }
  if (err instanceof HttpError) return { ok: false, kind: 'retry', reason: err.message };
  const name = err instanceof Error ? err.name : typeof err;
  // Aborts (our send timeout) and anything unexpected: try again later rather than pause a chat.
  return { ok: false, kind: 'retry', reason: `${name}: ${err instanceof Error ? err.message : String(err)}` };
}

/**
 * A plain, loggable description of an error with every secret removed. grammY's `HttpError` wraps
 * the fetch error, whose message contains the request URL and thus the bot token, so nested errors
 * are never logged as objects.
 */
export function describeError(err: unknown, secrets: readonly string[] = []): Record<string, unknown> {
  // Any Bot API URL's token is removed even when the caller didn't pass it (`/bot<id>:<secret>/`).
  const scrub = (s: string) =>
    secrets
      .reduce((acc, secret) => (secret ? acc.split(secret).join('[redacted]') : acc), s)
      .replace(/bot\d+:[A-Za-z0-9_-]+/g, 'bot[redacted]');
  if (err instanceof GrammyError) {
    return { type: 'GrammyError', method: err.method, code: err.error_code, description: scrub(err.description) };
  }
  if (err instanceof HttpError) {
    const inner = err.error instanceof Error ? err.error.message : String(err.error);
    return { type: 'HttpError', message: scrub(err.message), cause: scrub(inner) };
  }
  if (err instanceof Error) {
    return { type: err.name, message: scrub(err.message), stack: err.stack ? scrub(err.stack) : undefined };
  }
  return { type: typeof err, message: scrub(String(err)) };
}
