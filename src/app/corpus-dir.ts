/**
 * The corpus on disk: reads one or more digest directories (each with its optional `manifest.json`;
 * `npm start` passes DIGESTS_DIR, the operator's, and FEEDS_DIR, where the live sources write),
 * builds the index, and watches every directory so dropped-in or fetched digests are indexed
 * without a restart. This is the I/O shell around the pure `buildCorpus`.
 * @module
 */
import { existsSync, readFileSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { buildCorpus, type Corpus, dateFromFileName, type DigestFile, DigestFormatSchema, DigestIndex, type DigestProblem } from '../core/index.ts';

const ManifestSchema = z.record(
  z.string(),
  z.object({
    format: DigestFormatSchema.optional(),
    date: z.string().nullable().optional(),
    lang: z.string().optional(),
    source: z.string().optional(),
  }),
);
type Manifest = z.infer<typeof ManifestSchema>;

/** Files in a digests directory that are digests (not the manifest, not hidden or temporary files). */
const isDigestName = (name: string) =>
  !name.startsWith('.') && name !== 'manifest.json' && !name.endsWith('~') && /\.(txt|md|json|xml)$/i.test(name);

/** Largest digest file read (bigger files are reported, not read). */
export const maxDigestBytes = 64 * 1024 * 1024;

function readManifest(dir: string): { manifest: Manifest; problem?: DigestProblem } {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return { manifest: {} };
  try {
    return { manifest: ManifestSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) };
  } catch (e) {
    return { manifest: {}, problem: { file: 'manifest.json', line: null, reason: `ignored: ${(e as Error).message.split('\n')[0]}` } };
  }
}

/** Reads explicit files (CLI `parse`) into {@link DigestFile}s; unreadable files become problems. */
export function readDigestFiles(paths: readonly string[], manifest: Manifest = {}): { files: DigestFile[]; problems: DigestProblem[] } {
  const files: DigestFile[] = [];
  const problems: DigestProblem[] = [];
  for (const path of paths) {
    const name = basename(path);
    try {
      const stat = statSync(path);
      // A FIFO or a link to a device (/dev/zero) would block or never end: read regular files only.
      if (!stat.isFile()) {
        problems.push({ file: name, line: null, reason: stat.isDirectory() ? 'is a directory, not a digest file' : 'not a regular file (pipe, socket or device): skipped' });
        continue;
      }
      const size = stat.size;
      if (size > maxDigestBytes) {
        problems.push({ file: name, line: null, reason: `file is ${Math.round(size / 1048576)} MB, over the ${maxDigestBytes / 1048576} MB limit` });
        continue;
      }
      const entry = manifest[name];
      files.push({
        file: name,
        bytes: readFileSync(path),
        ...(entry?.format ? { format: entry.format } : {}),
        date: entry?.date ?? dateFromFileName(name),
      });
    } catch (e) {
      problems.push({ file: name, line: null, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    }
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
  for (const dir of dirList(dirs)) {
    const { manifest, problem } = readManifest(dir);
    if (problem) problems.push(problem);
    const names = readdirSync(dir).filter(isDigestName).sort();
    const read = readDigestFiles(names.map((n) => join(dir, n)), manifest);
    files.push(...read.files);
    problems.push(...read.problems);
  }
  const corpus = buildCorpus(files);
  return { ...corpus, problems: [...problems, ...corpus.problems] };
}

/** Builds a {@link DigestIndex} over a corpus. */
export function indexCorpus(corpus: Corpus): DigestIndex {
  const index = new DigestIndex();
  index.add(corpus.papers);
  return index;
}

export interface LiveCorpus {
  /** The current index; replaced atomically when the directory changes. */
  index(): DigestIndex;
  corpus(): Corpus;
  /** Re-reads the directory now (also called by the watcher). */
  reload(): Corpus;
  close(): void;
}

/**
 * Loads `dirs` and keeps watching each of them. Changes are debounced (one reload for a burst in any
 * of the directories); each reload rebuilds the corpus (so duplicates merge across old and new
 * files) and swaps the index, so a search never sees a half-built index. Every directory must exist.
 */
export function openLiveCorpus(
  dirs: CorpusDirs,
  options: { watch?: boolean; debounceMs?: number; onReload?: (corpus: Corpus, index: DigestIndex) => void; onError?: (e: unknown) => void } = {},
): LiveCorpus {
  let corpus = loadCorpusDir(dirs);
  let index = indexCorpus(corpus);
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    corpus = loadCorpusDir(dirs);
    index = indexCorpus(corpus);
    options.onReload?.(corpus, index);
    return corpus;
  };
  const changed = (_event: string, name: string | null) => {
    // Hidden names are ignored, so a writer's temporary file (`.name.tmp`) renamed into place
    // triggers one reload, for the complete file.
    if (name && !isDigestName(name) && name !== 'manifest.json') return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        reload();
      } catch (e) {
        options.onError?.(e);
      }
    }, options.debounceMs ?? 300);
  };
  if (options.watch ?? true) {
    try {
      for (const dir of dirList(dirs)) watchers.push(watch(dir, changed).on('error', (e) => options.onError?.(e)));
    } catch (e) {
      for (const w of watchers) w.close();
      throw e;
    }
  }
  return {
    index: () => index,
    corpus: () => corpus,
    reload,
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
