/**
 * Vote tokens: what a 👍/👎 button under a paper card carries (Telegram `callback_data`, Discord
 * `custom_id`), so the button works after a restart and on any instance.
 *
 * A token is `pb:v:+:<paper id>` (👍) or `pb:v:-:<paper id>` (👎) when that fits the platform's
 * field (paper ids are `arxiv:2409.12186` or `h:` + 16 hex digits: 24-31 bytes, well within
 * Telegram's 64 and Discord's 100), else `pb:v:+:k:<key>` with the id kept in the key-value store
 * for {@link voteTtlMs} (a guard for ids of another shape).
 *
 * ```ts
 * const tokens = voteTokens({ namespace: 'telegram', fits: (t) => Buffer.byteLength(t) <= 64 });
 * await tokens.token('arxiv:2409.12186', 1, kv);   // 'pb:v:+:arxiv:2409.12186'
 * await tokens.parse('pb:v:-:arxiv:2409.12186', kv); // { ok: true, paperId: 'arxiv:2409.12186', vote: -1 }
 * ```
 * @module
 */
import { createHash } from 'node:crypto';
import type { KeyValueStore, Vote } from '../../schedule/index.ts';

/** How long a long paper id stays resolvable from its buttons (90 days). */
export const voteTtlMs = 90 * 24 * 3_600_000;

const pattern = /^pb:v:([+-]):(k:([A-Za-z0-9_-]{16})|[\s\S]+)$/;

/** What a vote button means, or why it means nothing. */
export type VoteTarget = { ok: true; paperId: string; vote: Vote } | { ok: false; reason: 'not-ours' | 'expired' };

export interface VoteTokens {
  token(paperId: string, vote: Vote, kv: KeyValueStore): Promise<string>;
  parse(token: string | undefined, kv: KeyValueStore): Promise<VoteTarget>;
  /** Whether `token` is a vote token at all (to route a button). */
  owns(token: string | undefined): boolean;
}

/** The vote-token scheme for one platform (`namespace` prefixes its kv keys). */
export function voteTokens(options: { namespace: string; fits(token: string): boolean }): VoteTokens {
  const keyOf = (key: string) => `${options.namespace}:vote:${key}`;
  return {
    async token(paperId, vote, kv) {
      const sign = vote > 0 ? '+' : '-';
      const inline = `pb:v:${sign}:${paperId}`;
      if (options.fits(inline) && !inline.startsWith(`pb:v:${sign}:k:`)) return inline;
      const key = createHash('sha256').update(paperId).digest('base64url').slice(0, 16);
      await kv.set(keyOf(key), paperId, voteTtlMs);
      return `pb:v:${sign}:k:${key}`;
    },
    async parse(token, kv) {
      const m = token === undefined ? null : pattern.exec(token);
      if (!m) return { ok: false, reason: 'not-ours' };
      const vote: Vote = m[1] === '+' ? 1 : -1;
      if (m[3] === undefined) return { ok: true, paperId: m[2]!, vote };
      const paperId = await kv.get(keyOf(m[3]));
      return typeof paperId === 'string' ? { ok: true, paperId, vote } : { ok: false, reason: 'expired' };
    },
    owns: (token) => token?.startsWith('pb:v:') ?? false,
  };
}
