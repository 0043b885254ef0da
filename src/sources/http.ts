/**
 * The HTTP client of the live sources: one GET done right (SPEC section 9).
 *
 * - conditional GET: `If-None-Match` / `If-Modified-Since` from the last response; a 304 costs no body;
 * - a timeout per attempt (headers and body), a size cap counted while the (decompressed) body
 *   streams in, and on `Content-Length` before it does (a gzip bomb is caught the same way);
 * - gzip/deflate: Node's fetch asks for them and decompresses;
 * - redirects followed by hand, at most `maxRedirects`, so a loop ends with a clear error;
 * - retries on 429, 5xx and dropped connections, waiting what `Retry-After` says (seconds or an
 *   HTTP date), else exponential backoff; a `Retry-After` longer than `maxRetryAfterMs` is not slept
 *   through: the fetch fails with the time to come back (the job keeps it);
 * - pacing: requests to one host are spaced by at least that host's minimum interval (arXiv asks for
 *   3 s), retries included;
 * - a `User-Agent` naming the bot.
 *
 * Why our own loop over Node's fetch rather than got/ky/make-fetch-happen: those sleep on real
 * timers, while pacing and backoff here run on an injectable clock, so tests assert the request
 * log of a week's backfill without waiting for it; and none of them caps the body size. Transport
 * (TLS, keep-alive, chunked bodies, decompression) is Node's own undici.
 *
 * ```ts
 * const http = createHttpClient({ userAgent: 'Paperboy/0.1', clock: systemSourceClock });
 * const r = await http.get('https://huggingface.co/api/daily_papers?date=2024-09-16');
 * if (r.status === 200) r.body.length;
 * ```
 * @module
 */

// === Types

/** Time for pacing and backoff: `now` in ms, `sleep` resolving after `ms` (or rejecting on abort). */
export interface SourceClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock. */
export const systemSourceClock: SourceClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface HttpClientOptions {
  userAgent: string;
  clock: SourceClock;
  /** Per attempt, headers and body (real time: it bounds real I/O). Default 30 s. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default 10 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Retries after the first attempt (429, 5xx, dropped connection). Default 2. */
  retries?: number;
  /** First backoff when no `Retry-After` is given; doubles per retry. Default 2 s. */
  backoffMs?: number;
  /** Longest `Retry-After` waited for within a run. Default 2 minutes. */
  maxRetryAfterMs?: number;
  /** Minimum time between two requests to a host (ms). Default: 1 s for every host. */
  minIntervalMs?: (host: string) => number;
  /** Injectable transport (tests); default: the global fetch. */
  fetch?: typeof fetch;
  /** Called before every request goes out (after pacing), for logs and tests. */
  onRequest?: (request: { url: string; at: number; attempt: number }) => void;
}

export const defaultHttpOptions = {
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 2_000,
  maxRetryAfterMs: 120_000,
} as const;

/** Validators of the last response, sent back for a conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface GetOptions extends Validators {
  /** `Accept` header. */
  accept?: string;
  signal?: AbortSignal;
}

/** A GET's outcome: the body, "not modified", or "not found" (a day with no papers). */
export type HttpResult =
  | { status: 200; url: string; body: Buffer; contentType: string | null; validators: Validators; requests: number }
  | { status: 304; url: string; requests: number }
  | { status: 404; url: string; requests: number };

export type HttpErrorCode = 'network' | 'timeout' | 'too-large' | 'truncated' | 'redirects' | 'status' | 'rate-limited';

/** A failed GET, with a sentence for the log and, after a long `Retry-After`, when to come back. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly code: HttpErrorCode;
  readonly url: string;
  /** Epoch ms before which the host asked not to be called again (429/503 with a long Retry-After). */
  readonly retryAt: number | undefined;
  /** Requests made for this GET, retries and redirects included. */
  readonly requests: number;
  constructor(code: HttpErrorCode, url: string, message: string, requests: number, retryAt?: number) {
    super(message);
    this.code = code;
    this.url = url;
    this.requests = requests;
    this.retryAt = retryAt;
  }
}

export interface HttpClient {
  get(url: string, options?: GetOptions): Promise<HttpResult>;
}

// === Client

