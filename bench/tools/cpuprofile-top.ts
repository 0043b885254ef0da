/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): the functions with the most self time,
 * and, optionally, the most total (inclusive) time.
 *
 * ```sh
 * node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/run.ts
 * npx tsx bench/tools/cpuprofile-top.ts /tmp/prof/CPU.*.cpuprofile 25
 * ```
 * @module
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total milliseconds per function (`name file:line`), highest self time first. */
export function topFunctions(profile: Profile, n = 20): { fn: string; selfMs: number; totalMs: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const label = (node: ProfileNode) => {
    const f = node.callFrame;
    const file = f.url ? relative(process.cwd(), f.url.replace(/^file:\/\//, '')) : '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + us);
    // Inclusive time: credit each distinct function on the stack once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + us);
    }
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, us]) => ({ fn, selfMs: Math.round(us / 1000), totalMs: Math.round((total.get(fn) ?? 0) / 1000) }));
}

/** Highest inclusive time first (where the time goes, top-down). */
export function topInclusive(profile: Profile, n = 20): { fn: string; totalMs: number }[] {
  const all = topFunctions(profile, Number.MAX_SAFE_INTEGER);
  return all.sort((a, b) => b.totalMs - a.totalMs).slice(0, n).map(({ fn, totalMs }) => ({ fn, totalMs }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, count] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: cpuprofile-top <file.cpuprofile> [n]\n');
    process.exit(1);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const n = Number(count ?? 20);
  process.stdout.write('self ms  total ms  function\n');
  for (const r of topFunctions(profile, n)) process.stdout.write(`${String(r.selfMs).padStart(7)}  ${String(r.totalMs).padStart(8)}  ${r.fn}\n`);
  process.stdout.write('\ninclusive:\ntotal ms  function\n');
  for (const r of topInclusive(profile, n)) process.stdout.write(`${String(r.totalMs).padStart(8)}  ${r.fn}\n`);
}
