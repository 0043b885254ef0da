/**
 * The Redis store (`STORE_URL=redis://…` / `rediss://…`): one client per store, owned and closed
 * here; atomic claims as Lua scripts; indexes as sorted sets. The adapters' key-value
 * space goes through `@keyv/redis` over the same client.
 *
 * Keys (prefix `paperboy:` by default):
 * - `sub:<chat>` a subscription (JSON); `subs:all` the set of chat keys; `subs:due` a sorted set of
 *   scheduled chats by `nextRunAt`; `subs:group:<group>` the chats of a server or group (`/status`);
 * - `outbox:<key>` an entry (JSON with its `rev`); `outbox:open` a sorted set of open entries by
 *   next attempt; terminal entries expire after the retention window;
 * - `lease:<name>` = `<token>|<owner>` with a PX expiry, `lease-seq:<name>` the token counter;
 * - `history:<chat>` the papers a chat got (a JSON array, appended by a script);
 * - `kv::…` through keyv.
 * @module
 */
import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import { chatKey, type ChatRef, type Fence, type HistoryRepo, type KeyValueStore, type LeaseStore, type OutboxEntry, type OutboxRepo, type Store, type StoreInfo, type Subscription, type SubscriptionRepo, type SwapResult } from '../types.ts';
import { StoreError } from './keyv.ts';
import { compareAndSwap } from './kv-update.ts';
import { defaultRepoOptions } from './repos.ts';
import { dueAt, groupKey, isDue, isOpen, moveChat, openScore } from './shape.ts';
import { defaultCallTimeoutMs, redactUrl, timed } from './timeout.ts';
import type { NetworkStoreOptions } from './network.ts';

type Client = ReturnType<typeof createClient>;

// === Scripts

/** Conditional outbox write: fence, revision, value, open index, expiry — one atomic step. */
const swapScript = `
if ARGV[7] ~= '' then
  local v = redis.call('GET', KEYS[3])
  if not v or string.match(v, '^(%d+)|') ~= ARGV[7] then return 'fenced' end
end
local cur = redis.call('GET', KEYS[1])
if ARGV[1] == '' then
  if cur then return 'conflict' end
elseif ARGV[1] ~= '*' then
  if not cur then return 'conflict' end
  local rev = cjson.decode(cur)['rev'] or 0
  if tostring(rev) ~= ARGV[1] then return 'conflict' end
end
if ARGV[5] ~= '0' then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[5]) else redis.call('SET', KEYS[1], ARGV[2]) end
if ARGV[3] == '1' then redis.call('ZADD', KEYS[2], ARGV[4], ARGV[6]) else redis.call('ZREM', KEYS[2], ARGV[6]) end
return 'ok'`;

/** kv compare-and-swap: write (SET, with PX when a TTL is given) or delete only if the raw text is still the expected one (or the key still absent). */
const kvSwapScript = `
local cur = redis.call('GET', KEYS[1])
if ARGV[1] == '0' then
  if cur then return 0 end
elseif cur ~= ARGV[2] then return 0 end
if ARGV[3] == '0' then redis.call('DEL', KEYS[1])
elseif ARGV[5] ~= '0' then redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[5])
else redis.call('SET', KEYS[1], ARGV[4]) end
return 1`;

/** Take (SET NX PX with the next token) or renew (compare-and-extend) a lease. */
const acquireScript = `
local v = redis.call('GET', KEYS[1])
if v then
  if ARGV[3] ~= '' and v == ARGV[3] .. '|' .. ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return tonumber(ARGV[3])
  end
  return false
end
local t = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], t .. '|' .. ARGV[1], 'NX', 'PX', ARGV[2])
return t`;

/** Appends ids not yet in a chat's history (a JSON array), in order: one atomic step. */
const appendScript = `
local cur = redis.call('GET', KEYS[1])
local ids = cur and cjson.decode(cur) or {}
local seen = {}
for _, id in ipairs(ids) do seen[id] = true end
local added = 0
for i = 1, #ARGV do
  if not seen[ARGV[i]] then seen[ARGV[i]] = true; ids[#ids + 1] = ARGV[i]; added = added + 1 end
end
if added > 0 then redis.call('SET', KEYS[1], cjson.encode(ids)) end
return added`;

/** Compare-and-delete. */
const releaseScript = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Opens a Redis store. Connects within `openTimeoutMs` or throws a {@link StoreError}.
 *
 * ```ts
 * const store = await openRedisStore('redis://127.0.0.1:6379', { prefix: 'paperboy:' });
 * ```
 */