/** Statuses worth another attempt. */
const retryable = new Set([429, 500, 502, 503, 504]);
/** Network errors that mean "no route to the host": retrying within this run will not help. */
const unreachable = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** Creates a client; pacing state (last request per host) lives in it, so share one per process. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const o = { ...defaultHttpOptions, ...options };
  const transport = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const minInterval = options.minIntervalMs ?? (() => 1_000);
  const lastRequest = new Map<string, number>();

  /** Waits until the host may be called again, then books the slot. */
  async function pace(host: string, signal: AbortSignal | undefined): Promise<void> {
    const last = lastRequest.get(host);
    if (last !== undefined) {
      const wait = last + minInterval(host) - o.clock.now();
      if (wait > 0) await o.clock.sleep(wait, signal);
    }
    lastRequest.set(host, o.clock.now());
  }

  async function get(url: string, options: GetOptions = {}): Promise<HttpResult> {
    let requests = 0;
    let current = url;
    let redirects = 0;
    for (let attempt = 0; ; ) {
      requests++;
      const host = new URL(current).host;
      await pace(host, options.signal);
      o.onRequest?.({ url: current, at: o.clock.now(), attempt });
      let outcome: Attempt;
      try {
        outcome = await once(current, options);
      } catch (e) {
        if (options.signal?.aborted) throw options.signal.reason;
        const failure = describeFailure(e, o.timeoutMs);
        if (failure.retry && attempt < o.retries) {
          await o.clock.sleep(o.backoffMs * 2 ** attempt, options.signal);
          attempt++;
          continue;
        }
        throw new HttpError(failure.code, current, failure.message, requests);
      }
      if (outcome.kind === 'redirect') {
        if (++redirects > o.maxRedirects) throw new HttpError('redirects', url, `more than ${o.maxRedirects} redirects (last to ${outcome.location})`, requests);
        current = outcome.location;
        continue;
      }
      if (outcome.kind === 'done') return { ...outcome.result, requests };
      // A status to retry, or to give up on.
      const { status, retryAfterMs } = outcome;
      if (retryable.has(status) && retryAfterMs !== undefined && retryAfterMs > o.maxRetryAfterMs) {
        throw new HttpError('rate-limited', current, `HTTP ${status}: asked to retry after ${Math.round(retryAfterMs / 1000)} s`, requests, o.clock.now() + retryAfterMs);
      }
      if (retryable.has(status) && attempt < o.retries) {
        await o.clock.sleep(retryAfterMs ?? o.backoffMs * 2 ** attempt, options.signal);
        attempt++;
        continue;
      }
      throw new HttpError('status', current, `HTTP ${status}${retryable.has(status) ? ` after ${attempt + 1} attempts` : ''}`, requests);
    }
  }

  type Attempt =
    | { kind: 'done'; result: WithoutCount<HttpResult> }
    | { kind: 'redirect'; location: string }
    | { kind: 'status'; status: number; retryAfterMs: number | undefined };

  /** One request (no retry, no redirect), body read within the cap and the timeout. */
  async function once(url: string, options: GetOptions): Promise<Attempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutSignal()), o.timeoutMs);
    const onOuterAbort = () => controller.abort(options.signal!.reason);
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    try {
      const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: options.accept ?? '*/*' };
      if (options.etag) headers['if-none-match'] = options.etag;
      if (options.lastModified) headers['if-modified-since'] = options.lastModified;
      const res = await transport(url, { headers, redirect: 'manual', signal: controller.signal });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location) return { kind: 'status', status: res.status, retryAfterMs: undefined };
        return { kind: 'redirect', location: new URL(location, url).href };
      }
      if (res.status === 304 || res.status === 404) {
        await res.body?.cancel().catch(() => undefined);
        return { kind: 'done', result: { status: res.status, url } };
      }
      if (res.status !== 200) {
        await res.body?.cancel().catch(() => undefined);
        return { kind: 'status', status: res.status, retryAfterMs: retryAfter(res.headers.get('retry-after'), o.clock.now()) };
      }
      const body = await readCapped(res, o.maxBytes, controller);
      const validators: Validators = {};
      const etag = res.headers.get('etag');
      const lastModified = res.headers.get('last-modified');
      if (etag) validators.etag = etag;
      if (lastModified) validators.lastModified = lastModified;
      return { kind: 'done', result: { status: 200, url, body, contentType: res.headers.get('content-type'), validators } };
    } catch (e) {
      // The timeout aborts with our marker; surface it as such whatever the transport wrapped it in.
      if (controller.signal.reason instanceof TimeoutSignal && !options.signal?.aborted) throw controller.signal.reason;
      throw e;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onOuterAbort);
    }
  }

  return { get };
}

// === Helpers

/** A result before the request count is known (Omit that keeps the union). */
type WithoutCount<T> = T extends unknown ? Omit<T, 'requests'> : never;

class TimeoutSignal extends Error {
  override readonly name = 'TimeoutSignal';
}

class TooLarge extends Error {
  override readonly name = 'TooLarge';
}

class Truncated extends Error {
  override readonly name = 'Truncated';
}

/** Reads the body, refusing it as soon as it passes `max` bytes (announced or received). */
async function readCapped(res: Response, max: number, controller: AbortController): Promise<Buffer> {
  const announced = Number(res.headers.get('content-length'));
  // Content-Length counts encoded bytes: only an uncompressed body can be refused before reading.
  if (!res.headers.get('content-encoding') && Number.isFinite(announced) && announced > max) {
    controller.abort();
    throw new TooLarge(`body of ${mb(announced)} announced, over the ${mb(max)} cap`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (!res.body) return Buffer.alloc(0);
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > max) {
        controller.abort();
        throw new TooLarge(`body over the ${mb(max)} cap`);
      }
      chunks.push(Buffer.from(chunk));
    }
  } catch (e) {
    if (e instanceof TooLarge || controller.signal.aborted) throw e;
    throw new Truncated(`body cut off after ${size.toLocaleString('en-US')} bytes (${(e as Error).message})`);
  }
  return Buffer.concat(chunks, size);
}

const mb = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/** `Retry-After` as ms from now: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** What a thrown transport error means: its code, a sentence, and whether another attempt may help. */
function describeFailure(e: unknown, timeoutMs: number): { code: HttpErrorCode; message: string; retry: boolean } {
  if (e instanceof TimeoutSignal) return { code: 'timeout', message: `no complete answer within ${timeoutMs >= 1_000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`, retry: false };
  if (e instanceof TooLarge) return { code: 'too-large', message: e.message, retry: false };
  if (e instanceof Truncated) return { code: 'truncated', message: e.message, retry: true };
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (e as { code?: string })?.code;
  if (code && unreachable.has(code)) return { code: 'network', message: `cannot connect (${code}${cause?.message && !cause.message.includes(code) ? `: ${cause.message}` : ''})`, retry: false };
  const text = cause?.message ?? (e as Error)?.message ?? String(e);
  return { code: 'network', message: `connection failed (${code ? `${code}: ` : ''}${text})`, retry: true };
}
