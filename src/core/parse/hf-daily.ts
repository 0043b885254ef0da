/**
 * hf-daily: the Hugging Face Daily Papers API response, `GET /api/daily_papers?date=YYYY-MM-DD`
 * (SPEC section 2). A JSON array of items, each with a `paper` object: `id` (the arXiv id),
 * `title`, `summary` (the abstract), `authors[].name`, `publishedAt`, `upvotes`. Everything else
 * (thumbnails, submitters, comment counts, AI summaries and keywords, media) is tolerated and not
 * read. English title and abstract; the date comes from outside (the file name the fetch job
 * writes, `2024-09-02-hf-daily.json`).
 * @module
 */
import { z } from 'zod';
import type { DigestProblem, FormatOutput, RawEntry } from './entry.ts';
import { invalidJson, maxTextChars, maxTitleChars, oversized } from './json.ts';
import { isSurveyTitle, nameFromProse, nameFromTitle } from './names.ts';

// Boundary schemas: strict on what we read, extra fields pass.
const ItemSchema = z.object({
  paper: z.object({
    id: z.string().trim().min(1),
    title: z.string().trim().min(1),
    summary: z.string().optional(),
    authors: z.array(z.unknown()).optional(),
    /** Tolerated when missing or malformed: a popularity hint, not part of the paper. */
    upvotes: z.unknown().optional(),
  }),
});
/** An arXiv id as the API gives it (`2409.08857`, sometimes with a version). */
const arxivIdPattern = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;

/**
 * Parses a Daily Papers response. Invalid JSON or a non-array is fatal; a bad item is a warning.
 * Only the first `limit` items are read (the caller refuses a file with more papers).
 */
export function parseHfDaily(file: string, text: string, limit = Infinity): FormatOutput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: invalidJson(file, text, e) };
  }
  if (!Array.isArray(json)) return { error: { file, line: 1, reason: 'not a Daily Papers response: expected a JSON array of items with a "paper" object' } };
  const warnings: DigestProblem[] = [];
  const entries: RawEntry[] = [];
  json.slice(0, limit).forEach((value, i) => {
    const parsed = ItemSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warnings.push({ file, line: null, reason: `item ${i} skipped: ${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    const { paper } = parsed.data;
    const tooLong = oversized([['paper.id', paper.id, maxTitleChars], ['paper.title', paper.title, maxTitleChars], ['paper.summary', paper.summary, maxTextChars]]);
    if (tooLong) warnings.push({ file, line: null, reason: `item ${i} skipped: ${tooLong}` });
    else entries.push(toEntry(paper));
  });
  return { entries, warnings };
}

function toEntry(paper: z.infer<typeof ItemSchema>['paper']): RawEntry {
  const title = collapse(paper.title);
  const summary = collapse(paper.summary ?? '');
  const arxivId = arxivIdPattern.exec(paper.id)?.[1] ?? null;
  const urls = arxivId ? [`https://huggingface.co/papers/${arxivId}`, `https://arxiv.org/abs/${arxivId}`] : [];
  return {
    line: null,
    title,
    name: nameFromTitle(title) ?? (summary && !isSurveyTitle(title) ? nameFromProse(summary, urls) : null),
    summary,
    lang: 'en',
    urls,
    arxivId,
    authors: paper.authors?.flatMap((a) => {
      const name = (a as { name?: unknown } | null)?.name;
      return typeof name === 'string' && name.trim() ? [collapse(name)] : [];
    }) ?? [],
    ...upvotesOf(paper.upvotes),
  };
}

/** `{ upvotes }` when `value` is a non-negative count, else nothing (shared with hfday's `score`). */
export function upvotesOf(value: unknown): { upvotes?: number } {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? { upvotes: Math.floor(value) } : {};
}

/** Abstracts come with hard line breaks (arXiv's 80-column text): one space instead. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
