/**
 * Hostile-corpus figures (issue 16): each case of `test/support/hostile-corpus.ts` loaded as the bot
 * loads its directory (next to a good starter digest), one child process per case so each peak RSS
 * is its own. Prints a table and JSON: bytes, load time, peak RSS, papers loaded, the problem.
 *
 *   npx tsx bench/hostile.ts [full|ci] [case-id]
 *
 * `full` (default) uses the sizes (a 57 MB file of a million lines; the largest accepted
 * file: 10,000 papers in 62 MB). With a case id it runs that case in this process.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpusDir } from '../src/app/corpus-dir.ts';
import { hostileCases } from '../test/support/hostile-corpus.ts';

const scale = (process.argv[2] ?? 'full') as 'full' | 'ci';
const only = process.argv[3];
const starter = fileURLToPath(new URL('../data/digests/2024-05-ru-daily.txt', import.meta.url));

interface Row {
  id: string;
  bytes: number;
  ms: number;
  peakRssMb: number;
  papers: number | null;
  expected: number | null;
  problems: number;
  problem: string;
}

function runOne(id: string): Row {
  const c = hostileCases({ scale }).find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  const dir = mkdtempSync(join(tmpdir(), 'paperboy-hostile-bench-'));
  try {
    copyFileSync(starter, join(dir, '2024-05-ru-daily.txt'));
    const bytes = c.bytes();
    writeFileSync(join(dir, c.file), bytes);
    const started = performance.now();
    const corpus = loadCorpusDir(dir);
    const ms = Math.round(performance.now() - started);
    const problems = corpus.problems.filter((p) => p.file === c.file);
    return {
      id,
      bytes: bytes.length,
      ms,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      papers: corpus.digests.find((d) => d.file === c.file)?.papers.length ?? null,
      expected: c.expect.papers,
      problems: problems.length,
      problem: problems[0] ? `${problems[0].line ?? '-'}: ${problems[0].reason.slice(0, 90)}` : '',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (only) {
  console.log(JSON.stringify(runOne(only)));
} else {
  const rows: Row[] = [];
  for (const c of hostileCases({ scale })) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), scale, c.id], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const last = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !last.startsWith('{')) {
      console.log(`${c.id}: child failed (${child.status}): ${child.stderr.split('\n').slice(0, 3).join(' ')}`);
      continue;
    }
    rows.push(JSON.parse(last) as Row);
  }
  console.log('case'.padEnd(30), 'MB'.padStart(6), 'ms'.padStart(7), 'peak RSS MB'.padStart(12), 'papers'.padStart(8), ' problem');
  for (const r of rows) {
    console.log(r.id.padEnd(30), (r.bytes / 1e6).toFixed(1).padStart(6), String(r.ms).padStart(7), String(r.peakRssMb).padStart(12), String(r.papers ?? '-').padStart(8), ` ${r.problem}`);
  }
  console.log(JSON.stringify(rows));
}
