/**
 * Shared helpers for the benchmark sections: section status, GC and memory readings, machine info.
 * @module
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Every section reports whether it ran; a section whose dependency is still a stub is skipped, not failed. */
export type SectionStatus = { status: 'ok' } | { status: 'skipped'; reason: string } | { status: 'failed'; reason: string };

/** True when `e` says a dependency has not landed: a contract stub's "not implemented", or a missing module. */
export function isNotReady(e: unknown): boolean {
  return e instanceof Error && (/not implemented/i.test(e.message) || (e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND');
}

/** Turns a thrown error into a skipped (dependency missing) or failed section status. */
export function statusOf(e: unknown): SectionStatus {
  const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  return isNotReady(e) ? { status: 'skipped', reason } : { status: 'failed', reason };
}

let gcFn: (() => void) | undefined;
/**
 * A full, synchronous GC. Uses `global.gc` when Node runs with `--expose-gc`, otherwise enables the
 * flag at runtime and fetches `gc` from a fresh context (a documented V8 trick), so `npm run bench`
 * needs no extra flags.
 */
export function fullGc(): void {
  if (!gcFn) {
    const g = (globalThis as { gc?: () => void }).gc;
    if (g) gcFn = g;
    else {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    }
  }
  gcFn();
  gcFn();
}

/** Heap used and RSS in bytes after a full GC. */
export function memoryAfterGc(): { heapUsed: number; rss: number } {
  fullGc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss };
}

/** Machine facts stored with the results so runs can be compared. */
export interface MachineInfo {
  cores: number;
  cpuModel: string;
  totalMemoryMB: number;
  node: string;
  platform: string;
  date: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews latencies. */
  loadAvg: { start: number; end: number };
}

const loadAtStart = loadavg()[0]!;

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    totalMemoryMB: Math.round(totalmem() / 1048576),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    loadAvg: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(loadavg()[0]! * 100) / 100 },
  };
}

/** Bytes to MB (10^6), one decimal. */
export const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Yields to the event loop (lets timers and sockets run between CPU-bound phases). */
export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
