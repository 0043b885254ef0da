/**
 * When ticks run: node-cron (every minute by default), gated by the multi-instance lease, plus a
 * wake-up timer for retries due before the next cron minute (a `retry_after` of a few seconds).
 *
 * With a lease, every instance runs a lease loop every `lease.renewMs` (at most a third of its
 * TTL): the holder renews, a follower tries to take it, and an instance that has just taken it
 * ticks at once (a crashed holder is replaced within TTL + renewMs, not at the next cron minute).
 * A tick runs only while the lease is provably held, and each claim checks again (see `deliver.ts`).
 * @module
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Lease } from './lease.ts';
import type { Ticker } from './tick.ts';
import type { LoggerPort, Store } from './types.ts';

/** How long stop() waits for the lease's release before giving up on it. */
const releaseBoundMs = 2_000;

/** What the timers drive and read. */
export interface TimerDeps {
  ticker: Ticker;
  store: Store;
  clock: { now(): number };
  logger: LoggerPort;
  /** Cron expression. */
  cron: string;
  /** Several instances on one shared store: tick only while holding it. */
  lease?: Lease;
  /** When another attempt's claim may be resent (plans the wake-up for it). */
  inDoubtMs: number;
  onLeader?: (held: boolean) => void;
}

/**
 * Creates the timers.
 *
 * ```ts
 * const timers = createTimers({ ticker, store, clock, logger, cron: '* * * * *', lease, inDoubtMs: 60_000 });
 * timers.start(); // cron, the lease loop, and a catch-up tick right away
 * await timers.stop(); // cron stopped, the tick in flight finished, lease released
 * ```
 */
export function createTimers(deps: TimerDeps) {
  const { ticker, store, clock, logger, lease } = deps;
  let task: ScheduledTask | undefined;
  let wake: NodeJS.Timeout | undefined;
  let leaseLoop: NodeJS.Timeout | undefined;
  let stopped = false;
  let leader = false;
  let renewing: Promise<boolean> | undefined;
  /** The tick in flight, from its start on (stop() waits for all of it). */
  let cronRun: Promise<void> | undefined;

  function cronTick(): void {
    if (ticker.busy() || stopped) return; // overlap prevention: a long fan-out makes the next minute wait
    if (lease && !lease.fence()) return; // not the holder (or no longer provably): the lease loop decides
    const run = ticker
      .tick()
      .then(() => planWake())
      .catch((e: unknown) => logger.error({ err: e }, 'tick failed'))
      .finally(() => {
        if (cronRun === run) cronRun = undefined;
      });
    cronRun = run;
  }

  /** One round of the lease loop: renew or take the lease; tick at once when it was just taken. */
  function holdLease(): Promise<boolean> {
    if (!lease) return Promise.resolve(true);
    renewing ??= lease
      .acquire()
      .then((mine) => {
        if (mine !== leader) {
          logger.info({ owner: lease.owner }, mine ? 'scheduler lease taken: this instance delivers digests' : 'scheduler lease lost or held elsewhere: this instance only answers commands');
          deps.onLeader?.(mine);
        }
        const taken = mine && !leader;
        leader = mine;
        if (taken && !stopped) cronTick();
        return mine;
      })
      .finally(() => (renewing = undefined));
    return renewing;
  }

  /** Retries (and claims that become resendable) due before the next cron minute get their own wake-up. */
  async function planWake(): Promise<void> {
    if (stopped) return;
    let next = Infinity;
    for (const e of await store.outbox.open()) {
      if (e.state === 'sent') continue;
      const at = e.state === 'sending' && e.claim ? e.claim.at + deps.inDoubtMs : e.nextAttemptAt;
      if (at < next) next = at;
    }
    if (!Number.isFinite(next)) return;
    const delay = next - clock.now();
    if (delay >= 60_000) return;
    clearTimeout(wake);
    wake = setTimeout(cronTick, Math.max(250, delay));
    wake.unref();
  }

  return {
    /** Starts the cron (skipping a minute while a tick runs), the lease loop, and ticks once right away. */
    start(): void {
      if (task) return;
      stopped = false;
      task = cron.schedule(deps.cron, cronTick, { name: 'paperboy-digests' });
      if (lease) {
        leaseLoop = setInterval(() => void holdLease(), lease.renewMs);
        leaseLoop.unref();
        void holdLease(); // ticks at once when taken: catch up right away after a restart
      } else {
        cronTick();
      }
    },
    /** True while this instance may deliver. */
    isLeader: () => (lease ? leader && lease.fence() !== undefined : true),
    /** Stops the cron, the lease loop and the wake-up, waits for the tick in flight, releases the lease. */
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(wake);
      clearInterval(leaseLoop);
      if (task) await task.stop();
      task = undefined;
      await renewing?.catch(() => undefined);
      await cronRun;
      await ticker.settled();
      // Best effort, bounded: an unreachable store must not hold up a shutdown (the lease expires anyway).
      if (lease && leader) {
        const bound = new Promise<void>((resolve) => setTimeout(resolve, releaseBoundMs).unref());
        await Promise.race([lease.release().catch((e: unknown) => logger.warn({ err: e }, 'scheduler lease release failed')), bound]);
      }
      if (leader) deps.onLeader?.(false);
      leader = false;
    },
  };
}
