/**
 * Renders platform-neutral {@link Reply}s as Telegram HTML messages.
 *
 * - Every piece of user or digest text is escaped ({@link escapeText}: HTML, and `@username` mentions
 *   broken so no one is notified); markup comes only from here.
 * - A reply becomes one or more messages, split *between* blocks (heading, paper cards, footer), each
 *   within {@link messageLimit} UTF-16 code units of raw HTML. Telegram counts the limit after entity
 *   parsing, so measuring the raw markup is stricter and always safe.
 * - A block that is too long on its own is split between its lines, and a single over-long line is
 *   cut by {@link truncateHtml}, which never leaves a tag open.
 * @module
 */
import { latestDate, type Paper, type PaperItem, type Reply, shorten } from '../../core/index.ts';
import { cardText } from '../shared/card.ts';
import { defaultLocale, formatSourceDate, translator, type Locale } from '../shared/i18n/index.ts';
import { firstPosition } from '../shared/render.ts';
import { bold, escapeText, isWebUrl, italic, linkHtml, truncateHtml } from './html.ts';

/** Telegram's limit for a message text, in UTF-16 code units. */
export const messageLimit = 4096;

const flags: Record<Paper['lang'], string> = { ru: '🇷🇺', zh: '🇨🇳', en: '🇬🇧' };
const blockSeparator = '\n\n';

/** Options for {@link renderCard}. */
export interface CardOptions {
  /** Summary length in characters (0 hides it). Default 280. */
  summaryMax?: number;
  /** Show the "matched: …" line. Default true. */
  showWhy?: boolean;
  /** The chat's language: the card's title, summary and labels. Default English. */
  locale?: Locale;
}

/** The URL a card's heading links to: the first web URL, else the arXiv abstract page. */
export function primaryUrl(paper: Pick<Paper, 'urls' | 'arxivId'>): string | null {
  return paper.urls.find(isWebUrl) ?? (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : null);
}

/** `arxiv.org/abs/2401.00001` from a URL, shortened for display. */
function urlLabel(url: string): string {
  const u = new URL(url);
  const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
  return shorten(`${u.host.replace(/^www\./, '')}${path}`, 48);
}

/**
 * One paper as a card: numbered bold heading linked to the paper, language flag, the title in the
 * digest's language, a short summary, topics, source digest + date, links and why it matched.
 * Each line is balanced markup on its own, so a card may be split between lines.
 *
 * ```ts
 * renderCard({ paper, why: ['diffusion'] }, 1);
 * // '<b>1. <a href="https://arxiv.org/abs/…">FIFO-Diffusion</a></b> 🇷🇺\n…'
 * ```
 */
export function renderCard(item: PaperItem, n: number, options: CardOptions = {}): string {
  const { paper, why } = item;
  const summaryMax = options.summaryMax ?? 280;
  const locale = options.locale ?? defaultLocale;
  const t = translator(locale);
  const text = cardText(paper, locale);
  const label = escapeText(shorten(text.heading, 200));
  const url = primaryUrl(paper);
  const lines = [`<b>${n}. ${url ? linkHtml(url, label) : label}</b> ${flags[paper.lang]}`];
  if (text.subtitle) lines.push(italic(shorten(text.subtitle, 200)));
  if (summaryMax > 0 && text.summary.trim()) lines.push(escapeText(shorten(text.summary.replace(/\s+/g, ' '), summaryMax)));
  if (paper.topics.length) lines.push(`🏷 ${escapeText(paper.topics.join(' · '))}`);
  const source = paper.sources[0];
  if (source) {
    const date = latestDate(paper);
    const more = paper.sources.length > 1 ? ` (${t('card.moreSources', { count: paper.sources.length - 1 })})` : '';
    lines.push(`📰 ${escapeText(`${source.file}${date ? ` · ${formatSourceDate(date, locale)}` : ''}${more}`)}`);
  }
  const links = [...new Set([...paper.urls, ...(paper.arxivId ? [`https://arxiv.org/abs/${paper.arxivId}`] : [])])]
    .filter(isWebUrl)
    .slice(0, 3);
  if (links.length) lines.push(`🔗 ${links.map((u) => linkHtml(u, escapeText(urlLabel(u)))).join(' · ')}`);
  if ((options.showWhy ?? true) && why.length) lines.push(italic(t('card.matched', { why: shorten(why.join(', '), 120) })));
  return lines.join('\n');
}

