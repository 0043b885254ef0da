/**
 * Page tokens: what a Prev/Next button under `/paper` results carries (Telegram `callback_data`,
 * Discord `custom_id`), so the button works after a restart and on any instance.
 *
 * A token is `pb:p:<page>:q:<query>` when that fits the platform's field, else
 * `pb:p:<page>:k:<key>`, where `key` is 16 base64url characters of the query's SHA-256 (96 bits:
 * collisions are not a practical concern) and the query is kept in the key-value store for
 * {@link queryTtlMs}. The scheme is written once here; each platform only says what fits
 * ({@link PageTokens.fits}) and under which kv namespace its long queries live.
 *
 * ```ts
 * const telegramPages = pageTokens({ namespace: 'telegram', fits: (t) => Buffer.byteLength(t) <= 64 });
 * await telegramPages.token('diffusion', 1, kv);          // 'pb:p:1:q:diffusion'
 * await telegramPages.parse('pb:p:1:q:diffusion', kv);    // { ok: true, query: 'diffusion', page: 1 }
 * ```
 * @module
 */
import { createHash } from 'node:crypto';
import type { KeyValueStore } from '../../schedule/index.ts';

/** How long a long query stays resolvable from its buttons (30 days). */
export const queryTtlMs = 30 * 24 * 3_600_000;

/** The token of a button that leads nowhere (Telegram's `n/N` page counter). */
export const noopToken = 'pb:n';

const pattern = /^pb:p:(\d{1,6}):([qk]):([\s\S]+)$/;

/** Where a button leads, or why it leads nowhere. */
export type PageTarget = { ok: true; query: string; page: number } | { ok: false; reason: 'noop' | 'not-ours' | 'expired' };

/** What a platform tells the scheme. */
export interface PageTokenOptions {
  /**
   * Prefix of the kv key a long query is kept under (`telegram` -> `telegram:query:<key>`). Kept per
   * platform, as before the scheme was shared, so buttons already posted keep resolving.
   */
  namespace: string;
  /** Whether a token fits the platform's field (Telegram: 64 UTF-8 bytes; Discord: 100 characters). */
  fits(token: string): boolean;
}

/** The page-token scheme for one platform. */
export interface PageTokens {
  /** The token of a button that opens `page` of `query`; always {@link PageTokenOptions.fits}. */
  token(query: string, page: number, kv: KeyValueStore): Promise<string>;
  /** Resolves a token back to its query and page. */
  parse(token: string | undefined, kv: KeyValueStore): Promise<PageTarget>;
  /** The kv key a long query with hash `key` is stored under. */
  queryKey(key: string): string;
  fits(token: string): boolean;
}

/** Creates the scheme for one platform (see the module comment). */
export function pageTokens(options: PageTokenOptions): PageTokens {
  const queryKey = (key: string) => `${options.namespace}:query:${key}`;
  return {
    fits: options.fits,
    queryKey,
    async token(query, page, kv) {
      const inline = `pb:p:${page}:q:${query}`;
      if (options.fits(inline)) return inline;
      const key = createHash('sha256').update(query).digest('base64url').slice(0, 16);
      await kv.set(queryKey(key), query, queryTtlMs);
      return `pb:p:${page}:k:${key}`;
    },
    async parse(token, kv) {
      if (token === noopToken) return { ok: false, reason: 'noop' };
      const m = token === undefined ? null : pattern.exec(token);
      if (!m) return { ok: false, reason: 'not-ours' };
      const page = Number(m[1]);
      if (m[2] === 'q') return { ok: true, query: m[3]!, page };
      const query = await kv.get(queryKey(m[3]!));
      return typeof query === 'string' ? { ok: true, query, page } : { ok: false, reason: 'expired' };
    },
  };
}
