/**
 * The corpus worker's half of an update, in one thread, without the bot: a generated corpus loaded
 * with `CorpusFiles` (as the worker holds it), then a 1,000-paper file dropped in and rewritten
 * `--reloads` times, each sync's parse and merge time and the heap after a full collection printed
 * (`process.memoryUsage()`: heapUsed, external, arrayBuffers, rss). Isolates the merge from the
 * index and the thread hand-off that `bench/process.ts` measures end to end.
 *
 *   npx tsx bench/corpus-sync.ts --papers 100000 --reloads 20 [--work /tmp/paperboy-bench] [--warm]
 *
 * `--warm` saves the state after the load and restores it (the merge state then read from disk at
 * the first change, as a restarted worker does).
 * @module
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusFiles } from '../src/app/corpus-files.ts';
import { fullGc } from '../src/app/full-gc.ts';
import { ensureCorpusDir, writeNewDigest } from './gen/corpus-files.ts';
import { loadStarterPools } from './gen/starter.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '10000' },
    reloads: { type: 'string', default: '20' },
    work: { type: 'string', default: '/tmp/paperboy-bench' },
    warm: { type: 'boolean', default: false },
    /** Write a CPU profile of the syncs after the load (not the load) to this file. */
    profile: { type: 'string' },
  },
});
const n = Number(values.papers);
const pools = loadStarterPools();
const corpus = ensureCorpusDir(join(values.work, `corpus-${n}`), n, 1, pools);
const file = '2030-01-01-new.json';
rmSync(join(corpus.dir, file), { force: true });
const stateDir = join(values.work, `sync-state-${n}`);
rmSync(stateDir, { recursive: true, force: true });
mkdirSync(stateDir, { recursive: true });

const mb = (b: number) => Math.round(b / 1e5) / 10;
const memory = () => {
  fullGc();
  const m = process.memoryUsage();
  return `heap ${mb(m.heapUsed)} MB, external ${mb(m.external)} MB, arrayBuffers ${mb(m.arrayBuffers)} MB, rss ${mb(m.rss)} MB`;
};

let files = CorpusFiles.create([corpus.dir], { stateDir });
let t = performance.now();
let r = files.sync();
console.log(`load: ${r.delta.upserted.length} records, parse ${r.parseMs} ms, merge ${r.mergeMs} ms, total ${Math.round(performance.now() - t)} ms; ${memory()}`);
r.delta = { removed: [], upserted: [] };
if (values.warm) {
  files.save('bench');
  files.close();
  const restored = CorpusFiles.restore([corpus.dir], { stateDir }, 'bench');
  if (!(restored instanceof CorpusFiles)) throw new Error(restored.reason);
  files = restored;
  console.log(`restored: ${memory()}`);
}
const session = values.profile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
for (let i = 0; i <= Number(values.reloads); i++) {
  writeNewDigest(corpus.dir, 1_000, i === 0 ? 'Quokkaformer' : `Quokkaformer${i}`, { pools, file, seed: i === 0 ? 99 : 99 + i });
  t = performance.now();
  r = files.sync();
  const ms = Math.round(performance.now() - t);
  console.log(`${i === 0 ? 'new' : `reload ${i}`}: +${r.delta.upserted.length} -${r.delta.removed.length}, parse ${r.parseMs} ms, merge ${r.mergeMs} ms, total ${ms} ms; ${memory()}`);
  r.delta = { removed: [], upserted: [] };
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.profile!, JSON.stringify(profile));
  session.disconnect();
}
rmSync(join(corpus.dir, file), { force: true });
files.close();
