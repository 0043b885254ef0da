/**
 * Digest parsing: bytes of one digest file -> paper records (topics not yet tagged, not merged).
 *
 * CONTRACT STUB — implemented by the parsers work (issue 2).
 * @module
 */
import type { DigestFormat, Paper } from '../model.ts';
import type { Result } from '../result.ts';

/** One digest file to parse. `format` forces a parser; otherwise it is auto-detected. */
export interface DigestFile {
  /** Display name, usually the file name relative to the corpus dir; used in sources and errors. */
  file: string;
  bytes: Uint8Array;
  format?: DigestFormat;
  /** `YYYY-MM-DD` / `YYYY-MM` when known from outside (manifest, file name); parsers may find one too. */
  date?: string | null;
}

/** A problem in a digest, located by file and 1-based line (null when not line-specific). */
export interface DigestProblem {
  file: string;
  line: number | null;
  reason: string;
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

/** Parses one digest. Never throws on bad input: unreadable/malformed files give `{ ok: false }`. */
export function parseDigest(_input: DigestFile): Result<ParsedDigest, DigestProblem> {
  throw new Error('parseDigest: not implemented yet');
}
