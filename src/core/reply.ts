/**
 * Platform-neutral reply model: what a message says, not how a platform draws it.
 *
 * Command handlers return a {@link Reply}; each adapter renders it (Telegram HTML, Discord embeds,
 * console text). All strings here are plain text: adapters escape them for their markup.
 *
 * @module
 */
import type { Lang, Paper } from './model.ts';

/** A paper as shown in a reply, with the reasons it matched (search terms, topics). */
export interface PaperItem {
  paper: Paper;
  /** Why it was picked: matched terms or topic ids, for display ("matched: diffusion, видео"). */
  why: string[];
}

/** Paging state of a search reply; adapters turn it into Prev/Next buttons. */
export interface Pager {
  /** The normalised query the page belongs to. */
  query: string;
  /** 0-based page index. */
  page: number;
  /** Results per page: cards on page `page` are numbered from `page * pageSize + 1`. */
  pageSize: number;
  /** Total number of pages (>= 1). */
  pages: number;
  /** Total number of hits. */
  total: number;
}

/** What kind of reply this is; adapters may style errors differently (ephemeral on Discord). */
export type ReplyKind = 'info' | 'papers' | 'digest' | 'error';

/**
 * A platform-neutral reply.
 *
 * ```ts
 * const reply: Reply = { kind: 'error', title: 'Unknown topic', lines: ['Did you mean diffusion?'], items: [] };
 * ```
 */
export interface Reply {
  kind: ReplyKind;
  /** Optional heading, rendered bold. */
  title?: string;
  /** Plain-text paragraphs/lines shown before the papers. */
  lines: string[];
  /** Papers to render as cards, in order. */
  items: PaperItem[];
  /** Present on paged search results. */
  pager?: Pager;
  /** Lines shown after the papers (e.g. "3 more tomorrow"). */
  footer?: string[];
  /**
   * The language the reply is written in (default English): adapters label paper cards and buttons
   * in it and pick each paper's title and summary in it when the paper has them.
   */
  locale?: Lang;
}

/** Builds an informational reply of plain lines. */
export function infoReply(title: string | undefined, lines: string[]): Reply {
  return { kind: 'info', ...(title === undefined ? {} : { title }), lines, items: [] };
}

/** Builds an error reply a user can act on. */
export function errorReply(title: string, lines: string[] = []): Reply {
  return { kind: 'error', title, lines, items: [] };
}
