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
import { detectFormat } from './detect.ts';
import { decodeDigest } from './encoding.ts';
import { toPapers, type DigestProblem, type FormatOutput } from './entry.ts';
import { parseHfDay } from './hfday-json.ts';
import { parseRuDaily } from './ru-daily.ts';
import { splitLines } from './text.ts';
import { parseZhMonthly } from './zh-monthly.ts';
import { parseZhReading } from './zh-reading.ts';

export type { DigestProblem } from './entry.ts';
export { decodeDigest, detectEncoding, type Decoded, type TextEncodingName } from './encoding.ts';
export { detectFormat } from './detect.ts';
export { arxivIdFromUrl, cleanUrl, extractUrls } from './urls.ts';
export { nameFromChinese, nameFromProse, nameFromTitle, nameKey } from './names.ts';
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
 * Parses one digest. Never throws on bad input: unreadable/malformed files give `{ ok: false }` with
 * the file, line (when known) and a reason; per-entry problems are `warnings` and the rest loads.
 * ```ts
 * const r = parseDigest({ file: '2024-05-ru-daily.txt', bytes, date: '2024-05' });
 * if (r.ok) r.value.papers.length // 8
 * ```
 */
export function parseDigest(input: DigestFile): Result<ParsedDigest, DigestProblem> {
  const { file } = input;
  if (input.bytes.length === 0) return err({ file, line: null, reason: 'empty file' });
  const { text, encoding } = decodeDigest(input.bytes);
  const junk = junkShare(text);
  if (junk > maxJunkShare) {
    return err({ file, line: 1, reason: `unreadable: looks like binary data (${Math.round(junk * 100)}% control or undecodable characters as ${encoding})` });
  }
  const warnings: DigestProblem[] = [];
  const lines = splitLines(text, (no, length) =>
    warnings.push({ file, line: no, reason: `line skipped: ${length} characters is too long for a digest entry` }),
  );
  if (!lines.length) {
    return err(warnings.length ? { file, line: warnings[0]!.line, reason: `no readable lines: ${warnings[0]!.reason}` } : { file, line: null, reason: 'empty file' });
  }
  const format = input.format ?? detectFormat(text, lines);
  if (!format) {
    const first = lines[0];
    const shown = first ? `"${first.raw.slice(0, 60)}${first.raw.length > 60 ? '…' : ''}"` : '(no readable line)';
    return err({ file, line: first?.no ?? 1, reason: `not a recognised digest format: first line ${shown}` });
  }
  const output = runParser(format, file, text, lines);
  if ('error' in output) return err(output.error);
  warnings.push(...output.warnings);
  let date = input.date ?? dateFromFileName(file);
  if (date && !datePattern.test(date)) {
    warnings.push({ file, line: null, reason: `date "${date}" ignored: expected YYYY-MM or YYYY-MM-DD` });
    date = dateFromFileName(file);
  }
  const papers = toPapers(output.entries, { file, format, date }, warnings);
  if (!papers.length) {
    return err({ file, line: warnings[0]?.line ?? null, reason: `no papers found (${format}${warnings.length ? `; ${warnings[0]!.reason}` : ''})` });
  }
  return ok({ file, format, encoding, date, papers, warnings });
}

function runParser(format: DigestFormat, file: string, text: string, lines: Parameters<typeof parseRuDaily>[1]): FormatOutput {
  switch (format) {
    case 'ru-daily':
      return parseRuDaily(file, lines);
    case 'zh-reading':
      return parseZhReading(file, lines);
    case 'zh-monthly':
      return parseZhMonthly(file, lines);
    case 'hfday-json':
      return parseHfDay(file, text);
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
