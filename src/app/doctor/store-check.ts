/**
 * Doctor: the store (`STORE_URL`). Reachable (it opens within the time bound), writable (a probe
 * key is written, read back and deleted in its key-value space), and what it holds (the
 * subscriptions the platform checks look at).
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../../schedule/index.ts';
import { error, ok, reasonOf, warning, within, type Check } from './check.ts';
import { dirProblem, existingAncestor } from './corpus-check.ts';

/** How long opening the store and the probe write may take (an unreachable Redis must not hang the doctor). */
export const storeTimeoutMs = 10_000;

/** The probe key (in the adapters' key-value space; it expires by itself if the delete never runs). */
const probeKey = 'doctor:probe';

/**
 * Opens the store with `open` (unless `store` is the running bot's) and probes it. Returns the open
 * store for the checks that read subscriptions; the caller closes what it opened.
 *
 * ```ts
 * const { checks, store } = await checkStore({ label: 'sqlite://data/paperboy.sqlite', open: () => openStore(url) });
 * ```
 */
export async function checkStore(o: {
  label: string;
  open?: () => Promise<Store>;
  /** The running bot's store (start-up checks): probed, not opened. */
  store?: Store;
  /** A SQLite store's file: when it does not exist yet it is not created here (npm start creates it); its directory is checked. */
  sqliteFile?: string;
  timeoutMs?: number;
  now?: () => number;
}): Promise<{ checks: Check[]; store?: Store }> {
  const timeoutMs = o.timeoutMs ?? storeTimeoutMs;
  let store = o.store;
  if (!store && o.sqliteFile && o.sqliteFile !== ':memory:' && !existsSync(o.sqliteFile)) {
    const ancestor = existingAncestor(dirname(o.sqliteFile));
    const problem = dirProblem(ancestor, true);
    return {
      checks: [
        problem
          ? error('store', 'store', 'Store', `${o.label}: the file does not exist and cannot be created: ${ancestor} ${problem}`, 'point STORE_URL at a writable path, or let the bot write that directory')
          : ok('store', 'store', 'Store', `${o.label}: no file yet (a first start); npm start creates it, its directory is writable`),
      ],
    };
  }
  if (!store) {
    try {
      store = await within(timeoutMs, () => o.open!());
    } catch (e) {
      return { checks: [error('store', 'store', 'Store', `cannot open ${o.label}: ${reasonOf(e)}`, fixFor(reasonOf(e), o.label))] };
    }
  }
  const stamp = `${process.pid}:${(o.now ?? Date.now)()}`;
  try {
    await within(timeoutMs, async () => {
      await store.kv.set(probeKey, stamp, 60_000);
      const back = await store.kv.get(probeKey);
      if (back !== stamp) throw new Error(`wrote a probe value and read back ${JSON.stringify(back)}`);
      await store.kv.delete(probeKey);
    });
  } catch (e) {
    return { checks: [error('store', 'store', 'Store', `${o.label} opened but a write failed: ${reasonOf(e)}`, 'make the store writable (file permissions and free disk for SQLite; a primary, not a read-only replica, for Redis/PostgreSQL)')], store };
  }
  let subscriptions: number;
  try {
    subscriptions = (await within(timeoutMs, () => store.subscriptions.list())).length;
  } catch (e) {
    return { checks: [error('store', 'store', 'Store', `${o.label} is writable but its subscriptions cannot be read: ${reasonOf(e)}`, 'check the store is the one npm start uses and is not damaged')], store };
  }
  const checks = [ok('store', 'store', 'Store', `${o.label}: reachable and writable; ${subscriptions} subscription${subscriptions === 1 ? '' : 's'}`)];
  // Risks the store itself reports (#15): e.g. a Redis that keeps nothing on disk.
  const info = await within(timeoutMs, () => store.info()).catch(() => undefined);
  for (const [i, w] of (info?.warnings ?? []).entries()) {
    checks.push(warning('store', i ? `store.risk${i + 1}` : 'store.risk', 'Store durability', w, 'make the store keep its data across restarts (Redis: appendonly yes), or accept that a restart of it loses every subscription'));
  }
  return { checks, store };
}

/** What to do about a store that did not open, by what went wrong. */
function fixFor(reason: string, label: string): string {
  const install = /run `([^`]+)`/.exec(reason)?.[1];
  if (install) return `run ${install}, then check again`;
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|no answer within/.test(reason)) return `start the server STORE_URL names, or fix its host and port (${label})`;
  if (/EACCES|EROFS|EPERM/.test(reason)) return 'let the bot write the SQLite file and its directory, or point STORE_URL at a writable path';
  return 'fix STORE_URL (sqlite://data/paperboy.sqlite, redis://host:6379, postgresql://user@host/db)';
}
