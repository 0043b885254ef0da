/**
 * Bounded store calls: every call to a networked backend gets a deadline, so an unreachable server
 * makes a call fail in seconds instead of hanging a tick, a command or a shutdown.
 * @module
 */
import { StoreError } from './keyv.ts';

/** Default deadline of one store call (a round trip, or a short script). */
export const defaultCallTimeoutMs = 5_000;

/**
 * `op()`, or a {@link StoreError} `TIMEOUT` after `ms`. The operation itself may still complete on
 * the server (a write that timed out may have landed): callers treat a timeout like any failure.
 *
 * ```ts
 * const value = await timed(() => client.get(key), 5_000, 'redis GET', url);
 * ```
 */
export function timed<T>(op: () => Promise<T>, ms: number, what: string, url: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreError('TIMEOUT', url, `${what}: no answer within ${ms} ms`)), ms);
    timer.unref?.();
    op().then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** Redacts the password of a store URL for logs and messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/:]*)(:[^@/]*)?@/, (_m, user: string, pass?: string) => `//${user}${pass ? ':***' : ''}@`);
}
