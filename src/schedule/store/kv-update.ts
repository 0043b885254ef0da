/**
 * `KeyValueStore.update` for the networked stores: a compare-and-swap over the raw stored text,
 * retried on conflict. The kv space is written by keyv (`get`/`set`/`delete`), so values are kept in
 * keyv's stored form, `{"value":…,"expires":<epoch ms>}` (JSON; `expires` only with a TTL), and a
 * value written here reads back through keyv and the other way round (the store contract test checks
 * both ways on each backend).
 * @module
 */
import type { KeyValueChange } from '../types.ts';

/** The current value in keyv's stored text, or undefined (absent or expired). */
export function decodeKeyv(raw: string | null | undefined, now: number): unknown {
  if (raw === null || raw === undefined) return undefined;
  const stored = JSON.parse(raw) as { value?: unknown; expires?: number };
  return typeof stored.expires === 'number' && stored.expires <= now ? undefined : stored.value;
}

/** keyv's stored text of `value`, expiring `ttlMs` from `now` when given. */
export function encodeKeyv(value: unknown, ttlMs: number | undefined, now: number): string {
  return JSON.stringify(ttlMs ? { value, expires: now + ttlMs } : { value });
}

/** Conflicts retried before giving up (each retry re-reads; a few voters on one chat settle in one or two). */
export const maxUpdateAttempts = 50;

/**
 * Runs `fn` over the current value and writes its change with `swap` (which must write only if the
 * raw text is still `expected`, null meaning absent, and say whether it did), until a swap lands.
 */
export async function compareAndSwap(
  read: () => Promise<string | null>,
  swap: (expected: string | null, next: { raw: string; ttlMs: number | undefined } | null) => Promise<boolean>,
  fn: (current: unknown) => KeyValueChange | undefined,
  what: string,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const raw = await read();
    const now = Date.now();
    const change = fn(decodeKeyv(raw, now));
    if (!change) return;
    if ('delete' in change && raw === null) return;
    const next = 'delete' in change ? null : { raw: encodeKeyv(change.set, change.ttlMs, now), ttlMs: change.ttlMs };
    if (await swap(raw, next)) return;
    if (attempt >= maxUpdateAttempts) throw new Error(`schedule/store: ${what} kept conflicting (${attempt} attempts)`);
    // Back off a little, jittered, so racing writers stop colliding.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, 2 * attempt)));
  }
}
