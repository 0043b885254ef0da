/**
 * A fake of every live source on one 127.0.0.1 port (SPEC section 9), serving the recorded-shape
 * documents of test/fixtures/sources/:
 *
 * - HF Daily Papers: `GET /api/daily_papers?date=YYYY-MM-DD` -> the fixture day, `[]` for other days
 *   (as the API answers a day without papers);
 * - HFday: `GET /d/YYYY-MM-DD.json` -> the fixture day, 404 otherwise (weekends, days not published);
 * - arXiv API: `GET /api/query?search_query=cat:a OR cat:b&sortBy=submittedDate&sortOrder=descending&start=&max_results=`
 *   -> Atom pages over a catalog of submissions (the fixture papers, each with a submission time
 *   and categories; {@link FakeSources.addArxiv} adds more);
 * - feeds: `GET /feeds/rss.xml`, `/feeds/atom.xml`, `/feeds/feed.json`.
 *
 * Every document has an `ETag` and `Last-Modified`; `If-None-Match` / `If-Modified-Since` get a 304.
 * Bodies are gzip-encoded when the client accepts it. Faults can be scripted per path
 * ({@link FakeSources.fault}): 304/404/429 with `Retry-After`/503, slow bodies, truncated bodies, a
 * redirect loop, a 50 MB body, HTML instead of JSON, malformed XML. Every request is logged with the
 * time of the clock the test gives (so pacing is asserted on the log, not on real time).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const fixtures = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));

/** What a scripted fault does to a matching request. */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'slow'; chunkDelayMs: number }
  | { kind: 'truncate' }
  | { kind: 'redirect-loop' }
  | { kind: 'huge'; bytes: number; chunked?: boolean }
  | { kind: 'html' }
  | { kind: 'body'; body: string; contentType: string };

export interface LoggedRequest {
  /** The test clock's time when the request arrived. */
  at: number;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  status: number;
  gzip: boolean;
}

/** One arXiv submission in the fake's catalog. */
export interface ArxivEntry {
  id: string;
  title: string;
  summary: string;
  authors: string[];
  /** ISO submission time. */
  published: string;
  categories: string[];
}

export class FakeSources {
  readonly log: LoggedRequest[] = [];
  readonly baseUrl: string;
  #server: Server;
  #now: () => number;
  #faults: { match: RegExp; fault: Fault; times: number }[] = [];
  #arxiv: ArxivEntry[] = [];
  #hfDaily = new Map<string, Buffer>();
  #hfday = new Map<string, Buffer>();
  #feeds = new Map<string, { body: Buffer; type: string }>();
  #lastModified = 'Wed, 18 Sep 2024 09:00:00 GMT';

  private constructor(server: Server, now: () => number) {
    this.#server = server;
    this.#now = now;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const name of readdirSync(`${fixtures}hf-daily`)) this.#hfDaily.set(name.slice(0, 10), readFileSync(`${fixtures}hf-daily/${name}`));
    for (const name of readdirSync(`${fixtures}hfday-d`)) this.#hfday.set(name.slice(0, 10), readFileSync(`${fixtures}hfday-d/${name}`));
    this.#feeds.set('/feeds/rss.xml', { body: readFileSync(`${fixtures}arxiv-rss.xml`), type: 'application/rss+xml' });
    this.#feeds.set('/feeds/atom.xml', { body: readFileSync(`${fixtures}blog-atom.xml`), type: 'application/atom+xml' });
    this.#feeds.set('/feeds/feed.json', { body: readFileSync(`${fixtures}feed.json`), type: 'application/feed+json' });
    this.#arxiv = catalogFromHfday(this.#hfday);
  }

