/**
 * Bounded edit distance, for fuzzy lookups: whether two words are within `max` insertions, deletions
 * or substitutions of each other. Stops as soon as every path exceeds `max` (a band of width 2·max+1),
 * so a mismatch costs a few operations, not a full table.
 * @module
 */

/**
 * ```ts
 * levenshteinAtMost('difusion', 'diffusion', 1); // true
 * levenshteinAtMost('video', 'audio', 1);        // false
 * ```
 */
export function levenshteinAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    for (let j = 1; j < from; j++) cur[j] = max + 1;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    for (let j = to + 1; j <= b.length; j++) cur[j] = max + 1;
    if (rowMin > max) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]! <= max;
}
