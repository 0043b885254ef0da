/**
 * One scheduler tick: finish open outbox entries whose time has come (retries, crash recovery),
 * then give every due chat today's digest: pick the papers, write the outbox entry (the commit
 * point), move `nextRunAt` on, deliver. Chats are processed by a bounded worker pool; concurrent
 * `tick()` calls run one after another.
 * @module
 */
import { runPool } from './concurrency.ts';
import { dueRun } from './catch-up.ts';
import type { SchedulerContext, SchedulerIndex } from './context.ts';
import { attemptDelivery } from './deliver.ts';
import { newEntry, outboxKey } from './outbox.ts';
import { pickFor, reservedByChat } from './pick.ts';
import { followsAnything } from './subscription.ts';
import { localDate, nextRunAt } from './time.ts';
import { chatKey, type ChatRef, type OutboxEntry, type Subscription } from './types.ts';

/** Counts from one tick (for logs and tests). */
export interface TickReport {
  /** Subscriptions due at this tick (that follow something: the others only have their next run moved on). */
  due: number;
  /** New outbox entries (one per chat and local date). */
  created: number;
  /** Digests the platform accepted (including the "no new papers" note). */
  sent: number;
  /** Of `sent`/`created`: empty selections (note sent, or silently recorded). */
  empty: number;
  /** Attempts that will be retried later. */
  retried: number;
  moved: number;
  failed: number;
  /** Due digests beyond the catch-up window, skipped. */
  skipped: number;
  /** Due chats whose platform has no sender in this process (left due). */
  waiting: number;
}

/** Tick options (documented defaults in `SchedulerOptions`). */
export interface TickOptions {
  catchUpWindowMs: number;
  concurrency: number;
}

/** Expired outbox entries are dropped at start-up (the store scans them) and then about daily. */
const pruneEveryMs = 24 * 3_600_000;

/**
 * Creates the tick of a scheduler.
 *
 * ```ts
 * const ticker = createTicker(ctx, { catchUpWindowMs: 6 * 3_600_000, concurrency: 8 });
 * await ticker.tick(); // { due: 3, created: 3, sent: 3, … }
 * ```
 */