  /** Starts the fake on a free 127.0.0.1 port. `now` stamps the request log (default: real time). */
  static async start(options: { now?: () => number } = {}): Promise<FakeSources> {
    let fake: FakeSources | undefined;
    const server = createServer((req, res) => fake!.#handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeSources(server, options.now ?? Date.now);
    return fake;
  }

  /** Days the HF and HFday fixtures cover, ascending. */
  get days(): string[] {
    return [...this.#hfday.keys()].sort();
  }

  /** Papers in a fixture day, per source (the "papers per source per day" figure). */
  papersOn(day: string): { hfDaily: number; hfday: number } {
    const hf = this.#hfDaily.get(day);
    const hd = this.#hfday.get(day);
    return { hfDaily: hf ? (JSON.parse(hf.toString()) as unknown[]).length : 0, hfday: hd ? (JSON.parse(hd.toString()) as { papers: unknown[] }).papers.length : 0 };
  }

  /** The arXiv catalog (newest first). */
  get arxiv(): readonly ArxivEntry[] {
    return [...this.#arxiv].sort((a, b) => b.published.localeCompare(a.published));
  }

  /** Adds submissions to the arXiv catalog. */
  addArxiv(entries: readonly ArxivEntry[]): void {
    this.#arxiv.push(...entries);
  }

  /** Replaces (or adds) an HF Daily Papers day. */
  setHfDaily(day: string, items: unknown[]): void {
    this.#hfDaily.set(day, Buffer.from(JSON.stringify(items)));
  }

  /** Scripts a fault for requests whose path (with query) matches, `times` times (default: always). */
  fault(match: RegExp, fault: Fault, times = Infinity): void {
    this.#faults.push({ match, fault, times });
  }

  clearFaults(): void {
    this.#faults = [];
  }

  /** Logged requests whose path matches. */
  requests(match: RegExp = /./): LoggedRequest[] {
    return this.log.filter((r) => match.test(r.path));
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  // === Routing

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const full = `${url.pathname}${url.search}`;
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const entry: LoggedRequest = { at: this.#now(), path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, status: 0, gzip: false };
    this.log.push(entry);
    const reply = (status: number, body: Buffer | string, headers: Record<string, string> = {}) => {
      entry.status = status;
      let bytes = typeof body === 'string' ? Buffer.from(body) : body;
      const out: Record<string, string> = { ...headers };
      if (gzip && bytes.length > 0) {
        bytes = gzipSync(bytes);
        out['content-encoding'] = 'gzip';
        entry.gzip = true;
      }
      out['content-length'] = String(bytes.length);
      res.writeHead(status, out);
      res.end(bytes);
    };

    const slot = this.#faults.find((f) => f.times > 0 && f.match.test(full));
    if (slot) {
      slot.times--;
      if (this.#applyFault(slot.fault, req, res, entry)) return;
    }

    const doc = this.#document(url);
    if (!doc) return reply(404, 'Not Found', { 'content-type': 'text/plain' });
    const etag = `"${createHash('sha1').update(doc.body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === this.#lastModified)) {
      entry.status = 304;
      res.writeHead(304, { etag, 'last-modified': this.#lastModified });
      return void res.end();
    }
    reply(200, doc.body, { 'content-type': doc.type, etag, 'last-modified': this.#lastModified });
  }

  #document(url: URL): { body: Buffer; type: string } | undefined {
    if (url.pathname === '/api/daily_papers') {
      const day = url.searchParams.get('date') ?? '';
      return { body: this.#hfDaily.get(day) ?? Buffer.from('[]'), type: 'application/json; charset=utf-8' };
    }
    const hfday = /^\/d\/(\d{4}-\d{2}-\d{2})\.json$/.exec(url.pathname);
    if (hfday) {
      const body = this.#hfday.get(hfday[1]!);
      return body ? { body, type: 'application/json' } : undefined;
    }
    if (url.pathname === '/api/query') return { body: Buffer.from(this.#arxivPage(url.searchParams)), type: 'application/atom+xml; charset=utf-8' };
    return this.#feeds.get(url.pathname);
  }

  /** Returns true when the fault answered the request. */
  #applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse, entry: LoggedRequest): boolean {
    switch (fault.kind) {
      case 'status': {
        entry.status = fault.status;
        res.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {}) });
        res.end(`status ${fault.status}`);
        return true;
      }
      case 'redirect-loop': {
        entry.status = 302;
        res.writeHead(302, { location: `${entry.path}?${new URLSearchParams({ ...entry.query, hop: String(Number(entry.query.hop ?? '0') + 1) })}` });
        res.end();
        return true;
      }
      case 'html': {
        entry.status = 200;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>');
        return true;
      }
      case 'body': {
        entry.status = 200;
        res.writeHead(200, { 'content-type': fault.contentType });
        res.end(fault.body);
        return true;
      }
      case 'truncate': {
        const doc = this.#document(new URL(req.url ?? '/', 'http://fake'));
        const body = doc?.body ?? Buffer.from('x'.repeat(10_000));
        entry.status = 200;
        res.writeHead(200, { 'content-type': doc?.type ?? 'application/json', 'content-length': String(body.length) });
        res.write(body.subarray(0, Math.floor(body.length / 2)));
        setTimeout(() => res.destroy(), 20);
        return true;
      }
      case 'slow': {
        const doc = this.#document(new URL(req.url ?? '/', 'http://fake'));
        const body = doc?.body ?? Buffer.from('[]');
        entry.status = 200;
        res.writeHead(200, { 'content-type': doc?.type ?? 'application/json', 'content-length': String(body.length) });
        let at = 0;
        const step = Math.max(1, Math.ceil(body.length / 20));
        const drip = () => {
          if (res.destroyed) return;
          if (at >= body.length) return void res.end();
          res.write(body.subarray(at, (at += step)));
          setTimeout(drip, fault.chunkDelayMs);
        };
        drip();
        return true;
      }
      case 'huge': {
        entry.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', ...(fault.chunked ? {} : { 'content-length': String(fault.bytes) }) });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < fault.bytes && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end();
        };
        res.on('error', () => undefined);
        pump();
        return true;
      }
    }
  }

  // === arXiv

  #arxivPage(params: URLSearchParams): string {
    const categories = [...(params.get('search_query') ?? '').matchAll(/cat:([\w.-]+)/g)].map((m) => m[1]!);
    const start = Number(params.get('start') ?? 0);
    const max = Number(params.get('max_results') ?? 10);
    const matching = this.arxiv.filter((e) => e.categories.some((c) => categories.includes(c)));
    const page = matching.slice(start, start + max);
    const entries = page
      .map(
        (e) => `  <entry>
    <id>http://arxiv.org/abs/${e.id}v1</id>
    <updated>${e.published}</updated>
    <published>${e.published}</published>
    <title>${xml(e.title)}</title>
    <summary>  ${xml(e.summary)}
</summary>
${e.authors.map((a) => `    <author>\n      <name>${xml(a)}</name>\n    </author>`).join('\n')}
    <link href="http://arxiv.org/abs/${e.id}v1" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/${e.id}v1" rel="related" type="application/pdf"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="${e.categories[0]}" scheme="http://arxiv.org/schemas/atom"/>
${e.categories.map((c) => `    <category term="${c}" scheme="http://arxiv.org/schemas/atom"/>`).join('\n')}
  </entry>`,
      )
      .join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?${xml(params.toString())}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: ${xml(params.toString())}</title>
  <id>http://arxiv.org/api/fake</id>
  <updated>2024-09-19T00:00:00-04:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${matching.length}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${start}</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${max}</opensearch:itemsPerPage>
${entries}
</feed>
`;
  }
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The arXiv catalog: every fixture paper as a submission at 13:00 UTC on its `pub_date`, spread over
 * cs.CL, cs.LG and cs.CV by its arXiv id (so a two-category query sees about two thirds).
 */
function catalogFromHfday(days: Map<string, Buffer>): ArxivEntry[] {
  const seen = new Set<string>();
  const out: ArxivEntry[] = [];
  const cats = ['cs.CL', 'cs.LG', 'cs.CV'];
  for (const body of days.values()) {
    const papers = (JSON.parse(body.toString()) as { papers: { url: string; title: string; abstract: string; pub_date: string }[] }).papers;
    papers.forEach((p, i) => {
      const id = p.url.slice(p.url.lastIndexOf('/') + 1);
      if (seen.has(id)) return;
      seen.add(id);
      const n = Number(id.slice(-2));
      out.push({ id, title: p.title, summary: p.abstract, authors: ['A. Author', 'B. Author'], published: `${p.pub_date}T13:${String(i % 60).padStart(2, '0')}:00Z`, categories: [cats[n % 3]!, cats[(n + 1) % 3]!] });
    });
  }
  return out;
}