export async function openRedisStore(url: string, options: NetworkStoreOptions = {}): Promise<Store> {
  const prefix = options.prefix ?? 'paperboy:';
  const callMs = options.callTimeoutMs ?? defaultCallTimeoutMs;
  const retentionMs = options.outboxRetentionMs ?? defaultRepoOptions.outboxRetentionMs;
  const shown = redactUrl(url);
  let connected = false;
  const client: Client = createClient({
    url,
    // Commands fail at once while the connection is down (instead of queueing without a bound);
    // once connected, the client reconnects by itself, backing off up to 2 s. A server that cannot
    // be reached at open fails the open at once.
    disableOfflineQueue: true,
    socket: { connectTimeout: options.openTimeoutMs ?? 10_000, reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(50 * 2 ** retries, 2_000) : cause) },
  });
  const destroy = () => {
    try {
      client.destroy();
    } catch {
      // already closed
    }
  };
  let down = false;
  client.on('error', (err: Error) => {
    // Logged once per outage; every call in the meantime fails with its own error.
    if (!down) options.logger?.warn({ err: err.message, store: shown }, 'store connection lost; reconnecting');
    down = true;
  });
  client.on('ready', () => {
    if (down) options.logger?.info({ store: shown }, 'store connection restored');
    down = false;
  });
  try {
    await timed(() => client.connect(), options.openTimeoutMs ?? 10_000, 'connect', url);
    connected = true;
  } catch (e) {
    destroy();
    throw new StoreError('UNREACHABLE', url, `cannot reach ${shown}: ${(e as Error).message}`);
  }
  const call = <T>(what: string, op: () => Promise<T>) => timed(op, callMs, `redis ${what}`, url);
  const k = (...parts: string[]) => prefix + parts.join(':');

  // === Subscriptions
  const parse = <T>(v: string | null | undefined): T | undefined => (v == null ? undefined : (JSON.parse(v) as T));
  const mget = async <T>(keys: string[]): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < keys.length; i += 1_000) {
      const chunk = keys.slice(i, i + 1_000);
      const values = await call('MGET', () => client.mGet(chunk));
      for (const v of values) {
        const x = parse<T>(v as string | null);
        if (x) out.push(x);
      }
    }
    return out;
  };
  const subKey = (chat: ChatRef) => k('sub', chatKey(chat));
  const subscriptions: SubscriptionRepo = {
    get: async (chat) => parse<Subscription>(await call('GET', () => client.get(subKey(chat)))),
    async put(sub) {
      const key = chatKey(sub.chat);
      const group = groupKey(sub.chat);
      const at = dueAt(sub);
      const m = client.multi().set(subKey(sub.chat), JSON.stringify(sub)).sAdd(k('subs', 'all'), key);
      if (group) m.sAdd(k('subs', 'group', group), key);
      if (at === null) m.zRem(k('subs', 'due'), key);
      else m.zAdd(k('subs', 'due'), { score: at, value: key });
      await call('MULTI put subscription', () => m.exec());
    },
    async delete(chat) {
      const key = chatKey(chat);
      const group = groupKey(chat);
      const m = client.multi().del(subKey(chat)).sRem(k('subs', 'all'), key).zRem(k('subs', 'due'), key);
      if (group) m.sRem(k('subs', 'group', group), key);
      await call('MULTI delete subscription', () => m.exec());
    },
    async list() {
      const keys = await call('SMEMBERS', () => client.sMembers(k('subs', 'all')));
      return mget<Subscription>(keys.map((c) => k('sub', c)));
    },
    async due(now, limit) {
      const keys = await call('ZRANGEBYSCORE', () => client.zRangeByScore(k('subs', 'due'), '-inf', now, limit === undefined ? undefined : { LIMIT: { offset: 0, count: limit } }));
      if (keys.length === 0) return [];
      return (await mget<Subscription>(keys.map((c) => k('sub', c)))).filter((s) => isDue(s, now));
    },
    async inGroup(chat) {
      const group = groupKey(chat);
      if (!group) return [];
      const keys = await call('SMEMBERS', () => client.sMembers(k('subs', 'group', group)));
      return mget<Subscription>(keys.map((c) => k('sub', c)));
    },
    move: (from, to) => moveChat(from, to, { subscriptions, history, dropHistory: (chat) => call('DEL history', () => client.del(historyKey(chat))).then(() => {}) }),
  };

  // === History (a JSON array per chat, appended by a script) and kv (keyv over this client)
  const keyvOver = (ns: string) => {
    const adapter = new KeyvRedis(client as never, { namespace: `${prefix}${ns}`, throwOnErrors: true, throwOnConnectError: true });
    const keyv = new Keyv({ store: adapter, namespace: `${prefix}${ns}`, useKeyPrefix: false, throwOnErrors: true, serialize: JSON.stringify, deserialize: JSON.parse });
    keyv.on('error', () => {}); // thrown to the caller (throwOnErrors)
    return keyv;
  };
  const kvKeyv = keyvOver('kv');
  const historyKey = (chat: ChatRef) => k('history', chatKey(chat));
  const history: HistoryRepo = {
    delivered: async (chat) => new Set(parse<string[]>(await call('GET history', () => client.get(historyKey(chat)))) ?? []),
    async add(chat, paperIds) {
      // Atomic on the server: the leader recording a digest and another instance answering /digest
      // for the same chat cannot lose each other's ids.
      const ids = [...new Set(paperIds)];
      if (ids.length) await call('EVAL history append', () => client.eval(appendScript, { keys: [historyKey(chat)], arguments: ids }));
    },
  };
  const kv: KeyValueStore = {
    get: (key) => call('GET kv', () => kvKeyv.get(key)),
    set: (key, value, ttlMs) => call('SET kv', async () => void (await kvKeyv.set(key, value, ttlMs))),
    delete: (key) => call('DEL kv', async () => void (await kvKeyv.delete(key))),
    update: (key, fn) => {
      // The key keyv uses: its namespace, `::`, the key (see kv-update.ts for the value's form).
      const raw = `${prefix}kv::${key}`;
      return compareAndSwap(
        () => call('GET kv', () => client.get(raw)),
        async (expected, next) =>
          (await call('EVAL kv swap', () =>
            client.eval(kvSwapScript, { keys: [raw], arguments: [expected === null ? '0' : '1', expected ?? '', next ? '1' : '0', next?.raw ?? '', String(next?.ttlMs ?? 0)] }),
          )) === 1,
        fn,
        'redis kv update',
      );
    },
  };

  // === Outbox
  const outboxKey = (key: string) => k('outbox', key);
  const write = async (entry: OutboxEntry, expected: string, fence?: Fence): Promise<SwapResult> => {
    const open = isOpen(entry);
    const result = await call('EVAL outbox swap', () =>
      client.eval(swapScript, {
        keys: [outboxKey(entry.key), k('outbox', 'open'), fence ? k('lease', fence.lease) : k('lease', '-')],
        arguments: [expected, JSON.stringify(entry), open ? '1' : '0', String(openScore(entry)), open ? '0' : String(retentionMs), entry.key, fence ? String(fence.token) : ''],
      }),
    );
    return result as SwapResult;
  };
  const outbox: OutboxRepo = {
    get: async (key) => parse<OutboxEntry>(await call('GET outbox', () => client.get(outboxKey(key)))),
    async put(entry) {
      await write(entry, '*');
    },
    swap: (entry, expectedRev, fence) => write({ ...entry, rev: expectedRev === null ? 0 : expectedRev + 1 }, expectedRev === null ? '' : String(expectedRev), fence),
    async delete(key) {
      await call('MULTI delete outbox', () => client.multi().del(outboxKey(key)).zRem(k('outbox', 'open'), key).exec());
    },
    async open() {
      const keys = await call('ZRANGE', () => client.zRange(k('outbox', 'open'), 0, -1));
      if (keys.length === 0) return [];
      return (await mget<OutboxEntry>(keys.map(outboxKey))).filter(isOpen);
    },
    async prune() {
      // Terminal entries expire by themselves; drop index members whose entry is gone.
      const keys = await call('ZRANGE', () => client.zRange(k('outbox', 'open'), 0, -1));
      const alive = new Set((await mget<OutboxEntry>(keys.map(outboxKey))).filter(isOpen).map((e) => e.key));
      const stale = keys.filter((key) => !alive.has(key));
      if (stale.length) await call('ZREM', () => client.zRem(k('outbox', 'open'), stale));
      return alive.size;
    },
  };

  // === Leases
  const leases: LeaseStore = {
    async acquire(name, owner, ttlMs, held) {
      const token = await call('EVAL lease acquire', () => client.eval(acquireScript, { keys: [k('lease', name), k('lease-seq', name)], arguments: [owner, String(Math.max(1, Math.round(ttlMs))), held === undefined ? '' : String(held)] }));
      return token === null ? null : Number(token);
    },
    async release(name, owner, token) {
      await call('EVAL lease release', () => client.eval(releaseScript, { keys: [k('lease', name)], arguments: [`${token}|${owner}`] }));
    },
    async holder(name) {
      const [value, ttl] = (await call('MULTI lease holder', () => client.multi().get(k('lease', name)).pTTL(k('lease', name)).exec())) as unknown as [string | null, number];
      if (!value) return undefined;
      const bar = value.indexOf('|');
      return { token: Number(value.slice(0, bar)), owner: value.slice(bar + 1), expiresInMs: Math.max(0, Number(ttl)) };
    },
  };

  // === Start-up facts
  const warnings: string[] = [];
  try {
    const config = (await call('CONFIG GET', () => client.configGet(['save', 'appendonly']))) as Record<string, string>;
    if ((config.save ?? '').trim() === '' && config.appendonly !== 'yes') {
      warnings.push(
        `Redis at ${shown} keeps nothing on disk (save "" and appendonly no): a Redis restart loses every subscription, the delivery history and the outbox (digests repeat or are lost). Turn on appendonly yes (or RDB snapshots) before relying on it.`,
      );
    }
  } catch {
    // CONFIG is often disabled on managed Redis: persistence cannot be checked from here.
  }

  let closing: Promise<void> | undefined;
  return {
    subscriptions,
    history,
    outbox,
    kv,
    leases,
    async ping() {
      await call('PING', () => client.ping());
    },
    async info(): Promise<StoreInfo> {
      return { backend: 'redis', shared: true, warnings: [...warnings] };
    },
    close() {
      closing ??= (async () => {
        // QUIT waits for replies in flight; during an outage it would wait for ever: bounded.
        await timed(() => client.close(), Math.min(callMs, 2_000), 'redis QUIT', url).catch(destroy);
      })();
      return closing;
    },
  };
}
