// CI: the Redis and PostgreSQL servers the test suite uses (TEST_REDIS_URL, TEST_POSTGRES_URL) must
// answer; otherwise stop at once with one line per server instead of a suite of timeouts.
import { createClient } from '@redis/client';
import pg from 'pg';

const within = (ms, what, op) =>
  Promise.race([op(), new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]).catch((e) => {
    throw new Error(`${what}: ${e.message}`);
  });

const problems = [];
try {
  const client = createClient({ url: process.env.TEST_REDIS_URL, socket: { reconnectStrategy: false, connectTimeout: 3000 } });
  client.on('error', () => {});
  await within(5000, 'PING', async () => {
    await client.connect();
    await client.ping();
    await client.close();
  });
} catch (e) {
  problems.push(`Redis at TEST_REDIS_URL=${process.env.TEST_REDIS_URL} is unreachable (${e.message}); start it or point TEST_REDIS_URL at one`);
}
try {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  await within(5000, 'SELECT 1', async () => {
    await client.connect();
    await client.query('SELECT 1');
    await client.end();
  });
} catch (e) {
  problems.push(`PostgreSQL at TEST_POSTGRES_URL=${process.env.TEST_POSTGRES_URL} is unreachable (${e.message}); start it or point TEST_POSTGRES_URL at one`);
}
for (const p of problems) process.stderr.write(`.ci/run: ${p}\n`);
process.exit(problems.length ? 1 : 0);
