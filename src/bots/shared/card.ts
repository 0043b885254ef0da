/**
 * What a paper card says in a chat's language, for every adapter: the title and summary chosen
 * from the paper's texts — the chat's language first, then English, then the digest's own — and
 * the English title beside a heading in another language, whenever it is known.
 * @module
 */
import { type Lang, type Paper, paperLabel, paperTexts } from '../../core/index.ts';
import type { Locale } from './i18n/index.ts';

/** A card's texts in one language. */
export interface CardText {
  /** The heading: name and title (`FIFO-Diffusion: …`), or the start of the summary for a paper with neither. */
  heading: string;
  /**
   * A second title line: the English title when the heading is in another language; in an English
   * chat, the digest's own title when it differs (a Chinese reading note's heading). Null when none.
   */
  subtitle: string | null;
  /** The summary to show. */
  summary: string;
  /** The language {@link summary} is in. */
  summaryLang: Lang;
}

/**
 * The texts of `paper`'s card for a chat in `locale`.
 *
 * ```ts
 * cardText(paper, 'zh'); // { heading: 'MoRA: 高秩更新…', subtitle: 'MoRA: High-Rank Updating…', summary: '…', summaryLang: 'zh' }
 * ```
 */
export function cardText(paper: Paper, locale: Locale): CardText {
  const texts = paperTexts(paper);
  const order = [...new Set<Lang>([locale, 'en', paper.lang])];
  const titleLang = order.find((l) => texts[l]?.title);
  const title = titleLang ? texts[titleLang]!.title! : null;
  const summaryLang = order.find((l) => texts[l]?.summary) ?? paper.lang;
  const summary = texts[summaryLang]?.summary ?? paper.summary;
  const heading = paperLabel({ name: paper.name, title, summary });
  const english = texts.en?.title;
  let subtitle: string | null = null;
  if (titleLang !== 'en' && english) subtitle = english;
  else if (locale === 'en' && paper.localTitle && paper.localTitle !== title && paper.localTitle !== paper.name) subtitle = paper.localTitle;
  if (subtitle && (subtitle === heading || subtitle === paper.name)) subtitle = null;
  return { heading, subtitle, summary, summaryLang };
}
