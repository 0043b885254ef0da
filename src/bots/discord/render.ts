/**
 * Renders a platform-neutral {@link Reply} as Discord messages: embeds within Discord's limits, split
 * into several messages when one would carry more than 10 embeds or 6000 characters.
 *
 * Every string from a reply is plain text (paper summaries, user queries): it is escaped for Discord
 * markdown and its mentions are neutralised, and every message carries `allowedMentions: { parse: [] }`,
 * so no digest text can ping anyone even if escaping missed something.
 * @module
 */
import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import { latestDate, type Paper, type PaperItem, type Reply, shorten, topicCatalog } from '../../core/index.ts';
import { cardText } from '../shared/card.ts';
import { defaultLocale, formatSourceDate, translator, type Locale } from '../shared/i18n/index.ts';
import { firstPosition } from '../shared/render.ts';
import { cleanText } from '../shared/text.ts';

// === Limits

/** Discord's documented message and embed limits. */
export const discordLimits = {
  content: 2000,
  embedsPerMessage: 10,
  charsPerMessage: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
} as const;

/**
 * Our budgets, below the limits on purpose: Discord counts characters its own way (code points),
 * we count UTF-16 units, which is never fewer, and a margin absorbs escaping surprises.
 */
export const renderBudget = {
  /** Header/info description per embed. */
  description: 3800,
  /** Characters of a paper summary on a card. */
  cardSummary: 420,
  /** Characters per message across all embeds. */
  messageChars: 5800,
} as const;

/** The mention policy sent with every message: nothing in our text may ping anyone. */
export const noMentions = { parse: [] as [] };

/** A message ready for discord.js (`reply`, `editReply`, `followUp`, `channel.send`). */
export interface DiscordMessage {
  embeds: APIEmbed[];
  allowedMentions: { parse: [] };
}

// === Escaping