export function createTicker(ctx: SchedulerContext, options: TickOptions) {
  const { store, clock, logger, chatLocks } = ctx;
  let lastPrune = clock.now();
  let running: Promise<TickReport> | undefined;
  let queued: Promise<TickReport> | undefined;

  async function runTick(): Promise<TickReport> {
    const report: TickReport = { due: 0, created: 0, sent: 0, empty: 0, retried: 0, moved: 0, failed: 0, skipped: 0, waiting: 0 };
    const now = clock.now();
    const index = ctx.index();
    const open = await store.outbox.open();
    const reserved = reservedByChat(open);

    const jobs: (() => Promise<void>)[] = [];
    for (const entry of open) {
      if (entry.state === 'sent' || entry.nextAttemptAt <= now) jobs.push(() => chatLocks.run(chatKey(entry.chat), () => resume(entry.key, report)));
    }
    for (const sub of await store.subscriptions.list()) {
      if (sub.paused || sub.nextRunAt === null || sub.nextRunAt > now) continue;
      if (followsAnything(sub)) report.due++; // one that follows nothing only has its next run moved on
      jobs.push(() => runDue(sub.chat, now, index, reserved, report));
    }
    await runPool(jobs, options.concurrency, (e) => logger.error({ err: e }, 'scheduler job failed (will retry next tick)'));
    if (now - lastPrune >= pruneEveryMs) {
      lastPrune = now;
      const left = await store.outbox.prune().catch((e: unknown) => (logger.warn({ err: e }, 'outbox prune failed'), -1));
      logger.debug({ left }, 'outbox pruned');
    }
    if (report.due || report.sent || report.failed || report.retried) logger.info({ ...report }, 'tick');
    return report;
  }

  /** Continues an open entry (retry, crash recovery, or recording a sent one). */
  async function resume(key: string, report: TickReport): Promise<void> {
    const entry = await store.outbox.get(key);
    if (!entry || entry.recorded || entry.state === 'failed') return;
    if (entry.state !== 'sent' && entry.nextAttemptAt > clock.now()) return;
    await deliverLoop(entry, report);
  }

  /** Creates today's entry for a due chat (unless its key is taken), advances `nextRunAt`, delivers. */
  async function runDue(chat: ChatRef, now: number, index: SchedulerIndex, reserved: Map<string, string[]>, report: TickReport): Promise<void> {
    const sub = await store.subscriptions.get(chat);
    if (!sub || sub.paused || sub.nextRunAt === null || sub.nextRunAt > now) return;
    const { runAt, tooLate } = dueRun(sub, now, options.catchUpWindowMs);
    if (tooLate) {
      report.skipped++;
      logger.info({ chat: chatKey(chat), dueAt: new Date(runAt).toISOString(), windowMs: options.catchUpWindowMs }, 'missed digest is older than the catch-up window: skipped');
      return advance(sub, now);
    }
    if (!followsAnything(sub)) return advance(sub, now);
    if (!ctx.senders.has(chat.platform)) {
      report.waiting++;
      return; // stays due: delivered if the adapter comes back within the catch-up window
    }
    const date = localDate(runAt, sub.timeZone);
    const key = outboxKey(chat, date);
    let created: OutboxEntry | undefined;
    await chatLocks.run(chatKey(chat), async () => {
      if (!(await store.outbox.get(key))) {
        const picks = await pickFor(sub, date, { history: store.history, index, reserved: reserved.get(chatKey(chat)) ?? [], ...(ctx.select ? { select: ctx.select } : {}) });
        created = newEntry(chat, date, picks, 'schedule', now);
        if (picks.length === 0) report.empty++;
        if (picks.length === 0 && sub.silentWhenEmpty) created = { ...created, state: 'sent', sentAt: now };
        // The commit point: from here the key is taken, so no restart or /digest makes a second digest.
        await store.outbox.put(created);
        report.created++;
      }
      // Then move the schedule on (a crash between the two writes is harmless: the key is taken).
      await advance(sub, now);
      if (created) await deliverLoop(created, report);
    });
  }

  async function advance(sub: Subscription, now: number): Promise<void> {
    const fresh = (await store.subscriptions.get(sub.chat)) ?? sub;
    if (fresh.nextRunAt === null || fresh.nextRunAt > now) return; // changed meanwhile (/schedule)
    await store.subscriptions.put({ ...fresh, nextRunAt: nextRunAt(fresh.time, fresh.timeZone, now), updatedAt: now });
  }

  async function deliverLoop(entry: OutboxEntry, report: TickReport): Promise<void> {
    let current = entry;
    for (;;) {
      const { result, entry: next } = await attemptDelivery(current, ctx.delivery);
      current = next;
      if (result === 'moved') {
        report.moved++;
        continue;
      }
      if (result === 'sent') report.sent++;
      else if (result === 'retry') report.retried++;
      else if (result === 'failed') report.failed++;
      else report.waiting++;
      return;
    }
  }

  /** One pass; a call during a tick runs once after it (calls in between share that run). */
  function tick(): Promise<TickReport> {
    if (!running) {
      running = runTick().finally(() => (running = undefined));
      return running;
    }
    queued ??= running.catch(() => undefined).then(() => {
      queued = undefined;
      return tick();
    });
    return queued;
  }

  return {
    tick,
    /** True while a tick runs. */
    busy: () => running !== undefined,
    /** Resolves when the tick in flight and the one queued behind it are over. */
    async settled(): Promise<void> {
      await running?.catch(() => undefined);
      await queued?.catch(() => undefined);
    },
  };
}

export type Ticker = ReturnType<typeof createTicker>;
