/**
 * Renders platform-neutral replies as plain terminal text.
 * @module
 */
import { latestDate, type Paper, paperLabel, type Reply, shorten } from '../../core/index.ts';
import { firstPosition } from '../shared/render.ts';

const flags: Record<Paper['lang'], string> = { ru: '[ru]', zh: '[zh]', en: '[en]' };

/** One paper as a few indented lines. */
export function renderPaperText(paper: Paper, n: number, why: readonly string[]): string {
  const source = paper.sources[0]!;
  const date = latestDate(paper);
  const lines = [
    `${n}. ${paperLabel(paper)} ${flags[paper.lang]}${paper.topics.length ? ` {${paper.topics.join(', ')}}` : ''}`,
    `   ${shorten(paper.summary.replace(/\s+/g, ' '), 220)}`,
    `   ${source.file}${date ? ` · ${date}` : ''}${paper.sources.length > 1 ? ` (+${paper.sources.length - 1} more digest${paper.sources.length > 2 ? 's' : ''})` : ''}`,
  ];
  const link = paper.urls[0] ?? (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : null);
  if (link) lines.push(`   ${link}`);
  if (why.length) lines.push(`   matched: ${why.join(', ')}`);
  return lines.join('\n');
}

// C0 controls but tab and newline, DEL and C1 controls (CSI is U+009B): in a terminal they start
// escape sequences that can recolour, move the cursor, rewrite the title or set the clipboard.
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text a terminal shows as it is: control characters from digests or echoed input become `�`. */
export function terminalSafe(text: string): string {
  return text.replace(controls, '\ufffd');
}

/** A whole reply; paged replies end with a hint for `/next` and `/prev`. */
export function renderReplyText(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(reply.kind === 'error' ? `! ${reply.title}` : `== ${reply.title} ==`);
  out.push(...reply.lines);
  const offset = firstPosition(reply);
  reply.items.forEach((item, i) => out.push(renderPaperText(item.paper, offset + i + 1, item.why)));
  if (reply.footer) out.push(...reply.footer);
  if (reply.pager && reply.pager.pages > 1) {
    const hints = [];
    if (reply.pager.page > 0) hints.push('/prev');
    if (reply.pager.page + 1 < reply.pager.pages) hints.push('/next');
    out.push(`(${hints.join(' or ')} for more)`);
  }
  return terminalSafe(out.join('\n'));
}
