/**
 * The real Redis and PostgreSQL servers of the test suite (`TEST_REDIS_URL`, `TEST_POSTGRES_URL`,
 * set by `.ci/run`), isolated per test: each store gets its own key prefix / schema, removed after.
 * Other runs use the same servers at the same time, so nothing here touches anything else.
 *
 * Without the variables the suites skip, saying so in one line.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import pg from 'pg';
import { describe } from 'vitest';
import { openStore, type OpenStoreOptions } from '../../src/schedule/store/index.ts';
import type { Store } from '../../src/schedule/types.ts';

export const redisUrl = process.env.TEST_REDIS_URL?.trim() || undefined;
export const postgresUrl = process.env.TEST_POSTGRES_URL?.trim() || undefined;

const said = new Set<string>();
/** `describe`, or a skip with one visible line when the server's variable is unset. */
export function describeWith(backend: 'redis' | 'postgres', name: string, body: () => void): void {
  const url = backend === 'redis' ? redisUrl : postgresUrl;
  if (!url) {
    const variable = backend === 'redis' ? 'TEST_REDIS_URL' : 'TEST_POSTGRES_URL';
    if (!said.has(variable)) process.stderr.write(`[skip] ${variable} is unset: the ${backend} suites do not run (.ci/run sets it)\n`);
    said.add(variable);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

/** A fresh namespace on a server: a Redis key prefix or a PostgreSQL schema, and how to remove it. */
export interface Space {
  url: string;
  prefix: string;
  open(options?: OpenStoreOptions): Promise<Store>;
  drop(): Promise<void>;
}

/** A unique namespace (`pbtest:<id>:` on Redis, `pbtest_<id>` on PostgreSQL). */
export function space(backend: 'redis' | 'postgres', url = backend === 'redis' ? redisUrl! : postgresUrl!): Space {
  const id = randomUUID().replace(/-/g, '').slice(0, 12);
  const prefix = backend === 'redis' ? `pbtest:${id}:` : `pbtest_${id}`;
  return {
    url,
    prefix,
    open: (options = {}) => openStore(url, { prefix, ...options }),
    // Always through the server's own URL (a test may have opened it through a proxy it has closed).
    drop: () => (backend === 'redis' ? dropRedis(redisUrl ?? url, prefix) : dropPostgres(postgresUrl ?? url, prefix)),
  };
}

async function dropRedis(url: string, prefix: string): Promise<void> {
  const client = createClient({ url });
  await client.connect();
  try {
    let cursor = '0';
    do {
      const r = await client.scan(cursor, { MATCH: `${prefix}*`, COUNT: 1_000 });
      cursor = String(r.cursor);
      if (r.keys.length) await client.del(r.keys);
    } while (cursor !== '0');
  } finally {
    await client.close();
  }
}

async function dropPostgres(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
