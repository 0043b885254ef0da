/**
 * Facts about stored records that every store implementation indexes the same way: which outbox
 * entries are open, which subscriptions are due, which chats form a group for `/status`.
 * @module
 */
import { chatKey, type ChatRef, type HistoryRepo, type OutboxEntry, type Subscription, type SubscriptionRepo } from '../types.ts';

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

/**
 * Moves a chat's subscription and delivery history to its new id (a Telegram group that became a
 * supergroup), the same way on every backend. Idempotent: adapters call it when they see a
 * migration, and the scheduler again on a `moved` outcome. The new record is written before the old
 * one is deleted (a crash in between leaves two, never none); history is appended without repeats.
 */
export async function moveChat(
  from: ChatRef,
  to: ChatRef,
  repos: { subscriptions: Pick<SubscriptionRepo, 'get' | 'put' | 'delete'>; history: Pick<HistoryRepo, 'delivered' | 'add'>; dropHistory: (chat: ChatRef) => Promise<void> },
): Promise<void> {
  if (chatKey(from) === chatKey(to)) return;
  const sub = await repos.subscriptions.get(from);
  if (sub) {
    if (!(await repos.subscriptions.get(to))) await repos.subscriptions.put({ ...sub, chat: { ...to } });
    await repos.subscriptions.delete(from);
  }
  const moved = [...(await repos.history.delivered(from))];
  if (moved.length) {
    await repos.history.add(to, moved);
    await repos.dropHistory(from);
  }
}
