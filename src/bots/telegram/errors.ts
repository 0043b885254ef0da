/**
 * Turns Bot API failures into delivery outcomes (logging them goes through the shared
 * `describeError`, which keeps the token out).
 * @module
 */
import { GrammyError, HttpError } from 'grammy';
import type { ChatRef, SendOutcome } from '../../schedule/index.ts';

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
