/** Retrieval metrics for the labelled queries. Pure functions over ranked id lists. */

/** Share of `relevant` found in the first `k` of `ranked`. */
export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 1;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

/** Standard precision@k: relevant hits in the first `k`, divided by `k`. */
export function precisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / k;
}

/**
 * Precision@k capped by the number of relevant papers (a query with one relevant paper found at rank 1
 * scores 1, not 0.2), so queries with few answers are not penalised for the size of the answer set.
 */
export function cappedPrecisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const denominator = Math.min(k, relevant.size);
  return denominator === 0 ? 1 : ranked.slice(0, k).filter((id) => relevant.has(id)).length / denominator;
}

/** 1 / rank of the first relevant result (0 when none is returned). */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const i = ranked.findIndex((id) => relevant.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

export const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
