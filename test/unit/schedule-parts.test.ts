/**
 * The scheduler's parts on their own (#13 split them out of one closure): catch-up decisions, the
 * per-key queue and the worker pool, the papers a chat may still get. The scheduler's behaviour as
 * a whole stays in schedule-scheduler.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { dueRun, latestRun, onTimeSlackMs } from '../../src/schedule/catch-up.ts';
import { KeyedQueue, runPool } from '../../src/schedule/concurrency.ts';
import { newEntry } from '../../src/schedule/outbox.ts';
import { reservedByChat, reservedFor } from '../../src/schedule/pick.ts';
import type { ChatRef } from '../../src/schedule/types.ts';

const hour = 3_600_000;
const nineUtc = Date.UTC(2026, 10, 23, 9);
const sub = { time: '09:00', timeZone: 'UTC', nextRunAt: nineUtc };

describe('catch-up', () => {
  it.each([
    ['on time', nineUtc, nineUtc, false],
    ['a minute late', nineUtc + 60_000, nineUtc, false],
    ['5 h late (window 6 h)', nineUtc + 5 * hour, nineUtc, false],
    ['7 h late', nineUtc + 7 * hour, nineUtc, true],
    ['three days down: today 09:00 was 1 h ago', nineUtc + 3 * 24 * hour + hour, nineUtc + 3 * 24 * hour, false],
    ['three days down: today 09:00 was 8 h ago', nineUtc + 3 * 24 * hour + 8 * hour, nineUtc + 3 * 24 * hour, true],
  ])('GIVEN a 09:00 UTC run and now %s THEN the run to deliver and whether it is too late', (_what, now, runAt, tooLate) => {
    expect(dueRun(sub, now, 6 * hour)).toEqual({ runAt, tooLate });
  });

  it('GIVEN a catch-up window of 0 THEN a run within the on-time slack is still delivered', () => {
    expect(dueRun(sub, nineUtc + onTimeSlackMs - 1, 0).tooLate).toBe(false);
    expect(dueRun(sub, nineUtc + onTimeSlackMs + 1, 0).tooLate).toBe(true);
  });

  it('GIVEN a run less than 20 h overdue THEN it is the latest (no walk forward)', () => {
    expect(latestRun(sub, nineUtc + 19 * hour)).toBe(nineUtc);
    expect(latestRun(sub, nineUtc + 25 * hour)).toBe(nineUtc + 24 * hour);
  });
});

describe('KeyedQueue and runPool', () => {
  it('GIVEN operations on one key THEN they run in call order, one at a time; other keys run meanwhile', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const op = (name: string, ms: number) => () => new Promise<void>((r) => setTimeout(() => (log.push(name), r()), ms));
    await Promise.all([queue.run('a', op('a1', 30)), queue.run('a', op('a2', 1)), queue.run('b', op('b1', 5))]);
    expect(log).toEqual(['b1', 'a1', 'a2']);
    await queue.drain();
  });

  it('GIVEN a failing operation THEN the next one on that key still runs', async () => {
    const queue = new KeyedQueue();
    await expect(queue.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('a', async () => 'next')).resolves.toBe('next');
  });

  it('GIVEN 10 jobs and a limit of 3 THEN at most 3 run at once, every job runs, a failure is reported and the rest go on', async () => {
    let active = 0;
    let most = 0;
    const done: number[] = [];
    const errors: unknown[] = [];
    const jobs = Array.from({ length: 10 }, (_, i) => async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 2));
      active--;
      if (i === 4) throw new Error('job 4');
      done.push(i);
    });
    await runPool(jobs, 3, (e) => errors.push(e));
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9]);
    expect(errors).toHaveLength(1);
  });
});

describe('reserved papers', () => {
  it('GIVEN open entries of two chats THEN each chat reserves only its own papers', () => {
    const a: ChatRef = { platform: 'telegram', chatId: '1' };
    const b: ChatRef = { platform: 'telegram', chatId: '2' };
    const open = [
      newEntry(a, '2026-11-22', [{ id: 'p1', why: [] }], 'schedule', 0),
      newEntry(b, '2026-11-22', [{ id: 'p2', why: [] }], 'schedule', 0),
      newEntry(a, '2026-11-23', [{ id: 'p3', why: [] }], 'schedule', 0),
    ];
    expect(reservedByChat(open)).toEqual(new Map([['telegram:1', ['p1', 'p3']], ['telegram:2', ['p2']]]));
    expect(reservedFor(open, b)).toEqual(['p2']);
    expect(reservedFor(open, { platform: 'discord', chatId: '1' })).toEqual([]);
  });
});
