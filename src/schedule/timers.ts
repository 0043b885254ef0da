/**
 * When ticks run: node-cron (every minute by default), gated by the multi-instance lease (only its
 * holder ticks, renewing it every tick and every 20 s during a long fan-out), plus a wake-up timer
 * for retries due before the next cron minute (a `retry_after` of a few seconds).
 * @module
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Lease } from './lease.ts';
import type { Ticker } from './tick.ts';
import type { LoggerPort, Store } from './types.ts';

/** How often a lease holder renews the lease while a long tick runs. */
export const leaseRenewMs = 20_000;

/** What the timers drive and read. */
export interface TimerDeps {
  ticker: Ticker;
  store: Store;
  clock: { now(): number };
  logger: LoggerPort;
  /** Cron expression. */
  cron: string;
  /** Several instances on one shared store: tick only while holding it, after reloading the caches. */
  lease?: Lease;
}

/**
 * Creates the timers.
 *
 * ```ts
 * const timers = createTimers({ ticker, store, clock, logger, cron: '* * * * *', lease });
 * timers.start(); // cron, and a catch-up tick right away
 * await timers.stop(); // cron stopped, the tick in flight (from its lease check on) finished, lease released
 * ```
 */
export function createTimers(deps: TimerDeps) {
  const { ticker, store, clock, logger, lease } = deps;
  let task: ScheduledTask | undefined;
  let wake: NodeJS.Timeout | undefined;
  let stopped = false;
  let leader = false;
  let claiming = false;
  /** The cron tick in flight, from the lease check on (stop() waits for all of it, not just the tick). */
  let cronRun: Promise<void> | undefined;

  function cronTick(): void {
    if (ticker.busy() || claiming || stopped) return; // overlap prevention: a long fan-out makes the next minute wait
    claiming = true;
    const run = holdLease()
      .finally(() => (claiming = false))
      .then(async (mine) => {
        if (!mine || stopped) return;
        // The lease is renewed while a long fan-out runs, so it never lapses under a live holder.
        const renew = lease ? setInterval(() => void holdLease(), leaseRenewMs) : undefined;
        renew?.unref();
        try {
          if (lease) await store.refresh();
          if (stopped) return; // stop() came while the lease or the caches were being checked
          await ticker.tick();
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
    if (!lease) return true;
    const mine = await lease.acquire().catch((e: unknown) => (logger.warn({ err: e }, 'scheduler lease check failed; not ticking'), false));
    if (mine !== leader) logger.info({ owner: lease.owner }, mine ? 'scheduler lease taken: this instance delivers digests' : 'scheduler lease held elsewhere: this instance only answers commands');
    leader = mine;
    return mine;
  }

  /** Retries due before the next cron minute get their own wake-up. */
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

  return {
    /** Starts the cron (skipping a minute while a tick runs) and ticks once right away. */
    start(): void {
      if (task) return;
      stopped = false;
      task = cron.schedule(deps.cron, cronTick, { name: 'paperboy-digests' });
      cronTick(); // catch up right away after a restart
    },
    /** Stops the cron and the wake-up, waits for the cron tick in flight, releases the lease. */
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(wake);
      if (task) await task.stop();
      task = undefined;
      await cronRun;
      await ticker.settled();
      if (lease && leader) await lease.release().catch((e: unknown) => logger.warn({ err: e }, 'scheduler lease release failed'));
      leader = false;
    },
  };
}
