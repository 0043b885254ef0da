/**
 * The `arxiv:<cat>[+<cat>…]` source: new submissions in arXiv categories through the arXiv API
 * (`GET {ARXIV_API_BASE}/api/query`, Atom), newest first, paged, only newer than the last fetch.
 *
 * - Query: `search_query=cat:cs.CL OR cat:cs.LG`, `sortBy=submittedDate`, `sortOrder=descending`,
 *   `start`, `max_results` ({@link arxivPageSize} per page).
 * - Pacing: at most one request every 3 s to the API host (arXiv's published rule), enforced by
 *   the HTTP client's per-host interval, retries included.
 * - "Newer than the last fetch": the state keeps the newest submission time seen (`cursor`); paging
 *   stops at the first page that reaches it, at a short page, at `totalResults`, or after
 *   {@link arxivMaxPages} pages. Without a cursor (first start) the cursor is `now - BACKFILL_DAYS`.
 * - Each page with new entries is kept as it came, `YYYY-MM-DD-arxiv-<cats>-<HHMMSS>-p<N>.xml`
 *   (unique per run: a later run's first page must not replace an earlier one's), parsed by the
 *   core `feed` format; a page's older entries repeat papers already kept, and merge with them.
 * @module
 */
import { readFeedDocument } from '../document.ts';
import { slug } from '../feeds-dir.ts';
import { HttpError } from '../http.ts';
import type { ProbeContext, ProbeResult, Source, SourceContext, SourceRun, SourceState } from '../source.ts';
import { isoDay } from './dated.ts';

/** Entries per page (the API allows up to 2,000; 100 keeps each response small). */
export const arxivPageSize = 100;
/** Pages per run at most: 20 pages at 3 s is one minute, 2,000 submissions. */
export const arxivMaxPages = 20;
/** arXiv's rule: no more than one request every 3 seconds. */
export const arxivIntervalMs = 3_000;

/** The query URL of page `page` (0-based) of `size` entries. */
export function arxivQueryUrl(base: string, categories: readonly string[], page: number, size: number = arxivPageSize): string {
  const params = new URLSearchParams({
    search_query: categories.map((c) => `cat:${c}`).join(' OR '),
    sortBy: 'submittedDate',
    sortOrder: 'descending',
    start: String(page * size),
    max_results: String(size),
  });
  return `${base}/api/query?${params}`;
}

/** A {@link Source} for arXiv categories. */
export function arxivSource(base: string, id: string, categories: readonly string[]): Source {
  return {
    id,
    kind: 'arxiv',
    async run(ctx: SourceContext, previous: SourceState): Promise<SourceRun> {
      const since = Date.parse(previous.cursor ?? '') || ctx.now.getTime() - Math.max(1, ctx.backfillDays) * 86_400_000;
      const run: SourceRun = { state: { ...previous }, papers: 0, written: [], requests: 0 };
      const stamp = ctx.now.toISOString().slice(11, 19).replace(/:/g, '');
      let newest = since;
      for (let page = 0; page < arxivMaxPages; page++) {
        let res;
        try {
          res = await ctx.http.get(arxivQueryUrl(base, categories, page), { accept: 'application/atom+xml', ...(ctx.signal ? { signal: ctx.signal } : {}) });
        } catch (e) {
          if (!(e instanceof HttpError)) throw e;
          run.requests += e.requests;
          return { ...run, error: `page ${page + 1}: ${e.message}`, ...(e.retryAt ? { retryAt: e.retryAt } : {}) };
        }
        run.requests += res.requests;
        if (res.status !== 200) return { ...run, error: `page ${page + 1}: HTTP ${res.status}` };
        const doc = readFeedDocument(res.body);
        if (!doc.ok) return { ...run, error: `page ${page + 1}: ${doc.error}` };
        const { items, totalResults } = doc.value;
        const fresh = items.filter((item) => (Date.parse(item.published ?? '') || 0) > since);
        if (fresh.length) {
          const file = `${isoDay(ctx.now)}-${slug(id)}-${stamp}-p${page + 1}.xml`;
          ctx.feeds.write(file, res.body);
          run.written.push(file);
          run.papers += fresh.length;
          for (const item of fresh) newest = Math.max(newest, Date.parse(item.published!));
          // Advance the cursor page by page: a failure on page 3 keeps pages 1-2.
          run.state.cursor = new Date(newest).toISOString();
        }
        const reachedCursor = fresh.length < items.length;
        const lastPage = items.length < arxivPageSize || (totalResults !== null && (page + 1) * arxivPageSize >= totalResults);
        if (reachedCursor || lastPage) return run;
      }
      return { ...run, warning: `stopped after ${arxivMaxPages} pages (${arxivMaxPages * arxivPageSize} submissions): older new submissions were skipped` };
    },

    // The API answers queries, not documents, so nothing is conditional: one entry is asked for,
    // the smallest answer that shows the API and the categories work.
    async probe(ctx: ProbeContext): Promise<ProbeResult> {
      const url = arxivQueryUrl(base, categories, 0, 1);
      try {
        const res = await ctx.http.get(url, { accept: 'application/atom+xml', ...(ctx.signal ? { signal: ctx.signal } : {}) });
        if (res.status !== 200) return { ok: false, url, reason: `HTTP ${res.status}` };
        const doc = readFeedDocument(res.body);
        return doc.ok ? { ok: true, url, status: 200, papers: doc.value.items.length, conditional: false } : { ok: false, url, reason: doc.error };
      } catch (e) {
        if (!(e instanceof HttpError)) throw e;
        return { ok: false, url, reason: e.message };
      }
    },
  };
}
