/**
 * URL extraction and cleaning, and arXiv ids from URLs.
 * @module
 */

// URLs are ASCII in these digests; any non-ASCII character (Han, Cyrillic, `，`, `。`) ends one, and
// so do whitespace, quotes and angle brackets. A single character class with `+` is linear-time.
const urlPattern = /https?:\/\/[!#-&(-;=?-~]+/g;

/** Characters a sentence may leave at the end of a URL: `.`, `,`, `;`, `:`, `!`, `?`, quotes, `*`. */
const trailing = /[.,;:!?'"*`_~]+$/;

/** Hosts used only as placeholders (markdown help text, examples): never a paper link. */
const placeholderHosts = /^(?:www\.)?example\.(?:com|org|net)$/i;

/**
 * Removes the punctuation a sentence leaves on a URL: trailing `.`/`...`/`,`/`;`, and a closing
 * bracket that has no opening partner inside the URL (so `(see https://x.org/a)` loses the `)` but
 * `https://en.wikipedia.org/wiki/A_(b)` keeps it).
 * ```ts
 * cleanUrl('https://github.com/Peterande/D-FINE...') // 'https://github.com/Peterande/D-FINE'
 * ```
 */
export function cleanUrl(url: string): string {
  let out = url;
  for (;;) {
    const before = out;
    out = out.replace(trailing, '');
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
      if (out.endsWith(close) && count(out, open) < count(out, close)) out = out.slice(0, -1);
    }
    if (out === before) return out;
  }
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/**
 * All clean, valid URLs in `text`, in order, without duplicates or placeholder hosts.
 * ```ts
 * extractUrls('код доступен по адресу https://github.com/OpenLLMAI/OpenRLHF.')
 * // ['https://github.com/OpenLLMAI/OpenRLHF']
 * ```
 */
export function extractUrls(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(urlPattern)) {
    const url = cleanUrl(match[0]);
    if (!isValidUrl(url) || out.includes(url)) continue;
    out.push(url);
  }
  return out;
}

function isValidUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.hostname.includes('.') && !placeholderHosts.test(parsed.hostname);
  } catch {
    return false;
  }
}

const arxivUrl = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?(?:[?#].*)?$/i;
const hfPaperUrl = /^https?:\/\/(?:www\.)?huggingface\.co\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?\/?(?:[?#].*)?$/i;

/**
 * The arXiv id of an arxiv.org (abs/pdf/html) or huggingface.co/papers URL, without version or
 * `.pdf` suffix; null for other URLs.
 * ```ts
 * arxivIdFromUrl('https://arxiv.org/pdf/2302.13971v2.pdf') // '2302.13971'
 * ```
 */
export function arxivIdFromUrl(url: string): string | null {
  const m = arxivUrl.exec(url) ?? hfPaperUrl.exec(url);
  return m ? m[1]! : null;
}

/** The first arXiv id among `urls`, or null. */
export function firstArxivId(urls: readonly string[]): string | null {
  for (const url of urls) {
    const id = arxivIdFromUrl(url);
    if (id) return id;
  }
  return null;
}
