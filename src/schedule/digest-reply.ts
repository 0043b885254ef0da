/**
 * The platform-neutral digest message, built from an outbox entry (so a retry or a second `/digest`
 * shows exactly the papers chosen the first time).
 * @module
 */
import type { Paper, PaperItem, Reply } from '../core/index.ts';
import type { OutboxEntry, Subscription } from './types.ts';

/** The note sent instead of repeats when nothing new matches. */
export const noNewPapersText = 'No new papers on your topics today. More tomorrow — or widen them with /subscribe.';

/**
 * `Your digest for 2026-11-23` with the papers still in the index (ids a reloaded corpus dropped are
 * skipped), or the "no new papers" note.
 *
 * ```ts
 * digestReply(entry, (id) => index.get(id), sub); // { kind: 'digest', title: 'Your digest for 2026-11-23', items: [...] }
 * ```
 */
export function digestReply(entry: Pick<OutboxEntry, 'localDate' | 'paperIds' | 'why'>, getPaper: (id: string) => Paper | undefined, sub?: Pick<Subscription, 'topics' | 'keywords'>): Reply {
  const items: PaperItem[] = [];
  entry.paperIds.forEach((id, i) => {
    const paper = getPaper(id);
    if (paper) items.push({ paper, why: entry.why[i] ?? [] });
  });
  const title = `Your digest for ${entry.localDate}`;
  if (items.length === 0) return { kind: 'digest', title, lines: [noNewPapersText], items: [] };
  const follows = sub ? [...sub.topics, ...sub.keywords.map((k) => `"${k}"`)].join(', ') : '';
  const count = `${items.length} new paper${items.length === 1 ? '' : 's'}`;
  return {
    kind: 'digest',
    title,
    lines: [follows ? `${count} on ${follows}` : count],
    items,
  };
}
