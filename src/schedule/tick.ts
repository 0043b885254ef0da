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
import { newEntry } from './outbox.ts';
import { pickFor, reservedByChat } from './pick.ts';
import { followsAnything } from './subscription.ts';
import { localDate, nextRunAt } from './time.ts';
import { chatKey, type OutboxEntry, type Subscription } from './types.ts';

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
  /** Jobs not started, or claims refused, because the lease was no longer provably held. */
  fenced: number;
  /** Claims of other attempts left alone (too recent to resend: their instance may be alive). */
  inDoubt: number;
  /** Digests another writer claimed first (a `/digest`, another instance). */
  conflicts: number;
}

/** Tick options (documented defaults in `SchedulerOptions`). */
export interface TickOptions {
  catchUpWindowMs: number;
  concurrency: number;
  /** Each tick's report and duration (metrics). */
  onTick?: (report: TickReport, ms: number) => void;
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
    const started = performance.now();
    const report = await tickOnce();
    options.onTick?.(report, performance.now() - started);
    return report;
  }

  async function tickOnce(): Promise<TickReport> {
    const report: TickReport = { due: 0, created: 0, sent: 0, empty: 0, retried: 0, moved: 0, failed: 0, skipped: 0, waiting: 0, fenced: 0, inDoubt: 0, conflicts: 0 };
    const now = clock.now();
    const index = ctx.index();
    // Two indexed reads: an idle tick costs these and nothing more.
    const [open, due] = await Promise.all([store.outbox.open(), store.subscriptions.due(now)]);
    const reserved = reservedByChat(open);

    /** A job runs only while this instance may claim digests (the lease's deadline has not passed). */
    const guarded = (job: () => Promise<void>) => async () => {
      if (!ctx.guard().ok) {
        report.fenced++;
        return;
      }
      await job();
    };
    const jobs: (() => Promise<void>)[] = [];
    for (const entry of open) {
      if (entry.state === 'sent' || entry.nextAttemptAt <= now) jobs.push(guarded(() => chatLocks.run(chatKey(entry.chat), () => resume(entry.key, report))));
    }
    for (const sub of due) {
      if (followsAnything(sub)) report.due++; // one that follows nothing only has its next run moved on
      jobs.push(guarded(() => runDue(sub, now, index, reserved, report)));
    }
    await runPool(jobs, options.concurrency, (e) => logger.error({ err: e }, 'scheduler job failed (will retry next tick)'));
    if (now - lastPrune >= pruneEveryMs) {
      lastPrune = now;
      const left = await store.outbox.prune().catch((e: unknown) => (logger.warn({ err: e }, 'outbox prune failed'), -1));
      logger.debug({ left }, 'outbox pruned');
    }
    if (report.due || report.sent || report.failed || report.retried || report.fenced) logger.info({ ...report }, 'tick');
    return report;
  }

  /** Continues an open entry (retry, crash recovery, or recording a sent one). */
  async function resume(key: string, report: TickReport): Promise<void> {
    const entry = await store.outbox.get(key);
    if (!entry || entry.recorded || entry.state === 'failed') return;
    if (entry.state !== 'sent' && entry.nextAttemptAt > clock.now()) return;
    await deliverLoop(entry, report);
  }

  /**
   * Creates today's entry for a due chat (unless its key is taken), advances `nextRunAt`, delivers.
   * `sub` is as the due index returned it at the start of the tick; the entry's creation is
   * conditional, so a stale read can cost nothing but a skipped selection.
   */
  async function runDue(sub: Subscription, now: number, index: SchedulerIndex, reserved: Map<string, string[]>, report: TickReport): Promise<void> {
    const { chat } = sub;
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
    let created: OutboxEntry | undefined;
    await chatLocks.run(chatKey(chat), async () => {
      const picks = await pickFor(sub, date, { history: store.history, index, reserved: reserved.get(chatKey(chat)) ?? [], ...(ctx.select ? { select: ctx.select } : {}) });
      let entry = newEntry(chat, date, picks, 'schedule', now);
      if (picks.length === 0 && sub.silentWhenEmpty) entry = { ...entry, state: 'sent', sentAt: now };
      const guard = ctx.guard();
      if (!guard.ok) {
        report.fenced++;
        return;
      }
      // The commit point, conditional on the key being free (and the lease current): from here no
      // restart, no other instance and no /digest makes a second digest for this date.
      const result = await store.outbox.swap(entry, null, guard.fence);
      if (result === 'fenced') {
        report.fenced++;
        return;
      }
      if (result === 'ok') {
        created = { ...entry, rev: 0 };
        if (picks.length === 0) report.empty++;
        report.created++;
      }
      // Then move the schedule on (a crash between the two writes is harmless: the key is taken).
      await advance(sub, now);
      if (created) await deliverLoop(created, report, sub);
    });
  }

  async function advance(sub: Subscription, now: number): Promise<void> {
    const fresh = (await store.subscriptions.get(sub.chat)) ?? sub;
    if (fresh.nextRunAt === null || fresh.nextRunAt > now) return; // changed meanwhile (/schedule)
    await store.subscriptions.put({ ...fresh, nextRunAt: nextRunAt(fresh.time, fresh.timeZone, now), updatedAt: now });
  }

  async function deliverLoop(entry: OutboxEntry, report: TickReport, sub?: Subscription): Promise<void> {
    let current = entry;
    let known = sub;
    for (;;) {
      const { result, entry: next } = await attemptDelivery(current, ctx.delivery, known);
      current = next;
      known = undefined;
      switch (result) {
        case 'moved':
          report.moved++;
          continue;
        case 'sent':
          report.sent++;
          return;
        case 'retry':
          report.retried++;
          return;
        case 'failed':
          report.failed++;
          return;
        case 'fenced':
          report.fenced++;
          return;
        case 'in-doubt':
          report.inDoubt++;
          return;
        case 'conflict':
          report.conflicts++;
          return;
        case 'no-sender':
          report.waiting++;
          return;
      }
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
