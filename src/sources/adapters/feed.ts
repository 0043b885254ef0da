/**
 * A feed URL source: any RSS 2.0, RDF, Atom or JSON Feed document, fetched with a conditional GET
 * (an unchanged feed costs a 304). A changed feed is kept as that day's file,
 * `YYYY-MM-DD-feed-<host-and-path>.xml` (`.json` for a JSON Feed): a later fetch the same day
 * replaces it, and items that have scrolled out of the feed stay in the earlier days' files.
 * @module
 */
import { checkDocument } from '../document.ts';
import { slug } from '../feeds-dir.ts';
import { HttpError } from '../http.ts';
import type { ProbeContext, ProbeResult, Source, SourceContext, SourceRun, SourceState } from '../source.ts';
import { isoDay } from './dated.ts';

/** A {@link Source} for one feed URL. */
export function feedSource(url: string): Source {
  const accept = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8';
  return {
    id: url,
    kind: 'feed',
    async run(ctx: SourceContext, previous: SourceState): Promise<SourceRun> {
      const run: SourceRun = { state: { ...previous }, papers: 0, written: [], requests: 0 };
      let res;
      try {
        res = await ctx.http.get(url, {
          accept,
          ...(previous.validators ?? {}),
          ...(ctx.signal ? { signal: ctx.signal } : {}),
        });
      } catch (e) {
        if (!(e instanceof HttpError)) throw e;
        run.requests += e.requests;
        return { ...run, error: e.message, ...(e.retryAt ? { retryAt: e.retryAt } : {}) };
      }
      run.requests += res.requests;
      if (res.status === 304) return run;
      if (res.status === 404) return { ...run, error: 'HTTP 404 (no feed at this address)' };
      const json = Buffer.from(res.body.subarray(0, 64)).toString('utf8').trimStart().startsWith('{');
      const file = `${isoDay(ctx.now)}-feed-${slug(url.replace(/\.(xml|json|rss|atom)$/i, ''))}.${json ? 'json' : 'xml'}`;
      const checked = checkDocument(file, 'feed', res.body, res.contentType);
      if (!checked.ok) return { ...run, error: checked.error };
      if (checked.value > 0) {
        ctx.feeds.write(file, res.body);
        run.written.push(file);
        run.papers += checked.value;
      }
      run.state.validators = res.validators;
      return run;
    },

    // With the last fetch's validators: an unchanged feed answers 304 and sends nothing.
    async probe(ctx: ProbeContext, state: SourceState): Promise<ProbeResult> {
      const conditional = Boolean(state.validators?.etag || state.validators?.lastModified);
      try {
        const res = await ctx.http.get(url, { accept, ...(state.validators ?? {}), ...(ctx.signal ? { signal: ctx.signal } : {}) });
        if (res.status === 404) return { ok: false, url, reason: 'HTTP 404 (no feed at this address)' };
        if (res.status === 304) return { ok: true, url, status: 304, conditional };
        const checked = checkDocument('feed.xml', 'feed', res.body, res.contentType);
        return checked.ok ? { ok: true, url, status: 200, papers: checked.value, conditional } : { ok: false, url, reason: checked.error };
      } catch (e) {
        if (!(e instanceof HttpError)) throw e;
        return { ok: false, url, reason: e.message };
      }
    },
  };
}
