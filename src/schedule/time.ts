/**
 * Local-time arithmetic for delivery schedules, with `Intl.DateTimeFormat` only (no date library).
 *
 * A chat says "09:00 Europe/Berlin"; the scheduler stores the next due instant as epoch ms
 * ({@link nextRunAt}). DST rules, chosen so a chat gets exactly one digest per local day:
 * - spring forward (a local time that does not exist, e.g. 02:30 in Berlin on 2026-03-29): the run
 *   happens at the first valid instant after it, the transition itself (03:00 local), unless that is
 *   already the next local date (a gap ending at midnight, as in America/Nuuk): then in the last
 *   minute before the gap (22:59), so the run keeps its local date;
 * - fall back (a local time that happens twice, e.g. 01:30 in New York on 2026-11-01): the run
 *   happens once, at the first occurrence.
 *
 * ```ts
 * nextRunAt('09:00', 'Europe/Moscow', Date.UTC(2026, 10, 23, 5)); // 2026-11-23T06:00:00Z
 * localDate(Date.UTC(2026, 10, 23, 22), 'Asia/Kolkata');          // '2026-11-24'
 * ```
 * @module
 */
import { err, ok, type Result } from '../core/index.ts';

// === Parsing

/** A local wall-clock time of day. */
export interface LocalTime {
  hour: number;
  minute: number;
  /** Normalised `HH:MM`. */
  text: string;
}

export type TimeError = { code: 'BAD_TIME'; input: string };

/**
 * Parses a 24-hour `HH:MM` (`09:00`, `9:00`, `23:59`).
 *
 * ```ts
 * parseTime('9:05'); // { ok: true, value: { hour: 9, minute: 5, text: '09:05' } }
 * parseTime('24:00'); // { ok: false, error: { code: 'BAD_TIME', input: '24:00' } }
 * ```
 */
export function parseTime(input: string): Result<LocalTime, TimeError> {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(input.trim());
  if (!m) return err({ code: 'BAD_TIME', input });
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return ok({ hour, minute, text: `${pad(hour)}:${pad(minute)}` });
}

/** True when `tz` is an IANA time zone this runtime knows (`Europe/Moscow`, `UTC`). */
export function isValidTimeZone(tz: string): boolean {
  if (!tz || tz.trim() !== tz) return false;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

// === Wall clock <-> instant

/** Local calendar fields of an instant in a zone. */
interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Formatters are expensive to build (~50 µs) and cheap to reuse: one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

// `format` + a regex is about twice as fast as `formatToParts` (no part objects), and en-US output
// is stable: `11/23/2026, 09:00:00`.
const enUsPattern = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

function fieldsAt(epochMs: number, tz: string): Fields {
  const text = formatter(tz).format(epochMs);
  const m = enUsPattern.exec(text);
  if (m) return { month: +m[1]!, day: +m[2]!, year: +m[3]!, hour: +m[4]!, minute: +m[5]!, second: +m[6]! };
  const out: Fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(tz).formatToParts(epochMs)) {
    if (part.type in out) out[part.type as keyof Fields] = Number(part.value);
  }
  return out;
}

/** The zone's UTC offset at an instant, in ms (local = utc + offset). */
function offsetAt(epochMs: number, tz: string): number {
  const f = fieldsAt(epochMs, tz);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/**
 * The instant a local wall-clock time happens in `tz`: the first occurrence when it happens twice,
 * the transition instant when it does not happen at all (a DST gap; the last minute before the gap
 * when the transition is already the next local date).
 */
export function zonedInstant(date: string, time: LocalTime, tz: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, time.hour, time.minute);
  // Offsets around this wall time: a day either side covers any single transition.
  const before = offsetAt(wall - dayMs, tz);
  const after = offsetAt(wall + dayMs, tz);
  // Fast path: no transition within a day either side, so the wall time happens exactly once.
  if (before === after && offsetAt(wall - before, tz) === before) return wall - before;
  const offsets = new Set([before, offsetAt(wall, tz), after]);
  let best: number | undefined;
  for (const o of offsets) {
    const instant = wall - o;
    if (offsetAt(instant, tz) === o && (best === undefined || instant < best)) best = instant;
  }
  if (best !== undefined) return best;
  // A gap: the wall time is skipped. Find the transition instant between reading the wall time with
  // the later offset and with the earlier one (binary search to the millisecond; ~25 steps).
  let lo = wall - Math.max(before, after);
  let hi = wall - Math.min(before, after);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  // A gap that ends at local midnight (America/Nuuk: 22:59 -> 00:00 of the next day) would move the
  // run to the next local date, which then has two runs and this date none: stay on this date, in
  // the last whole minute before the gap (the cron fires at second 0 of each minute).
  return localDate(hi, tz) === date ? hi : Math.floor(lo / 60_000) * 60_000;
}

// === Public helpers

/**
 * The next instant, strictly after `afterEpochMs`, at which it is `time` (HH:MM) in `tz`.
 * Throws on an invalid time or zone (validate user input with {@link parseTime} and
 * {@link isValidTimeZone} first).
 *
 * ```ts
 * nextRunAt('02:30', 'Europe/Berlin', Date.UTC(2026, 2, 28, 12)); // 2026-03-29T01:00:00Z (03:00 CEST)
 * ```
 */
export function nextRunAt(time: string, tz: string, afterEpochMs: number): number {
  const parsed = parseTime(time);
  if (!parsed.ok) throw new RangeError(`schedule/time: "${time}" is not HH:MM`);
  if (!isValidTimeZone(tz)) throw new RangeError(`schedule/time: "${tz}" is not an IANA time zone`);
  // Today's run in the zone if it is still ahead, else tomorrow's (a third day only as a safety net).
  let date = localDate(afterEpochMs, tz);
  for (let i = 0; i < 3; i++) {
    const at = zonedInstant(date, parsed.value, tz);
    if (at > afterEpochMs) return at;
    date = addDays(date, 1);
  }
  // Unreachable for real zones (a local day is never skipped twice in a row).
  throw new Error(`schedule/time: no ${time} in ${tz} near ${new Date(afterEpochMs).toISOString()}`);
}

/** The local calendar date `YYYY-MM-DD` of an instant in `tz`. */
export function localDate(epochMs: number, tz: string): string {
  const f = fieldsAt(epochMs, tz);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}`;
}

/** `YYYY-MM-DD HH:MM` local time of an instant in `tz` (for /status). */
export function formatLocal(epochMs: number, tz: string): string {
  const f = fieldsAt(epochMs, tz);
  return `${f.year}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}`;
}

/** `YYYY-MM-DD` plus `n` calendar days. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
