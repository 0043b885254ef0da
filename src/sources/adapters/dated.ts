/**
 * A dated source: one document per day at a URL made from the date (HF Daily Papers, HFday).
 *
 * Each run looks at the last `backfillDays` days (UTC), oldest first, and at yesterday when it was
 * fetched before:
 * - a day older than yesterday whose document is on disk, or that had nothing (404, `[]`), is done:
 *   no request (a restart refetches nothing);
 * - yesterday and today are asked again every run (papers are added during the day), with
 *   `If-None-Match` / `If-Modified-Since` when their document is on disk, so an unchanged day costs
 *   a 304;
 * - a day that failed before is simply asked again.
 * A failure stops the run (one log line per source; the next run resumes); days already done keep
 * their state. After downtime longer than the window, only the window is fetched: no request storm.
 * @module
 */
import type { DigestFormat } from '../../core/index.ts';
import { checkDocument } from '../document.ts';
import { HttpError } from '../http.ts';
import type { DayState, ProbeContext, ProbeResult, Source, SourceContext, SourceRun, SourceState } from '../source.ts';
import type { SourceKind } from '../spec.ts';

export interface DatedSourceOptions {
  id: string;
  kind: SourceKind;
  format: DigestFormat;
  /** The document's URL for `YYYY-MM-DD`. */
  url(day: string): string;
  /** Its file name in the feeds directory (date first). */
  file(day: string): string;
}

const dayMs = 86_400_000;

/** `YYYY-MM-DD` (UTC) of `date`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The last `count` days up to `today`, oldest first. */
export function lastDays(today: string, count: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: Math.max(1, count) }, (_, i) => isoDay(new Date(end - (Math.max(1, count) - 1 - i) * dayMs)));
}

/** A {@link Source} with one document per day. */
export function datedSource(o: DatedSourceOptions): Source {
  return {
    id: o.id,
    kind: o.kind,
    async run(ctx: SourceContext, previous: SourceState): Promise<SourceRun> {
      const today = isoDay(ctx.now);
      const yesterday = isoDay(new Date(ctx.now.getTime() - dayMs));
      // The backfill window; yesterday too when it was fetched before (a late addition to it is not lost).
      const window = lastDays(today, ctx.backfillDays);
      if (previous.days?.[yesterday] && !window.includes(yesterday)) window.unshift(yesterday);
      const days: Record<string, DayState> = {};
      // Keep only the window's days (and yesterday's, whatever the window): the state stays small.
      for (const [day, s] of Object.entries(previous.days ?? {})) if (day >= window[0]! || day === yesterday) days[day] = s;
      const run: SourceRun = { state: { ...previous, days }, papers: 0, written: [], requests: 0 };
      const checkedAt = ctx.now.toISOString();

      for (const day of window) {
        const before = days[day];
        const file = o.file(day);
        const onDisk = ctx.feeds.has(file);
        const recent = day >= yesterday;
        if (!recent && (onDisk || before?.status === 'empty')) continue;
        let res;
        try {
          res = await ctx.http.get(o.url(day), { accept: 'application/json', ...(onDisk && before?.status === 'ok' ? before.validators : {}), ...(ctx.signal ? { signal: ctx.signal } : {}) });
        } catch (e) {
          if (!(e instanceof HttpError)) throw e;
          run.requests += e.requests;
          return { ...run, error: `${day}: ${e.message}`, ...(e.retryAt ? { retryAt: e.retryAt } : {}) };
        }
        run.requests += res.requests;
        if (res.status === 404) {
          days[day] = { status: 'empty', papers: 0, checkedAt };
          continue;
        }
        if (res.status === 304) {
          if (before) days[day] = { ...before, checkedAt };
          continue;
        }
        const checked = checkDocument(file, o.format, res.body, res.contentType);
        if (!checked.ok) return { ...run, error: `${day}: ${checked.error}` };
        if (checked.value === 0) {
          days[day] = { status: 'empty', papers: 0, checkedAt };
          continue;
        }
        ctx.feeds.write(file, res.body);
        run.written.push(file);
        // A day fetched again (today, growing) counts only the papers it gained.
        run.papers += Math.max(0, checked.value - (onDisk && before?.status === 'ok' ? before.papers : 0));
        days[day] = { status: 'ok', papers: checked.value, validators: res.validators, checkedAt };
      }
      return run;
    },

    // The newest day whose document is on disk, asked with its validators (a 304 when unchanged);
    // with none on disk, today's document, which is not on disk either.
    async probe(ctx: ProbeContext, state: SourceState): Promise<ProbeResult> {
      const kept = Object.entries(state.days ?? {})
        .filter(([day, s]) => s.status === 'ok' && s.validators && ctx.has(o.file(day)))
        .sort(([a], [b]) => (a < b ? 1 : -1))[0];
      const day = kept?.[0] ?? isoDay(ctx.now);
      const validators = kept?.[1].validators ?? {};
      const url = o.url(day);
      try {
        const res = await ctx.http.get(url, { accept: 'application/json', ...validators, ...(ctx.signal ? { signal: ctx.signal } : {}) });
        if (res.status !== 200) return { ok: true, url, status: res.status, conditional: Boolean(kept) };
        const checked = checkDocument(o.file(day), o.format, res.body, res.contentType);
        return checked.ok ? { ok: true, url, status: 200, papers: checked.value, conditional: Boolean(kept) } : { ok: false, url, reason: `${day}: ${checked.error}` };
      } catch (e) {
        if (!(e instanceof HttpError)) throw e;
        return { ok: false, url, reason: `${day}: ${e.message}` };
      }
    },
  };
}
