import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, formatLocal, isValidTimeZone, localDate, nextRunAt, parseTime } from '../../src/schedule/time.ts';

const utc = (s: string) => Date.parse(s);
const iso = (ms: number) => new Date(ms).toISOString();

describe('parseTime', () => {
  it('GIVEN HH:MM or H:MM THEN hour, minute and normalised text', () => {
    expect(parseTime('09:00')).toEqual({ ok: true, value: { hour: 9, minute: 0, text: '09:00' } });
    expect(parseTime('7:05')).toEqual({ ok: true, value: { hour: 7, minute: 5, text: '07:05' } });
    expect(parseTime('23:59')).toMatchObject({ ok: true, value: { text: '23:59' } });
  });
  it('GIVEN an impossible or malformed time THEN BAD_TIME with the input', () => {
    for (const bad of ['24:00', '9', '09:60', '9am', '', '09:00:00', '-1:00']) {
      expect(parseTime(bad)).toEqual({ ok: false, error: { code: 'BAD_TIME', input: bad } });
    }
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
    [' Europe/Berlin', false],
  ])('GIVEN "%s" THEN %s (IANA names only, no padding)', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('localDate / formatLocal', () => {
  it('GIVEN an instant near midnight THEN the date in the zone, not UTC', () => {
    expect(localDate(utc('2026-11-23T22:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-24');
    expect(localDate(utc('2026-11-23T02:00:00Z'), 'America/New_York')).toBe('2026-11-22');
    expect(formatLocal(utc('2026-11-23T22:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-24 03:30');
  });
  it('GIVEN addDays across month and leap day THEN calendar arithmetic', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('nextRunAt', () => {
  it('GIVEN an ordinary day THEN today if still ahead, else tomorrow (strictly after)', () => {
    expect(iso(nextRunAt('09:00', 'UTC', utc('2026-11-23T08:59:00Z')))).toBe('2026-11-23T09:00:00.000Z');
    expect(iso(nextRunAt('09:00', 'UTC', utc('2026-11-23T09:00:00Z')))).toBe('2026-11-24T09:00:00.000Z');
  });

  it('GIVEN Asia/Kolkata (+05:30, no DST) THEN 09:00 local is 03:30 UTC', () => {
    expect(iso(nextRunAt('09:00', 'Asia/Kolkata', utc('2026-11-23T00:00:00Z')))).toBe('2026-11-23T03:30:00.000Z');
    expect(iso(nextRunAt('00:15', 'Asia/Kolkata', utc('2026-11-23T18:44:00Z')))).toBe('2026-11-23T18:45:00.000Z');
  });

  describe('Europe/Berlin', () => {
    it('GIVEN spring forward 2026-03-29 (02:00 -> 03:00) AND a nonexistent 02:30 THEN the transition instant 03:00 CEST', () => {
      const at = nextRunAt('02:30', 'Europe/Berlin', utc('2026-03-28T12:00:00Z'));
      expect(iso(at)).toBe('2026-03-29T01:00:00.000Z');
      expect(formatLocal(at, 'Europe/Berlin')).toBe('2026-03-29 03:00');
      // and the day after, the normal 02:30 CEST
      expect(iso(nextRunAt('02:30', 'Europe/Berlin', at))).toBe('2026-03-30T00:30:00.000Z');
    });
    it('GIVEN spring forward AND 09:00 THEN 07:00 UTC (the new offset)', () => {
      expect(iso(nextRunAt('09:00', 'Europe/Berlin', utc('2026-03-28T12:00:00Z')))).toBe('2026-03-29T07:00:00.000Z');
    });
    it('GIVEN fall back 2026-10-25 (03:00 -> 02:00) AND an ambiguous 02:30 THEN once, at the first occurrence (CEST)', () => {
      const first = nextRunAt('02:30', 'Europe/Berlin', utc('2026-10-24T12:00:00Z'));
      expect(iso(first)).toBe('2026-10-25T00:30:00.000Z');
      // Strictly after the first occurrence: not the second 02:30 (01:30Z) but the next day.
      expect(iso(nextRunAt('02:30', 'Europe/Berlin', first))).toBe('2026-10-26T01:30:00.000Z');
    });
  });

  describe('America/New_York', () => {
    it('GIVEN spring forward 2026-03-08 AND a nonexistent 02:30 THEN 03:00 EDT = 07:00 UTC', () => {
      const at = nextRunAt('02:30', 'America/New_York', utc('2026-03-07T20:00:00Z'));
      expect(iso(at)).toBe('2026-03-08T07:00:00.000Z');
      expect(formatLocal(at, 'America/New_York')).toBe('2026-03-08 03:00');
    });
    it('GIVEN spring forward AND 09:00 THEN 13:00 UTC (EDT), the day before 14:00 UTC (EST)', () => {
      expect(iso(nextRunAt('09:00', 'America/New_York', utc('2026-03-07T12:00:00Z')))).toBe('2026-03-07T14:00:00.000Z');
      expect(iso(nextRunAt('09:00', 'America/New_York', utc('2026-03-07T14:00:00Z')))).toBe('2026-03-08T13:00:00.000Z');
    });
    it('GIVEN fall back 2026-11-01 AND an ambiguous 01:30 THEN once, at 01:30 EDT = 05:30 UTC', () => {
      const first = nextRunAt('01:30', 'America/New_York', utc('2026-10-31T12:00:00Z'));
      expect(iso(first)).toBe('2026-11-01T05:30:00.000Z');
      expect(iso(nextRunAt('01:30', 'America/New_York', first))).toBe('2026-11-02T06:30:00.000Z');
    });
  });

  it('GIVEN midnight in a zone ahead of UTC THEN the next local midnight', () => {
    expect(iso(nextRunAt('00:00', 'Pacific/Kiritimati', utc('2026-11-23T03:29:00Z')))).toBe('2026-11-23T10:00:00.000Z');
  });

  it('GIVEN bad input THEN it throws with the module prefix', () => {
    expect(() => nextRunAt('25:00', 'UTC', 0)).toThrow('schedule/time: "25:00" is not HH:MM');
    expect(() => nextRunAt('09:00', 'Nowhere/City', 0)).toThrow('schedule/time: "Nowhere/City" is not an IANA time zone');
  });

  it('PROPERTY: strictly after, within 25 h, at the requested local time or a DST-shifted one, once per local date', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'UTC', 'Pacific/Chatham'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (after, h, m, tz) => {
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const at = nextRunAt(time, tz, after);
          expect(at).toBeGreaterThan(after);
          expect(at - after).toBeLessThanOrEqual(25 * 3_600_000);
          const local = formatLocal(at, tz).slice(11);
          // Either the exact wall time, or a time shifted forward by a DST gap (< 1 h, same date).
          if (local !== time) expect(local > time).toBe(true);
          // The following run is on a later local date.
          expect(localDate(nextRunAt(time, tz, at), tz) > localDate(at, tz)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
