/**
 * Live sources (SPEC section 9): the public surface of `src/sources/`. The corpus grows by itself: a
 * fetch job pulls each configured source (HF Daily Papers, HFday, arXiv categories, feed URLs) and
 * writes each document, as it came, into the feeds directory, which the corpus loader reads and
 * watches beside the digests directory. Parsing stays in `src/core` (the `hf-daily`, `hfday-json`
 * and `feed` formats); this layer only fetches, checks and stores. It may use core, never bots
 * or the schedule layer (dependency-cruiser enforces it): the store's key-value space and the lease
 * come in as small ports.
 *
 * ```ts
 * const job = createLiveSources({ specs, bases, feedsDir: 'data/feeds', kv: store.kv, backfillDays: 7, intervalMinutes: 60, logger });
 * job.start();
 * ```
 * @module
 */
import { arxivIntervalMs, arxivSource } from './adapters/arxiv.ts';
import { feedSource } from './adapters/feed.ts';
import { hfDailySource } from './adapters/hf-daily.ts';
import { hfdaySource } from './adapters/hfday.ts';
import { openFeedsDir } from './feeds-dir.ts';
import { createHttpClient, systemSourceClock, type HttpClient, type HttpClientOptions, type SourceClock } from './http.ts';
import { createFetchJob, type FetchJob, type FetchJobOptions, type JobLogger, type StateStore } from './job.ts';
import type { Source } from './source.ts';
import type { SourceSpec } from './spec.ts';

export { arxivIntervalMs, arxivMaxPages, arxivPageSize, arxivQueryUrl } from './adapters/arxiv.ts';
export { isoDay, lastDays } from './adapters/dated.ts';
export { openFeedsDir, slug, type FeedsDir } from './feeds-dir.ts';
export { createHttpClient, defaultHttpOptions, HttpError, retryAfter, systemSourceClock, type HttpClient, type HttpClientOptions, type HttpResult, type SourceClock, type Validators } from './http.ts';
export { createFetchJob, readState, stateKey, type FetchJob, type FetchJobOptions, type FetchReport, type JobLogger, type SourceReport, type SourceStatus, type StateStore } from './job.ts';
export type { DayState, ProbeContext, ProbeResult, Source, SourceContext, SourceRun, SourceState } from './source.ts';
export { defaultSources, parseSources, type SourceKind, type SourceSpec } from './spec.ts';

/** Where each source kind lives (SPEC 6b defaults; tests point them at a local fake). */
export interface SourceBases {
  hfApi: string;
  hfday: string;
  arxivApi: string;
}

/** The `User-Agent` every request sends: the bot's name, what it is, and its version. */
export const userAgent = 'Paperboy/0.1 (daily AI-paper digest bot for Discord and Telegram; polite: conditional GET, paced)';

/** Polite spacing per host: arXiv's 3 s rule for the arXiv API host, 1 s for everyone else. */
export const defaultHostIntervalMs = 1_000;

/** The adapters for `specs`, in order. */
export function buildSources(specs: readonly SourceSpec[], bases: SourceBases): Source[] {
  return specs.map((spec) => {
    switch (spec.kind) {
      case 'hf-daily':
        return hfDailySource(bases.hfApi);
      case 'hfday':
        return hfdaySource(bases.hfday);
      case 'arxiv':
        return arxivSource(bases.arxivApi, spec.id, spec.categories);
      case 'feed':
        return feedSource(spec.url);
    }
  });
}

export interface LiveSourcesOptions {
  specs: readonly SourceSpec[];
  bases: SourceBases;
  feedsDir: string;
  kv: StateStore;
  backfillDays: number;
  intervalMinutes: number;
  logger: JobLogger;
  isLeader?: () => Promise<boolean>;
  /** Default: the real clock. */
  clock?: SourceClock;
  /** HTTP knobs (timeouts, caps, transport) over the defaults. */
  http?: Partial<Omit<HttpClientOptions, 'clock' | 'userAgent'>>;
  /** Each source's part of every run (metrics). */
  onSource?: FetchJobOptions['onSource'];
}

/**
 * The fetch job for a configuration: the feeds directory opened (created when missing), one HTTP
 * client paced per host, the adapters. Nothing runs until `start()`.
 */
export function createLiveSources(o: LiveSourcesOptions): FetchJob {
  const clock = o.clock ?? systemSourceClock;
  const http = sourcesHttpClient(o.bases, { clock, ...o.http });
  return createFetchJob({
    sources: buildSources(o.specs, o.bases),
    http,
    feeds: openFeedsDir(o.feedsDir),
    kv: o.kv,
    clock,
    backfillDays: o.backfillDays,
    intervalMinutes: o.intervalMinutes,
    logger: o.logger,
    ...(o.isLeader ? { isLeader: o.isLeader } : {}),
    ...(o.onSource ? { onSource: o.onSource } : {}),
  });
}

/**
 * The HTTP client every source request goes through (the fetch job's, and `paperboy doctor`'s
 * probes): the bot's `User-Agent`, requests to one host paced (3 s for the arXiv API, 1 s for the
 * others). `options` override the defaults (timeouts, retries, the clock, the transport).
 */
export function sourcesHttpClient(bases: SourceBases, options: Partial<Omit<HttpClientOptions, 'userAgent'>> = {}): HttpClient {
  const arxivHost = hostOf(bases.arxivApi);
  return createHttpClient({
    userAgent,
    clock: systemSourceClock,
    minIntervalMs: (host) => (host === arxivHost ? arxivIntervalMs : defaultHostIntervalMs),
    ...options,
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
