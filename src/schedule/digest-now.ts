/**
 * `/digest`: today's digest for a chat (its local date) as the command's reply, through the same
 * outbox as the scheduled run, so a chat never gets two digests for one local date and never a paper
 * twice. Repeated calls return the same papers.
 * @module
 */
import type { SchedulerContext } from './context.ts';
import { digestContent } from './digest-reply.ts';
import { recordSent } from './deliver.ts';
import { newEntry, outboxKey } from './outbox.ts';
import { pickFor, reservedFor } from './pick.ts';
import { followsAnything } from './subscription.ts';
import { localDate } from './time.ts';
import { chatKey, type ChatRef, type DigestNow, type OutboxEntry } from './types.ts';

/**
 * Today's digest for `chat`, consuming it for today: the scheduled run that day sends nothing more.
 * A chat that follows nothing gets the code `NOT_SUBSCRIBED` (the command layer words it).
 */
export async function digestNow(ctx: SchedulerContext, chat: ChatRef): Promise<DigestNow> {
  const { store, clock } = ctx;
  const sub = await store.subscriptions.get(chat);
  if (!sub || !followsAnything(sub)) return { ok: false, code: 'NOT_SUBSCRIBED' };
  const now = clock.now();
  const date = localDate(now, sub.timeZone);
  const key = outboxKey(chat, date);
  const index = ctx.index();
  return ctx.chatLocks.run(chatKey(chat), async () => {
    // Every write is conditional (the key free, or the entry at the revision read): a scheduled send
    // claiming the same digest on any instance makes this write fail, and then this reply shows
    // what that send delivers instead of delivering a second digest.
    for (let attempt = 0; attempt < 5; attempt++) {
      const entry = await store.outbox.get(key);
      if (!entry) {
        const reserved = reservedFor(await store.outbox.open(), chat);
        const picks = await pickFor(sub, date, { history: store.history, index, reserved, feedback: ctx.feedback, recommend: ctx.recommend, ...(ctx.select ? { select: ctx.select } : {}) });
        const fresh: OutboxEntry = { ...newEntry(chat, date, picks, 'command', now), state: 'sent', sentAt: now };
        if ((await store.outbox.swap(fresh, null)) !== 'ok') continue;
        await recordSent({ ...fresh, rev: 0 }, ctx.delivery);
        return { ok: true, digest: digestContent(fresh, (id) => index.get(id), sub), subscription: sub, delivered: true };
      }
      if (entry.state === 'pending' || entry.state === 'failed') {
        // Today's scheduled digest has not gone out: this reply delivers it instead.
        const taken: OutboxEntry = { ...entry, state: 'sent', via: 'command', sentAt: now, lastError: null, claim: null, updatedAt: now };
        if ((await store.outbox.swap(taken, entry.rev ?? 0)) !== 'ok') continue;
        await recordSent({ ...taken, rev: (entry.rev ?? 0) + 1 }, ctx.delivery);
        return { ok: true, digest: digestContent(taken, (id) => index.get(id), sub), subscription: sub, delivered: true };
      }
      if (entry.state === 'sent' && !entry.recorded) await recordSent(entry, ctx.delivery);
      // 'sending' (in flight right now) or already sent: the same papers again.
      return { ok: true, digest: digestContent(entry, (id) => index.get(id), sub), subscription: sub, delivered: false };
    }
    throw new Error(`schedule/digest-now: ${key} kept changing under /digest`);
  });
}
