/**
 * `npm run bench`: runs every benchmark section, prints a table and writes `bench/results.json`
 * (git-ignored) with the machine it ran on.
 *
 * Environment:
 * - `BENCH_QUICK=1`: smoke sizes (1k papers, 100 subscriptions, 100 chats), well under 30 s.
 * - `BENCH_CHATS=N`: chats due at once in the delivery section (default 2,000; ~67 s at 30 msg/s).
 * - `BENCH_OUT=path`: where to write the JSON (default `bench/results.json`).
 * - `BENCH_TG_GLOBAL=N`: what-if run with the Telegram adapter's overall throttle at N msg/s instead
 *   of its default 25 (SPEC section 6), to see what the pipeline does against the 30 msg/s limit.
 *
 * Profiling a slow section: `node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/run.ts`, then
 * `npx tsx bench/tools/cpuprofile-top.ts /tmp/prof/<file>.cpuprofile 25` for self/inclusive times.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderReport } from './report.ts';
import { fullConfig, quickConfig, runSuite, type BenchConfig } from './suite.ts';

function configFromEnv(env: NodeJS.ProcessEnv): BenchConfig {
  const base = env.BENCH_QUICK === '1' ? quickConfig : fullConfig;
  const int = (name: 'BENCH_CHATS' | 'BENCH_TG_GLOBAL'): number | undefined => {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    if (!/^[1-9]\d*$/.test(value)) throw new Error(`bench: ${name} must be a positive integer, got "${value}"`);
    return Number(value);
  };
  const chats = int('BENCH_CHATS');
  const throttleGlobal = int('BENCH_TG_GLOBAL');
  return { ...base, ...(chats ? { chats } : {}), ...(throttleGlobal ? { throttleGlobal } : {}) };
}

const config = configFromEnv(process.env);
const out = process.env.BENCH_OUT ?? fileURLToPath(new URL('./results.json', import.meta.url));
const t0 = performance.now();
const results = await runSuite(config, (line) => process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${line}\n`));
process.stdout.write(renderReport(results) + '\n');
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
process.stdout.write(`\nwrote ${out}\n`);
