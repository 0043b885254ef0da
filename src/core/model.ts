/**
 * Domain model of Paperboy's core: digest formats, paper records and their sources.
 *
 * Records are validated with zod at the boundary (parsers, persisted data); past it, types are trusted.
 *
 * @module
 */
import { z } from 'zod';

// === Digest formats

/**
 * Formats a digest file can be in; auto-detected per file, selectable explicitly. `hf-daily` is the
 * Hugging Face Daily Papers API response; `feed` is RSS, RDF, Atom or JSON Feed (the arXiv API's
 * Atom included). The last three are structured documents (JSON or XML), read whole, not by line.
 */
export const digestFormats = ['ru-daily', 'zh-reading', 'zh-monthly', 'hfday-json', 'hf-daily', 'feed'] as const;
export const DigestFormatSchema = z.enum(digestFormats);
/** One of {@link digestFormats}. */
export type DigestFormat = z.infer<typeof DigestFormatSchema>;

/** Languages a paper's summary can be written in. */
export const LangSchema = z.enum(['ru', 'zh', 'en']);
export type Lang = z.infer<typeof LangSchema>;

// === Papers

/** A paper's title and summary in one language; either may be missing. */
export const PaperTextSchema = z.object({
  title: z.string().min(1).optional(),
  /** The English abstract, or a translated summary / reading note in that language. */
  summary: z.string().min(1).optional(),
});
export type PaperText = z.infer<typeof PaperTextSchema>;

/**
 * Per-language texts of a paper (SPEC section 2): `en` holds the English title and abstract, `ru`
 * and `zh` the translated titles and summaries. A merged paper keeps every language its digests
 * gave (the first digest to give a field wins). Keys are the fixed {@link Lang}s rather than a
 * free record: three languages, each read by name (`texts.ru?.summary`), so an object is the
 * simpler candidate than a `Map`.
 */
export const PaperTextsSchema = z.object({
  en: PaperTextSchema.optional(),
  ru: PaperTextSchema.optional(),
  zh: PaperTextSchema.optional(),
});
export type PaperTexts = z.infer<typeof PaperTextsSchema>;

