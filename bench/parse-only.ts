/**
 * The parse section alone (`npx tsx bench/parse-only.ts`): throughput per format over the same
 * generated digests as `npm run bench`, three runs, the median per format, in wall time and in CPU
 * time (this process's user + system: less sensitive to other jobs on a loaded machine), with the
 * load average before and after. For comparing parser changes before and after on one machine
 * state without running the whole suite.
 * @module
 */
import { loadavg } from 'node:os';
import { loadStarterPools } from './gen/starter.ts';
import { benchParse } from './parse.ts';

const pools = loadStarterPools();
const runs = Number(process.env.PARSE_RUNS ?? 3);
const bytesPerFormat = Number(process.env.PARSE_BYTES ?? 4_000_000);
const byFormat = new Map<string, number[]>();
const cpuByFormat = new Map<string, number[]>();
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();
for (let r = 0; r < runs; r++) {
  const result = benchParse(pools, { bytesPerFormat, seed: 1 });
  if (result.status !== 'ok') throw new Error(JSON.stringify(result));
  for (const f of result.formats) {
    byFormat.set(f.format, [...(byFormat.get(f.format) ?? []), f.mbPerSec]);
    cpuByFormat.set(f.format, [...(cpuByFormat.get(f.format) ?? []), f.cpuMbPerSec]);
    if (f.failures || f.papersParsed !== f.papersExpected) console.log(`${f.format}: ${f.papersParsed}/${f.papersExpected} papers, ${f.failures} failures (${f.firstFailure ?? ''})`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = [...byFormat].map(([format, xs]) => ({ format, mbPerSec: median(xs), runs: xs, cpuMbPerSec: median(cpuByFormat.get(format)!), cpuRuns: cpuByFormat.get(format) }));
console.log(JSON.stringify({ load: { before: loadBefore, after: load() }, rows }));
