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
  /** Other names of the paper (see `Paper.aliases`). */
  aliases?: string[];
  summary: string;
  lang: Lang;
  urls: string[];
  arxivId: string | null;
  authors: string[];
  abstract?: string;
  localTitle?: string;
  /** Texts in other languages the entry carries (hfday's `data.ru` / `data.zh`); the fields above are added to them. */
  texts?: PaperTexts;
  /** Hugging Face upvotes when the source counts them (see `Paper.upvotes`). */
  upvotes?: number;
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
export function toPapers(entries: readonly RawEntry[], ctx: SourceContext, warnings: { push(problem: DigestProblem): void }): Paper[] {
  const papers: Paper[] = [];
  for (const entry of entries) {
    const candidate = {
      id: paperId(entry),
      title: entry.title,
      name: entry.name,
      ...(entry.aliases?.length ? { aliases: entry.aliases } : {}),
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
      ...(entry.upvotes !== undefined ? { upvotes: entry.upvotes } : {}),
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

/**
 * A file's warnings, capped: the first `max` are kept as they are, the rest only counted, and
 * {@link WarningLog.list} ends with one summary line (how many more, which lines, the first reason).
 * Pushing never spreads an array into arguments, so a file with 130,000 bad lines costs a counter,
 * not a stack overflow or 130,000 log lines.
 * ```ts
 * const log = new WarningLog('a.txt', 20);
 * log.push({ file: 'a.txt', line: 3, reason: 'line skipped: ...' });
 * log.list(); // at most 21 problems
 * ```
 */
export class WarningLog {
  readonly #kept: DigestProblem[] = [];
  #more = 0;
  #firstMore: DigestProblem | undefined;
  #lastLine: number | null = null;

  readonly file: string;
  readonly max: number;

  constructor(file: string, max: number) {
    this.file = file;
    this.max = max;
  }

  push(problem: DigestProblem): void {
    if (this.#kept.length < this.max) {
      this.#kept.push(problem);
      return;
    }
    this.#more++;
    this.#firstMore ??= problem;
    if (problem.line !== null) this.#lastLine = problem.line;
  }

  /** The first warning, if any. */
  first(): DigestProblem | undefined {
    return this.#kept[0];
  }

  /** Kept warnings plus, when some were dropped, one summary. */
  list(): DigestProblem[] {
    const first = this.#firstMore;
    if (!first) return [...this.#kept];
    const from = first.line;
    const lines = from !== null && this.#lastLine !== null && this.#lastLine !== from ? `lines ${from}-${this.#lastLine}` : from !== null ? `line ${from}` : 'no line';
    const summary = `${this.#more.toLocaleString('en-US')} more warnings not listed (${lines}; the first: ${first.reason})`;
    return [...this.#kept, { file: this.file, line: null, reason: summary }];
  }
}
