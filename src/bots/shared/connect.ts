/**
 * Reaching a platform at start-up. An API that cannot be reached (network down, DNS, an egress
 * proxy, `TELEGRAM_API_ROOT` pointing at a closed port) is retried with a capped backoff, and every
 * failed attempt is logged with the delay before the next one, while the other adapters and the
 * scheduler work (`main.ts` starts adapters concurrently). An answer that says the configuration is
 * wrong (a refused token, a wrong API path) is not retried: it stops start-up with one line.
 *
 * Why not a time-out that stops the process: one platform's outage (or a network blip at boot)
 * would then take every other platform and the scheduler down with it, and a supervisor's restart
 * loop would hit the same outage; retrying keeps the rest serving and needs no restart once the
 * network is back. The log says what is wrong from the first failed attempt on (DESIGN.md).
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { LoggerPort } from '../../schedule/index.ts';
import { describeError } from './errors.ts';

/** Backoff between attempts (doubling from `firstMs` up to `maxMs`) and the time one attempt may take. */
export interface ConnectBackoff {
  firstMs: number;
  maxMs: number;
  attemptTimeoutMs: number;
}

/** Default {@link ConnectBackoff}: 1 s doubling to 60 s (one line a minute while it lasts), 15 s per attempt. */
export const defaultConnectBackoff: ConnectBackoff = { firstMs: 1_000, maxMs: 60_000, attemptTimeoutMs: 15_000 };

/** Options of {@link connectWithRetry}. */
export interface ConnectOptions<T> {
  /** Named in the log lines: `telegram`, `discord`. */
  platform: string;
  /** What is being reached, for the log: `the Bot API at https://api.telegram.org`. */
  target: string;
  /** One attempt; must give up when `signal` aborts. */
  attempt: (signal: AbortSignal) => Promise<T>;
  /** True for an answer that retrying cannot fix (bad token, wrong API path): thrown at once. */
  isFatal: (err: unknown) => boolean;
  logger: LoggerPort;
  /** Aborted when the adapter stops: the loop ends and this rejects with the signal's reason. */
  signal: AbortSignal;
  /** Keep out of the logs (tokens). */
  secrets?: readonly string[];
  backoff?: Partial<ConnectBackoff>;
}

/**
 * Runs `attempt` until it succeeds, a fatal error comes back, or `signal` aborts.
 *
 * ```ts
 * const me = await connectWithRetry({ platform: 'telegram', target: `the Bot API at ${apiRoot}`,
 *   attempt: (signal) => probe.getMe(signal), isFatal: (e) => e instanceof GrammyError && e.error_code === 401,
 *   logger, signal: stopping.signal });
 * ```
 */
export async function connectWithRetry<T>(options: ConnectOptions<T>): Promise<T> {
  const { platform, target, logger, signal } = options;
  const { firstMs, maxMs, attemptTimeoutMs } = { ...defaultConnectBackoff, ...options.backoff };
  let delay = firstMs;
  for (let attempt = 1; ; attempt++) {
    signal.throwIfAborted();
    try {
      const result = await options.attempt(AbortSignal.any([signal, AbortSignal.timeout(attemptTimeoutMs)]));
      if (attempt > 1) logger.info({ platform, attempts: attempt }, `${platform}: reached ${target}`);
      return result;
    } catch (err) {
      signal.throwIfAborted();
      if (options.isFatal(err)) throw err;
      logger.warn(
        { platform, attempt, retryInMs: delay, error: describeError(err, options.secrets) },
        `${platform}: cannot reach ${target}; retrying in ${Math.round(delay / 1000)} s (the other adapters and the scheduler keep working)`,
      );
      await sleep(delay, undefined, { signal }).catch(() => signal.throwIfAborted());
      delay = Math.min(maxMs, delay * 2);
    }
  }
}
