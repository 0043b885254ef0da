/**
 * The PostgreSQL store (`STORE_URL=postgresql://…`): one `pg` pool per store, owned and ended here
 * (once); tables with indexes in their own schema; conditional writes as single statements.
 * History and the adapters' key-value space go through `@keyv/postgres` over the same pool.
 *
 * Tables (schema `paperboy` by default):
 * - `subscriptions(key, value, due_at, grp)`, indexed on `due_at` (scheduled ones) and `grp`;
 * - `outbox(key, value, rev, open_at, expires_at)`, indexed on `open_at` (open entries);
 * - `leases(name, owner, token, expires_at)` with the `lease_tokens` sequence (server clock);
 * - `keyv(key, value)` for history and kv.
 * @module
 */
import KeyvPostgres from '@keyv/postgres';
import Keyv from 'keyv';
import pg from 'pg';
import { chatKey, type HistoryRepo, type KeyValueStore, type LeaseStore, type OutboxEntry, type OutboxRepo, type Store, type StoreInfo, type Subscription, type SubscriptionRepo, type SwapResult } from '../types.ts';
import { KeyedQueue } from '../concurrency.ts';
import { StoreError } from './keyv.ts';
import type { NetworkStoreOptions } from './network.ts';
import { defaultRepoOptions } from './repos.ts';
import { dueAt, groupKey, isDue, isOpen, openScore } from './shape.ts';
import { defaultCallTimeoutMs, redactUrl, timed } from './timeout.ts';

