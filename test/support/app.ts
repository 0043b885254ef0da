/**
 * A real application for tests: the starter corpus from data/digests, an in-memory store, the real
 * scheduler (fake clock by default) and the real command handler. Adapters under test plug their
 * DigestSender in and drive the handler.
 */
import { fileURLToPath } from 'node:url';
import { indexCorpus, loadCorpusDir } from '../../src/app/corpus-dir.ts';
import { createCommandHandler } from '../../src/bots/shared/commands.ts';
import type { CommandHandler, CommandRequest } from '../../src/bots/shared/types.ts';
import type { DigestIndex } from '../../src/core/search-index.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { memoryStore } from '../../src/schedule/store/index.ts';
import { feedbackRepo } from '../../src/schedule/feedback.ts';
import type { Clock, DigestSender } from '../../src/schedule/types.ts';
import { presentDigest } from '../../src/bots/shared/present.ts';

export const starterDir = fileURLToPath(new URL('../../data/digests/', import.meta.url));

let cachedIndex: DigestIndex | undefined;
/** The starter corpus index, built once per test file. */
export function starterIndex(): DigestIndex {
  cachedIndex ??= indexCorpus(loadCorpusDir(starterDir));
  return cachedIndex;
}

/** A clock tests move by hand. */
export class FakeClock implements Clock {
  time: number;
  constructor(time = Date.UTC(2026, 10, 23, 8, 0)) {
    this.time = time;
  }
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

const quiet = { info() {}, warn() {}, error() {}, debug() {}, child() { return quiet; } };

export interface TestAppOptions {
  senders?: DigestSender[];
  clock?: FakeClock;
  defaults?: { timeZone: string; time: string; size: number };
}

/** Builds the real handler + scheduler over the starter corpus and an in-memory store. */
export function createTestApp(options: TestAppOptions = {}) {
  const clock = options.clock ?? new FakeClock();
  const store = memoryStore();
  const index = starterIndex();
  const feedback = feedbackRepo(store.kv);
  const scheduler = createScheduler({
    present: presentDigest,
    store,
    feedback,
    index: () => index,
    senders: options.senders ?? [],
    clock,
    logger: quiet,
    catchUpWindowMs: 6 * 3_600_000,
  });
  const handler: CommandHandler = createCommandHandler({
    index: () => index,
    subscriptions: store.subscriptions,
    digests: scheduler,
    defaults: options.defaults ?? { timeZone: 'UTC', time: '09:00', size: 3 },
    clock,
    feedback,
  });
  return { clock, store, index, scheduler, handler, feedback };
}

/** A private console-chat request, for handler tests. */
export function request(command: CommandRequest['command'], args = '', extra: Partial<CommandRequest> = {}): CommandRequest {
  return {
    chat: { platform: 'console', chatId: 'test' },
    chatType: 'private',
    user: { id: 'u1' },
    command,
    args,
    isAdmin: async () => true,
    ...extra,
  };
}
