/**
 * A small, pure, stable string hash for paper ids (no `node:crypto`, so core stays platform-free).
 * @module
 */

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of `text`; returns 16 lowercase hex digits.
 * Chosen because it is tiny, deterministic across runtimes and good enough for ids (not security).
 * The 64-bit product is computed on four 16-bit limbs with plain numbers: BigInt arithmetic per
 * byte was the slowest step of merging a large corpus.
 * ```ts
 * fnv1a64('') // 'cbf29ce484222325'
 * fnv1a64('a') // 'af63dc4c8601ec8c'
 * ```
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3 (2^40 is limb 2 shifted by 8 bits).
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
