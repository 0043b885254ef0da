/**
 * Prometheus metrics (`prom-client`), one registry per running bot (tests run several in one
 * process): digests sent / failed / paused, 429 answers, fetch results per source, search latency,
 * tick duration, whether this instance holds the scheduler lease, plus the process defaults.
 *
 * The instruments are fed through the seams the layers already have: the scheduler's `events`,
 * the fetch job's `onSource`, and a timing wrapper around the index the command handler searches.
 *
 * ```ts
 * const metrics = createMetrics();
 * createScheduler({ ..., events: metrics.scheduler });
 * res.end(await metrics.registry.metrics());
 * ```
 * @module
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { SchedulerEvents } from '../schedule/index.ts';
import type { SourceReport } from '../sources/index.ts';

/** The instruments and their feeds. */
export interface Metrics {
  registry: Registry;
  /** Pass as the scheduler's `events`. */
  scheduler: SchedulerEvents;
  /** Pass as the fetch job's `onSource`. */
  source(report: SourceReport): void;
  /** Wraps an index so its `search` calls are timed (the same object for the same index). */
  timed<T extends object>(index: T): T;
}

/** Creates a registry with the bot's instruments (and Node's process metrics). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'paperboy_' });
  const digests = new Counter({ name: 'paperboy_digests_total', help: 'Digest delivery attempts by result (sent, failed, retry, moved, conflict, fenced, in-doubt, no-sender)', labelNames: ['result'] as const, registers: [registry] });
  const paused = new Counter({ name: 'paperboy_subscriptions_paused_total', help: 'Subscriptions paused after repeated permanent delivery failures', registers: [registry] });
  const rateLimited = new Counter({ name: 'paperboy_rate_limited_total', help: 'Digest sends answered 429 (retry after), by platform', labelNames: ['platform'] as const, registers: [registry] });
  const fetches = new Counter({ name: 'paperboy_source_fetches_total', help: 'Live-source runs by source and result (ok, error, retry-after)', labelNames: ['source', 'result'] as const, registers: [registry] });
  const fetchedPapers = new Counter({ name: 'paperboy_source_papers_total', help: 'Papers fetched by source', labelNames: ['source'] as const, registers: [registry] });
  const search = new Histogram({ name: 'paperboy_search_seconds', help: 'Search latency (index search only)', buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [registry] });
  const tick = new Histogram({ name: 'paperboy_tick_seconds', help: 'Scheduler tick duration', buckets: [0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60], registers: [registry] });
  const leader = new Gauge({ name: 'paperboy_lease_holder', help: '1 while this instance holds the scheduler lease (or runs alone), else 0', registers: [registry] });
  const wrapped = new WeakMap<object, object>();

  return {
    registry,
    scheduler: {
      tick: (_report, ms) => tick.observe(ms / 1_000),
      attempt: (result, entry, outcome) => {
        digests.inc({ result });
        if (outcome && !outcome.ok && outcome.kind === 'retry' && outcome.retryAfterMs !== undefined) rateLimited.inc({ platform: entry.chat.platform });
      },
      paused: () => paused.inc(),
      leader: (held) => leader.set(held ? 1 : 0),
    },
    source(report) {
      if (report.skipped === 'not-due') return;
      fetches.inc({ source: report.id, result: report.error ? 'error' : (report.skipped ?? 'ok') });
      if (report.papers) fetchedPapers.inc({ source: report.id }, report.papers);
    },
    timed<T extends object>(index: T): T {
      const known = wrapped.get(index);
      if (known) return known as T;
      const proxy = new Proxy(index, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target) as unknown;
          if (typeof value !== 'function') return value;
          if (prop !== 'search') return value.bind(target);
          return (...args: unknown[]) => {
            const end = search.startTimer();
            try {
              return value.apply(target, args);
            } finally {
              end();
            }
          };
        },
      });
      wrapped.set(index, proxy);
      return proxy;
    },
  };
}
