/**
 * Where the memory of reloads goes: the live corpus (`openLiveCorpus`, worker thread included) on a
 * generated corpus, a 1,000-paper file dropped in and rewritten `--reloads` times, and after each
 * reload a full collection of the main thread and its memory by kind (`process.memoryUsage()`: JS
 * heap, external, array buffers, RSS), with the corpus worker's heap. Shows what grows from reload
 * to reload, which `bench/process.ts` (RSS of the whole bot) cannot tell apart.
 *
 *   npx tsx bench/live-reloads.ts --papers 100000 --reloads 20 [--work /tmp/paperboy-bench] [--cold]
 *
 * Without `--cold` a snapshot left by an earlier run (of this tool) is loaded, as a warm start.
 * @module
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { fullGc } from '../src/app/full-gc.ts';
import { openLiveCorpus } from '../src/app/live-corpus.ts';
import { ensureCorpusDir, writeNewDigest } from './gen/corpus-files.ts';
import { loadStarterPools } from './gen/starter.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '10000' },
    reloads: { type: 'string', default: '20' },
    work: { type: 'string', default: '/tmp/paperboy-bench' },
    cold: { type: 'boolean', default: false },
    /** Write main-thread heap snapshots after the second and the last reload into this directory. */
    'heap-snapshots': { type: 'string' },
  },
});
const n = Number(values.papers);
const pools = loadStarterPools();
const corpus = ensureCorpusDir(join(values.work, `corpus-${n}`), n, 1, pools);
const file = '2030-01-01-new.json';
rmSync(join(corpus.dir, file), { force: true });
const stateDir = join(values.work, `live-state-${n}`);
if (values.cold) rmSync(stateDir, { recursive: true, force: true });
mkdirSync(stateDir, { recursive: true });

const mb = (b: number) => Math.round(b / 1e6);
let workerMB = 0;
const memory = () => {
  fullGc();
  const m = process.memoryUsage();
  const index = live?.index();
  const v8heap = getHeapStatistics();
  return { heapTotal: mb(v8heap.total_heap_size), heap: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), rss: mb(m.rss), worker: workerMB, postings: mb(index?.postingBytes ?? 0), dead: Math.round((index?.deadFraction ?? 0) * 100) };
};

const t0 = performance.now();
// No idle stop and no timed save while measuring: every reload finds the worker as the last one left it.
const opened = openLiveCorpus([corpus.dir], { stateDir, watch: false, idleMs: Infinity, saveDelayMs: 3_600_000, onReload: (u) => (workerMB = u.heapMB.worker) });
let live: Awaited<typeof opened> | undefined;
live = await opened;
console.log(`open (${live.loadedFrom}): ${Math.round(performance.now() - t0)} ms`, memory());
if (live.loadedFrom === 'snapshot') {
  await live.reload();
  console.log('caught up', memory());
}
const rows: ReturnType<typeof memory>[] = [];
for (let i = 0; i <= Number(values.reloads); i++) {
  writeNewDigest(corpus.dir, 1_000, i === 0 ? 'Quokkaformer' : `Quokkaformer${i}`, { pools, file, seed: i === 0 ? 99 : 99 + i });
  const t = performance.now();
  const u = await live.reload();
  // A sync with nothing changed: the worker's heap then is what its last sync left after its full collection.
  await live.reload();
  const m = memory();
  rows.push(m);
  if (values['heap-snapshots'] && (i === 2 || i === Number(values.reloads))) writeHeapSnapshot(join(values['heap-snapshots'], `reload-${i}.heapsnapshot`));
  console.log(`${i === 0 ? 'new' : `reload ${i}`}: ${Math.round(performance.now() - t)} ms (merge ${u.mergeMs} ms, stall ${u.loopDelayMaxMs} ms)`, m);
}
const first = rows[1] ?? rows[0]!;
const last = rows.at(-1)!;
console.log('last - first reload:', Object.fromEntries(Object.entries(last).map(([k, v]) => [k, v - first[k as keyof typeof first]])));
rmSync(join(corpus.dir, file), { force: true });
await live.close();
