/**
 * feed: RSS 2.0 (and 0.9x), RDF/RSS 1.0, Atom and JSON Feed documents, among them the arXiv API's
 * Atom responses and arXiv's RSS listings (SPEC section 9). Parsed with feedsmith (see DESIGN.md:
 * one pure parser for all four families, tolerant of real-world feeds, typed, no network code);
 * this file only maps its items onto paper entries.
 *
 * An item becomes a paper: its title, its summary as plain text (HTML stripped, arXiv's
 * `arXiv:… Announce Type: new Abstract:` prefix removed), authors, links, and the arXiv id from a
 * link, the Atom `id` or the RSS `guid` (`http://arxiv.org/abs/2409.10516v2`,
 * `oai:arXiv.org:2409.10516v1`) when there is one. The language is read from the text (Han ->
 * zh, Cyrillic -> ru, else en); a non-English item's title is its local title.
 * @module
 */
import { createRequire } from 'node:module';
import type * as Entities from 'entities';
import type * as FastXmlParser from 'fast-xml-parser';
import type * as Feedsmith from 'feedsmith';
import type { AnyFeed } from 'feedsmith';
import type { Lang } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import type { DigestProblem, FormatOutput, RawEntry } from './entry.ts';
import { maxTextChars, maxTitleChars, oversized } from './json.ts';
import { isSurveyTitle, nameFromChinese, nameFromProse, nameFromTitle } from './names.ts';
import { scriptShare } from './text.ts';
import { arxivIdFromUrl, cleanUrl } from './urls.ts';

// === The feed libraries, loaded on the first feed read

/**
 * feedsmith, fast-xml-parser and entities, loaded (their CommonJS builds, synchronously) the first
 * time a feed is read rather than with this module: they are ~190 modules that every process
 * importing the core would load, and `npm start` serving from its snapshot reads no feed (the corpus
 * worker and the fetch job read them later). Loaded with the rest, they were 0.2-0.5 s of the start
 * through tsx's module loader. Same package versions as the ESM builds, so the same parsing.
 */
const requireLib = createRequire(import.meta.url);
let libs: { parseAnyFeed: typeof Feedsmith.parseFeed; XMLValidator: typeof FastXmlParser.XMLValidator; decodeHTML: typeof Entities.decodeHTML } | undefined;
function feedLibs(): NonNullable<typeof libs> {
  libs ??= {
    parseAnyFeed: (requireLib('feedsmith') as typeof Feedsmith).parseFeed,
    XMLValidator: (requireLib('fast-xml-parser') as typeof FastXmlParser).XMLValidator,
    decodeHTML: (requireLib('entities') as typeof Entities).decodeHTML,
  };
  return libs;
}

/** One feed item, normalised across RSS, RDF, Atom and JSON Feed. */
export interface FeedItem {
  /** Atom `id`, RSS `guid`, JSON Feed `id`. */
  id: string | null;
  title: string | null;
  /** Plain text (HTML stripped, whitespace collapsed). */
  summary: string;
  /** Item links (alternate first), absolute http(s) only. */
  links: string[];
  authors: string[];
  /** As the feed writes it (ISO 8601 in Atom and JSON Feed, RFC 822 in RSS); null when absent. */
  published: string | null;
  updated: string | null;
  /** arXiv id from the links, id or guid, without version; null when none. */
  arxivId: string | null;
}

/** A parsed feed document. */
export interface FeedDocument {
  kind: 'rss' | 'rdf' | 'atom' | 'json';
  items: FeedItem[];
  /** OpenSearch `totalResults` (the arXiv API's match count, for paging), when the feed gives it. */
  totalResults: number | null;
  /**
   * Where the XML is not well-formed (a truncated or broken document), null when it is. feedsmith
   * is lenient and still reads what it can; a fetch rejects such a document, a file on disk loads
   * with a warning.
   */
  malformed: { line: number; reason: string } | null;
}

/**
 * Reads a feed document. Not a feed (an HTML page, other JSON) or malformed XML is an error
 * sentence, never an exception.
 * ```ts
 * const r = readFeed(atomText);
 * if (r.ok) r.value.items.map((i) => i.arxivId);
 * ```
 */
