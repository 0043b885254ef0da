/**
 * Corpus assembly: parse many digests, tag topics, merge duplicates. Pure (bytes in, papers out);
 * reading the directory is the caller's job.
 * @module
 */
import type { Paper } from './model.ts';
import { parseDigest, type DigestFile, type DigestProblem, type ParsedDigest } from './parse/index.ts';
import { mergePapers } from './merge.ts';
import { tagTopics } from './topics.ts';

export interface Corpus {
  /** Merged papers, topics tagged. */
  papers: Paper[];
  /** Per-file parse results that succeeded (papers before merging). */
  digests: ParsedDigest[];
  /** Files that could not be parsed, plus non-fatal warnings. */
  problems: DigestProblem[];
}

/** Adds catalog topics, tagged from name, title and summary, to each paper (keeps existing ones). */
export function tagPapers(papers: readonly Paper[]): Paper[] {
  return papers.map((p) => {
    const tagged = tagTopics([p.name, p.title, p.summary].filter(Boolean).join('\n'));
    const topics = [...new Set([...p.topics, ...tagged])];
    return { ...p, topics };
  });
}

/** Parses, tags and merges a set of digest files. One bad file never stops the others. */
export function buildCorpus(files: readonly DigestFile[]): Corpus {
  const digests: ParsedDigest[] = [];
  const problems: DigestProblem[] = [];
  for (const file of files) {
    const result = parseDigest(file);
    if (!result.ok) {
      problems.push(result.error);
      continue;
    }
    const parsed = { ...result.value, papers: tagPapers(result.value.papers) };
    digests.push(parsed);
    problems.push(...parsed.warnings);
  }
  return { papers: mergePapers(digests.flatMap((d) => d.papers)), digests, problems };
}
