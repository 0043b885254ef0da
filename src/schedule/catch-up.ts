/**
 * Catch-up after downtime: which run of a due subscription is the one to deliver, and whether it is
 * still within the catch-up window (`CATCH_UP_HOURS`) or too old and skipped.
 * @module
 */
import { nextRunAt } from './time.ts';
import type { Subscription } from './types.ts';

/**
 * A digest this late is on time whatever the catch-up window (even 0): cron fires at second 0 and the
 * tick reads the clock a little later, and a long fan-out delays the next tick.
 */
export const onTimeSlackMs = 5 * 60_000;

/**
 * The latest run at or before `now`: after downtime of more than a day the persisted `nextRunAt`
 * is days old, and today's run (maybe within the window) is the one to catch up, not the oldest.
 */
export function latestRun(sub: Pick<Subscription, 'nextRunAt' | 'time' | 'timeZone'>, now: number): number {
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

/** The run a due subscription stands for, and whether it is too late to deliver. */
export interface DueRun {
  /** The instant of the run to deliver (or skip). */
  runAt: number;
  /** Older than the catch-up window (and the on-time slack): skipped, not delivered. */
  tooLate: boolean;
}

/**
 * Decides a due subscription's run.
 *
 * ```ts
 * dueRun(sub, Date.now(), 6 * 3_600_000); // { runAt: …, tooLate: false }
 * ```
 */
export function dueRun(sub: Pick<Subscription, 'nextRunAt' | 'time' | 'timeZone'>, now: number, catchUpWindowMs: number): DueRun {
  const runAt = latestRun(sub, now);
  return { runAt, tooLate: now - runAt > Math.max(catchUpWindowMs, onTimeSlackMs) };
}
