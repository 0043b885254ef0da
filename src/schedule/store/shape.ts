/**
 * Facts about stored records that every store implementation indexes the same way: which outbox
 * entries are open, which subscriptions are due, which chats form a group for `/status`.
 * @module
 */
import type { ChatRef, OutboxEntry, Subscription } from '../types.ts';

/** Entries that still need work (sending, retrying, or history not yet recorded). */
export function isOpen(entry: OutboxEntry): boolean {
  return entry.state === 'pending' || entry.state === 'sending' || (entry.state === 'sent' && !entry.recorded);
}

/** The time a subscription is next due, or null when it is not scheduled (paused, or no next run). */
export function dueAt(sub: Subscription): number | null {
  return sub.paused ? null : sub.nextRunAt;
}

/** Due at `now`. */
export function isDue(sub: Subscription, now: number): boolean {
  const at = dueAt(sub);
  return at !== null && at <= now;
}

/**
 * The group a chat belongs to for `/status`: its Discord server, or its Telegram group (the group
 * and its forum topics). Undefined for other chats (a DM, the console).
 */
export function groupKey(chat: ChatRef): string | undefined {
  if (chat.guildId) return `${chat.platform}:guild:${chat.guildId}`;
  if (chat.platform === 'telegram') return `telegram:chat:${chat.chatId}`;
  return undefined;
}

/** The open-outbox index's score of an entry: when it next needs work (a sent one at once). */
export function openScore(entry: OutboxEntry): number {
  return entry.state === 'sent' ? 0 : entry.nextAttemptAt;
}
