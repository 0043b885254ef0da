/**
 * Checking a fetched document before it is written: it must be what the source promises (JSON for
 * the daily APIs, a well-formed feed for arXiv and feed URLs), parse with the format's own parser,
 * and hold papers. A document that fails is never written, so the corpus only ever loads files
 * that parsed once, and the previous papers stay.
 * @module
 */
import { err, ok, parseDigest, readFeed, type DigestFormat, type FeedDocument, type Result } from '../core/index.ts';

/** How many papers a good document holds (0: a day without papers, nothing to write). */
export function checkDocument(name: string, format: DigestFormat, body: Uint8Array, contentType: string | null): Result<number, string> {
  const head = Buffer.from(body.subarray(0, 512)).toString('utf8').trimStart();
  const html = /^<(!doctype\s+html|html)[\s>]/i.test(head) || /^text\/html/i.test(contentType ?? '');
  if (format !== 'feed' && (html || head.startsWith('<'))) return err(`expected JSON, got ${html ? 'an HTML page' : 'XML'}${contentType ? ` (${contentType.split(';')[0]})` : ''}`);
  if (format !== 'feed' && head === '') return err('empty body');
  if (format === 'feed') {
    const feed = readFeedDocument(body);
    if (!feed.ok) return feed;
    if (feed.value.items.length === 0) return ok(0);
  }
  const parsed = parseDigest({ file: name, bytes: body, format });
  if (parsed.ok) return ok(parsed.value.papers.length);
  // A well-formed document without entries (`[]`, `{"papers": []}`) is a day without papers; one
  // whose entries were all refused says why after a semicolon, and is an error.
  return parsed.error.reason === `no papers found (${format})` ? ok(0) : err(parsed.error.reason);
}

/** A feed response as a {@link FeedDocument}; malformed XML is an error here (a fetch never keeps a broken document). */
export function readFeedDocument(body: Uint8Array): Result<FeedDocument, string> {
  const feed = readFeed(Buffer.from(body).toString('utf8'));
  if (!feed.ok) return feed;
  if (feed.value.malformed) return err(`malformed XML at line ${feed.value.malformed.line}: ${feed.value.malformed.reason}`);
  return feed;
}
