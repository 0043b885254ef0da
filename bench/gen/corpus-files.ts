/**
 * Synthetic corpora ON DISK, for the process benchmark (`bench/process.ts`): the generator's papers
 * rendered as digest files in the four starter formats, the way a digests directory holds them after
 * months of daily feeds. Deterministic for a size and seed; written once into a cache directory and
 * reused (a `.complete` marker records what was written).
 *
 * ```ts
 * const dir = ensureCorpusDir('/tmp/paperboy-bench/corpus-10000', 10_000);
 * const file = writeNewDigest(dir, 1_000, 'quokka1'); // a day's new papers, one findable by name
 * ```
 * @module
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePapers, type GenPaper } from '../corpus-gen.ts';
import { renderDigests } from './digest-text.ts';
import { loadStarterPools, type SeedKind, type StarterPools } from './starter.ts';

/** Papers per file by format: a daily feed, a daily digest, a monthly top list, a reading-notes file. */
export const papersPerFile: Record<SeedKind, number> = { 'hfday-json': 50, 'ru-daily': 25, 'zh-monthly': 10, 'zh-reading': 20 };

const kinds: readonly SeedKind[] = ['hfday-json', 'ru-daily', 'zh-monthly', 'zh-reading'];

export interface CorpusDirInfo {
  dir: string;
  papers: number;
  files: number;
  bytes: number;
}

/**
 * Writes `n` generated papers as digest files into `dir` unless a complete corpus of that size and
 * seed is already there. Returns what the directory holds.
 */
export function ensureCorpusDir(dir: string, n: number, seed = 1, pools: StarterPools = loadStarterPools()): CorpusDirInfo {
  const marker = join(dir, '.complete');
  const wanted = `${n} ${seed}`;
  if (existsSync(marker)) {
    const [line, files, bytes] = readFileSync(marker, 'utf8').split('\n');
    if (line === wanted) return { dir, papers: n, files: Number(files), bytes: Number(bytes) };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const papers = generatePapers(pools, n, { seed });
  let files = 0;
  let bytes = 0;
  for (const kind of kinds) {
    const ofKind = papers.filter((p) => p.kind === kind);
    for (const digest of renderDigests(kind, ofKind, pools, { perFile: papersPerFile[kind], seed: seed + 7 })) {
      writeFileSync(join(dir, digest.file), digest.text);
      files++;
      bytes += Buffer.byteLength(digest.text);
    }
  }
  writeFileSync(marker, `${wanted}\n${files}\n${bytes}\n`);
  return { dir, papers: n, files, bytes };
}

/**
 * Renders `n` new hfday papers (ids after any corpus of up to 10M papers) as ONE feed file whose first
 * paper is named `name`, so `/paper <name>` finds it once indexed. Written under a temporary name and
 * renamed into place, as `paperboy ingest` does, so the watcher sees a complete file. Returns its path.
 */
export function writeNewDigest(dir: string, n: number, name: string, options: { seed?: number; file?: string; pools?: StarterPools } = {}): string {
  const pools = options.pools ?? loadStarterPools();
  const papers = generatePapers(pools, n, { seed: options.seed ?? 99, kind: 'hfday-json', seqOffset: 10_000_000 });
  papers[0] = renamed(papers[0]!, name);
  const [digest] = renderDigests('hfday-json', papers, pools, { perFile: n });
  const file = options.file ?? `2030-01-01-new-${name}.json`;
  const path = join(dir, file);
  writeFileSync(`${path}.tmp`, digest!.text);
  renameSync(`${path}.tmp`, path);
  return path;
}

function renamed(p: GenPaper, name: string): GenPaper {
  const swap = (text: string | null) => (text && p.name ? text.split(p.name).join(name) : text);
  return {
    ...p,
    name,
    title: `${name}: ${(p.title ?? 'A new method').replace(/^[^:]*:\s*/, '')}`,
    summary: `${name} — ${swap(p.summary) ?? ''}`,
    abstract: `We introduce ${name}. ${swap(p.abstract) ?? ''}`,
  };
}
