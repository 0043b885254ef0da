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
import { pickFrom, reservedByChat } from './pick.ts';
import { followsAnything } from './subscription.ts';
import { localDate, nextRunAt } from './time.ts';
import { chatKey, type ChatRef, type Fence, type OutboxEntry, type Subscription } from './types.ts';

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

/** Due chats selected and created per batch (one history read and one insert each, where the store batches). */
const createBatch = 250;

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
    // Due chats: today's entries are selected and created in batches (one history read, one
    // conditional insert and one schedule update per batch on a store that can batch), then each is
    // delivered by the pool like any open entry.
    for (const sub of due) if (followsAnything(sub)) report.due++; // one that follows nothing only has its next run moved on
    for (const { entry, sub } of await createDue(due, now, index, reserved, report)) {
      jobs.push(guarded(() => chatLocks.run(chatKey(entry.chat), () => deliverLoop(entry, report, sub))));
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
   * Creates today's entries for the due chats whose keys are free, and moves every due chat's
   * `nextRunAt` on. `due` is as the index returned it at the start of the tick; creation is
   * conditional, so a stale read costs nothing but a skipped selection.
   */
  async function createDue(due: readonly Subscription[], now: number, index: SchedulerIndex, reserved: Map<string, string[]>, report: TickReport): Promise<{ entry: OutboxEntry; sub: Subscription }[]> {
    const ready: { sub: Subscription; date: string }[] = [];
    const moveOn: Subscription[] = [];
    for (const sub of due) {
      const { runAt, tooLate } = dueRun(sub, now, options.catchUpWindowMs);
      if (tooLate) {
        report.skipped++;
        logger.info({ chat: chatKey(sub.chat), dueAt: new Date(runAt).toISOString(), windowMs: options.catchUpWindowMs }, 'missed digest is older than the catch-up window: skipped');
        moveOn.push(sub);
      } else if (!followsAnything(sub)) {
        moveOn.push(sub);
      } else if (!ctx.senders.has(sub.chat.platform)) {
        report.waiting++; // stays due: delivered if the adapter comes back within the catch-up window
      } else {
        ready.push({ sub, date: localDate(runAt, sub.timeZone) });
      }
    }
    const created: { entry: OutboxEntry; sub: Subscription }[] = [];
    for (let i = 0; i < ready.length; i += createBatch) {
      const batch = ready.slice(i, i + createBatch);
      // Under the chats' locks: selection reads the history a concurrent /digest (another local
      // date) would change.
      await chatLocks.runMany(batch.map((r) => chatKey(r.sub.chat)), async () => {
        const histories = await deliveredMany(batch.map((r) => r.sub.chat));
        // The chats' votes (their taste), read alongside: one kv read per chat.
        const votes = await Promise.all(batch.map((r) => ctx.feedback.votes(r.sub.chat)));
        const entries = batch.map(({ sub, date }, k) => {
          const picks = pickFrom(sub, date, histories.get(chatKey(sub.chat)) ?? new Set(), { index, reserved: reserved.get(chatKey(sub.chat)) ?? [], votes: votes[k], recommend: ctx.recommend, ...(ctx.select ? { select: ctx.select } : {}) });
          const entry = newEntry(sub.chat, date, picks, 'schedule', now);
          return picks.length === 0 && sub.silentWhenEmpty ? { ...entry, state: 'sent' as const, sentAt: now } : entry;
        });
        const guard = ctx.guard();
        if (!guard.ok) {
          report.fenced += batch.length;
          return;
        }
        // The commit point, conditional on each key being free (and the lease current): from here no
        // restart, no other instance and no /digest makes a second digest for that date.
        const keys = await createMany(entries, guard.fence);
        if (keys === 'fenced') {
          report.fenced += batch.length;
          return;
        }
        const made = new Set(keys);
        entries.forEach((entry, j) => {
          if (!made.has(entry.key)) return; // taken already (a /digest, another instance, an earlier run)
          created.push({ entry: { ...entry, rev: 0 }, sub: batch[j]!.sub });
          report.created++;
          if (entry.paperIds.length === 0) report.empty++;
        });
        // Then the schedule moves on (a crash in between is harmless: the keys are taken).
        moveOn.push(...batch.map((r) => r.sub));
      });
    }
    await advance(moveOn, now);
    return created;
  }

  function deliveredMany(chats: ChatRef[]): Promise<Map<string, Set<string>>> {
    if (store.history.deliveredMany) return store.history.deliveredMany(chats);
    return Promise.all(chats.map(async (c) => [chatKey(c), await store.history.delivered(c)] as const)).then((pairs) => new Map(pairs));
  }

  async function createMany(entries: OutboxEntry[], fence: Fence | undefined): Promise<string[] | 'fenced'> {
    if (store.outbox.createMany) return store.outbox.createMany(entries, fence);
    const results = await Promise.all(entries.map((e) => store.outbox.swap(e, null, fence)));
    if (results.some((r) => r === 'fenced') && !results.some((r) => r === 'ok')) return 'fenced';
    return entries.filter((_, i) => results[i] === 'ok').map((e) => e.key);
  }

  /** Moves each due subscription's `nextRunAt` past `now`, unless it changed meanwhile (/schedule). */
  async function advance(subs: readonly Subscription[], now: number): Promise<void> {
    if (subs.length === 0) return;
    if (store.subscriptions.advance) {
      await store.subscriptions.advance(subs.map((sub) => ({ chat: sub.chat, from: sub.nextRunAt!, to: nextRunAt(sub.time, sub.timeZone, now), at: now })));
      return;
    }
    await Promise.all(
      subs.map(async (sub) => {
        const fresh = (await store.subscriptions.get(sub.chat)) ?? sub;
        if (fresh.nextRunAt === null || fresh.nextRunAt > now) return; // changed meanwhile (/schedule)
        await store.subscriptions.put({ ...fresh, nextRunAt: nextRunAt(fresh.time, fresh.timeZone, now), updatedAt: now });
      }),
    );
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
