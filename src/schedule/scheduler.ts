/**
 * The scheduler: a tick (node-cron, every minute) that finds due chats, selects their papers,
 * writes the outbox and delivers; plus `/digest` ({@link DigestService}) through the same outbox.
 *
 * ```ts
 * const scheduler = createScheduler({ store, index: () => corpus.index(), clock: systemClock, logger });
 * scheduler.addSender(telegram.sender);
 * scheduler.start();            // cron every minute (and a catch-up tick right away)
 * await scheduler.digestNow(chat); // the /digest reply
 * await scheduler.stop();       // cron stopped, in-flight deliveries finished
 * ```
 * @module
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Lease } from './lease.ts';
import { errorReply, type Paper, type Reply } from '../core/index.ts';
import { attemptDelivery, recordSent, type DeliveryDeps } from './deliver.ts';
import { digestReply } from './digest-reply.ts';
import { defaultRetryPolicy, newEntry, outboxKey, type RetryPolicy } from './outbox.ts';
import { selectDaily, type SelectIndex, type SelectOptions } from './select.ts';
import { KeyedQueue } from './store/bucket.ts';
import { followsAnything } from './subscription.ts';
import { localDate, nextRunAt } from './time.ts';
import { chatKey, type ChatRef, type Clock, type DigestSender, type DigestService, type OutboxEntry, type LoggerPort, type Store, type Subscription } from './types.ts';

/** What the scheduler needs from the index: selection plus lookup by id. */
export type SchedulerIndex = SelectIndex & { get(id: string): Paper | undefined };

export interface SchedulerOptions {
  store: Store;
  /** The live index (called per tick, so a reloaded corpus is used from the next tick on). */
  index: () => SchedulerIndex;
  /** Senders to start with, as if each was passed to {@link Scheduler.addSender}. Default none. */
  senders?: readonly DigestSender[];
  clock: Clock;
  logger: LoggerPort;
  /** A due digest older than this is skipped (not caught up). Default 6 h. */
  catchUpWindowMs?: number;
  /** Chats processed at once. Default 8. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Consecutive permanent failures that pause a subscription. Default 3. */
  pauseAfterFailures?: number;
  /** Cron expression for {@link Scheduler.start}. Default every minute. */
  cron?: string;
  select?: SelectOptions;
  /**
   * Several instances on one shared store: cron ticks run only while this instance holds the lease,
   * and reload the store's caches first (`store.refresh()`). Unset: this process owns the store.
   */
  lease?: Lease;
}

export const defaultSchedulerOptions = { catchUpWindowMs: 6 * 3_600_000, concurrency: 8, pauseAfterFailures: 3, cron: '* * * * *' } as const;

/**
 * A digest this late is on time whatever the catch-up window (even 0): cron fires at second 0 and the
 * tick reads the clock a little later, and a long fan-out delays the next tick.
 */
export const onTimeSlackMs = 5 * 60_000;

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

export interface Scheduler extends DigestService {
  /**
   * Registers the sender of a platform (a second one for the same platform replaces the first). The
   * one way adapters plug into delivery: chats of a platform without a sender wait, within the
   * catch-up window, until one is added.
   */
  addSender(sender: DigestSender): void;
  /** One pass: retries and unfinished entries first, then due chats. Concurrent calls run one after another. */
  tick(): Promise<TickReport>;
  /** Runs {@link tick} on the cron schedule (skipping a tick while one runs) and once right away. */
  start(): void;
  /** Stops the cron and waits for the tick in flight. */
  stop(): Promise<void>;
}

