/**
 * Renders platform-neutral replies as plain terminal text. Text from digests and echoed input goes
 * through the shared hygiene (`cleanText`: in a terminal, control characters start escape sequences
 * that can recolour, move the cursor, rewrite the title or set the clipboard), and every piece is
 * capped as the platforms cap it, so a digest with a 1,000,000-character title prints a line, not a
 * megabyte.
 * @module
 */
import { latestDate, type Paper, type Reply, shorten } from '../../core/index.ts';
import { cardText } from '../shared/card.ts';
import { defaultLocale, formatSourceDate, translator, type Locale } from '../shared/i18n/index.ts';
import { firstPosition } from '../shared/render.ts';
import { cleanText } from '../shared/text.ts';

const flags: Record<Paper['lang'], string> = { ru: '[ru]', zh: '[zh]', en: '[en]' };

/** Longest piece of each kind, in characters (Telegram's card limits; a line is at most a Telegram message). */
export const consoleLimits = { label: 200, summary: 220, topics: 200, source: 120, link: 2048, why: 120, line: 4096 } as const;

/** One paper as a few indented lines, in the chat's language (title and summary from the paper's texts). */
export function renderPaperText(paper: Paper, n: number, why: readonly string[], locale: Locale = defaultLocale): string {
  const t = translator(locale);
  const text = cardText(paper, locale);
  const source = paper.sources[0]!;
  const date = latestDate(paper);
  const more = paper.sources.length > 1 ? ` (${t('card.moreDigests', { count: paper.sources.length - 1 })})` : '';
  const topics = paper.topics.length ? ` {${shorten(paper.topics.join(', '), consoleLimits.topics)}}` : '';
  const lines = [
    `${n}. ${shorten(text.heading, consoleLimits.label)} ${flags[paper.lang]}${topics}`,
    ...(text.subtitle ? [`   ${shorten(text.subtitle, consoleLimits.label)}`] : []),
    `   ${shorten(text.summary.replace(/\s+/g, ' '), consoleLimits.summary)}`,
    `   ${shorten(source.file, consoleLimits.source)}${date ? ` · ${formatSourceDate(date, locale)}` : ''}${more}`,
  ];
  const link = paper.urls[0] ?? (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : null);
  if (link) lines.push(`   ${shorten(link, consoleLimits.link)}`);
  if (why.length) lines.push(`   ${t('card.matched', { why: shorten(why.join(', '), consoleLimits.why) })}`);
  return lines.join('\n');
}

/** A whole reply; paged replies end with a hint for `/next` and `/prev`. */
export function renderReplyText(reply: Reply): string {
  const line = (text: string) => shorten(text, consoleLimits.line);
  const out: string[] = [];
  if (reply.title) out.push(line(reply.kind === 'error' ? `! ${reply.title}` : `== ${reply.title} ==`));
  out.push(...reply.lines.map(line));
  const offset = firstPosition(reply);
  const locale = reply.locale ?? defaultLocale;
  reply.items.forEach((item, i) => out.push(renderPaperText(item.paper, offset + i + 1, item.why, locale)));
  if (reply.footer) out.push(...reply.footer.map(line));
  if (reply.pager && reply.pager.pages > 1) {
    const hints = [];
    if (reply.pager.page > 0) hints.push('/prev');
    if (reply.pager.page + 1 < reply.pager.pages) hints.push('/next');
    const t = translator(locale);
    out.push(t('ui.moreHint', { hints: hints.join(t('ui.or')) }));
  }
  return cleanText(out.join('\n'));
}
