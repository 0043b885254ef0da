/**
 * Scratch space for live-corpus tests: temporary directories and opened live corpora, closed and
 * removed after each test of the file that calls {@link liveCorpusScratch} (at its top level).
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { LiveCorpus } from '../../src/app/live-corpus.ts';

export interface LiveCorpusScratch {
  /** A new temporary directory, removed after the test. */
  tempDir(prefix: string): string;
  /** Closes `live` after the test (before the directories go); returns it. */
  track<T extends LiveCorpus>(live: T): T;
  /** Forgets every tracked corpus (the test closed them itself). */
  releaseAll(): void;
}

export function liveCorpusScratch(): LiveCorpusScratch {
  let dirs: string[] = [];
  let open: LiveCorpus[] = [];
  afterEach(async () => {
    for (const live of open) await live.close();
    open = [];
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    dirs = [];
  });
  return {
    tempDir(prefix) {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    track(live) {
      open.push(live);
      return live;
    },
    releaseAll() {
      open = [];
    },
  };
}
