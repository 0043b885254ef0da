/**
 * Parse throughput of this tree against another checkout of the repository, in one process
 * (`npx tsx bench/parse-compare.ts --base /path/to/other/checkout [--rounds 9] [--bytes 2000000]`).
 * Both trees' `parseDigest` run over the same generated digests (this tree's generator, 4 formats),
 * alternating pass by pass, so a loaded machine slows both alike; per format it prints the
 * best and the median pass of each, in CPU time (this process's user + system) and wall time, the
 * ratio this/base of the medians, and the load average before and after. For "did this change
 * slow parsing" on a machine too busy for absolute figures.
 * @module
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDigest } from '../src/core/parse/index.ts';
import { generatePapers } from './corpus-gen.ts';
import { renderDigests } from './gen/digest-text.ts';
import { loadStarterPools } from './gen/starter.ts';

type Parse = typeof parseDigest;

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const baseDir = arg('base');
if (!baseDir) throw new Error('usage: npx tsx bench/parse-compare.ts --base <other checkout> [--rounds 9] [--bytes 2000000]');
const rounds = Number(arg('rounds') ?? 9);
const target = Number(arg('bytes') ?? 2_000_000);
const baseParse = ((await import(pathToFileURL(resolve(baseDir, 'src/core/parse/index.ts')).href)) as { parseDigest: Parse }).parseDigest;

const bytesPerPaper = { 'hfday-json': 2900, 'ru-daily': 2470, 'zh-monthly': 1120, 'zh-reading': 935 } as const;
const perFile = { 'hfday-json': 20, 'ru-daily': 10, 'zh-monthly': 10, 'zh-reading': 6 } as const;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();
const pools = loadStarterPools();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** One pass over the inputs: CPU and wall milliseconds, and the papers parsed (must match). */
function pass(parse: Parse, inputs: { file: string; bytes: Buffer; date: null }[]): { cpu: number; wall: number; papers: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let papers = 0;
  for (const input of inputs) {
    const r = parse(input);
    if (r.ok) papers += r.value.papers.length;
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall, papers };
}

const rows = [];
for (const [k, format] of (['ru-daily', 'zh-reading', 'zh-monthly', 'hfday-json'] as const).entries()) {
  const papers = generatePapers(pools, Math.ceil(target / bytesPerPaper[format]), { seed: 1 + k, kind: format });
  const inputs = renderDigests(format, papers, pools, { perFile: perFile[format], seed: k }).map((d) => ({ file: d.file, bytes: Buffer.from(d.text, 'utf8'), date: null }));
  const mb = inputs.reduce((n, d) => n + d.bytes.length, 0) / 1e6;
  const runs = { this: { cpu: [] as number[], wall: [] as number[], papers: 0 }, base: { cpu: [] as number[], wall: [] as number[], papers: 0 } };
  // One warm-up pass each, then alternate (the order flips every round).
  pass(parseDigest, inputs);
  pass(baseParse, inputs);
  for (let r = 0; r < rounds; r++) {
    for (const which of r % 2 ? (['base', 'this'] as const) : (['this', 'base'] as const)) {
      const p = pass(which === 'this' ? parseDigest : baseParse, inputs);
      runs[which].cpu.push(p.cpu);
      runs[which].wall.push(p.wall);
      runs[which].papers = p.papers;
    }
  }
  const mbps = (ms: number) => round2(mb / (ms / 1000));
  const row = {
    format,
    mb: round2(mb),
    papers: { this: runs.this.papers, base: runs.base.papers },
    cpuMbPerSec: { this: { best: mbps(Math.min(...runs.this.cpu)), median: mbps(median(runs.this.cpu)) }, base: { best: mbps(Math.min(...runs.base.cpu)), median: mbps(median(runs.base.cpu)) } },
    wallMbPerSec: { this: { best: mbps(Math.min(...runs.this.wall)), median: mbps(median(runs.this.wall)) }, base: { best: mbps(Math.min(...runs.base.wall)), median: mbps(median(runs.base.wall)) } },
    /** This tree's time over the base's (median CPU time): 1.10 = 10% slower. */
    cpuRatio: round2(median(runs.this.cpu) / median(runs.base.cpu)),
    bestCpuRatio: round2(Math.min(...runs.this.cpu) / Math.min(...runs.base.cpu)),
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
console.log(JSON.stringify({ load: { before: loadBefore, after: load() }, rounds }));