/** `@keyv/postgres` keeps one module-level pool and ends it on every `disconnect()`: use ours instead. */
class PoolKeyvPostgres extends KeyvPostgres {
  override async connect() {
    const pool = (this.opts as { pool: pg.Pool }).pool;
    return async (sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows;
  }
  override async disconnect() {} // the store ends the pool, once
}

/**
 * Opens a PostgreSQL store; creates its schema and tables if missing (under an advisory lock, so
 * several instances starting together do not trip over each other).
 *
 * ```ts
 * const store = await openPostgresStore('postgresql://paperboy@db/paperboy', { prefix: 'paperboy' });
 * ```
 */
export async function openPostgresStore(url: string, options: NetworkStoreOptions = {}): Promise<Store> {
  const schema = options.prefix ?? 'paperboy';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new StoreError('BAD_STORE_URL', url, `schema "${schema}" must be a lower-case SQL identifier`);
  const callMs = options.callTimeoutMs ?? defaultCallTimeoutMs;
  const openMs = options.openTimeoutMs ?? 10_000;
  const retentionMs = options.outboxRetentionMs ?? defaultRepoOptions.outboxRetentionMs;
  const shown = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: openMs, query_timeout: callMs, statement_timeout: callMs, idleTimeoutMillis: 30_000 });
  let down = false;
  // An idle client's connection dropped (server restart): the pool discards it; log once per outage.
  pool.on('error', (err) => {
    if (!down) options.logger?.warn({ err: err.message, store: shown }, 'store connection lost; reconnecting');
    down = true;
  });
  const q = async <R extends pg.QueryResultRow>(what: string, sql: string, values?: unknown[]): Promise<R[]> => {
    try {
      const rows = (await timed(() => pool.query<R>(sql, values), callMs + 500, `postgres ${what}`, url)).rows;
      if (down) options.logger?.info({ store: shown }, 'store connection restored');
      down = false;
      return rows;
    } catch (e) {
      if (!down && !(e instanceof StoreError)) down = /ECONNREFUSED|ECONNRESET|terminat|Connection/i.test((e as Error).message);
      throw e;
    }
  };
  const s = `"${schema}"`;
  try {
    const client = await timed(() => pool.connect(), openMs, 'connect', url);
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`paperboy-schema:${schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.subscriptions (key text PRIMARY KEY, value text NOT NULL, due_at bigint, grp text)`);
      await client.query(`CREATE INDEX IF NOT EXISTS subscriptions_due ON ${s}.subscriptions (due_at) WHERE due_at IS NOT NULL`);
      await client.query(`CREATE INDEX IF NOT EXISTS subscriptions_grp ON ${s}.subscriptions (grp) WHERE grp IS NOT NULL`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.outbox (key text PRIMARY KEY, value text NOT NULL, rev integer NOT NULL, open_at bigint, expires_at bigint)`);
      await client.query(`CREATE INDEX IF NOT EXISTS outbox_open ON ${s}.outbox (open_at) WHERE open_at IS NOT NULL`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.leases (name text PRIMARY KEY, owner text NOT NULL, token bigint NOT NULL, expires_at timestamptz NOT NULL)`);
      await client.query(`CREATE SEQUENCE IF NOT EXISTS ${s}.lease_tokens`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.keyv (key varchar(255) PRIMARY KEY, value text)`);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    throw new StoreError('UNREACHABLE', url, `cannot open ${shown}: ${(e as Error).message}`);
  }

  // === Subscriptions
  const subscriptions: SubscriptionRepo = {
    async get(chat) {
      const rows = await q<{ value: string }>('get subscription', `SELECT value FROM ${s}.subscriptions WHERE key = $1`, [chatKey(chat)]);
      return rows[0] ? (JSON.parse(rows[0].value) as Subscription) : undefined;
    },
    async put(sub) {
      await q('put subscription', `INSERT INTO ${s}.subscriptions (key, value, due_at, grp) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO UPDATE SET value = excluded.value, due_at = excluded.due_at, grp = excluded.grp`, [
        chatKey(sub.chat),
        JSON.stringify(sub),
        dueAt(sub),
        groupKey(sub.chat) ?? null,
      ]);
    },
    async delete(chat) {
      await q('delete subscription', `DELETE FROM ${s}.subscriptions WHERE key = $1`, [chatKey(chat)]);
    },
    async list() {
      const rows = await q<{ value: string }>('list subscriptions', `SELECT value FROM ${s}.subscriptions`);
      return rows.map((r) => JSON.parse(r.value) as Subscription);
    },
    async due(now, limit) {
      const rows = await q<{ value: string }>('due subscriptions', `SELECT value FROM ${s}.subscriptions WHERE due_at <= $1 ORDER BY due_at LIMIT $2`, [now, limit ?? null]);
      return rows.map((r) => JSON.parse(r.value) as Subscription).filter((sub) => isDue(sub, now));
    },
    async inGroup(chat) {
      const group = groupKey(chat);
      if (!group) return [];
      const rows = await q<{ value: string }>('group subscriptions', `SELECT value FROM ${s}.subscriptions WHERE grp = $1`, [group]);
      return rows.map((r) => JSON.parse(r.value) as Subscription);
    },
    async move(from, to) {
      if (chatKey(from) === chatKey(to)) return;
      const sub = await subscriptions.get(from);
      if (sub) {
        if (!(await subscriptions.get(to))) await subscriptions.put({ ...sub, chat: { ...to } });
        await subscriptions.delete(from);
      }
      const moved = [...(await history.delivered(from))];
      if (moved.length) {
        await history.add(to, moved);
        await historyKeyv.delete(chatKey(from));
      }
    },
  };

  // === History and kv through keyv over this pool
  const keyvOver = (ns: string) => {
    const adapter = new PoolKeyvPostgres({ uri: url, schema, table: 'keyv', pool } as never);
    const keyv = new Keyv({ store: adapter, namespace: ns, throwOnErrors: true, serialize: JSON.stringify, deserialize: JSON.parse });
    keyv.on('error', () => {});
    return keyv;
  };
  const historyKeyv = keyvOver('history');
  const kvKeyv = keyvOver('kv');
  const historyLocks = new KeyedQueue();
  const history: HistoryRepo = {
    delivered: async (chat) => new Set((await timed(() => historyKeyv.get<string[]>(chatKey(chat)), callMs, 'postgres get history', url)) ?? []),
    add(chat, paperIds) {
      const key = chatKey(chat);
      return historyLocks.run(key, async () => {
        const ids = (await timed(() => historyKeyv.get<string[]>(key), callMs, 'postgres get history', url)) ?? [];
        const seen = new Set(ids);
        const fresh = paperIds.filter((id) => !seen.has(id) && (seen.add(id), true));
        if (fresh.length) await timed(() => historyKeyv.set(key, [...ids, ...fresh]), callMs, 'postgres set history', url);
      });
    },
  };
  const kv: KeyValueStore = {
    get: (key) => timed(() => kvKeyv.get(key), callMs, 'postgres get kv', url),
    set: (key, value, ttlMs) => timed(async () => void (await kvKeyv.set(key, value, ttlMs)), callMs, 'postgres set kv', url),
    delete: (key) => timed(async () => void (await kvKeyv.delete(key)), callMs, 'postgres delete kv', url),
  };

  // === Outbox
  // FOR SHARE: a takeover (which updates the lease row) waits for this write to commit, so a fenced
  // write either lands before the new holder's first read or is refused.
  const fenceOk = `($6::text IS NULL OR EXISTS (SELECT 1 FROM ${s}.leases WHERE name = $6 AND token = $7 AND expires_at > clock_timestamp() FOR SHARE))`;
  const outbox: OutboxRepo = {
    async get(key) {
      const rows = await q<{ value: string }>('get outbox', `SELECT value FROM ${s}.outbox WHERE key = $1 AND (expires_at IS NULL OR expires_at > $2)`, [key, Date.now()]);
      return rows[0] ? (JSON.parse(rows[0].value) as OutboxEntry) : undefined;
    },
    async put(entry) {
      const open = isOpen(entry);
      await q('put outbox', `INSERT INTO ${s}.outbox (key, value, rev, open_at, expires_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO UPDATE SET value = excluded.value, rev = excluded.rev, open_at = excluded.open_at, expires_at = excluded.expires_at`, [
        entry.key,
        JSON.stringify(entry),
        entry.rev ?? 0,
        open ? openScore(entry) : null,
        open ? null : Date.now() + retentionMs,
      ]);
    },
    async swap(entry, expectedRev, fence) {
      const rev = expectedRev === null ? 0 : expectedRev + 1;
      const next = { ...entry, rev };
      const open = isOpen(next);
      const now = Date.now();
      const values = [entry.key, JSON.stringify(next), rev, open ? openScore(next) : null, open ? null : now + retentionMs, fence?.lease ?? null, fence?.token ?? null, now];
      const write =
        expectedRev === null
          ? // A new key, or one whose terminal entry has expired.
            `INSERT INTO ${s}.outbox (key, value, rev, open_at, expires_at) SELECT $1, $2, $3, $4, $5 FROM f WHERE f.ok
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, rev = excluded.rev, open_at = excluded.open_at, expires_at = excluded.expires_at
             WHERE outbox.expires_at IS NOT NULL AND outbox.expires_at <= $8 RETURNING 1`
          : `UPDATE ${s}.outbox SET value = $2, rev = $3, open_at = $4, expires_at = $5 FROM f
             WHERE f.ok AND key = $1 AND rev = ${Number(expectedRev)} AND (expires_at IS NULL OR expires_at > $8) RETURNING 1`;
      const rows = await q<{ ok: boolean; n: string }>('swap outbox', `WITH f AS (SELECT ${fenceOk} AS ok), w AS (${write}) SELECT (SELECT ok FROM f) AS ok, (SELECT count(*) FROM w) AS n`, values);
      const row = rows[0]!;
      const result: SwapResult = !row.ok ? 'fenced' : Number(row.n) === 1 ? 'ok' : 'conflict';
      return result;
    },
    async delete(key) {
      await q('delete outbox', `DELETE FROM ${s}.outbox WHERE key = $1`, [key]);
    },
    async open() {
      const rows = await q<{ value: string }>('open outbox', `SELECT value FROM ${s}.outbox WHERE open_at IS NOT NULL ORDER BY open_at`);
      return rows.map((r) => JSON.parse(r.value) as OutboxEntry);
    },
    async prune() {
      await q('prune outbox', `DELETE FROM ${s}.outbox WHERE expires_at IS NOT NULL AND expires_at <= $1`, [Date.now()]);
      const rows = await q<{ n: string }>('count outbox', `SELECT count(*) AS n FROM ${s}.outbox`);
      return Number(rows[0]!.n);
    },
  };

  // === Leases (the server's clock decides expiry)
  const leases: LeaseStore = {
    async acquire(name, owner, ttlMs, held) {
      const rows = await q<{ token: string }>(
        'acquire lease',
        `INSERT INTO ${s}.leases (name, owner, token, expires_at) VALUES ($1, $2, nextval('${s}.lease_tokens'), clock_timestamp() + $3 * interval '1 millisecond')
         ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at,
           token = CASE WHEN leases.owner = excluded.owner AND leases.token = $4 THEN leases.token ELSE excluded.token END
         WHERE leases.expires_at <= clock_timestamp() OR (leases.owner = excluded.owner AND leases.token = $4)
         RETURNING token`,
        [name, owner, Math.max(1, Math.round(ttlMs)), held ?? null],
      );
      return rows[0] ? Number(rows[0].token) : null;
    },
    async release(name, owner, token) {
      await q('release lease', `DELETE FROM ${s}.leases WHERE name = $1 AND owner = $2 AND token = $3`, [name, owner, token]);
    },
    async holder(name) {
      const rows = await q<{ owner: string; token: string; left: string }>('lease holder', `SELECT owner, token, (extract(epoch FROM expires_at - clock_timestamp()) * 1000)::bigint AS left FROM ${s}.leases WHERE name = $1 AND expires_at > clock_timestamp()`, [name]);
      const r = rows[0];
      return r ? { owner: r.owner, token: Number(r.token), expiresInMs: Number(r.left) } : undefined;
    },
  };

  let closing: Promise<void> | undefined;
  return {
    subscriptions,
    history,
    outbox,
    kv,
    leases,
    async ping() {
      await q('ping', 'SELECT 1');
    },
    async info(): Promise<StoreInfo> {
      return { backend: 'postgres', shared: true, warnings: [] };
    },
    close() {
      // One pool, ended once: a second close() gets the same promise (no "Called end on pool more than once").
      closing ??= (async () => {
        await historyLocks.drain().catch(() => {});
        await timed(() => pool.end(), callMs, 'postgres end pool', url).catch(() => {});
      })();
      return closing;
    },
  };
}
