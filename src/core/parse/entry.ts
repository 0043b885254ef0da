/**
 * What a format parser produces before it becomes a validated {@link Paper}, and the conversion.
 * @module
 */
import { PaperSchema, paperTexts, type DigestFormat, type Lang, type Paper, type PaperTexts } from '../model.ts';
import { paperId } from './ids.ts';

/** A problem in a digest, located by file and 1-based line (null when not line-specific). */
export interface DigestProblem {
  file: string;
  line: number | null;
  reason: string;
}

/** One paper as a format parser sees it: fields plus the 1-based line it starts on. */
export interface RawEntry {
  line: number | null;
  title: string | null;
  name: string | null;
  summary: string;
  lang: Lang;
  urls: string[];
  arxivId: string | null;
  authors: string[];
  abstract?: string;
  localTitle?: string;
  /** Texts in other languages the entry carries (hfday's `data.ru` / `data.zh`); the fields above are added to them. */
  texts?: PaperTexts;
}

/** A format parser's output: entries in document order, warnings, or a fatal problem. */
export type FormatOutput = { entries: RawEntry[]; warnings: DigestProblem[] } | { error: DigestProblem };

/** Where the entries come from, for `sources[]`. */
export interface SourceContext {
  file: string;
  format: DigestFormat;
  date: string | null;
}

/**
 * Turns raw entries into papers validated with {@link PaperSchema} (the boundary check): an entry
 * that fails becomes a warning and the rest still load. `sources[0].index` is the 0-based position
 * among the papers produced.
 */
export function toPapers(entries: readonly RawEntry[], ctx: SourceContext, warnings: DigestProblem[]): Paper[] {
  const papers: Paper[] = [];
  for (const entry of entries) {
    const candidate = {
      id: paperId(entry),
      title: entry.title,
      name: entry.name,
      summary: entry.summary,
      lang: entry.lang,
      urls: entry.urls,
      arxivId: entry.arxivId,
      authors: entry.authors,
      topics: [],
      sources: [{ file: ctx.file, format: ctx.format, date: ctx.date, index: papers.length }],
      ...(entry.abstract !== undefined ? { abstract: entry.abstract } : {}),
      ...(entry.localTitle !== undefined ? { localTitle: entry.localTitle } : {}),
      texts: paperTexts(entry),
    };
    const parsed = PaperSchema.safeParse(candidate);
    if (parsed.success) papers.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      warnings.push({
        file: ctx.file,
        line: entry.line,
        reason: `entry skipped: invalid ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`,
      });
    }
  }
  return papers;
}
