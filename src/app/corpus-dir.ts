/**
 * The corpus on disk, read at once: one or more digest directories (each with its optional
 * `manifest.json`; `npm start` passes DIGESTS_DIR, the operator's, and FEEDS_DIR, where the live
 * sources write) through the pure `buildCorpus` — the CLI's and the doctor's load, and the full
 * rebuild the live corpus (`live-corpus.ts`, which updates file by file) is checked against.
 * @module
 */
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { buildCorpus, type Corpus, dateFromFileName, type DigestFile, DigestFormatSchema, DigestIndex, type DigestProblem } from '../core/index.ts';
import { readDigestBytes, safeProblem, type ReadPolicy } from './digest-files.ts';

const ManifestSchema = z.record(
  z.string(),
  z.object({
    format: DigestFormatSchema.optional(),
    date: z.string().nullable().optional(),
    lang: z.string().optional(),
    source: z.string().optional(),
  }),
);
export type Manifest = z.infer<typeof ManifestSchema>;

/** Files in a digests directory that are digests (not the manifest, not hidden or temporary files). */
export const isDigestName = (name: string) =>
  !name.startsWith('.') && name !== 'manifest.json' && !name.endsWith('~') && /\.(txt|md|json|xml)$/i.test(name);

export function readManifest(dir: string, policy: ReadPolicy): { manifest: Manifest; problem?: DigestProblem } {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return { manifest: {} };
  const read = readDigestBytes(path, policy, lstatSync(path).isSymbolicLink());
  if ('reason' in read) return { manifest: {}, problem: { file: 'manifest.json', line: null, reason: `ignored: ${read.reason}` } };
  try {
    return { manifest: ManifestSchema.parse(JSON.parse(read.bytes.toString('utf8'))) };
  } catch (e) {
    return { manifest: {}, problem: { file: 'manifest.json', line: null, reason: `ignored: ${(e as Error).message.split('\n')[0]}` } };
  }
}

/**
 * Reads files into {@link DigestFile}s; unreadable ones become problems. Explicit paths (CLI `parse`,
 * `ingest`) are read as given; `policy.within` restricts symlinks to targets inside those directories
 * (how a corpus directory is read, see `digest-files.ts`).
 */
export function readDigestFiles(
  paths: readonly string[],
  manifest: Manifest = {},
  policy: ReadPolicy = {},
  links: ReadonlySet<string> = new Set(),
): { files: DigestFile[]; problems: DigestProblem[] } {
  const files: DigestFile[] = [];
  const problems: DigestProblem[] = [];
  for (const path of paths) {
    const name = basename(path);
    const read = readDigestBytes(path, policy, links.has(path));
    if ('reason' in read) {
      problems.push({ file: name, line: null, reason: read.reason });
      continue;
    }
    const entry = manifest[name];
    files.push({
      file: name,
      bytes: read.bytes,
      ...(entry?.format ? { format: entry.format } : {}),
      date: entry?.date ?? dateFromFileName(name),
    });
  }
  return { files, problems };
}

/** One directory or several, in load order. */
export type CorpusDirs = string | readonly string[];

const dirList = (dirs: CorpusDirs): readonly string[] => (typeof dirs === 'string' ? [dirs] : dirs);

/**
 * Loads every digest in `dirs` (one directory or a list, each with its own manifest) into one
 * corpus, so duplicates merge across directories; files load directory by directory, each sorted by
 * name. A bad file is reported; the rest still load.
 * ```ts
 * loadCorpusDir(['data/digests', 'data/feeds']).papers.length
 * ```
 */
export function loadCorpusDir(dirs: CorpusDirs): Corpus {
  const files: DigestFile[] = [];
  const problems: DigestProblem[] = [];
  const policy: ReadPolicy = { within: dirList(dirs).map((d) => realpathSync(d)) };
  for (const dir of dirList(dirs)) {
    const { manifest, problem } = readManifest(dir, policy);
    if (problem) problems.push(problem);
    const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => isDigestName(e.name));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const links = new Set(entries.filter((e) => e.isSymbolicLink()).map((e) => join(dir, e.name)));
    const read = readDigestFiles(entries.map((e) => join(dir, e.name)), manifest, policy, links);
    files.push(...read.files);
    problems.push(...read.problems);
  }
  const corpus = buildCorpus(files);
  // File names and excerpts come from the directory's content: escaped before anyone logs them.
  return { ...corpus, problems: [...problems, ...corpus.problems].map(safeProblem) };
}

/** Builds a {@link DigestIndex} over a corpus. */
export function indexCorpus(corpus: Corpus): DigestIndex {
  const index = new DigestIndex();
  index.add(corpus.papers);
  return index;
}