export function readFeed(text: string): Result<FeedDocument, string> {
  const trimmed = text.trimStart();
  if (/^<(!doctype\s+html|html)[\s>]/i.test(trimmed)) return err('not a feed: an HTML page');
  const malformed = trimmed.startsWith('<') ? xmlProblem(trimmed) : null;
  let parsed: AnyFeed<string>;
  try {
    parsed = feedLibs().parseAnyFeed<string>(trimmed.startsWith('{') ? JSON.parse(trimmed) : trimmed);
  } catch (e) {
    if (e instanceof SyntaxError) return err(`invalid JSON: ${e.message.split('\n')[0]}`);
    if (malformed) return err(`malformed XML at line ${malformed.line}: ${malformed.reason}`);
    return err((e as Error).name === 'DetectError' ? 'not a feed: no RSS, Atom, RDF or JSON Feed document found' : `malformed feed: ${(e as Error).message.split('\n')[0]}`);
  }
  const doc = feedDocument(parsed);
  return ok({ ...doc, malformed });
}

/** The first well-formedness error of an XML document, or null. */
function xmlProblem(xml: string): { line: number; reason: string } | null {
  const result = feedLibs().XMLValidator.validate(xml);
  return result === true ? null : { line: result.err.line, reason: result.err.msg.replace(/\s+/g, ' ') };
}

function feedDocument(parsed: AnyFeed<string>): Omit<FeedDocument, 'malformed'> {
  switch (parsed.format) {
    case 'atom': {
      const feed = parsed.feed;
      const items = (feed.entries ?? []).map((e) =>
        item({
          id: e.id,
          title: e.title?.value,
          summary: e.summary?.value ?? e.content?.value,
          links: [...(e.links ?? [])].sort((a, b) => rank(a.rel) - rank(b.rel)).map((l) => l.href),
          authors: (e.authors ?? []).map((a) => a.name),
          published: e.published ?? e.dc?.dates?.[0],
          updated: e.updated,
        }),
      );
      return { kind: 'atom', items, totalResults: feed.opensearch?.totalResults ?? null };
    }
    case 'rss': {
      const feed = parsed.feed;
      const items = (feed.items ?? []).map((i) =>
        item({
          id: i.guid?.value,
          title: i.title,
          summary: i.description ?? i.content?.encoded,
          links: [i.link, i.guid?.isPermaLink !== false ? i.guid?.value : undefined],
          authors: [...(i.authors ?? []).map((a) => a.name), ...(i.dc?.creators ?? [])],
          published: i.pubDate ?? i.dc?.dates?.[0],
          updated: undefined,
        }),
      );
      return { kind: 'rss', items, totalResults: feed.opensearch?.totalResults ?? null };
    }
    case 'rdf': {
      const items = (parsed.feed.items ?? []).map((i) =>
        item({ id: i.link, title: i.title, summary: i.description, links: [i.link], authors: i.dc?.creators ?? [], published: i.dc?.dates?.[0], updated: undefined }),
      );
      return { kind: 'rdf', items, totalResults: null };
    }
    case 'json': {
      const items = (parsed.feed.items ?? []).map((i) =>
        item({
          id: i.id,
          title: i.title,
          summary: i.summary ?? i.content_text ?? i.content_html,
          links: [i.url, i.external_url],
          authors: (i.authors ?? []).map((a) => a.name),
          published: i.date_published,
          updated: i.date_modified,
        }),
      );
      return { kind: 'json', items, totalResults: null };
    }
  }
}

/**
 * Parses a feed into paper entries; an item with neither title nor text is a warning. Only the
 * first `limit` items are read (the caller refuses a file with more papers).
 */
export function parseFeedDigest(file: string, text: string, limit = Infinity): FormatOutput {
  const read = readFeed(text);
  if (!read.ok) return { error: { file, line: 1, reason: read.error } };
  const entries: RawEntry[] = [];
  const warnings: DigestProblem[] = [];
  const bad = read.value.malformed;
  if (bad) warnings.push({ file, line: bad.line, reason: `malformed XML at line ${bad.line}: ${bad.reason} (read leniently)` });
  read.value.items.slice(0, limit).forEach((it, i) => {
    const tooLong = oversized([['title', it.title, maxTitleChars], ['summary', it.summary, maxTextChars]]);
    const entry = tooLong ? null : toEntry(it);
    if (tooLong) warnings.push({ file, line: null, reason: `item ${i} skipped: ${tooLong}` });
    else if (entry) entries.push(entry);
    else warnings.push({ file, line: null, reason: `item ${i} skipped: no title or text` });
  });
  return { entries, warnings };
}

