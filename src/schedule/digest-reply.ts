/**
 * A digest as data, built from an outbox entry (so a retry or a second `/digest` shows exactly the
 * papers chosen the first time). The words around it (title, count, the "no new papers" note) are
 * the command layer's, in the chat's language: see `DigestPresenter`.
 * @module
 */
import type { Paper, PaperItem } from '../core/index.ts';
import type { DigestContent, OutboxEntry, Subscription } from './types.ts';

/**
 * The entry's papers still in the index (ids a reloaded corpus dropped are skipped) and what the
 * chat follows.
 *
 * ```ts
 * digestContent(entry, (id) => index.get(id), sub); // { localDate: '2026-11-23', items: [...], follows: { topics: ['llm'], keywords: [] } }
 * ```
 */
export function digestContent(entry: Pick<OutboxEntry, 'localDate' | 'paperIds' | 'why'>, getPaper: (id: string) => Paper | undefined, sub?: Pick<Subscription, 'topics' | 'keywords'>): DigestContent {
  const items: PaperItem[] = [];
  entry.paperIds.forEach((id, i) => {
    const paper = getPaper(id);
    if (paper) items.push({ paper, why: entry.why[i] ?? [] });
  });
  return { localDate: entry.localDate, items, follows: { topics: [...(sub?.topics ?? [])], keywords: [...(sub?.keywords ?? [])] } };
}
