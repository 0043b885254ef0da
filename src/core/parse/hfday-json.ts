/**
 * hfday-json: the structured daily Hugging Face papers feed. `papers[]` entries carry an English
 * `title`, `abstract` and `url` (huggingface.co/papers/<arXiv id>), and `data.desc` / `data.title` /
 * `data.tags` in Russian. The feed's own `date` is a Russian day string ("4 октября") that may
 * disagree with the file, so the date comes from outside (manifest, file name).
 * @module
 */
import { z } from 'zod';
import type { DigestProblem, FormatOutput, RawEntry } from './entry.ts';
import { nameFromProse, nameFromTitle } from './names.ts';
import { arxivIdFromUrl, cleanUrl, extractUrls } from './urls.ts';

// Boundary schemas: loose on purpose (extra fields pass through), strict on what we read.
const FeedSchema = z.object({ papers: z.array(z.unknown()) });
const EntrySchema = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(1).optional(),
  abstract: z.string().optional(),
  url: z.string().optional(),
  data: z
    .object({
      desc: z.string().optional(),
      title: z.string().optional(),
      tags: z.array(z.string()).optional(),
    })
    .partial()
    .optional(),
});

/** Parses the feed. Invalid JSON is fatal (with its line); an invalid entry is a warning. */
export function parseHfDay(file: string, text: string): FormatOutput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? lineAt(text, Number(at[1])) : /line (\d+)/.exec(message) ? Number(/line (\d+)/.exec(message)![1]) : null;
    return { error: { file, line, reason: `invalid JSON${line ? ` at line ${line}` : ''}: ${message.split('\n')[0]}` } };
  }
  const feed = FeedSchema.safeParse(json);
  if (!feed.success) return { error: { file, line: 1, reason: 'not a recognised digest format: JSON without a "papers" array' } };
  const warnings: DigestProblem[] = [];
  const entries: RawEntry[] = [];
  feed.data.papers.forEach((value, i) => {
    const parsed = EntrySchema.safeParse(value);
    // Locating an entry scans the text, so it is done only when a warning needs the line.
    const line = () => locate(text, value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warnings.push({ file, line: line(), reason: `papers[${i}] skipped: ${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    const entry = toEntry(parsed.data);
    if (!entry) warnings.push({ file, line: line(), reason: `papers[${i}] skipped: no title, abstract or description` });
    else entries.push(entry);
  });
  return { entries, warnings };
}

function toEntry(p: z.infer<typeof EntrySchema>): RawEntry | null {
  const desc = p.data?.desc?.trim() || undefined;
  const abstract = p.abstract?.trim() || undefined;
  const title = p.title ?? null;
  if (!title && !desc && !abstract) return null;
  const urls = [...new Set([p.url, p.id].flatMap((u) => (u ? extractUrls(cleanUrl(u.trim())) : [])))];
  const arxivId = urls.map(arxivIdFromUrl).find((id) => id !== null) ?? null;
  const name = (title && nameFromTitle(title)) || (abstract && nameFromProse(abstract, urls)) || (desc && nameFromProse(desc, urls)) || null;
  return {
    line: null,
    title,
    name,
    // The Russian description is the summary (lang ru); the English abstract stays searchable.
    summary: desc ?? abstract ?? '',
    lang: desc ? 'ru' : 'en',
    urls,
    arxivId,
    authors: [],
    ...(abstract && desc ? { abstract } : {}),
    ...(p.data?.title?.trim() ? { localTitle: p.data.title.trim() } : {}),
  };
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line an entry starts on, found by its url or title as written in the file; null if unknown. */
function locate(text: string, value: unknown): number | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  for (const key of ['url', 'id', 'title']) {
    const v = record[key];
    if (typeof v !== 'string' || !v) continue;
    const at = text.indexOf(JSON.stringify(v).slice(1, -1));
    if (at >= 0) return lineAt(text, at);
  }
  return null;
}
