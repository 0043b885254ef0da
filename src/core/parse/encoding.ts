/**
 * Encoding detection and decoding for digest files: UTF-8 (± BOM), UTF-16 LE/BE (BOM or heuristic),
 * GB18030/GBK and Windows-1251.
 *
 * Order of decisions, cheapest and most certain first:
 * 1. a byte-order mark decides;
 * 2. strictly valid UTF-8 without NUL bytes is UTF-8 (legacy Chinese or Cyrillic text is almost never
 *    valid UTF-8 by accident);
 * 3. BOM-less UTF-16 is recognised by NUL bytes on one side of each pair, or by most code units being
 *    plausible text (Han, Cyrillic, ASCII, CJK punctuation);
 * 4. otherwise GB18030 vs Windows-1251 is decided by letter statistics on the bytes (see
 *    {@link gbScore}).
 * @module
 */
import iconv from 'iconv-lite';

/** Encodings this module reports; names as iconv-lite and WHATWG spell them. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1251';

/** A decoded digest: its text (BOM removed) and the encoding that was detected. */
export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes had a byte-order mark. */
  bom: boolean;
  /**
   * 1-based lines holding invalid UTF-8 sequences (replaced with U+FFFD) in a file decoded as UTF-8
   * although not all of it was valid; empty otherwise.
   */
  invalidLines: number[];
}

/** Bytes inspected by the statistical steps; enough for a verdict, bounded for 50 MB inputs. */
const sampleBytes = 64 * 1024;

/**
 * Detects the encoding of `bytes` and decodes them. Never throws; undecodable bytes become U+FFFD.
 * ```ts
 * decodeDigest(iconv.encode('论文阅读八:一致性模型', 'gb18030')).encoding // 'gb18030'
 * ```
 */
export function decodeDigest(bytes: Uint8Array): Decoded {
  // The common case (UTF-8 without BOM) is decoded once: the strict decode that proves validity
  // is also the result. (Text without a NUL byte cannot be ASCII-heavy UTF-16, so no UTF-16 guess
  // is needed here: it cost two passes over 64 KB per file.)
  if (bomLength(bytes) === 0 && !bytes.includes(0)) {
    const text = strictUtf8(bytes);
    if (text !== null) return { text, encoding: 'utf-8', bom: false, invalidLines: [] };
    // A few bad bytes (a paste cut mid-character, one corrupted line) do not make a UTF-8 file
    // GB18030: mostly-valid UTF-8 stays UTF-8, and the lines with bad bytes are reported.
    const scan = scanUtf8(bytes);
    if (scan.validMultiByte > 0 && scan.invalid * mostlyValidRatio <= scan.validMultiByte) {
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false, invalidLines: scan.lines };
    }
  }
  const encoding = detectEncoding(bytes);
  const bom = bomLength(bytes) > 0;
  const body = bytes.subarray(bomLength(bytes));
  return { text: decode(body, encoding), encoding: encoding.name, bom, invalidLines: [] };
}

/**
 * Valid multi-byte sequences per invalid one above which text is UTF-8 with a few bad bytes. Legacy
 * Cyrillic or Chinese text forms almost no valid multi-byte UTF-8 sequence by accident (its high
 * bytes rarely fall into lead + continuation patterns), so it scores far below this.
 */
const mostlyValidRatio = 50;
/** Lines with bad bytes recorded per file (the parser lists a few and summarises the rest anyway). */
const maxInvalidLines = 1_000;

/**
 * Counts valid multi-byte UTF-8 sequences and invalid ones (an unexpected continuation byte, a
 * truncated or overlong sequence, a surrogate, a byte never used in UTF-8), with the 1-based lines
 * of the invalid ones (LF, CR and CRLF end a line, as in `splitLines`).
 */
export function scanUtf8(bytes: Uint8Array): { validMultiByte: number; invalid: number; lines: number[] } {
  let validMultiByte = 0;
  let invalid = 0;
  const lines: number[] = [];
  let line = 1;
  const bad = () => {
    invalid++;
    if (lines[lines.length - 1] !== line && lines.length < maxInvalidLines) lines.push(line);
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      bad();
      i++;
      continue;
    }
    // Second-byte ranges that exclude overlong forms, surrogates and code points above U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    while (k <= need) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) break;
      k++;
    }
    if (k > need) {
      validMultiByte++;
      i += need + 1;
    } else {
      bad();
      i += k; // resume at the byte that broke the sequence, as TextDecoder does
    }
  }
  return { validMultiByte, invalid, lines };
}

interface Detected {
  name: TextEncodingName;
}

