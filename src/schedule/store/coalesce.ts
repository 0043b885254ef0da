/**
 * Group commit for a network store. Each call to the returned function is one write (or read);
 * calls made in the same turn of the event loop, or while the previous batch is still at the
 * server, go together as one statement. One batch is in flight at a time: a lone call waits one
 * `setImmediate`, and under load the batch grows by itself to whatever arrived during the last
 * round trip — the fsyncs and round trips a tick costs on PostgreSQL drop from one per chat to one
 * per batch, with no timer to tune.
 *
 * `key` keeps two calls that would touch the same row out of one batch (a statement cannot update a
 * row twice); the later one waits for the next batch, so per-key order is kept. A batch that fails
 * rejects every call in it, as each call on its own would have failed.
 *
 * ```ts
 * const get = coalesce((keys: string[]) => db.getMany(keys), { key: (k) => k });
 * const [a, b] = await Promise.all([get('x'), get('y')]); // one round trip
 * ```
 * @module
 */

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/** Options of {@link coalesce}. */
export interface CoalesceOptions<I> {
  /** Most calls per batch (default 256). */
  max?: number;
  /** Calls with the same key never share a batch (they run in call order). */
  key?: (item: I) => string;
}

/**
 * Wraps `run` (one statement for many items; returns one result per item, in order) into a
 * single-item function whose concurrent calls are batched.
 */
export function coalesce<I, O>(run: (items: I[]) => Promise<O[]>, options: CoalesceOptions<I> = {}): (item: I) => Promise<O> {
  const max = Math.max(1, options.max ?? 256);
  let queue: Waiting<I, O>[] = [];
  let busy = false;
  let scheduled = false;

  const schedule = () => {
    if (busy || scheduled || queue.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  };

  async function flush(): Promise<void> {
    scheduled = false;
    busy = true;
    const batch: Waiting<I, O>[] = [];
    const rest: Waiting<I, O>[] = [];
    const keys = new Set<string>();
    for (const w of queue) {
      const k = options.key?.(w.item);
      if (batch.length >= max || (k !== undefined && keys.has(k))) {
        rest.push(w);
        continue;
      }
      if (k !== undefined) keys.add(k);
      batch.push(w);
    }
    queue = rest;
    try {
      const out = await run(batch.map((w) => w.item));
      if (out.length !== batch.length) throw new Error(`coalesce: ${out.length} results for ${batch.length} calls`);
      batch.forEach((w, i) => w.resolve(out[i]!));
    } catch (e) {
      for (const w of batch) w.reject(e);
    } finally {
      busy = false;
      schedule();
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      schedule();
    });
}