/** Where a paper was found: the digest file, its format and date, and the 0-based position in the file. */
export const PaperSourceSchema = z.object({
  file: z.string().min(1),
  format: DigestFormatSchema,
  /** `YYYY-MM-DD` or `YYYY-MM` when the digest's date is known, else null. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable(),
  index: z.number().int().nonnegative(),
});
export type PaperSource = z.infer<typeof PaperSourceSchema>;

/**
 * A paper record. `id` is stable: `arxiv:<id>` when the arXiv id is known, else `h:<hash>` of the
 * normalised name/title, so it survives re-parsing and restarts (delivery history refers to it).
 */
export const PaperSchema = z.object({
  id: z.string().min(1),
  /** English title when the digest gives one. */
  title: z.string().nullable(),
  /** Coined method/model/dataset name (FIFO-Diffusion, MoRA, ...) or null: the one a reader would type. */
  name: z.string().nullable(),
  /**
   * The paper's other names, which search also matches by exact name: a second contribution
   * (`MBC` next to `Arrow`), a component's name when the repository names the paper (`PRepBN` of
   * `SLAB`), the title's name when the text calls the method otherwise (`Tensor Programs V` of
   * `μTransfer`), another digest's name for a merged paper. Absent when there are none.
   */
  aliases: z.array(z.string().min(1)).optional(),
  /** The abstract or note text, in `lang`. */
  summary: z.string(),
  lang: LangSchema,
  /** Clean URLs (no trailing punctuation), footer URLs excluded. */
  urls: z.array(z.string().url()),
  /** arXiv id without version suffix, e.g. `2302.13971`. */
  arxivId: z.string().regex(/^\d{4}\.\d{4,5}$/).nullable(),
  authors: z.array(z.string()),
  /** Topic catalog ids. */
  topics: z.array(z.string()),
  sources: z.array(PaperSourceSchema).min(1),
  /** English abstract when the digest carries one next to a translated summary (hfday-json). */
  abstract: z.string().optional(),
  /** The title as the digest writes it in `lang` (zh-reading heading, hfday Russian headline). */
  localTitle: z.string().optional(),
  /**
   * Every language's title and summary (set by the parsers and by merging; a hand-built record may
   * omit it). The fields above stay as they were for current callers: `title` = `texts.en.title`,
   * `summary` = `texts[lang].summary`, `abstract` = `texts.en.summary` of a non-English paper,
   * `localTitle` = `texts[lang].title`. Read it through {@link paperTexts}, which also answers for
   * records without it.
   */
  texts: PaperTextsSchema.optional(),
  /**
   * Community upvotes on Hugging Face Daily Papers (`hf-daily`'s `paper.upvotes`, HFday's `score`,
   * which copies them), the highest any source gave; absent when no source counts votes. A
   * popularity signal for recommendations.
   */
  upvotes: z.number().int().nonnegative().optional(),
});
export type Paper = z.infer<typeof PaperSchema>;

/** The languages of {@link PaperTexts}, in the order texts are listed and indexed. */
export const textLangs = ['en', 'ru', 'zh'] as const satisfies readonly Lang[];

/**
 * A paper's per-language texts: its `texts` completed from the single-language fields (title,
 * summary in `lang`, English abstract, local title), so records built before `texts` existed, or
 * by hand, answer the same way.
 * ```ts
 * paperTexts(hfdayPaper).zh?.summary // the Chinese summary, when a digest gave one
 * ```
 */
export function paperTexts(paper: Pick<Paper, 'title' | 'summary' | 'lang' | 'abstract' | 'localTitle' | 'texts'>): PaperTexts {
  return unionTexts([paper.texts ?? {}, ownTexts(paper)]);
}

/**
 * Unions per-language texts field by field; for each language and field the first list entry that
 * has it wins.
 */
export function unionTexts(list: readonly PaperTexts[]): PaperTexts {
  const out: PaperTexts = {};
  for (const lang of textLangs) {
    let title: string | undefined;
    let summary: string | undefined;
    for (const texts of list) {
      title ??= texts[lang]?.title;
      summary ??= texts[lang]?.summary;
    }
    if (title !== undefined || summary !== undefined) out[lang] = { ...(title !== undefined ? { title } : {}), ...(summary !== undefined ? { summary } : {}) };
  }
  return out;
}

/** The texts the single-language fields of a record describe. */
function ownTexts(paper: Pick<Paper, 'title' | 'summary' | 'lang' | 'abstract' | 'localTitle'>): PaperTexts {
  const own: Partial<Record<Lang, PaperText>> = {};
  const set = (lang: Lang, field: keyof PaperText, value: string | null | undefined) => {
    if (value) own[lang] = { ...own[lang], [field]: own[lang]?.[field] ?? value };
  };
  set('en', 'title', paper.title);
  set(paper.lang, 'title', paper.localTitle);
  set(paper.lang, 'summary', paper.summary);
  if (paper.lang !== 'en') set('en', 'summary', paper.abstract);
  return own;
}

/**
 * A human-readable label for a paper: `name: title` when it has both (the title alone when it starts
 * with the name), else its coined name, else its English title, else the start of its summary.
 */
export function paperLabel(paper: Pick<Paper, 'name' | 'title' | 'summary'>): string {
  // "Loong: Loong: Generating…" reads badly: the title alone when it already starts with the name.
  if (paper.name && paper.title) return paper.title.toLowerCase().startsWith(paper.name.toLowerCase()) ? paper.title : `${paper.name}: ${paper.title}`;
  return paper.name ?? paper.title ?? shorten(paper.summary, 80);
}

/** Cuts `text` to at most `max` characters on a word boundary, adding an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The most recent source date of a paper (for freshness ranking), or null. */
export function latestDate(paper: Pick<Paper, 'sources'>): string | null {
  let best: string | null = null;
  for (const s of paper.sources) if (s.date && (!best || s.date > best)) best = s.date;
  return best;
}
