/**
 * Digest parsing: bytes of one digest file -> paper records (topics not yet tagged, not merged).
 *
 * Pipeline: decode (encoding detection) -> split lines (CRLF/CR/LF, blanks dropped, NFKC copy for
 * matching) -> detect the format (unless given) -> the format's parser -> {@link PaperSchema}
 * validation of every record. Pure: bytes in, records out.
 * @module
 */
import type { DigestFormat, Paper } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import { detectFormat, detectStructured, structuredFormats } from './detect.ts';
import { decodeDigest } from './encoding.ts';
import { toPapers, WarningLog, type DigestProblem, type FormatOutput } from './entry.ts';
import { parseFeedDigest } from './feed.ts';
import { parseHfDaily } from './hf-daily.ts';
import { parseHfDay } from './hfday-json.ts';
import { parseRuDaily } from './ru-daily.ts';
import { splitLines, type Line } from './text.ts';
import { parseZhMonthly } from './zh-monthly.ts';
import { parseZhReading } from './zh-reading.ts';

export type { DigestProblem } from './entry.ts';
export { decodeDigest, detectEncoding, type Decoded, type TextEncodingName } from './encoding.ts';
export { detectFormat, detectStructured } from './detect.ts';
export { readFeed, type FeedDocument, type FeedItem } from './feed.ts';
export { arxivIdFromUrl, cleanUrl, extractUrls } from './urls.ts';
export { nameFromChinese, nameFromProse, nameFromTitle, nameKey, namesFromProse, type NameGuess } from './names.ts';
export { parseAuthors } from './authors.ts';
export { paperId, titleKey } from './ids.ts';
export { fnv1a64 } from './hash.ts';

/** One digest file to parse. `format` forces a parser; otherwise it is auto-detected. */
export interface DigestFile {
  /** Display name, usually the file name relative to the corpus dir; used in sources and errors. */
  file: string;
  bytes: Uint8Array;
  format?: DigestFormat;
  /** `YYYY-MM-DD` / `YYYY-MM` when known from outside (manifest, file name); parsers may find one too. */
  date?: string | null;
}

/** A parsed digest: papers in document order (`sources[0].index` 0-based), with non-fatal warnings. */
export interface ParsedDigest {
  file: string;
  format: DigestFormat;
  /** Detected encoding, e.g. `utf-8`, `utf-16le`, `gb18030`, `windows-1251`. */
  encoding: string;
  date: string | null;
  papers: Paper[];
  warnings: DigestProblem[];
}

const datePattern = /^\d{4}-\d{2}(-\d{2})?$/;

/**
 * A leading `YYYY-MM-DD` or `YYYY-MM` in a file name (directories ignored), else null.
 * ```ts
 * dateFromFileName('data/digests/2024-10-03-hfday.json') // '2024-10-03'
 * dateFromFileName('2024-05-ru-daily.txt') // '2024-05'
 * ```
 */
export function dateFromFileName(name: string): string | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/.exec(base);
  if (!m) return null;
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
}

/** Share of replacement/control characters above which decoded text is treated as binary. */
const maxJunkShare = 0.1;

/**
 * Limits that keep one hostile file from exhausting memory or the log (issue 16). Defaults in
 * {@link defaultParseLimits}.
 */
export interface ParseLimits {
  /** Papers one file may hold; a file with more is refused whole (split it). */
  maxPapers: number;
  /** Warnings listed per file; the rest are counted in one summary warning. */
  maxWarnings: number;
}

/**
 * 10,000 papers per file: a real digest holds tens (a daily feed ~50, a monthly list 10), a fetched
 * listing hundreds; a million-line file loaded a million papers (3.3 GB). 20 warnings per file: enough
 * to see what is wrong, where 130,000 lines of noise used to give 130,000 log lines.
 */
export const defaultParseLimits: Readonly<ParseLimits> = { maxPapers: 10_000, maxWarnings: 20 };

/** `10000` -> `10,000`, for messages. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** What a file must look like, for the "not a recognised digest format" message (#11: say what was expected). */
const expectedShapes =
  'expected the ru-daily header line, a 论文阅读/文章阅读 heading, numbered English titles in Chinese text, or JSON with a "papers" array';

/**
 * Parses one digest. Never throws on bad input: unreadable/malformed files give `{ ok: false }` with
 * the file, line (when known) and a reason; per-entry problems are `warnings` (at most
 * `maxWarnings`, then one summary) and the rest loads. A file with more than `maxPapers` papers is
 * refused, naming the line where the limit was crossed.
 * ```ts
 * const r = parseDigest({ file: '2024-05-ru-daily.txt', bytes, date: '2024-05' });
 * if (r.ok) r.value.papers.length // 8
 * ```
 */
