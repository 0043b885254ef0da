/**
 * The PostgreSQL store (`STORE_URL=postgresql://…`): one `pg` pool per store, owned and ended here
 * (once); tables with indexes in their own schema; conditional writes as single statements.
 * The adapters' key-value space goes through `@keyv/postgres` over the same pool.
 *
 * A tick's hot path is batched here (the port's optional methods): one history read, one insert of
 * the new outbox entries and one schedule update per batch of due chats, then per digest one claim
 * and one statement that writes `sent`, history, the last delivery and `recorded` together; claims,
 * completions and key-value reads/writes made at the same time share one statement (group commit,
 * ./coalesce.ts), so a tick costs a few hundred commits, not one per chat and step.
 *
 * Tables (schema `paperboy` by default):
 * - `subscriptions(key, value, due_at, grp)`, indexed on `due_at` (scheduled ones) and `grp`;
 * - `outbox(key, value, rev, open_at, expires_at)`, indexed on `open_at` (open entries);
 * - `leases(name, owner, token, expires_at)` with the `lease_tokens` sequence (server clock);
 * - `history(key, ids)`: the papers each chat got, appended without repeats in one statement;
 * - `keyv(key, value)` for the adapters' key-value space.
 * @module
 */
import KeyvPostgres from '@keyv/postgres';
import Keyv from 'keyv';
import pg from 'pg';
import { chatKey, type Fence, type HistoryRepo, type KeyValueStore, type LeaseStore, type OutboxEntry, type OutboxRepo, type Store, type StoreInfo, type Subscription, type SubscriptionRepo, type SwapResult } from '../types.ts';
import { coalesce } from './coalesce.ts';
import { StoreError } from './keyv.ts';
import { compareAndSwap } from './kv-update.ts';
import type { NetworkStoreOptions } from './network.ts';
import { defaultRepoOptions } from './repos.ts';
import { dueAt, groupKey, isDue, isOpen, moveChat, openScore } from './shape.ts';
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
    // The set-up may wait for another instance's (advisory lock) or for catalog locks: it gets the
    // open deadline, not the per-call one.
    const ddl = (text: string, values?: unknown[]) => client.query({ text, ...(values ? { values } : {}), query_timeout: openMs } as pg.QueryConfig);
    try {
      // Already set up (every start but the first): no DDL at all, so instances starting while
      // others work take no catalog locks.
      const names = ['subscriptions', 'outbox', 'leases', 'lease_tokens', 'history', 'keyv', 'subscriptions_due', 'subscriptions_grp', 'outbox_open'];
      const present = await ddl(`SELECT count(*) AS n FROM unnest($1::text[]) AS t(name) WHERE to_regclass(format('%I.%I', $2::text, t.name)) IS NOT NULL`, [names, schema]);
      if (Number((present.rows[0] as { n: string }).n) < names.length) await createSchema();
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
    async function createSchema() {
      await ddl('BEGIN');
      await ddl(`SET LOCAL statement_timeout = ${Math.round(openMs)}`);
      await ddl('SELECT pg_advisory_xact_lock(hashtext($1))', [`paperboy-schema:${schema}`]);
      await ddl(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await ddl(`CREATE TABLE IF NOT EXISTS ${s}.subscriptions (key text PRIMARY KEY, value text NOT NULL, due_at bigint, grp text)`);
      await ddl(`CREATE INDEX IF NOT EXISTS subscriptions_due ON ${s}.subscriptions (due_at) WHERE due_at IS NOT NULL`);
      await ddl(`CREATE INDEX IF NOT EXISTS subscriptions_grp ON ${s}.subscriptions (grp) WHERE grp IS NOT NULL`);
      await ddl(`CREATE TABLE IF NOT EXISTS ${s}.outbox (key text PRIMARY KEY, value text NOT NULL, rev integer NOT NULL, open_at bigint, expires_at bigint)`);
      await ddl(`CREATE INDEX IF NOT EXISTS outbox_open ON ${s}.outbox (open_at) WHERE open_at IS NOT NULL`);
      await ddl(`CREATE TABLE IF NOT EXISTS ${s}.leases (name text PRIMARY KEY, owner text NOT NULL, token bigint NOT NULL, expires_at timestamptz NOT NULL)`);
      await ddl(`CREATE SEQUENCE IF NOT EXISTS ${s}.lease_tokens`);
      await ddl(`CREATE TABLE IF NOT EXISTS ${s}.history (key text PRIMARY KEY, ids text[] NOT NULL)`);
      await ddl(`CREATE TABLE IF NOT EXISTS ${s}.keyv (key varchar(255) PRIMARY KEY, value text)`);
      await ddl('COMMIT');
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
    move: (from, to) => moveChat(from, to, { subscriptions, history, dropHistory: (chat) => q('delete history', `DELETE FROM ${s}.history WHERE key = $1`, [chatKey(chat)]).then(() => {}) }),
    async advance(runs) {
      if (runs.length === 0) return;
      await q(
        'advance subscriptions',
        `UPDATE ${s}.subscriptions AS t SET due_at = m.next, value = (t.value::jsonb || jsonb_build_object('nextRunAt', m.next, 'updatedAt', m.at))::text
         FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[]) AS m(key, prev, next, at)
         WHERE t.key = m.key AND t.due_at = m.prev`,
        [runs.map((r) => chatKey(r.chat)), runs.map((r) => r.from), runs.map((r) => r.to), runs.map((r) => r.at)],
      );
    },
  };

  // === History (own table: appends are one statement) and kv (keyv over this pool)
  const keyvOver = (ns: string) => {
    const adapter = new PoolKeyvPostgres({ uri: url, schema, table: 'keyv', pool } as never);
    const keyv = new Keyv({ store: adapter, namespace: ns, throwOnErrors: true, serialize: JSON.stringify, deserialize: JSON.parse });
    keyv.on('error', () => {});
    return keyv;
  };
  const kvKeyv = keyvOver('kv');
  /** Appends the ids not there yet, in order; one statement (no read-modify-write race between instances). */
  const appendSql = `INSERT INTO ${s}.history (key, ids) VALUES ($1, $2::text[])
    ON CONFLICT (key) DO UPDATE SET ids = history.ids || ARRAY(SELECT x FROM unnest(excluded.ids) WITH ORDINALITY AS t(x, i) WHERE NOT x = ANY(history.ids) ORDER BY i)`;
  const history: HistoryRepo = {
    async delivered(chat) {
      const rows = await q<{ ids: string[] }>('get history', `SELECT ids FROM ${s}.history WHERE key = $1`, [chatKey(chat)]);
      return new Set(rows[0]?.ids ?? []);
    },
    async add(chat, paperIds) {
      const ids = [...new Set(paperIds)];
      if (ids.length) await q('add history', appendSql, [chatKey(chat), ids]);
    },
    async deliveredMany(chats) {
      const rows = await q<{ key: string; ids: string[] }>('get histories', `SELECT key, ids FROM ${s}.history WHERE key = ANY($1::text[])`, [chats.map(chatKey)]);
      return new Map(rows.map((r) => [r.key, new Set(r.ids)]));
    },
  };
  // Reads and writes made together (a tick reads every due chat's votes, records every digest's
  // card numbers) go as one statement each: see ./coalesce.ts.
  const kvGet = coalesce((keys: string[]) => timed(() => kvKeyv.getMany(keys), callMs, 'postgres get kv', url), { max: 500 });
  const kvSet = coalesce(
    (entries: { key: string; value: unknown; ttl?: number }[]) => timed(async () => (await kvKeyv.setMany(entries), entries.map(() => undefined)), callMs, 'postgres set kv', url),
    { key: (e) => e.key, max: 500 },
  );
  const kv: KeyValueStore = {
    get: (key) => kvGet(key),
    set: (key, value, ttlMs) => kvSet({ key, value, ...(ttlMs === undefined ? {} : { ttl: ttlMs }) }),
    delete: (key) => timed(async () => void (await kvKeyv.delete(key)), callMs, 'postgres delete kv', url),
    update: (key, fn) => {
      // The row keyv uses: key `<namespace>:<key>` in the keyv table (see kv-update.ts for the value's form).
      const row = `kv:${key}`;
      return compareAndSwap(
        async () => (await q<{ value: string }>('get kv', `SELECT value FROM ${s}.keyv WHERE key = $1`, [row]))[0]?.value ?? null,
        async (expected, next) => {
          const sql =
            next === null
              ? `DELETE FROM ${s}.keyv WHERE key = $1 AND value = $2 RETURNING 1`
              : expected === null
                ? `INSERT INTO ${s}.keyv (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING 1`
                : `UPDATE ${s}.keyv SET value = $3 WHERE key = $1 AND value = $2 RETURNING 1`;
          const values = next === null ? [row, expected] : expected === null ? [row, next.raw] : [row, expected, next.raw];
          return (await q('swap kv', sql, values)).length === 1;
        },
        fn,
        'postgres kv update',
      );
    },
  };

  // === Outbox
  // FOR SHARE: a takeover (which updates the lease row) waits for this write to commit, so a fenced
  // write either lands before the new holder's first read or is refused.
  const fenceSql = (name: string, token: string) => `(${name}::text IS NULL OR EXISTS (SELECT 1 FROM ${s}.leases WHERE name = ${name} AND token = ${token} AND expires_at > clock_timestamp() FOR SHARE))`;
  const fenceOk = fenceSql('$6', '$7');
  /**
   * Conditional updates of outbox entries, many in one statement (./coalesce.ts): each row is
   * written when its revision is still the expected one and its fence (if any) is current. Returns
   * per entry what `swap` would have.
   */
  const swapUpdate = coalesce(
    async (items: { entry: OutboxEntry; expectedRev: number; fence?: Fence | undefined }[]): Promise<SwapResult[]> => {
      const now = Date.now();
      const open = items.map(({ entry }) => isOpen(entry));
      const rows = await q<{ key: string; ok: boolean; done: boolean }>(
        'swap outbox',
        `WITH m AS (SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::bigint[], $5::bigint[], $6::int[], $7::text[], $8::bigint[]) AS m(key, value, rev, open_at, expires_at, expected, lease, token)),
         f AS (SELECT m.key, ${fenceSql('m.lease', 'm.token')} AS ok FROM m),
         w AS (UPDATE ${s}.outbox AS o SET value = m.value, rev = m.rev, open_at = m.open_at, expires_at = m.expires_at FROM m JOIN f ON f.key = m.key
           WHERE f.ok AND o.key = m.key AND o.rev = m.expected AND (o.expires_at IS NULL OR o.expires_at > $9) RETURNING o.key)
         SELECT f.key, f.ok, EXISTS (SELECT 1 FROM w WHERE w.key = f.key) AS done FROM f`,
        [
          items.map(({ entry }) => entry.key),
          items.map(({ entry, expectedRev }) => JSON.stringify({ ...entry, rev: expectedRev + 1 })),
          items.map(({ expectedRev }) => expectedRev + 1),
          items.map(({ entry }, i) => (open[i] ? openScore(entry) : null)),
          items.map((_, i) => (open[i] ? null : now + retentionMs)),
          items.map(({ expectedRev }) => expectedRev),
          items.map(({ fence }) => fence?.lease ?? null),
          items.map(({ fence }) => fence?.token ?? null),
          now,
        ],
      );
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return items.map(({ entry }) => {
        const r = byKey.get(entry.key);
        return !r?.ok ? 'fenced' : r.done ? 'ok' : 'conflict';
      });
    },
    { key: ({ entry }) => entry.key },
  );

  /**
   * `sent`, history, the last delivery and `recorded` of many digests in one statement (one per
   * chat in a batch: a statement cannot append to one history row twice).
   */
  const completeOne = coalesce(
    async (items: { entry: OutboxEntry; expectedRev: number }[]): Promise<SwapResult[]> => {
      const now = Date.now();
      const rows = await q<{ key: string }>(
        'complete outbox entries',
        `WITH m AS (SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::bigint[]) AS m(key, value, expected, chat, ids, last, at)),
         o AS (UPDATE ${s}.outbox AS t SET value = m.value, rev = m.expected + 1, open_at = NULL, expires_at = $8 FROM m
           WHERE t.key = m.key AND t.rev = m.expected AND (t.expires_at IS NULL OR t.expires_at > $9) RETURNING t.key),
         d AS (SELECT m.* FROM m JOIN o ON o.key = m.key),
         h AS (INSERT INTO ${s}.history (key, ids) SELECT d.chat, ARRAY(SELECT jsonb_array_elements_text(d.ids::jsonb)) FROM d WHERE d.ids <> '[]'
           ON CONFLICT (key) DO UPDATE SET ids = history.ids || ARRAY(SELECT x FROM unnest(excluded.ids) WITH ORDINALITY AS t(x, i) WHERE NOT x = ANY(history.ids) ORDER BY i) RETURNING 1),
         u AS (UPDATE ${s}.subscriptions AS sub SET value = (sub.value::jsonb || d.last::jsonb)::text FROM d
           WHERE sub.key = d.chat AND COALESCE((sub.value::jsonb #>> '{lastDelivery,at}')::bigint, 0) <= d.at RETURNING 1)
         SELECT key FROM o`,
        [
          items.map(({ entry }) => entry.key),
          items.map(({ entry, expectedRev }) => JSON.stringify({ ...entry, rev: expectedRev + 1 })),
          items.map(({ expectedRev }) => expectedRev),
          items.map(({ entry }) => chatKey(entry.chat)),
          items.map(({ entry }) => JSON.stringify([...new Set(entry.paperIds)])),
          items.map(({ entry }) => JSON.stringify({ lastDelivery: { at: entry.sentAt ?? now, localDate: entry.localDate, count: entry.paperIds.length }, failures: 0, lastError: null, updatedAt: now })),
          items.map(({ entry }) => entry.sentAt ?? now),
          now + retentionMs,
          now,
        ],
      );
      const done = new Set(rows.map((r) => r.key));
      return items.map(({ entry }) => (done.has(entry.key) ? 'ok' : 'conflict'));
    },
    { key: ({ entry }) => chatKey(entry.chat) },
  );

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
      // Updates (claims, every later step of a digest) are batched; a create is rare on this path.
      if (expectedRev !== null) return swapUpdate({ entry, expectedRev, fence });
      // A new key, or one whose terminal entry has expired.
      const next = { ...entry, rev: 0 };
      const open = isOpen(next);
      const now = Date.now();
      const values = [entry.key, JSON.stringify(next), 0, open ? openScore(next) : null, open ? null : now + retentionMs, fence?.lease ?? null, fence?.token ?? null, now];
      const write = `INSERT INTO ${s}.outbox (key, value, rev, open_at, expires_at) SELECT $1, $2, $3, $4, $5 FROM f WHERE f.ok
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, rev = excluded.rev, open_at = excluded.open_at, expires_at = excluded.expires_at
        WHERE outbox.expires_at IS NOT NULL AND outbox.expires_at <= $8 RETURNING 1`;
      const rows = await q<{ ok: boolean; n: string }>('create outbox entry', `WITH f AS (SELECT ${fenceOk} AS ok), w AS (${write}) SELECT (SELECT ok FROM f) AS ok, (SELECT count(*) FROM w) AS n`, values);
      const row = rows[0]!;
      return !row.ok ? 'fenced' : Number(row.n) === 1 ? 'ok' : 'conflict';
    },
    async createMany(entries, fence) {
      if (entries.length === 0) return [];
      const now = Date.now();
      const rows = await q<{ ok: boolean; keys: string[] }>(
        'create outbox entries',
        `WITH f AS (SELECT ${fenceSql('$5', '$6')} AS ok),
         w AS (INSERT INTO ${s}.outbox (key, value, rev, open_at, expires_at)
           SELECT m.key, m.value, 0, m.open_at, m.expires_at FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[]) AS m(key, value, open_at, expires_at), f WHERE f.ok
           ON CONFLICT (key) DO UPDATE SET value = excluded.value, rev = excluded.rev, open_at = excluded.open_at, expires_at = excluded.expires_at
           WHERE outbox.expires_at IS NOT NULL AND outbox.expires_at <= $7 RETURNING key)
         SELECT (SELECT ok FROM f) AS ok, ARRAY(SELECT key FROM w) AS keys`,
        [
          entries.map((e) => e.key),
          entries.map((e) => JSON.stringify({ ...e, rev: 0 })),
          entries.map((e) => (isOpen(e) ? openScore(e) : null)),
          entries.map((e) => (isOpen(e) ? null : now + retentionMs)),
          fence?.lease ?? null,
          fence?.token ?? null,
          now,
        ],
      );
      return rows[0]!.ok ? rows[0]!.keys : 'fenced';
    },
    complete: (entry, expectedRev) => completeOne({ entry, expectedRev }),
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
        await timed(() => pool.end(), Math.min(callMs, 2_000), 'postgres end pool', url).catch(() => {});
      })();
      return closing;
    },
  };
}
