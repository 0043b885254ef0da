/**
 * Latency statistics for the benchmarks.
 * @module
 */

/** Summary of a sample of durations, in milliseconds. */
export interface LatencyStats {
  count: number;
  mean: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * The `p`-th percentile (0..100) of an ascending-sorted sample, by the nearest-rank method: the
 * smallest value with at least p% of the sample at or below it. Nearest rank never interpolates, so
 * p99 of 1,000 samples is the 990th value, an observed latency.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

/** Mean, min, max and p50/p95/p99 of `samples` (any order; not modified). */
export function summarize(samples: readonly number[]): LatencyStats {
  const sorted = Float64Array.from(samples).sort();
  const arr = Array.from(sorted);
  let sum = 0;
  for (const v of arr) sum += v;
  return {
    count: arr.length,
    mean: arr.length ? sum / arr.length : Number.NaN,
    min: arr.length ? arr[0]! : Number.NaN,
    p50: percentile(arr, 50),
    p95: percentile(arr, 95),
    p99: percentile(arr, 99),
    max: arr.length ? arr[arr.length - 1]! : Number.NaN,
  };
}

/** Milliseconds since `start` (a `process.hrtime.bigint()` reading), as a float. */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Rounds to `digits` decimals for display and JSON. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
