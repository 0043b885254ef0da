/**
 * Corpus assembly: parse many digests, tag topics, merge duplicates. Pure (bytes in, papers out);
 * reading the directory is the caller's job.
 * @module
 */
import type { Paper } from './model.ts';
import { defaultParseLimits, formatCount, parseDigest, type DigestFile, type DigestProblem, type ParseLimits, type ParsedDigest } from './parse/index.ts';
import { mergePapers } from './merge.ts';
import { tagPaperTopics } from './topics.ts';

export interface Corpus {
  /** Merged papers, topics tagged. */
  papers: Paper[];
  /** Per-file parse results that succeeded (papers before merging). */
  digests: ParsedDigest[];
  /** Files that could not be parsed, plus non-fatal warnings. */
  problems: DigestProblem[];
}

/**
 * Adds catalog topics to each paper (keeps existing ones): a topic when the paper's text names its
 * concepts with enough weight (title or name, then the opening sentence, count more; every language the
 * paper has, each on its own: `topics/tagging.ts`).
 */
export function tagPapers(papers: readonly Paper[]): Paper[] {
  return papers.map((p) => {
    const tagged = tagPaperTopics(p);
    const topics = [...new Set([...p.topics, ...tagged])];
    return { ...p, topics };
  });
}

/** Limits of one corpus load: the per-file ones of `parseDigest` plus the papers of all files together. */
export interface CorpusLimits extends ParseLimits {
  /** Papers (before merging) all files together may hold; files past it are reported, not loaded. */
  maxTotalPapers: number;
}

/**
 * 200,000 papers in total: twice the 100,000 the bot is benchmarked and sized for (SPEC section 8),
 * so a real corpus never meets it, while a directory of hostile files cannot take the process's
 * memory (a million papers took 3.3 GB).
 */
export const defaultCorpusLimits: Readonly<CorpusLimits> = { ...defaultParseLimits, maxTotalPapers: 200_000 };

/**
 * Parses, tags and merges a set of digest files, in the order given. One bad file never stops the
 * others; a file whose papers would take the corpus past `maxTotalPapers` is reported and skipped
 * (later, smaller files may still fit).
 */
export function buildCorpus(files: readonly DigestFile[], limits: Partial<CorpusLimits> = {}): Corpus {
  const limit = { ...defaultCorpusLimits, ...limits };
  const digests: ParsedDigest[] = [];
  const problems: DigestProblem[] = [];
  let total = 0;
  for (const file of files) {
    const result = parseDigest(file, limit);
    if (!result.ok) {
      problems.push(result.error);
      continue;
    }
    const count = result.value.papers.length;
    if (total + count > limit.maxTotalPapers) {
      problems.push({
        file: file.file,
        line: null,
        reason: `not loaded: its ${formatCount(count)} papers would take the corpus past ${formatCount(limit.maxTotalPapers)} papers in total (${formatCount(total)} loaded)`,
      });
      continue;
    }
    total += count;
    const parsed = { ...result.value, papers: tagPapers(result.value.papers) };
    digests.push(parsed);
    for (const warning of parsed.warnings) problems.push(warning);
  }
  return { papers: mergePapers(digests.flatMap((d) => d.papers)), digests, problems };
}