export function parseDigest(input: DigestFile, limits: Partial<ParseLimits> = {}): Result<ParsedDigest, DigestProblem> {
  const limit = { ...defaultParseLimits, ...limits };
  try {
    return parseChecked(input, limit);
  } catch (e) {
    // A parser bug must not take the other files (or the process) down with it: the file is
    // reported like any bad file, with what broke.
    return err({ file: input.file, line: null, reason: `could not be parsed (internal error: ${String((e as Error)?.message ?? e).split('\n')[0]})` });
  }
}

function parseChecked(input: DigestFile, limit: ParseLimits): Result<ParsedDigest, DigestProblem> {
  const { file } = input;
  if (input.bytes.length === 0) return err({ file, line: null, reason: 'empty file' });
  const { text, encoding, invalidLines } = decodeDigest(input.bytes);
  const junk = junkShare(text);
  if (junk > maxJunkShare) {
    return err({ file, line: 1, reason: `unreadable: looks like binary data (${Math.round(junk * 100)}% control or undecodable characters as ${encoding})` });
  }
  const warnings = new WarningLog(file, limit.maxWarnings);
  for (const no of invalidLines) warnings.push({ file, line: no, reason: `invalid UTF-8 at line ${no}: bytes replaced with U+FFFD` });
  // Structured documents (JSON, XML) are one document, not lines: the per-line limit is for the text
  // formats (a minified API response is one long line), and their fields are bounded by their parsers.
  let format = input.format ?? detectStructured(text);
  let lines: Line[] = [];
  if (!format || !structuredFormats.has(format)) {
    lines = splitLines(text, (no, length) => warnings.push({ file, line: no, reason: `line skipped: ${formatCount(length)} characters is too long for a digest entry` }));
    if (!lines.length) {
      const first = warnings.first();
      return err(first ? { file, line: first.line, reason: `no readable lines: ${first.reason}` } : { file, line: null, reason: 'empty file' });
    }
    format ??= detectFormat(text, lines);
  }
  if (!format) {
    const bad = invalidLines.length ? `; invalid UTF-8 at line ${invalidLines[0]}` : encoding !== 'utf-8' ? `; decoded as ${encoding}` : '';
    return err({ file, line: lines[0]?.no ?? 1, reason: `not a recognised digest format (${expectedShapes}${bad})` });
  }
  const output = runParser(format, file, text, lines, limit.maxPapers);
  if ('error' in output) return err(output.error);
  if (output.entries.length > limit.maxPapers) {
    return err({ file, line: output.entries[limit.maxPapers]!.line, reason: `more than ${formatCount(limit.maxPapers)} papers in one file (the per-file limit): split it into smaller digests` });
  }
  for (const w of output.warnings) warnings.push(w);
  let date = input.date ?? dateFromFileName(file);
  if (date && !datePattern.test(date)) {
    warnings.push({ file, line: null, reason: `date "${date}" ignored: expected YYYY-MM or YYYY-MM-DD` });
    date = dateFromFileName(file);
  }
  const papers = toPapers(output.entries, { file, format, date }, warnings);
  if (!papers.length) {
    const first = warnings.first();
    return err({ file, line: first?.line ?? null, reason: `no papers found (${format}${first ? `; ${first.reason}` : ''})` });
  }
  return ok({ file, format, encoding, date, papers, warnings: warnings.list() });
}

/** Runs the format's parser; each stops after `maxPapers + 1` entries (enough to know the limit is crossed). */
function runParser(format: DigestFormat, file: string, text: string, lines: readonly Line[], maxPapers: number): FormatOutput {
  const limit = maxPapers + 1;
  switch (format) {
    case 'ru-daily':
      return parseRuDaily(file, lines, limit);
    case 'zh-reading':
      return parseZhReading(file, lines, limit);
    case 'zh-monthly':
      return parseZhMonthly(file, lines, limit);
    case 'hfday-json':
      return parseHfDay(file, text, limit);
    case 'hf-daily':
      return parseHfDaily(file, text, limit);
    case 'feed':
      return parseFeedDigest(file, text, limit);
  }
}

/** Share of U+FFFD and C0 control characters (other than tab/CR/LF) in the first 4,096 characters. */
function junkShare(text: string): number {
  const sample = text.slice(0, 4096);
  if (!sample) return 0;
  let junk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) junk++;
  }
  return junk / sample.length;
}
