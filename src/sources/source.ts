/**
 * The `Source` port: what every live source adapter (hf-daily, hfday, arXiv, feed URL) implements,
 * the context the fetch job hands it, and the per-source state it keeps between runs.
 * @module
 */
import type { FeedsDir } from './feeds-dir.ts';
import type { HttpClient, Validators } from './http.ts';
import type { SourceKind } from './spec.ts';

/** One day of a dated source, as last seen. */
export interface DayState {
  /** `ok`: a document with papers is on disk; `empty`: the source had nothing that day (404, `[]`). */
  status: 'ok' | 'empty';
  papers: number;
  /** Validators of the stored document, for the conditional GET of recent days. */
  validators?: Validators;
  /** ISO time of the last check. */
  checkedAt: string;
}

/**
 * What a source remembers between runs (kept in the store's key-value space under
 * `sources:<id>`, so a restart and the other instances see it). Everything is optional: a source
 * never seen before has `{ papersFetched: 0 }`.
 */
export interface SourceState {
  /** ISO time the last run started (the interval counts from it). */
  lastRunAt?: string;
  /** ISO time of the last run without an error. */
  lastSuccessAt?: string;
  /** The last run's error (cleared by a successful run). */
  lastError?: { at: string; reason: string };
  /** Papers in the documents written, over all runs. */
  papersFetched: number;
  /** Papers in the documents written by the last run. */
  lastPapers?: number;
  /** Dated sources: per `YYYY-MM-DD`, pruned to the backfill window. */
  days?: Record<string, DayState>;
  /** arXiv: the newest submission time seen (ISO); the next run asks only for newer ones. */
  cursor?: string;
  /** Feed URL: validators of the last document. */
  validators?: Validators;
  /** ISO time before which the source asked not to be called (a long `Retry-After`). */
  notBefore?: string;
}

/** What a run of one source needs. */
export interface SourceContext {
  http: HttpClient;
  feeds: FeedsDir;
  /** The job's time (the injectable clock): `today` for dated sources, file names, cursors. */
  now: Date;
  /** Days a dated source (or arXiv without a cursor) looks back. */
  backfillDays: number;
  signal?: AbortSignal;
}

/** A run's result: the new state (also after a failure: progress made is kept) and what happened. */
export interface SourceRun {
  state: SourceState;
  /** Papers in the documents written by this run. */
  papers: number;
  /** File names written into the feeds directory. */
  written: string[];
  /** HTTP requests made (retries and redirects included). */
  requests: number;
  /** Why the run stopped early; undefined when it completed. */
  error?: string;
  /** The host asked us to come back later (epoch ms). */
  retryAt?: number;
  /** Something worth a warning that is not a failure (arXiv: the page limit cut a long backlog). */
  warning?: string;
}

/** What a probe needs: the HTTP client, whether a document is on disk, the time, a signal. Nothing is written. */
export interface ProbeContext {
  http: HttpClient;
  /** Whether the feeds directory holds `file` (false when the directory does not exist yet). */
  has(file: string): boolean;
  now: Date;
  signal?: AbortSignal;
}

/**
 * A probe's answer. `ok`: the source answered as it should (`status` 304: unchanged, nothing
 * downloaded; 404 on a dated source: no document for that day yet; 200: a document that parses,
 * with `papers`); otherwise `reason` says what failed, as a run would log it.
 */
export type ProbeResult =
  | { ok: true; url: string; status: 200 | 304 | 404; papers?: number; conditional: boolean }
  | { ok: false; url: string; reason: string };

/** A live source adapter. */
export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  /** Fetches what is new since `state`, writes each document into the feeds directory. Never throws for a fetch failure: it is `error` in the result. */
  run(context: SourceContext, state: SourceState): Promise<SourceRun>;
  /**
   * One request that shows the source answers (`paperboy doctor`): conditional when a document it
   * would ask for is already on disk, so it costs a 304, never that document's body again. Writes
   * nothing and leaves `state` alone. Never throws for a fetch failure.
   */
  probe(context: ProbeContext, state: SourceState): Promise<ProbeResult>;
}
