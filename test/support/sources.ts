/**
 * Helpers for live-source tests: a clock whose `sleep` moves time instead of waiting (so pacing and
 * backoff are asserted on the fake server's request log at once), a logger that keeps its lines,
 * and a job wired to the fake.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLiveSources, parseSources, type FetchJob, type JobLogger, type LiveSourcesOptions, type SourceClock } from '../../src/sources/index.ts';
import type { KeyValueStore } from '../../src/schedule/types.ts';
import { memoryStore } from '../../src/schedule/store/index.ts';
import type { FakeSources } from '../fakes/sources-server.ts';

/** A source clock tests move by hand; `sleep` advances it (and records how long was asked). */
export class SteppingClock implements SourceClock {
  time: number;
  readonly sleeps: number[] = [];
  constructor(iso: string) {
    this.time = Date.parse(iso);
  }
  now = (): number => this.time;
  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    this.time += ms;
  };
  set(iso: string): void {
    this.time = Date.parse(iso);
  }
}

export interface LoggedLine {
  level: 'info' | 'warn' | 'debug';
  obj: Record<string, unknown>;
  msg: string;
}

/** A logger keeping every line. */
export function recordingLogger(): JobLogger & { lines: LoggedLine[]; warnings: () => LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const at = (level: LoggedLine['level']) => (obj: object, msg: string) => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, info: at('info'), warn: at('warn'), debug: at('debug'), warnings: () => lines.filter((l) => l.level === 'warn') };
}

export interface SourcesHarness {
  job: FetchJob;
  clock: SteppingClock;
  logger: ReturnType<typeof recordingLogger>;
  feedsDir: string;
  kv: KeyValueStore;
}

/**
 * A fetch job against the fake: `SOURCES` as given, bases pointing at the fake (arXiv at
 * `arxivFake` when given: another port is another host, with arXiv's own 3 s pacing), a fresh
 * feeds directory and in-memory store unless passed (pass them again to model a restart).
 */
export function sourcesJob(
  fake: FakeSources,
  options: { sources: string; now: string; arxivFake?: FakeSources; backfillDays?: number; feedsDir?: string; kv?: KeyValueStore; clock?: SteppingClock; http?: LiveSourcesOptions['http']; isLeader?: () => Promise<boolean> },
): SourcesHarness {
  const specs = parseSources(options.sources);
  if (!specs.ok) throw new Error(specs.error);
  const clock = options.clock ?? new SteppingClock(options.now);
  const logger = recordingLogger();
  const feedsDir = options.feedsDir ?? mkdtempSync(join(tmpdir(), 'paperboy-feeds-'));
  const kv = options.kv ?? memoryStore().kv;
  const job = createLiveSources({
    specs: specs.value,
    bases: { hfApi: fake.baseUrl, hfday: fake.baseUrl, arxivApi: (options.arxivFake ?? fake).baseUrl },
    feedsDir,
    kv,
    backfillDays: options.backfillDays ?? 7,
    intervalMinutes: 60,
    logger,
    clock,
    ...(options.http ? { http: options.http } : {}),
    ...(options.isLeader ? { isLeader: options.isLeader } : {}),
  });
  return { job, clock, logger, feedsDir, kv };
}
