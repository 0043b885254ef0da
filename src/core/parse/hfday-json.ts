/**
 * hfday-json: the structured daily Hugging Face papers feed of HFday, in both shapes seen in the wild
 * (SPEC section 2). `papers[]` entries carry an English `title`, `abstract` and `url`
 * (huggingface.co/papers/<arXiv id>), and
 * - the single-file feed (`version`/`feed_url`/`papers[]`): flat Russian `data.desc` / `data.title` /
 *   `data.tags`;
 * - the site's daily files `d/YYYY-MM-DD.json`: `data.ru`, `data.en`, `data.zh` objects with a
 *   per-language `title` and `desc`, plus `data.categories`, an emoji, scores, and sometimes an
 *   `embedding` array (all tolerated, not read).
 * The Russian text is the paper's summary (lang ru) when there is one, else the Chinese, else the
 * English abstract; every language lands in the paper's `texts`. `data.en` is HFday's own English
 * retelling (a catchy title, a simplified summary): the paper's English title and abstract are the
 * authors' and stay. The feed's own `date` is a display string ("4 октября") that may disagree with
 * the file, so the date comes from outside (manifest, file name).
 * @module
 */
import { z } from 'zod';
import type { PaperText, PaperTexts } from '../model.ts';
import type { DigestProblem, FormatOutput, RawEntry } from './entry.ts';
import { invalidJson, lineAt, maxTextChars, maxTitleChars, oversized } from './json.ts';
import { upvotesOf } from './hf-daily.ts';
import { isSurveyTitle, nameFromTitle, namesFromProse } from './names.ts';
import { arxivIdFromUrl, cleanUrl, extractUrls } from './urls.ts';

// Boundary schemas: loose on purpose (extra fields pass through), strict on what we read.
const FeedSchema = z.object({ papers: z.array(z.unknown()) });
/** One language of a `d/YYYY-MM-DD.json` entry: `data.ru`, `data.zh`. */
const LangBlockSchema = z.object({ title: z.string().optional(), desc: z.string().optional() });
const EntrySchema = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(1).optional(),
  abstract: z.string().optional(),
  url: z.string().optional(),
  /** The paper's Hugging Face upvotes (HFday copies them from the Daily Papers list). */
  score: z.unknown().optional(),
  data: z
    .object({
      desc: z.string().optional(),
      title: z.string().optional(),
      tags: z.array(z.string()).optional(),
      ru: LangBlockSchema.optional(),
      zh: LangBlockSchema.optional(),
    })
    .partial()
    .optional(),
});

/** Parses the feed. Invalid JSON is fatal (with its line); an invalid entry is a warning. */
export function parseHfDay(file: string, text: string, limit = Infinity): FormatOutput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: invalidJson(file, text, e) };
  }
  const feed = FeedSchema.safeParse(json);
  if (!feed.success) return { error: { file, line: 1, reason: 'not a recognised digest format: JSON without a "papers" array' } };
  const warnings: DigestProblem[] = [];
  const entries: RawEntry[] = [];
  let located = 0;
  // Only the first `limit` entries are read: the caller refuses a file with more papers than that.
  feed.data.papers.slice(0, limit).forEach((value, i) => {
    // Locating an entry scans the text, so it is done only when a warning needs the line, and only
    // for the first few warnings (the rest are summarised): 50,000 bad entries must not mean
    // 50,000 scans of a large file.
    const line = () => (located++ < maxLocated ? locate(text, value) : null);
    const parsed = EntrySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warnings.push({ file, line: line(), reason: `papers[${i}] skipped: ${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    const oversized = oversizedField(parsed.data);
    if (oversized) {
      warnings.push({ file, line: line(), reason: `papers[${i}] skipped: ${oversized}` });
      return;
    }
    const entry = toEntry(parsed.data);
    if (!entry) warnings.push({ file, line: line(), reason: `papers[${i}] skipped: no title, abstract or description` });
    else entries.push(entry);
  });
  return { entries, warnings };
}

/** Warnings located by line per file (see {@link parseHfDay}). */
const maxLocated = 25;
/**
 * Fields over their bound (see {@link oversized}): an entry with one is skipped, not loaded.
 */
function oversizedField(p: z.infer<typeof EntrySchema>): string | null {
  return oversized([
    ['title', p.title, maxTitleChars],
    ['abstract', p.abstract, maxTextChars],
    ['data.title', p.data?.title, maxTitleChars],
    ['data.desc', p.data?.desc, maxTextChars],
    ['data.ru.title', p.data?.ru?.title, maxTitleChars],
    ['data.ru.desc', p.data?.ru?.desc, maxTextChars],
    ['data.zh.title', p.data?.zh?.title, maxTitleChars],
    ['data.zh.desc', p.data?.zh?.desc, maxTextChars],
    ['url', p.url, maxTitleChars],
  ]);
}

function toEntry(p: z.infer<typeof EntrySchema>): RawEntry | null {
  const clean = (v: string | undefined) => v?.trim() || undefined;
  const ru = { title: clean(p.data?.ru?.title) ?? clean(p.data?.title), summary: clean(p.data?.ru?.desc) ?? clean(p.data?.desc) };
  const zh = { title: clean(p.data?.zh?.title), summary: clean(p.data?.zh?.desc) };
  const abstract = clean(p.abstract);
  const title = p.title ?? null;
  // The summary (and its language): the Russian text, else the Chinese, else the English abstract.
  const [lang, local] = ru.summary ? (['ru', ru] as const) : zh.summary ? (['zh', zh] as const) : (['en', undefined] as const);
  const summary = local?.summary ?? abstract;
  if (!title && !summary) return null;
  const urls = [...new Set([p.url, p.id].flatMap((u) => (u ? extractUrls(cleanUrl(u.trim())) : [])))];
  const arxivId = urls.map(arxivIdFromUrl).find((id) => id !== null) ?? null;
  // The title's name when it has one (the authors' own); else the names the abstract or summary gives.
  const fromTitle = title ? nameFromTitle(title) : null;
  const fromProse = fromTitle || (title && isSurveyTitle(title)) ? null : [abstract, summary].map((t) => (t ? namesFromProse(t, urls) : null)).find((g) => g?.name) ?? null;
  const name = fromTitle ?? fromProse?.name ?? null;
  const texts: PaperTexts = {};
  if (ru.title || ru.summary) texts.ru = defined(ru);
  if (zh.title || zh.summary) texts.zh = defined(zh);
  return {
    line: null,
    title,
    name,
    aliases: fromProse?.aliases ?? [],
    summary: summary ?? '',
    lang,
    urls,
    arxivId,
    authors: [],
    // The English abstract of a translated entry stays searchable.
    ...(abstract && lang !== 'en' ? { abstract } : {}),
    ...(local?.title ? { localTitle: local.title } : {}),
    texts,
    ...upvotesOf(p.score),
  };
}

/** `{ title, summary }` without its undefined fields. */
function defined(text: { title: string | undefined; summary: string | undefined }): PaperText {
  return { ...(text.title ? { title: text.title } : {}), ...(text.summary ? { summary: text.summary } : {}) };
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