/** Length of a UTF-8 / UTF-16 byte-order mark at the start of `bytes`, or 0. */
function bomLength(bytes: Uint8Array): number {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 2;
  return 0;
}

/** Detects the encoding only (see the module notes for the decision order). */
export function detectEncoding(bytes: Uint8Array): Detected {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be' };
  const sample = bytes.subarray(0, sampleBytes);
  const utf16 = utf16Guess(sample);
  if (utf16 === 'nul-pattern') return { name: nulSide(sample) };
  if (!sample.includes(0) && isValidUtf8(bytes)) return { name: 'utf-8' };
  if (utf16) return { name: utf16 };
  return { name: gbScore(sample) >= 0.5 ? 'gb18030' : 'windows-1251' };
}

function decode(bytes: Uint8Array, encoding: Detected): string {
  if (encoding.name === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  // iconv-lite is used for the legacy encodings: it is pure JS (no ICU build dependency) and
  // replaces invalid sequences instead of throwing.
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding.name);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const isValidUtf8 = (bytes: Uint8Array) => strictUtf8(bytes) !== null;

// === UTF-16 heuristics

/**
 * `'nul-pattern'` when NUL bytes sit mostly on one side of each byte pair (ASCII-heavy UTF-16);
 * a UTF-16 byte order when most code units are plausible text; else null.
 */
function utf16Guess(sample: Uint8Array): 'nul-pattern' | 'utf-16le' | 'utf-16be' | null {
  const pairs = sample.length >> 1;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const nulShare = Math.max(evenNul, oddNul) / pairs;
  const otherShare = Math.min(evenNul, oddNul) / pairs;
  if (nulShare >= 0.2 && otherShare <= 0.05) return 'nul-pattern';
  if (sample.length % 2 !== 0) return null;
  const le = plausibleShare(sample, true);
  const be = plausibleShare(sample, false);
  const best = Math.max(le, be);
  if (best < 0.9) return null;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

function nulSide(sample: Uint8Array): 'utf-16le' | 'utf-16be' {
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  // ASCII 'A' is 41 00 in little-endian: the NUL is the odd byte.
  return oddNul >= evenNul ? 'utf-16le' : 'utf-16be';
}

/** Share of UTF-16 code units that are ordinary text in the languages digests are written in. */
function plausibleShare(sample: Uint8Array, littleEndian: boolean): number {
  let good = 0;
  let total = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const unit = littleEndian ? sample[i]! | (sample[i + 1]! << 8) : (sample[i]! << 8) | sample[i + 1]!;
    total++;
    if (
      (unit >= 0x20 && unit < 0x7f) ||
      unit === 0x0a ||
      unit === 0x0d ||
      unit === 0x09 ||
      (unit >= 0xa0 && unit <= 0x24f) || // Latin-1 and Latin Extended
      (unit >= 0x370 && unit <= 0x4ff) || // Greek, Cyrillic
      (unit >= 0x2000 && unit <= 0x206f) || // general punctuation
      (unit >= 0x3000 && unit <= 0x303f) || // CJK punctuation
      (unit >= 0x4e00 && unit <= 0x9fff) || // CJK unified ideographs
      (unit >= 0xff00 && unit <= 0xffef) // full-width forms
    ) {
      good++;
    }
  }
  return total ? good / total : 0;
}

// === GB18030 vs Windows-1251

/**
 * Share of high bytes (>= 0x80) that form common GB2312 characters: a lead byte in the level-1 hanzi
 * rows (0xB0-0xD7, the ~3,700 most frequent characters) or the punctuation rows (0xA1, 0xA3),
 * followed by a trail byte 0xA1-0xFE. Chinese text scores ~0.9; Russian in Windows-1251 scores low,
 * because its frequent lowercase letters are bytes 0xE0-0xFF, outside the level-1 lead rows, and
 * single letters before a space or punctuation never pair up.
 */
export function gbScore(sample: Uint8Array): number {
  let high = 0;
  let common = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x80) continue;
    high++;
    const next = sample[i + 1] ?? 0;
    if (((b >= 0xb0 && b <= 0xd7) || b === 0xa1 || b === 0xa3) && next >= 0xa1 && next <= 0xfe) {
      common += 2;
      high++;
      i++;
    } else if (b >= 0x81 && b <= 0xfe && next >= 0x40 && next <= 0xfe) {
      // A valid but rarer GBK pair: skip its trail byte so pairs stay aligned.
      high += next >= 0x80 ? 1 : 0;
      i++;
    }
  }
  return high ? common / high : 0;
}
