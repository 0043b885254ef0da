/**
 * Doctor: the live sources. Each configured source is probed with one request through the same
 * adapters and paced HTTP client the fetch job uses (`Source.probe`): conditional when its newest
 * document is on disk, so an unchanged source costs a 304 and no body it already has. The source's
 * stored state (last success, last error) completes the line.
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { arxivIntervalMs, buildSources, readState, sourcesHttpClient, type HttpClient, type SourceState, type StateStore } from '../../sources/index.ts';
import { error, ok, reasonOf, skipped, warning, within, type Check } from './check.ts';

/** A probe's time bound (the fetch job allows 30 s per attempt; a doctor should answer sooner). */
export const sourceTimeoutMs = 15_000;

export interface SourcesCheckOptions {
  /** The store's key-value space, for each source's state; without it the probes run without validators. */
  kv?: Pick<StateStore, 'get'>;
  /** Default: a client like the fetch job's (same User-Agent, same per-host pacing) without retries. */
  http?: HttpClient;
  now?: () => Date;
  timeoutMs?: number;
}

/**
 * Probes every source in `config.sources.specs`, one after the other (pacing applies across them:
 * `hf-daily` and `hfday` on one host are spaced like the fetch job spaces them).
 */
export async function checkSources(config: Config, o: SourcesCheckOptions = {}): Promise<Check[]> {
  const { specs, bases, feedsDir } = config.sources;
  if (specs.length === 0) return [skipped('sources', 'sources', 'Live sources', 'SOURCES=none: nothing is fetched')];
  const timeoutMs = o.timeoutMs ?? sourceTimeoutMs;
  const http = o.http ?? sourcesHttpClient(bases, { timeoutMs, retries: 0, maxRetryAfterMs: 0 });
  const has = (file: string) => existsSync(join(feedsDir, file));
  const checks: Check[] = [];
  for (const source of buildSources(specs, bases)) {
    const id = `source:${source.id}`;
    const title = `Source ${source.id}`;
    let state: SourceState = { papersFetched: 0 };
    try {
      if (o.kv) state = await readState(o.kv, source.id);
    } catch {
      // The store check reports a store that cannot be read; the probe still runs.
    }
    let result;
    try {
      // Pacing may wait before the request: the bound is for the request, plus one interval.
      result = await within(timeoutMs + arxivIntervalMs, (signal) => source.probe({ http, has, now: (o.now ?? (() => new Date()))(), signal }, state));
    } catch (e) {
      checks.push(error('sources', id, title, `no answer: ${reasonOf(e)}`, fixFor(source.kind)));
      continue;
    }
    const history = state.lastSuccessAt ? `; last fetch ${state.lastSuccessAt.slice(0, 16).replace('T', ' ')} UTC, ${state.papersFetched} papers so far` : '; never fetched yet';
    if (!result.ok) {
      checks.push(error('sources', id, title, `${new URL(result.url).host}: ${result.reason}${history}`, fixFor(source.kind)));
      continue;
    }
    const answer =
      result.status === 304
        ? 'unchanged since the last fetch (304, nothing downloaded)'
        : result.status === 404
          ? "answers; no document for today yet (404)"
          : `answers with a document of ${result.papers ?? 0} paper${result.papers === 1 ? '' : 's'}`;
    if (state.lastError) {
      checks.push(warning('sources', id, title, `${answer} now, but the last fetch failed: ${state.lastError.reason}`, 'nothing to do if it recovers at the next fetch; see npm run -s paperboy -- sources'));
    } else {
      checks.push(ok('sources', id, title, `${answer}${history}`));
    }
  }
  return checks;
}

/** What to do about a source that does not answer. */
function fixFor(kind: string): string {
  switch (kind) {
    case 'hf-daily':
      return 'check that this machine reaches HF_API_BASE (outbound HTTPS, proxy), or take hf-daily out of SOURCES';
    case 'hfday':
      return 'check that this machine reaches HFDAY_BASE, or take hfday out of SOURCES';
    case 'arxiv':
      return 'check that this machine reaches ARXIV_API_BASE and the categories exist (e.g. arxiv:cs.CL+cs.LG)';
    default:
      return 'check the feed URL in SOURCES opens in a browser and is RSS, Atom or JSON Feed';
  }
}