/** Discord's autolink (simple-markdown's `url` rule): markdown characters inside it are literal. */
const autolink = /https?:\/\/[^\s<]+[^<.,:;"')\]\s]/g;

/** A backslash before every inline markdown character outside URLs (a backslash there would break the link). */
function escapeInline(text: string): string {
  const escape = (s: string) => s.replace(/[\\*_~|`]/g, '\\$&');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(autolink)) {
    out += escape(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escape(text.slice(last));
}

/**
 * Escapes plain text for Discord, after the shared hygiene (`cleanText`: bidi controls out, other
 * controls shown as U+FFFD): markdown (every `* _ ~ | \``, headings, lists, block quotes,
 * subtext and masked links) and mentions. discord.js's `escapeMarkdown` pairs markers up and leaves
 * some unescaped in runs such as `****`, so inline characters are escaped one by one here.
 * `@everyone`, `@here` and `<@id>`-style mentions get a zero-width space so they render but never
 * resolve; `allowedMentions` is the second line of defence.
 */
export function escapeText(text: string): string {
  const md = escapeMarkdown(escapeInline(cleanText(text)), {
    codeBlock: false,
    inlineCode: false,
    bold: false,
    italic: false,
    underline: false,
    strikethrough: false,
    spoiler: false,
    escape: false,
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  }).replace(/^( *)(>|-# )/gm, '$1\\$2');
  return md.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(\d)/g, '<$1\u200b$2');
}

/** Escapes `text` and cuts it so the escaped result fits in `max` UTF-16 units. */
export function fitText(text: string, max: number): string {
  let budget = max;
  for (;;) {
    const out = escapeText(shorten(text, budget));
    if (out.length <= max) return out;
    // Escapes add backslashes; shrink the source until the escaped text fits.
    budget = Math.max(1, Math.min(budget - 1, Math.floor(budget * (max / out.length))));
    if (budget <= 1) return out.slice(0, max);
  }
}

// === Colours

const kindColour = { info: 0x5865f2, error: 0xed4245, papers: 0x2b2d31, digest: 0x57f287 } as const;
const palette = [0x1abc9c, 0x3498db, 0x9b59b6, 0xe67e22, 0xe91e63, 0xf1c40f, 0x2ecc71, 0x11806a, 0x206694, 0xa84300];

/** A stable colour per topic id (the paper's primary topic), grey when it has none. */
export function topicColour(topic: string | undefined): number {
  if (!topic) return 0x99aab5;
  let h = 0;
  for (const ch of topic) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return palette[h % palette.length]!;
}

// === Embeds

const langName = { en: 'English', ru: 'Русский', zh: '中文' } as const;

/** The URL a card's title links to: the paper's first URL, else its arXiv page. */
export function paperUrl(paper: Paper): string | undefined {
  const candidates = [...paper.urls, ...(paper.arxivId ? [`https://arxiv.org/abs/${paper.arxivId}`] : [])];
  for (const u of candidates) {
    if (!/^https?:\/\/[^\s]+$/.test(u)) continue;
    // Discord refuses an embed url that is not well formed (`|`, `{`, backticks...): send it encoded.
    const href = URL.canParse(u) ? new URL(u).href.replace(/[|^]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : undefined;
    if (href && href.length <= 2048) return href;
  }
  return undefined;
}

function field(name: string, value: string, inline = true): APIEmbedField | null {
  const v = value.trim();
  return v ? { name: name.slice(0, discordLimits.fieldName), value: v.slice(0, discordLimits.fieldValue), inline } : null;
}

/** `diffusion (Diffusion models)`: topic ids with their label in the chat's language. */
function topicText(ids: readonly string[], locale: Locale): string {
  return ids
    .slice(0, 6)
    .map((id) => {
      const t = topicCatalog.find((x) => x.id === id);
      return t ? `${id} (${t.labels[locale]})` : id;
    })
    .join(', ');
}

/** The English title under a heading in another language, in an embed's description. */
const subtitleBudget = 300;

/** One paper as an embed card, in the chat's language (title and summary from the paper's texts, labels from the catalog). */
export function paperEmbed(item: PaperItem, position: number, locale: Locale = defaultLocale): APIEmbed {
  const { paper, why } = item;
  const t = translator(locale);
  const text = cardText(paper, locale);
  const title = fitText(`${position}. ${text.heading}`, discordLimits.title);
  const subtitle = text.subtitle ? `*${fitText(text.subtitle, subtitleBudget)}*\n\n` : '';
  const summary = fitText(text.summary, renderBudget.cardSummary);
  const matched = why.length ? `\n\n*${fitText(t('card.matched', { why: why.slice(0, 8).join(', ') }), 200)}*` : '';
  const sources = paper.sources
    .slice(0, 3)
    .map((s) => `${fitText(s.file, 120)}${s.date ? ` · ${formatSourceDate(s.date, locale)}` : ''}`)
    .join('\n');
  const more = paper.sources.length > 3 ? `\n${fitText(t('card.moreSources', { count: paper.sources.length - 3 }), 60)}` : '';
  const links = paper.urls.slice(1, 4).map(cleanText).join('\n');
  const fields = [
    field(t('card.topics'), fitText(topicText(paper.topics, locale), 400) || '—'),
    field(t('card.language'), langName[paper.lang]),
    field(t('card.source'), sources + more),
    field(t('card.links'), links, false),
  ].filter((f): f is APIEmbedField => f !== null);
  const date = latestDate(paper);
  const url = paperUrl(paper);
  return {
    title,
    ...(url ? { url } : {}),
    description: subtitle + summary + matched,
    fields,
    footer: { text: [date ? t('card.digestOf', { date: formatSourceDate(date, locale) }) : 'Paperboy', paper.arxivId ? `arXiv ${paper.arxivId}` : null].filter(Boolean).join(' · ') },
    color: topicColour(paper.topics[0]),
  };
}

/** Text embeds (no title after the first) holding `lines`, each description within the budget. */
function textEmbeds(title: string | undefined, lines: readonly string[], colour: number): APIEmbed[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = fitText(raw, renderBudget.description);
    if (current && current.length + 1 + line.length > renderBudget.description) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current.trim()) chunks.push(current);
  if (chunks.length === 0 && title === undefined) return [];
  if (chunks.length === 0) chunks.push('');
  return chunks.map((description, i) => ({
    ...(i === 0 && title !== undefined ? { title: fitText(title, discordLimits.title) } : {}),
    ...(description.trim() ? { description } : {}),
    color: colour,
  }));
}

/** Characters an embed counts towards the 6000 per-message limit. */
export function embedChars(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** All embeds of a reply, in order: header, paper cards, footer lines. */
export function replyEmbeds(reply: Reply): APIEmbed[] {
  const colour = kindColour[reply.kind];
  const embeds = textEmbeds(reply.title, reply.lines, colour);
  const offset = firstPosition(reply);
  reply.items.forEach((item, i) => embeds.push(paperEmbed(item, offset + i + 1, reply.locale)));
  if (reply.footer?.length) embeds.push(...textEmbeds(undefined, reply.footer, colour));
  if (embeds.length === 0) embeds.push({ description: '—', color: colour });
  return embeds;
}

/** Packs embeds into messages of at most 10 embeds and {@link renderBudget.messageChars} characters. */
export function packEmbeds(embeds: readonly APIEmbed[]): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let current: APIEmbed[] = [];
  let chars = 0;
  for (const e of embeds) {
    const n = embedChars(e);
    if (current.length && (current.length >= discordLimits.embedsPerMessage || chars + n > renderBudget.messageChars)) {
      messages.push({ embeds: current, allowedMentions: noMentions });
      current = [];
      chars = 0;
    }
    current.push(e);
    chars += n;
  }
  if (current.length) messages.push({ embeds: current, allowedMentions: noMentions });
  return messages;
}

/**
 * {@link renderReply} plus, for each message, the reply's items its cards show (indices into
 * `reply.items`), so buttons can go under the right message.
 */
export function renderReplyWithItems(reply: Reply): { messages: DiscordMessage[]; items: number[][] } {
  const embeds = replyEmbeds(reply);
  const offset = embeds.length - reply.items.length - (reply.footer?.length ? textEmbeds(undefined, reply.footer, kindColour[reply.kind]).length : 0);
  const itemOf = new Map(reply.items.map((_, i) => [embeds[offset + i]!, i]));
  const messages = packEmbeds(embeds);
  return { messages, items: messages.map((m) => m.embeds.flatMap((e) => (itemOf.has(e) ? [itemOf.get(e)!] : []))) };
}

/**
 * Renders a reply as one or more Discord messages (the first is the reply, the rest follow-ups).
 *
 * ```ts
 * const [first, ...rest] = renderReply(reply);
 * await interaction.reply(first);
 * for (const m of rest) await interaction.followUp(m);
 * ```
 */
export function renderReply(reply: Reply): DiscordMessage[] {
  return packEmbeds(replyEmbeds(reply));
}

/** The REST body of a message (snake_case `allowed_mentions`), for direct channel posts. */
export function toRestBody(message: DiscordMessage): { embeds: APIEmbed[]; allowed_mentions: { parse: [] } } {
  return { embeds: message.embeds, allowed_mentions: { parse: [] } };
}
