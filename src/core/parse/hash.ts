/**
 * A small, pure, stable string hash for paper ids (no `node:crypto`, so core stays platform-free).
 * @module
 */

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of `text`; returns 16 lowercase hex digits.
 * Chosen because it is tiny, deterministic across runtimes and good enough for ids (not security).
 * ```ts
 * fnv1a64('') // 'cbf29ce484222325'
 * ```
 */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}
