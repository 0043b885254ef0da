/**
 * Expected failures are values, not exceptions: parsers and validators return a {@link Result}.
 * @module
 */

/** Success with a value, or failure with a stable code and context. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
