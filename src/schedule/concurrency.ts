/**
 * Concurrency helpers of the schedule layer: per-key serialisation ({@link KeyedQueue}: store writes,
 * one writer per chat) and a bounded worker pool ({@link runPool}: a tick's fan-out).
 * @module
 */

/**
 * Runs operations on the same key one after another, in call order; different keys run
 * concurrently. Backends may run independent queries in parallel (node-sqlite3 does), so without it
 * two quick writes to one key could land in the wrong order; the scheduler uses one per chat so a
 * tick, `/digest` and a retry never select for the same chat at once.
 *
 * ```ts
 * const locks = new KeyedQueue();
 * await locks.run(chatKey(chat), async () => { ... });
 * ```
 */
export class KeyedQueue {
  #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, op: () => Promise<T>): Promise<T> {
    const prev = this.#tails.get(key) ?? Promise.resolve();
    const next = prev.then(op, op);
    const tail = next.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return next;
  }

  /**
   * Runs `op` holding every key in `keys` (queued on each in call order, so two overlapping
   * `runMany` calls cannot deadlock: the later one is behind the earlier one on every shared key).
   */
  async runMany<T>(keys: readonly string[], op: () => Promise<T>): Promise<T> {
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    const held = [...new Set(keys)].map((key) => new Promise<void>((acquired) => void this.run(key, () => (acquired(), done))));
    try {
      await Promise.all(held);
      return await op();
    } finally {
      release();
    }
  }

  /** Resolves when everything queued so far has finished. */
  async drain(): Promise<void> {
    while (this.#tails.size) await Promise.all([...this.#tails.values()]);
  }
}

/**
 * Runs `jobs` with at most `limit` at once. A failing job is reported to `onError` and does not stop
 * the others (one chat's broken delivery must not hold up the rest of a fan-out).
 *
 * ```ts
 * await runPool(jobs, 8, (e) => logger.error({ err: e }, 'job failed'));
 * ```
 */
export async function runPool(jobs: readonly (() => Promise<void>)[], limit: number, onError: (e: unknown) => void): Promise<void> {
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