// === Internals

interface ItemFields {
  id: string | undefined;
  title: string | undefined;
  summary: string | undefined;
  links: (string | undefined)[];
  authors: (string | undefined)[];
  published: string | undefined;
  updated: string | undefined;
}

/** Atom links: `alternate` (or no rel) first, then the rest. */
const rank = (rel: string | undefined) => (!rel || rel === 'alternate' ? 0 : 1);

function item(f: ItemFields): FeedItem {
  const links = [...new Set(f.links.flatMap((l) => (l && /^https?:\/\//i.test(l.trim()) ? [cleanUrl(l.trim())] : [])))];
  const id = f.id?.trim() || null;
  return {
    id,
    title: f.title ? plain(f.title) || null : null,
    summary: f.summary ? stripArxivPrefix(plain(f.summary)) : '',
    links,
    authors: [...new Set(f.authors.flatMap((a) => (a ? splitAuthors(a) : [])))],
    published: f.published?.trim() || null,
    updated: f.updated?.trim() || null,
    arxivId: [...links, id ?? ''].map(arxivIdOf).find((x) => x !== null) ?? null,
  };
}

/** `oai:arXiv.org:2409.10516v1` (arXiv RSS guids) or an arxiv.org / huggingface.co/papers URL. */
function arxivIdOf(ref: string): string | null {
  return /^oai:arXiv\.org:(\d{4}\.\d{4,5})(?:v\d+)?$/i.exec(ref)?.[1] ?? arxivIdFromUrl(ref);
}

/**
 * HTML (or text) to one line of plain text: scripts and styles dropped, inline tags removed, other
 * tags a space (so `<p>a</p><p>b</p>` keeps its words apart and `原文：<a>arXiv</a>` stays joined),
 * entities decoded, spaces collapsed.
 */
function plain(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(a|b|i|em|strong|span|code|sub|sup|abbr|small|mark)\b[^>]*>/gi, '')
    .replace(/<[^>]*>/g, ' ');
  return feedLibs().decodeHTML(text)
    .replace(/\s+/g, ' ')
    .trim();
}

/** arXiv's RSS descriptions start with `arXiv:2409.00001v1 Announce Type: new Abstract: `. */
const stripArxivPrefix = (text: string) => text.replace(/^arXiv:\S+\s+Announce Type:\s*\S+\s+Abstract:\s*/i, '');

/** arXiv's RSS puts every author in one `dc:creator`, comma-separated. */
function splitAuthors(value: string): string[] {
  return value
    .split(/\s*[,;]\s*|\s+and\s+/)
    .map((a) => a.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function languageOf(text: string): Lang {
  const share = scriptShare(text);
  if (share.han > 0 && share.han >= share.cyrillic && share.han * 4 >= share.latin) return 'zh';
  if (share.letters > 0 && share.cyrillic / share.letters >= 0.5) return 'ru';
  return 'en';
}

function toEntry(it: FeedItem): RawEntry | null {
  if (!it.title && !it.summary) return null;
  const lang = languageOf(`${it.title ?? ''}\n${it.summary}`);
  // A title in Latin script is an English title even in a Chinese or Russian feed (paper titles are).
  const englishTitle = it.title && !/[\p{Script=Han}\p{Script=Cyrillic}]/u.test(it.title) ? it.title : null;
  const name =
    (englishTitle && nameFromTitle(englishTitle)) || (it.summary && !(englishTitle && isSurveyTitle(englishTitle)) && nameFromProse(it.summary, it.links)) || (lang === 'zh' && it.summary ? nameFromChinese(it.summary) : null) || null;
  return {
    line: null,
    title: englishTitle,
    name,
    summary: it.summary || it.title || '',
    lang,
    urls: it.links,
    arxivId: it.arxivId,
    authors: it.authors,
    ...(it.title && !englishTitle ? { localTitle: it.title } : {}),
  };
}
