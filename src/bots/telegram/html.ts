/**
 * Telegram HTML primitives: escaping, safe links and a truncation that never cuts inside a tag,
 * an entity or a surrogate pair and always closes what it left open.
 *
 * Telegram's HTML parse mode supports a small tag set and only the named entities `&lt;`, `&gt;`,
 * `&amp;` and `&quot;` (https://core.telegram.org/bots/api#html-style). Every piece of user or
 * digest text goes through {@link escapeText} ({@link escapeHtml} in attributes); markup is only
 * ever produced by this module's helpers.
 * @module
 */
import { cleanText } from '../shared/text.ts';

// === Escaping

// A high surrogate not followed by a low one, or a low one not preceded by a high one. Telegram
// rejects strings that are not valid UTF-8, and a lone surrogate cannot be encoded.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone UTF-16 surrogates with U+FFFD so the text is valid UTF-8 on the wire. */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

/**
 * Escapes plain text for Telegram HTML, in text and in attribute values alike, after the shared
 * hygiene (`cleanText`: bidi controls out, other controls shown as U+FFFD).
 *
 * ```ts
 * escapeHtml('<b> & "x"'); // '&lt;b&gt; &amp; &quot;x&quot;'
 * ```
 */
export function escapeHtml(text: string): string {
  return wellFormed(cleanText(text)).replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

// `@name` where Telegram would find a mention: not after a word character (e-mail) or after `/`,
// `.`, `:` (inside a URL such as medium.com/@user, where the URL wins).
const mention = /(?<![\p{L}\p{N}_/.:@-])@(?=[A-Za-z0-9_])/gu;

/**
 * Escapes text that is shown (not an attribute): {@link escapeHtml}, and a word joiner after the `@`
 * of every `@username`, so echoed queries and digest text never mention (and notify) a chat member.
 *
 * ```ts
 * escapeText('thanks @karpathy'); // 'thanks @\u2060karpathy'
 * ```
 */
export function escapeText(text: string): string {
  return escapeHtml(text).replace(mention, '@\u2060');
}

/**
 * `<tag>…</tag>` around escaped text, once per line: a reply is split between lines when it is too
 * long, so no tag may span a line break (user text such as a quoted keyword can hold newlines).
 */
const wrapLines = (tag: string, text: string): string =>
  text
    .split('\n')
    .map((line) => (line ? `<${tag}>${escapeText(line)}</${tag}>` : ''))
    .join('\n');
/** `<b>…</b>` around escaped text (per line). */
export const bold = (text: string): string => wrapLines('b', text);
/** `<i>…</i>` around escaped text (per line). */
export const italic = (text: string): string => wrapLines('i', text);

/** True for absolute http(s) URLs, the only ones we turn into links. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A link with an escaped label; a URL that is not http(s) is shown as escaped text instead
 * (a digest could carry `javascript:` or a relative path).
 *
 * `innerHtml` is already-safe markup (e.g. from {@link escapeHtml}), used as the link's content.
 */
export function linkHtml(url: string, innerHtml: string): string {
  if (!isWebUrl(url)) return innerHtml;
  return `<a href="${escapeHtml(url)}">${innerHtml}</a>`;
}

// === Truncation

/** Reads the tag name of a tag starting at `html[i] === '<'`; returns it and whether it closes. */
function readTag(html: string, i: number): { name: string; closing: boolean; end: number } {
  const end = html.indexOf('>', i);
  const body = html.slice(i + 1, end);
  const closing = body.startsWith('/');
  const name = /^\/?([a-zA-Z-]+)/.exec(body)?.[1]?.toLowerCase() ?? '';
  return { name, closing, end };
}

/**
 * Cuts well-formed Telegram HTML to at most `max` UTF-16 code units, at a point outside any tag,
 * entity or surrogate pair, appending `…` and the closing tags of whatever is still open.
 *
 * Input must be markup produced by this module (balanced tags, escaped text).
 *
 * ```ts
 * truncateHtml('<b>abcdef</b>', 10); // '<b>ab…</b>'
 * ```
 */
export function truncateHtml(html: string, max: number): string {
  if (html.length <= max) return html;
  const ellipsis = '…';
  const stack: string[] = [];
  let closersLength = 0; // length of `</x>` for every tag still open
  let bestEnd = -1;
  let bestStack: string[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    let next: number;
    if (ch === '<') {
      const tag = readTag(html, i);
      if (tag.end < 0) break;
      if (tag.closing) closersLength -= (stack.pop()?.length ?? -3) + 3;
      else {
        stack.push(tag.name);
        closersLength += tag.name.length + 3;
      }
      next = tag.end + 1;
    } else if (ch === '&') {
      const semi = html.indexOf(';', i);
      next = semi < 0 ? i + 1 : semi + 1;
    } else {
      const code = ch.charCodeAt(0);
      next = code >= 0xd800 && code <= 0xdbff && i + 1 < html.length ? i + 2 : i + 1;
    }
    if (next + ellipsis.length + closersLength > max) break;
    bestEnd = next;
    bestStack = [...stack];
    i = next;
  }
  if (bestEnd < 0) return ellipsis;
  return html.slice(0, bestEnd) + ellipsis + bestStack.map((t) => `</${t}>`).reverse().join('');
}