/** The heading block: bold title (⚠️ for errors) and the reply's lines. */
function renderHead(reply: Reply): string | null {
  const lines: string[] = [];
  if (reply.title) lines.push(reply.kind === 'error' ? `⚠️ ${bold(reply.title)}` : bold(reply.title));
  for (const line of reply.lines) lines.push(escapeText(line));
  return lines.length ? lines.join('\n') : null;
}

/** A rendered message: HTML text and whether link previews should stay off. */
export interface RenderedMessage {
  html: string;
  /** Number of paper cards in this message (previews are disabled unless exactly one). */
  papers: number;
}

interface Block {
  html: string;
  papers: number;
}

/** Packs blocks greedily into messages of at most `limit` code units, splitting over-long blocks by line. */
export function packBlocks(blocks: readonly Block[], limit = messageLimit): RenderedMessage[] {
  const out: RenderedMessage[] = [];
  let current: RenderedMessage | null = null;
  const push = (block: Block) => {
    if (current && current.html.length + blockSeparator.length + block.html.length <= limit) {
      current.html += blockSeparator + block.html;
      current.papers += block.papers;
    } else {
      if (current) out.push(current);
      current = { html: block.html, papers: block.papers };
    }
  };
  for (const block of blocks) {
    if (block.html.length <= limit) {
      push(block);
      continue;
    }
    // Too long on its own: split between lines; a single line that is still too long is cut safely.
    let piece = '';
    for (const line of block.html.split('\n').map((l) => truncateHtml(l, limit))) {
      if (piece && piece.length + 1 + line.length > limit) {
        push({ html: piece, papers: 0 });
        piece = line;
      } else piece = piece ? `${piece}\n${line}` : line;
    }
    if (piece) push({ html: piece, papers: block.papers });
  }
  if (current) out.push(current);
  return out.filter((m) => m.html.trim().length > 0);
}

/**
 * A whole reply as one or more messages, split between heading, cards and footer.
 *
 * ```ts
 * renderReply(reply).map((m) => m.html); // ['<b>Digest</b>\n…', '<b>4. …</b>…']
 * ```
 */
export function renderReply(reply: Reply, limit = messageLimit): RenderedMessage[] {
  const offset = firstPosition(reply);
  const blocks: Block[] = [];
  const head = renderHead(reply);
  if (head) blocks.push({ html: head, papers: 0 });
  reply.items.forEach((item, i) => blocks.push({ html: renderCard(item, offset + i + 1, { ...(reply.locale ? { locale: reply.locale } : {}) }), papers: 1 }));
  if (reply.footer?.length) blocks.push({ html: reply.footer.map(escapeText).join('\n'), papers: 0 });
  const messages = packBlocks(blocks, limit);
  return messages.length ? messages : [{ html: escapeText(translator(reply.locale ?? defaultLocale)('ui.emptyReply')), papers: 0 }];
}

/**
 * A paged search reply as exactly one message, so Prev/Next can edit it in place: summaries are
 * shortened step by step until the page fits, and the result is cut safely as a last resort.
 */
export function renderPage(reply: Reply, limit = messageLimit): RenderedMessage {
  const offset = firstPosition(reply);
  const head = renderHead(reply);
  let html = '';
  for (const summaryMax of [280, 160, 80, 0]) {
    const cards = reply.items.map((item, i) => renderCard(item, offset + i + 1, { summaryMax, showWhy: summaryMax > 0, ...(reply.locale ? { locale: reply.locale } : {}) }));
    const footer = reply.footer?.length ? reply.footer.map(escapeText).join('\n') : null;
    html = [head, ...cards, footer].filter((b): b is string => Boolean(b)).join(blockSeparator);
    if (html.length <= limit) break;
  }
  return { html: truncateHtml(html, limit), papers: reply.items.length };
}

/** Plain apology text for the error boundary (sent without parse mode), in the user's language. */
export function apologyText(locale: Locale = defaultLocale): string {
  return translator(locale)('ui.apologyText');
}