/** Creates the scheduler. Nothing runs until {@link Scheduler.tick} or {@link Scheduler.start}. */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const o = { ...defaultSchedulerOptions, ...options };
  if (!(o.concurrency >= 1)) throw new RangeError('schedule/scheduler: concurrency must be >= 1');
  const { store, clock, logger } = o;
  const senders = new Map((o.senders ?? []).map((s) => [s.platform, s]));
  const retry: RetryPolicy = { ...defaultRetryPolicy, ...o.retry };
  // One writer per chat (tick vs /digest vs a retry): selection reads the chat's history and open
  // entries, so a digest for another local date must not be chosen at the same time.
  const chatLocks = new KeyedQueue();
  const leaseRenewMs = 20_000;
  const deps: DeliveryDeps = {
    store,
    senders,
    clock,
    logger,
    retry,
    pauseAfter: o.pauseAfterFailures,
    render: async (entry) => digestReply(entry, (id) => o.index().get(id), await store.subscriptions.get(entry.chat)),
  };

  // === Tick

  // Expired outbox entries are dropped at start-up (the store scans them) and then about daily.
  const pruneEveryMs = 24 * 3_600_000;
  let lastPrune = clock.now();
  let running: Promise<TickReport> | undefined;
  let queued: Promise<TickReport> | undefined;

  async function runTick(): Promise<TickReport> {
    const report: TickReport = { due: 0, created: 0, sent: 0, empty: 0, retried: 0, moved: 0, failed: 0, skipped: 0, waiting: 0 };
    const now = clock.now();
    const index = o.index();
    const open = await store.outbox.open();
    // Papers chosen for a chat but not yet in its history (a digest still retrying, or sent but not yet
    // recorded) are not picked again.
    const reserved = new Map<string, string[]>();
    for (const e of open) (reserved.get(chatKey(e.chat)) ?? reserved.set(chatKey(e.chat), []).get(chatKey(e.chat))!).push(...e.paperIds);

    const jobs: (() => Promise<void>)[] = [];
    for (const entry of open) {
      if (entry.state === 'sent' || entry.nextAttemptAt <= now) jobs.push(() => chatLocks.run(chatKey(entry.chat), () => resume(entry.key, report)));
    }
    for (const sub of await store.subscriptions.list()) {
      if (sub.paused || sub.nextRunAt === null || sub.nextRunAt > now) continue;
      if (followsAnything(sub)) report.due++; // one that follows nothing only has its next run moved on
      jobs.push(() => runDue(sub.chat, now, index, reserved, report));
    }
    await pool(jobs, o.concurrency, (e) => logger.error({ err: e }, 'scheduler job failed (will retry next tick)'));
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
    const runAt = latestRun(sub, now);
    if (now - runAt > Math.max(o.catchUpWindowMs, onTimeSlackMs)) {
      report.skipped++;
      logger.info({ chat: chatKey(chat), dueAt: new Date(runAt).toISOString(), windowMs: o.catchUpWindowMs }, 'missed digest is older than the catch-up window: skipped');
      return advance(sub, now);
    }
    if (!followsAnything(sub)) return advance(sub, now);
    if (!senders.has(chat.platform)) {
      report.waiting++;
      return; // stays due: delivered if the adapter comes back within the catch-up window
    }
    const date = localDate(runAt, sub.timeZone);
    const key = outboxKey(chat, date);
    let created: OutboxEntry | undefined;
    await chatLocks.run(chatKey(chat), async () => {
      if (!(await store.outbox.get(key))) {
        const delivered = await store.history.delivered(chat);
        for (const id of reserved.get(chatKey(chat)) ?? []) delivered.add(id);
        const picks = selectDaily(sub, index, delivered, date, o.select).papers.map((p) => ({ id: p.paper.id, why: p.why }));
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

  /**
   * The latest run at or before `now`: after downtime of more than a day the persisted `nextRunAt`
   * is days old, and today's run (maybe within the window) is the one to catch up, not the oldest.
   */
  function latestRun(sub: Subscription, now: number): number {
    let at = sub.nextRunAt!;
    // Fast path (every on-time run): consecutive runs are at least ~22 h apart (a DST shift is at
    // most 2 h), so a run less than 20 h overdue is the latest one.
    if (now - at < 20 * 3_600_000) return at;
    // Runs more than a few days back never matter (the window is hours): start near now.
    let probe = Math.max(at, now - 3 * 24 * 3_600_000);
    for (;;) {
      const next = nextRunAt(sub.time, sub.timeZone, probe);
      if (next > now) return at;
      at = probe = next;
    }
  }

  async function advance(sub: Subscription, now: number): Promise<void> {
    const fresh = (await store.subscriptions.get(sub.chat)) ?? sub;
    if (fresh.nextRunAt === null || fresh.nextRunAt > now) return; // changed meanwhile (/schedule)
    await store.subscriptions.put({ ...fresh, nextRunAt: nextRunAt(fresh.time, fresh.timeZone, now), updatedAt: now });
  }

  async function deliverLoop(entry: OutboxEntry, report: TickReport): Promise<void> {
    let current = entry;
    for (;;) {
      const { result, entry: next } = await attemptDelivery(current, deps);
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

  function tick(): Promise<TickReport> {
    if (!running) {
      running = runTick().finally(() => (running = undefined));
      return running;
    }
    // One tick at a time; a call during a tick runs once after it (calls in between share that run).
    queued ??= running.catch(() => undefined).then(() => {
      queued = undefined;
      return tick();
    });
    return queued;
  }

  // === Cron

  let task: ScheduledTask | undefined;
  let wake: NodeJS.Timeout | undefined;
  let stopped = false;

  let leader = false;
  let claiming = false;
  /** The cron tick in flight, from the lease check on (stop() waits for all of it, not just tick()). */
  let cronRun: Promise<void> | undefined;

  function cronTick(): void {
    if (running || claiming || stopped) return; // overlap prevention: a long fan-out makes the next minute wait
    claiming = true;
    const run = holdLease()
      .finally(() => (claiming = false))
      .then(async (mine) => {
        if (!mine || stopped) return;
        // The lease is renewed while a long fan-out runs, so it never lapses under a live holder.
        const renew = o.lease ? setInterval(() => void holdLease(), leaseRenewMs) : undefined;
        renew?.unref();
        try {
          if (o.lease) await store.refresh();
          if (stopped) return; // stop() came while the lease or the caches were being checked
          await tick();
        } finally {
          clearInterval(renew);
        }
        await planWake();
      })
      .catch((e: unknown) => logger.error({ err: e }, 'tick failed'))
      .finally(() => {
        if (cronRun === run) cronRun = undefined;
      });
    cronRun = run;
  }

  /** True when this instance may tick: no lease configured, or it holds (and has just renewed) it. */
  async function holdLease(): Promise<boolean> {
    if (!o.lease) return true;
    const mine = await o.lease.acquire().catch((e: unknown) => (logger.warn({ err: e }, 'scheduler lease check failed; not ticking'), false));
    if (mine !== leader) logger.info({ owner: o.lease.owner }, mine ? 'scheduler lease taken: this instance delivers digests' : 'scheduler lease held elsewhere: this instance only answers commands');
    leader = mine;
    return mine;
  }

  /** Retries due before the next cron minute get their own wake-up (retry_after of a few seconds). */
  async function planWake(): Promise<void> {
    if (stopped) return;
    let next = Infinity;
    for (const e of await store.outbox.open()) if (e.state !== 'sent' && e.nextAttemptAt < next) next = e.nextAttemptAt;
    if (!Number.isFinite(next)) return;
    const delay = next - clock.now();
    if (delay >= 60_000) return;
    clearTimeout(wake);
    wake = setTimeout(cronTick, Math.max(250, delay));
    wake.unref();
  }

  // === /digest

  async function digestNow(chat: ChatRef): Promise<Reply> {
    const sub = await store.subscriptions.get(chat);
    if (!sub || !followsAnything(sub)) {
      return errorReply('No subscription here yet', ['Follow some topics first, e.g. /subscribe diffusion llm (see /topics), then /digest gives today\'s picks.']);
    }
    const now = clock.now();
    const date = localDate(now, sub.timeZone);
    const key = outboxKey(chat, date);
    const index = o.index();
    return chatLocks.run(chatKey(chat), async () => {
      let entry = await store.outbox.get(key);
      if (!entry) {
        const delivered = await store.history.delivered(chat);
        for (const e of await store.outbox.open()) if (chatKey(e.chat) === chatKey(chat)) e.paperIds.forEach((id) => delivered.add(id));
        const picks = selectDaily(sub, index, delivered, date, o.select).papers.map((p) => ({ id: p.paper.id, why: p.why }));
        entry = { ...newEntry(chat, date, picks, 'command', now), state: 'sent', sentAt: now };
        await store.outbox.put(entry);
        await recordSent(entry, deps);
      } else if (entry.state === 'pending' || entry.state === 'failed') {
        // Today's scheduled digest has not gone out: this reply delivers it instead.
        entry = { ...entry, state: 'sent', via: 'command', sentAt: now, lastError: null };
        await store.outbox.put(entry);
        await recordSent(entry, deps);
      } else if (entry.state === 'sent' && !entry.recorded) {
        await recordSent(entry, deps);
      }
      // 'sending' (in flight right now) or already sent: the same papers again.
      return digestReply(entry, (id) => index.get(id), sub);
    });
  }

  return {
    addSender(sender) {
      senders.set(sender.platform, sender);
    },
    tick,
    digestNow,
    start() {
      if (task) return;
      stopped = false;
      task = cron.schedule(o.cron, cronTick, { name: 'paperboy-digests' });
      cronTick(); // catch up right away after a restart
    },
    async stop() {
      stopped = true;
      clearTimeout(wake);
      if (task) await task.stop();
      task = undefined;
      await cronRun;
      await running?.catch(() => undefined);
      await queued?.catch(() => undefined);
      if (o.lease && leader) await o.lease.release().catch((e: unknown) => logger.warn({ err: e }, 'scheduler lease release failed'));
      leader = false;
    },
  };
}

/** Runs `jobs` with at most `limit` at once; a failing job is reported and does not stop the others. */
async function pool(jobs: readonly (() => Promise<void>)[], limit: number, onError: (e: unknown) => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      try {
        await job();
      } catch (e) {
        onError(e);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}
