/**
 * Top-k selection with a bounded heap: the best `k` of `n` candidates in O(n log k), without sorting
 * all of them (a topic query reaches most of a 100k corpus; a page shows 5).
 * @module
 */

/**
 * The `k` best of the candidates `0 .. n-1`, best first. `better(a, b)` must be a strict total order
 * (break ties, e.g. by index). Candidates for which `keep` returns false are skipped.
 *
 * ```ts
 * const scores = [3, 9, 1, 7];
 * topK(scores.length, 2, (a, b) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b)); // [1, 3]
 * ```
 */
export function topK(n: number, k: number, better: (a: number, b: number) => boolean, keep: (i: number) => boolean = () => true): number[] {
  if (k <= 0) return [];
  // A min-heap on `better`: heap[0] is the worst kept candidate, the one a newcomer must beat.
  const heap: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    if (heap.length < k) {
      heap.push(i);
      siftUp(heap, heap.length - 1, better);
    } else if (better(i, heap[0]!)) {
      heap[0] = i;
      siftDown(heap, 0, better);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

function siftUp(heap: number[], at: number, better: (a: number, b: number) => boolean): void {
  const item = heap[at]!;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!better(heap[parent]!, item)) break;
    heap[at] = heap[parent]!;
    at = parent;
  }
  heap[at] = item;
}

function siftDown(heap: number[], at: number, better: (a: number, b: number) => boolean): void {
  const item = heap[at]!;
  const n = heap.length;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= n) break;
    if (child + 1 < n && better(heap[child]!, heap[child + 1]!)) child++;
    if (!better(item, heap[child]!)) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = item;
}
