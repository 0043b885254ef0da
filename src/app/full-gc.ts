/**
 * A full garbage collection on demand, for the two moments the bot knows it just made a lot of
 * garbage and will then idle: the corpus worker after a sync or build, and the main thread after it
 * helped a first build parse (see `live-corpus.ts`). V8 frees a heap's garbage only when it next
 * needs room, so an idle thread keeps it resident — and a first build's peak RSS is the main
 * thread's parsing garbage on top of the worker's build.
 *
 * `--expose-gc` cannot be given to one thread (a worker's `execArgv` takes no V8 flags), so the
 * flag is set at run time and `gc` taken from a fresh context, as Node documents for
 * `v8.setFlagsFromString`. V8 flags are process-wide: setting it again in another thread is harmless.
 *
 * ```ts
 * fullGc();
 * ```
 * @module
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/** Runs a full (mark-compact) collection of this thread's heap now. */
export function fullGc(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
